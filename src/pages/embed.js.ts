// /embed.js: the script other sites include (docs/api.md), bundled by src/integration/embed-script.ts.
import type { APIRoute } from 'astro';
import { buildEmbedScript } from '../integration/embed-script.ts';

export const GET: APIRoute = async () =>
  // Astro runs from the project root; this module itself is bundled elsewhere at build time.
  new Response(await buildEmbedScript(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
