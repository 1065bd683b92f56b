// /embed.js: src/client/embed.ts bundled into one self-contained script under a stable name.
// esbuild rather than Vite: a page's own scripts get hashed names under /_astro/, while other
// sites need a URL that never changes; esbuild is already Astro's own dependency, and its
// build API takes a target (older host browsers) and compile-time constants.
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { build } from 'esbuild';
import { cardTexts } from '../lib/formats/card.ts';

export const GET: APIRoute = async () => {
  const { outputFiles } = await build({
    // Astro runs from the project root; this module itself is bundled elsewhere at build time.
    entryPoints: [join(process.cwd(), 'src/client/embed.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    legalComments: 'none',
    define: { __CARD_TEXT__: JSON.stringify(cardTexts()) },
  });
  return new Response(outputFiles[0]!.text, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
