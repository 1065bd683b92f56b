import { foldForFilter } from './filter.ts';

/** What reranking needs to know of a search result. */
export interface RankableResult {
  meta: { title?: string; aliases?: string };
}

/** Whether the query is the name plus an inflection ending: "leverandørene" for "leverandør". */
function inflectionOf(query: string, name: string): boolean {
  return name.length >= 4 && query.startsWith(name) && query.length - name.length <= 4;
}

/**
 * How well a result's name answers the query: 0 the title is the query, 1 an alias is,
 * 2 the title starts with it or the query is an inflected title, 3 the same for an alias,
 * 4 anything else. Pagefind ranks by text
 * relevance; a reader who types a term's exact name or synonym wants that term first.
 * @example nameMatch('SLA', { meta: { title: 'Service level agreement', aliases: 'SLA, tjenestenivåavtale' } }) // 1
 */
export function nameMatch(query: string, result: RankableResult): number {
  const q = foldForFilter(query.trim());
  const title = foldForFilter(result.meta.title ?? '');
  const aliases = (result.meta.aliases ?? '').split(',').map((a) => foldForFilter(a.trim())).filter(Boolean);
  if (title === q) return 0;
  if (aliases.includes(q)) return 1;
  if (title.startsWith(q) || inflectionOf(q, title)) return 2;
  if (aliases.some((a) => a.startsWith(q) || inflectionOf(q, a))) return 3;
  return 4;
}

/**
 * Results with the query as their name first, otherwise in Pagefind's order.
 * @example rerankByName('bpo', [{ meta: { title: 'Back office' } }, { meta: { title: 'BPO' } }]) // BPO first
 */
export function rerankByName<T extends RankableResult>(query: string, results: readonly T[]): T[] {
  return results
    .map((result, index) => ({ result, index, match: nameMatch(query, result) }))
    .sort((a, b) => a.match - b.match || a.index - b.index)
    .map(({ result }) => result);
}
