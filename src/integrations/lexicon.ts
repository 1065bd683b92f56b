import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { checkContent, formatProblem } from '../lib/check-content.ts';
import { contentPrefix } from '../lib/content-dir.ts';

/**
 * The site's build hooks: refuse a broken content folder (misplaced, empty or non-UTF-8
 * files, bad ids, frontmatter that fails the schema) before anything is built, and
 * write the Pagefind search index into the output once the pages exist.
 */
export function lexicon({ contentDir }: { contentDir: string }): AstroIntegration {
  return {
    name: 'outsourcing-lexicon',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        // Files and frontmatter, checked up front so every mistake is named as file:line.
        const { errors } = checkContent(contentDir, { bodies: false });
        if (errors.length) {
          const lines = errors.map((p) => `  ${formatProblem(p, contentPrefix(contentDir))}`);
          logger.error(`The content folder has ${errors.length} problem(s); fix them and build again:\n${lines.join('\n')}`);
          throw new Error(`${errors.length} content problem(s), listed above`);
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
