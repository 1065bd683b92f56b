// The browser scripts that live at a stable URL: /assets/search.js (loaded on demand by an
// inline handler, src/client/inline-handlers.ts) and /embed.js (included by other sites).
// esbuild rather than Vite: a page's own scripts get hashed names under /_astro/ and Vite's
// chunks would drag a module-preload helper into every page that can load them; esbuild is
// already Astro's own dependency. Served by src/pages/assets/search.js.ts and src/pages/embed.js.ts.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build, transform, type Plugin } from 'esbuild';

/** The syntax both scripts are compiled down to: embed.js runs in other sites' readers' browsers, back to 2021 (docs/api.md). */
const TARGET = 'es2020';

/** `import text from './file.css?raw'` (Vite's way, which the type checker knows): the file's text, minified where it is CSS. */
const rawText: Plugin = {
  name: 'raw-text',
  setup(build) {
    build.onResolve({ filter: /\?raw$/ }, (args) => ({ path: resolve(args.resolveDir, args.path.slice(0, -'?raw'.length)), namespace: 'raw-text' }));
    build.onLoad({ filter: /.*/, namespace: 'raw-text' }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      return { contents: args.path.endsWith('.css') ? (await transform(text, { loader: 'css', minify: true })).code : text, loader: 'text' };
    });
  },
};

/**
 * Bundles a browser script into one self-contained, minified file: an ES module (`esm`), or
 * a classic script (`iife`) for a `<script>` tag on another site. `define` bakes in compile-time constants.
 */
export async function bundleBrowserScript(
  entry: string,
  { format = 'esm', define }: { format?: 'esm' | 'iife'; define?: Record<string, string> } = {},
): Promise<string> {
  // Resolved from the project root: endpoints run from a bundled copy elsewhere.
  const result = await build({
    entryPoints: [resolve(process.cwd(), entry)],
    bundle: true,
    minify: true,
    format,
    target: TARGET,
    define,
    write: false,
    legalComments: 'none',
    plugins: [rawText],
  });
  return result.outputFiles[0]!.text;
}
