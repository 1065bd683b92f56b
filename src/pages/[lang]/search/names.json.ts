import type { APIRoute } from 'astro';
import { loadGlossary } from '../../../data/collection.ts';
import { localePaths } from '../../../data/static-paths.ts';
import { LOCALES, type Locale } from '../../../lib/i18n/locales.ts';
import { buildNameIndex } from '../../../lib/search/name-index.ts';

// The name index of one language's readers (format: docs/api.md, "Name index"): loaded by
// search when a search field gets focus, answers name queries in all three languages.
export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ params }) => {
  const glossary = await loadGlossary();
  const articles = LOCALES.flatMap((l) => glossary.terms(l));
  return new Response(JSON.stringify(buildNameIndex(params.lang as Locale, articles)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
