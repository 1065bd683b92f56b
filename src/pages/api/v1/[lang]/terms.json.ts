// /api/v1/{lang}/terms.json: every term of a language (docs/api.md). The per-term files
// /api/v1/{lang}/terms/{id}.json and /oembed/{lang}/{id}.json come from src/integration/term-files.ts.
import type { APIRoute } from 'astro';
import { loadGlossary } from '../../../../data/collection.ts';
import { localePaths } from '../../../../data/static-paths.ts';
import { jsonResponse, toApiTermList } from '../../../../lib/formats/api.ts';
import type { Locale } from '../../../../lib/i18n/locales.ts';

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ params, site }) =>
  jsonResponse(toApiTermList(params.lang as Locale, await loadGlossary(), site!));
