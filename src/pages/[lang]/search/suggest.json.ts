import type { APIRoute } from 'astro';
import { loadGlossary } from '../../../data/collection.ts';
import { localePaths } from '../../../data/static-paths.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';
import type { SuggestEntry } from '../../../lib/search/suggest.ts';

// Titles and aliases of a language, for "did you mean" suggestions; fetched only by search.
export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ params }) => {
  const glossary = await loadGlossary();
  const entries: SuggestEntry[] = glossary.terms(params.lang as Locale).map((term) => [term.id, term.data.title, ...term.data.aliases]);
  return new Response(JSON.stringify(entries));
};
