import { filterFold, foldNordic } from '../i18n/transliterate.ts';

/** What reranking needs to know of a search result. */
export interface RankableResult {
  meta: { title?: string; aliases?: string };
}

/**
 * Whether the query is an inflected form of the name: the name plus an ending
 * ("leverandørene" for "leverandør"), or the name with its last letter changed and an
 * ending added ("fakturor" for "faktura").
 */
function inflectionOf(query: string, name: string): boolean {
  if (name.length < 4 || Math.abs(query.length - name.length) > 4) return false;
  let shared = 0;
  while (shared < query.length && query[shared] === name[shared]) shared++;
  return shared >= Math.max(4, name.length - 1);
}

function strictMatch(q: string, title: string, aliases: readonly string[]): number {
  if (title === q) return 0;
  if (aliases.includes(q)) return 1;
  if (title.startsWith(q) || inflectionOf(q, title)) return 2;
  if (aliases.some((a) => a.startsWith(q) || inflectionOf(q, a))) return 3;
  return 4;
}

/**
 * How well a result's name answers the query: 0 the title is the query, 1 an alias is,
 * 2 the title starts with it or the query is an inflected title, 3 the same for an alias,
 * 4 anything else; half a step more where it matches only with ø, å, æ, ä, ö typed plain. Pagefind ranks by text
 * relevance; a reader who types a term's exact name or synonym wants that term first.
 * @example nameMatch('SLA', { meta: { title: 'Service level agreement', aliases: 'SLA, tjenestenivåavtale' } }) // 1
 */
export function nameMatch(query: string, result: RankableResult): number {
  const q = filterFold(query.trim());
  const title = filterFold(result.meta.title ?? '');
  const aliases = (result.meta.aliases ?? '').split(',').map((a) => filterFold(a.trim())).filter(Boolean);
  const strict = strictMatch(q, title, aliases);
  if (strict < 4) return strict;
  const loose = strictMatch(foldNordic(q), foldNordic(title), aliases.map(foldNordic));
  return loose < 4 ? loose + 0.5 : 4;
}

/**
 * Results with the query as their name first, otherwise in Pagefind's order.
 * @example rerankByName('bpo', [{ meta: { title: 'Back office' } }, { meta: { title: 'BPO' } }])[0].meta.title // 'BPO'
 */
export function rerankByName<T extends RankableResult>(query: string, results: readonly T[]): T[] {
  return results
    .map((result, index) => ({ result, index, match: nameMatch(query, result) }))
    .sort((a, b) => a.match - b.match || a.index - b.index)
    .map(({ result }) => result);
}
