// /oembed/{lang}/{id}.json: the oEmbed response for an article, found from the article's
// <link rel="alternate" type="application/json+oembed">.
import type { APIRoute } from 'astro';
import type { Article } from '../../../data/collection.ts';
import { derivedFilesByWorker } from '../../../integration/derived-files.ts';
import { articlePaths } from '../../../data/static-paths.ts';
import { jsonResponse } from '../../../lib/formats/api.ts';
import { toOembed } from '../../../lib/formats/oembed.ts';

// A build writes these files on a worker thread while the pages render (src/integration/derived-files.ts),
// from the same shaping function; `astro dev` serves them from here.
export const getStaticPaths = () => (derivedFilesByWorker() ? [] : articlePaths());

export const GET: APIRoute = ({ props, site }) => jsonResponse(toOembed((props as { term: Article }).term, site!));
