import { letterSlug } from './transliterate.ts';
import { LOCALE_INFO, type Locale } from './locales.ts';

/** The group for terms that start with a digit or a symbol; it comes first. */
export const OTHER_GROUP = '#';

const collators = new Map<string, Intl.Collator>();

/**
 * A cached `Intl.Collator` for a locale. `sensitivity: 'base'` makes letters that the
 * language treats as variants of one letter (nb: Ä = Æ, Ö = Ø, Ü = Y) compare equal.
 */
export function collatorFor(lang: Locale, sensitivity: 'base' | 'variant' = 'variant'): Intl.Collator {
  const key = `${lang}:${sensitivity}`;
  let collator = collators.get(key);
  if (!collator) {
    collator = new Intl.Collator(LOCALE_INFO[lang].tag, { sensitivity, numeric: true });
    collators.set(key, collator);
  }
  return collator;
}

/**
 * Sorts items by a text key in the language's own order (never by code point).
 * @example sortByTerm(['Åse', 'Ære', 'Zeta'], 'nb', (s) => s) // ['Zeta', 'Ære', 'Åse']
 */
export function sortByTerm<T>(items: readonly T[], lang: Locale, key: (item: T) => string): T[] {
  const collator = collatorFor(lang);
  return [...items].sort((a, b) => collator.compare(key(a), key(b)));
}

/**
 * The A–Å letter a term is filed under in a language: the alphabet letter the collator
 * treats as the same base letter as the term's first letter. A letter the alphabet lacks
 * goes with the nearest letter before it in collation order (en: Æ under A); a digit or
 * symbol goes to `#`.
 * @example letterOf('Über', 'en') // 'U'
 * @example letterOf('Über', 'nb') // 'Y'
 * @example letterOf('Ärende', 'nb') // 'Æ'
 * @example letterOf('3PL', 'sv') // '#'
 */
export function letterOf(term: string, lang: Locale): string {
  const first = firstLetter(term);
  if (!first) return OTHER_GROUP;
  const alphabet = LOCALE_INFO[lang].alphabet;
  const base = collatorFor(lang, 'base');
  const same = alphabet.find((letter) => base.compare(letter, first) === 0);
  if (same) return same;
  let before: string = OTHER_GROUP;
  for (const letter of alphabet) if (base.compare(letter, first) < 0) before = letter;
  return before;
}

/** The first character of a term if it is a letter; undefined for digits and symbols. */
function firstLetter(term: string): string | undefined {
  const first = [...term.trimStart().normalize('NFC')][0];
  return first && /\p{L}/u.test(first) ? first : undefined;
}

export interface LetterGroup<T> {
  letter: string;
  slug: string;
  items: T[];
}

/**
 * Groups items under the letters of the language's alphabet, in alphabet order, `#` first.
 * Every letter of the alphabet and `#` is present (empty ones have no items), so a letter bar
 * can show them all and every letter has a stable page.
 */
export function groupByLetter<T>(items: readonly T[], lang: Locale, key: (item: T) => string): LetterGroup<T>[] {
  const letters = [OTHER_GROUP, ...LOCALE_INFO[lang].alphabet];
  const groups = new Map<string, T[]>(letters.map((letter) => [letter, []]));
  for (const item of sortByTerm(items, lang, key)) groups.get(letterOf(key(item), lang))!.push(item);
  return letters.map((letter) => ({ letter, slug: letterSlug(letter), items: groups.get(letter)! }));
}

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
