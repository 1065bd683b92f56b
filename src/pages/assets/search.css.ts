import type { APIRoute } from 'astro';
import { transform } from 'esbuild';
import css from '../../client/search.css?raw';

// The search UI's styles, fetched with the search UI only.
export const GET: APIRoute = async () =>
  new Response((await transform(css, { loader: 'css', minify: true })).code, {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
