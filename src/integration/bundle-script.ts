import { resolve } from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles a browser script into one self-contained, minified ES module, for scripts that
 * must live at a stable URL and load on demand (search) or on other sites (embed). Vite's
 * own chunks would drag a module-preload helper into every page that can load them.
 */
export async function bundleBrowserScript(entry: string, format: 'esm' | 'iife' = 'esm'): Promise<string> {
  // Resolved from the project root: endpoints run from a bundled copy elsewhere.
  const result = await build({
    entryPoints: [resolve(process.cwd(), entry)],
    bundle: true,
    minify: true,
    format,
    target: 'es2022',
    write: false,
    legalComments: 'none',
  });
  return result.outputFiles[0]!.text;
}
