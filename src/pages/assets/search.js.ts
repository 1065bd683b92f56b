import type { APIRoute } from 'astro';
import { bundleBrowserScript } from '../../build/bundle-script.ts';

// The search UI, fetched only when a reader starts to search (src/lib/inline-handlers.ts loads it on focus).
export const GET: APIRoute = async () =>
  new Response(await bundleBrowserScript('src/scripts/search-ui.ts'), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
