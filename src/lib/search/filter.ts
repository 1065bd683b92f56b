import { filterFold } from '../i18n/transliterate.ts';

/** Hyphens and dashes inside a word: "F-skatt" is also typed "fskatt" (search ignores them too). */
const HYPHENS = /[-\u2010\u2011\u2013]/g;

/** A name's words as typed: folded, split at spaces and punctuation, hyphenated ones both whole and in parts. */
function wordsOf(name: string): string[] {
  return filterFold(name)
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
  return filterFold(name).replace(HYPHENS, '').replace(/\s+/g, '').startsWith(typed);
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
  const words = filterFold(query).replace(HYPHENS, '').split(/\s+/).filter(Boolean);
  if (words.length === 0) return names[0];
  return names.find((name) => nameMatches(name, words));
}
