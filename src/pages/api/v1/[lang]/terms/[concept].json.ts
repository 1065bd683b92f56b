// /api/v1/{lang}/terms/{id}.json: one term with the summary of its article (docs/api.md).
import type { APIRoute } from 'astro';
import { loadGlossary, type Article } from '../../../../../data/glossary.ts';
import { articlePaths } from '../../../../../data/paths.ts';
import { jsonResponse, toApiTermDetail } from '../../../../../lib/api.ts';
import { summarize } from '../../../../../lib/summary.ts';

export const getStaticPaths = articlePaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { term } = props as { term: Article };
  const summary = summarize(term.entry.body ?? '', term.lang, { mdx: !term.entry.filePath?.endsWith('.md') });
  return jsonResponse(toApiTermDetail(term, await loadGlossary(), site!, summary));
};
