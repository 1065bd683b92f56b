// /api/v1/{lang}/terms/{id}.json: one term with the summary of its article (docs/api.md).
import type { APIRoute } from 'astro';
import { articleSummary, loadGlossary, type Article } from '../../../../../data/collection.ts';
import { derivedFilesByWorker } from '../../../../../integration/derived-files.ts';
import { articlePaths } from '../../../../../data/static-paths.ts';
import { jsonResponse, toApiTermDetail } from '../../../../../lib/formats/api.ts';

// A build writes these files on a worker thread while the pages render (src/integration/derived-files.ts),
// from the same shaping function; `astro dev` serves them from here.
export const getStaticPaths = () => (derivedFilesByWorker() ? [] : articlePaths());

export const GET: APIRoute = async ({ props, site }) => {
  const { term } = props as { term: Article };
  return jsonResponse(toApiTermDetail(term, await loadGlossary(), site!, articleSummary(term)));
};
