// /api/v1/{lang}/names.json: the terms embed.js's auto-link finds in a host page (docs/api.md).
import type { APIRoute } from 'astro';
import { loadGlossary } from '../../../../data/collection.ts';
import { localePaths } from '../../../../data/static-paths.ts';
import { jsonResponse } from '../../../../lib/formats/api.ts';
import { buildNamesFile } from '../../../../lib/formats/autolink.ts';
import type { Locale } from '../../../../lib/i18n/locales.ts';

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Locale;
  return jsonResponse(buildNamesFile(lang, (await loadGlossary()).terms(lang)));
};
