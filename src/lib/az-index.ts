/**
 * Up to this many terms, a language's A–Å index page lists every term, grouped by letter;
 * above it, the page lists the letters and each letter's page lists its terms, so no page
 * grows with the whole glossary. Letter pages exist at every size, so their URLs are stable.
 */
export const FULL_INDEX_LIMIT = 600;

/** Whether the A–Å index page of a language with `total` terms lists them all. */
export function indexListsEveryTerm(total: number): boolean {
  return total <= FULL_INDEX_LIMIT;
}
