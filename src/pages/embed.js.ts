// /embed.js: the script other sites include (docs/api.md), src/client/embed.ts bundled with the
// card words of every language baked in.
import type { APIRoute } from 'astro';
import { bundleBrowserScript } from '../integration/bundle-script.ts';
import { cardTexts } from '../lib/formats/card.ts';

export const GET: APIRoute = async () =>
  new Response(await bundleBrowserScript('src/client/embed.ts', { format: 'iife', define: { __CARD_TEXT__: JSON.stringify(cardTexts()) } }), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
