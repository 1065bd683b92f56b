// embed.js: src/client/embed.ts bundled into one self-contained script under a stable name.
// esbuild rather than Vite: a page's own scripts get hashed names under /_astro/, while other
// sites need a URL that never changes; esbuild is already Astro's own dependency, and its
// build API takes a target (older host browsers) and compile-time constants.
// Served by src/pages/embed.js.ts; `npm run bench` measures the same bundle.
import { join } from 'node:path';
import { build } from 'esbuild';
import { cardTexts } from '../lib/formats/card.ts';

/** The text of /embed.js, bundled from src/client/ under `root` (the project folder). */
export async function buildEmbedScript(root = process.cwd()): Promise<string> {
  const { outputFiles } = await build({
    entryPoints: [join(root, 'src/client/embed.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    legalComments: 'none',
    define: { __CARD_TEXT__: JSON.stringify(cardTexts()) },
  });
  return outputFiles[0]!.text;
}
