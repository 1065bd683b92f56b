import { filterFold } from '../i18n/transliterate.ts';

/** One searchable term of a language for typo suggestions: `[id, title, ...aliases]`. */
export type SuggestEntry = [id: string, title: string, ...aliases: string[]];

/**
 * Edit distance with adjacent transpositions (optimal string alignment): the number of
 * single-letter insertions, deletions, substitutions and swaps between two strings.
 * Stops early and returns `limit + 1` once the distance must exceed `limit`.
 * @example editDistance('faktorng', 'factoring') // 2
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      if (d < best) best = d;
    }
    if (best > limit) return limit + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** How many typos a query of this length may carry and still count as the same word. */
export function typoAllowance(length: number): number {
  return length < 4 ? 0 : length < 7 ? 1 : length < 12 ? 2 : 3;
}

export interface Suggestion {
  id: string;
  title: string;
  /** The title or alias that matched. */
  matched: string;
  distance: number;
}

/**
 * The terms closest to a (possibly misspelt) query by edit distance over titles and aliases,
 * best first. A query may also be the misspelt start of a longer name ("servce lev" →
 * "Service level agreement").
 * @example suggestTerms('outsorcing', [['outsourcing', 'Outsourcing']])[0].distance // 1
 */
export function suggestTerms(query: string, entries: readonly SuggestEntry[], max = 3): Suggestion[] {
  const q = filterFold(query.trim());
  const allowance = typoAllowance(q.length);
  if (allowance === 0) return [];
  const best = new Map<string, Suggestion & { order: number }>();
  for (const [order, [id, title, ...aliases]] of entries.entries()) {
    for (const name of [title, ...aliases]) {
      const candidate = filterFold(name);
      let distance = editDistance(q, candidate, allowance);
      if (candidate.length > q.length + 1) {
        // A prefix match costs a little more than a whole-word match of the same distance.
        distance = Math.min(distance, editDistance(q, candidate.slice(0, q.length), allowance) + 0.5);
      }
      if (distance > allowance) continue;
      const seen = best.get(id);
      // An alias costs a little more than the title at the same distance.
      const cost = name === title ? distance : distance + 0.25;
      if (!seen || cost < seen.distance) best.set(id, { id, title, matched: name, distance: cost, order });
    }
  }
  return [...best.values()]
    .sort((a, b) => a.distance - b.distance || a.order - b.order)
    .slice(0, max)
    .map(({ order: _, ...suggestion }) => suggestion);
}
