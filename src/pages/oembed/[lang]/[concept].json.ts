// /oembed/{lang}/{id}.json: the oEmbed response for an article, found from the article's
// <link rel="alternate" type="application/json+oembed">.
import type { APIRoute } from 'astro';
import type { Article } from '../../../data/glossary.ts';
import { derivedFilesByWorker } from '../../../build/derived-files.ts';
import { articlePaths } from '../../../data/paths.ts';
import { jsonResponse } from '../../../lib/api.ts';
import { toOembed } from '../../../lib/oembed.ts';

// A build writes these files on a worker thread while the pages render (src/build/derived-files.ts),
// from the same shaping function; `astro dev` serves them from here.
export const getStaticPaths = () => (derivedFilesByWorker() ? [] : articlePaths());

export const GET: APIRoute = ({ props, site }) => jsonResponse(toOembed((props as { term: Article }).term, site!));
