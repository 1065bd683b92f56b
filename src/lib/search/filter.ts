import { filterFold } from '../i18n/transliterate.ts';

/**
 * Whether a term (title and aliases) matches what the reader typed: every typed word occurs.
 * @example matchesFilter('Service Level Agreement | SLA', 'level agr') // true
 */
export function matchesFilter(term: string, query: string): boolean {
  const haystack = filterFold(term);
  return filterFold(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
