/**
 * Folds case and accents for as-you-type matching, but keeps the letters that are letters
 * of their own in Nordic alphabets (å, æ, ø, ä, ö): "kjoper" should not match "kjøper".
 * @example foldForFilter('Leverandør') // 'leverandør'
 * @example foldForFilter('Café') // 'cafe'
 */
export function foldForFilter(text: string): string {
  return text
    .toLocaleLowerCase()
    .normalize('NFD')
    .replace(/([aou])\u030a|([ao])\u0308/g, (m) => m.normalize('NFC'))
    .replace(/\p{Mn}/gu, '')
    .normalize('NFC');
}

/**
 * Whether a term (title and aliases) matches what the reader typed: every typed word occurs.
 * @example matchesFilter('Service Level Agreement | SLA', 'level agr') // true
 */
export function matchesFilter(term: string, query: string): boolean {
  const haystack = foldForFilter(term);
  return foldForFilter(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
