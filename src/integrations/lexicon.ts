import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { scanContentDir } from '../lib/content-tree.ts';

/**
 * The site's build hooks: refuse a broken content folder before anything is built, and
 * write the Pagefind search index into the output once the pages exist.
 */
export function lexicon({ contentDir }: { contentDir: string }): AstroIntegration {
  return {
    name: 'outsourcing-lexicon',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const { problems } = scanContentDir(contentDir);
        if (problems.length) {
          const lines = problems.map((p) => `  content/${p.file}: ${p.message}`);
          logger.error(`The content folder has ${problems.length} problem(s):\n${lines.join('\n')}`);
          throw new Error(`content folder problems:\n${lines.join('\n')}`);
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`search index: ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
