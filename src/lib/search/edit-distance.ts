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

/**
 * How many typos a query of this length may carry and still count as the same word.
 * @example [3, 5, 9, 14].map(typoAllowance) // [0, 1, 2, 3]
 */
export function typoAllowance(length: number): number {
  return length < 4 ? 0 : length < 7 ? 1 : length < 12 ? 2 : 3;
}
