import type { APIRoute } from 'astro';
import { bundleBrowserScript } from '../../integration/bundle-script.ts';

// The search UI, fetched only when a reader starts to search (src/client/inline-handlers.ts loads it on focus).
export const GET: APIRoute = async () =>
  new Response(await bundleBrowserScript('src/client/search.ts'), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
