import { createReadStream, existsSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { checkContent, formatProblem } from '../corpus/checks.ts';
import { contentPrefix } from '../paths.ts';
import { contentTypeOf } from '../lib/formats/content-types.ts';
import { precompressFirstSearch } from './precompress.ts';
import { startDerivedFiles } from './derived-files.ts';
import { termSnapshotFile } from '../loader/term-snapshot.ts';

/**
 * The site's build hooks: refuse a broken content folder (misplaced, empty or non-UTF-8
 * files, bad ids, frontmatter that fails the schema) before anything is built, write the
 * per-term JSON files while the pages render (src/integration/derived-files.ts), and write the
 * Pagefind search index into the output once the pages exist.
 */
export function lexicon({ contentDir }: { contentDir: string }): AstroIntegration {
  let isDev = false;
  let config: AstroConfig;
  let derived: ReturnType<typeof startDerivedFiles> | undefined;
  return {
    name: 'outsourcing-lexicon',
    hooks: {
      'astro:config:setup': ({ logger, command }) => {
        isDev = command === 'dev';
        // Files and frontmatter, checked up front so every mistake is named as file:line.
        const { errors } = checkContent(contentDir, { bodies: false });
        if (errors.length) {
          const lines = errors.map((p) => `  ${formatProblem(p, contentPrefix(contentDir))}`);
          logger.error(`The content folder has ${errors.length} problem(s); fix them and build again:\n${lines.join('\n')}`);
          throw new Error(`${errors.length} content problem(s), listed above`);
        }
      },
      'astro:config:done': ({ config: done }) => {
        config = done;
      },
      // Content has synced (the loader wrote the term snapshot); the pages have not started.
      'astro:build:start': () => {
        derived = startDerivedFiles(termSnapshotFile(config.cacheDir), fileURLToPath(new URL('lexicon-staging/term-files', config.cacheDir)), config.site!);
      },
      // `astro dev` builds no search index: serve the one from the last `npm run build`.
      'astro:server:setup': ({ server, logger }) => {
        if (!isDev) return;
        const index = fileURLToPath(new URL('pagefind', config.outDir));
        if (existsSync(join(index, 'pagefind.js'))) {
          logger.info(`search: serving the index of the last build (${index}); run \`npm run build\` to refresh it`);
        } else {
          logger.warn('search: no search index yet, so search will not answer in dev; run `npm run build` once to make one');
        }
        server.middlewares.use('/pagefind/', (req, res, next) => {
          const file = normalize(join(index, decodeURIComponent(new URL(req.url ?? '/', 'http://dev').pathname)));
          if (!file.startsWith(index) || !existsSync(file) || !statSync(file).isFile()) return next();
          res.setHeader('Content-Type', contentTypeOf(file));
          createReadStream(file).pipe(res);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = await derived!.moveInto(outDir);
        logger.info(`${files} API and oEmbed files written beside the pages`);
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        // Only articles carry data-pagefind-body; reading just their pages skips thousands of
        // redirect, embed and API files on a large glossary.
        const added = await index.addDirectory({ path: outDir, glob: '{nb,sv,en}/*/index.html' });
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
        await pagefind.close();
        const precompressed = await precompressFirstSearch(outDir);
        logger.info(`search index: ${added.page_count} pages in ${Math.round(performance.now() - started)} ms (${precompressed.length} first-search files also as .br)`);
      },
    },
  };
}
