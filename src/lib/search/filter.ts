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

/** Hyphens and dashes inside a word: "F-skatt" is also typed "fskatt" (search ignores them too). */
const HYPHENS = /[-\u2010\u2011\u2013]/g;

/** A name's words as typed: folded, split at spaces and punctuation, hyphenated ones both whole and in parts. */
function wordsOf(name: string): string[] {
  return foldForFilter(name)
    .split(/[\s/,;:()[\]«»"“”‘’'.!?]+/u)
    .filter(Boolean)
    .flatMap((word) => {
      const parts = word.split(HYPHENS).filter(Boolean);
      return parts.length > 1 ? [parts.join(''), ...parts] : parts;
    });
}

/** Whether one name matches: every typed word starts one of its words, or all typed together start it. */
function nameMatches(name: string, words: readonly string[]): boolean {
  const own = wordsOf(name);
  if (words.every((w) => own.some((o) => o.startsWith(w)))) return true;
  const typed = words.join('');
  return foldForFilter(name).replace(HYPHENS, '').replace(/\s+/g, '').startsWith(typed);
}

/**
 * Which of a term's names (its title first, then its aliases) matches what the reader typed,
 * or undefined: each typed word must start a word of the name ("sla" finds "SLA", not
 * "legislation"), with case, accents and hyphens folded as search folds them. An empty query
 * matches the title.
 * @example filterMatch(['Tjenestenivåavtale', 'SLA', 'service level agreement'], 'sla') // 'SLA'
 * @example filterMatch(['IR35', 'off-payroll working rules'], 'sla') // undefined
 * @example filterMatch(['F-skatt'], 'fskatt') // 'F-skatt'
 */
export function filterMatch(names: readonly string[], query: string): string | undefined {
  const words = foldForFilter(query).replace(HYPHENS, '').split(/\s+/).filter(Boolean);
  if (words.length === 0) return names[0];
  return names.find((name) => nameMatches(name, words));
}
