import { createReadStream, existsSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration } from 'astro';
import { checkContent, formatProblem } from '../corpus/checks.ts';
import { contentPrefix } from '../paths.ts';
import { contentTypeOf } from '../lib/formats/content-types.ts';
import { termSnapshotFile } from '../loader/term-snapshot.ts';
import { SearchIndexBuild } from './search-index.ts';
import { responseHeaders } from './response-headers.ts';
import { writeFile } from 'node:fs/promises';
import { termFilesMiddleware, writeTermFiles } from './term-files.ts';
import { redirectPagesMiddleware, writeRedirectPages } from './redirect-pages.ts';
import { buildReportFile, readJson, syncReportFile, writeJson, type BuildReport, type SyncReport } from './build-report.ts';

/**
 * The site's build hooks: refuse a broken content folder (misplaced, empty or non-UTF-8
 * files, bad ids, frontmatter that fails the schema) before anything is built; write the
 * per-term JSON files and redirect pages (term-files.ts, redirect-pages.ts) while Vite bundles;
 * hand each article to the search index as it renders, and write the index once the pages are
 * done (search-index.ts).
 * `astro dev` answers the same JSON files, and serves the last build's search index.
 */
export function lexicon({ contentDir }: { contentDir: string }): AstroIntegration {
  let config: AstroConfig;
  // When each hook ran, for the build report (build-report.ts).
  const hooks: Record<string, number> = {};
  const at = (hook: string) => (hooks[hook] ??= Math.round(performance.now()));
  let termOutputs: Promise<[number, Awaited<ReturnType<typeof writeRedirectPages>>]> | undefined;
  let searchIndex: SearchIndexBuild | undefined;
  return {
    name: 'outsourcing-lexicon',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        at('astro:config:setup');
        // Files and frontmatter, checked up front so every mistake is named as file:line.
        const { errors } = checkContent(contentDir, { bodies: false });
        if (errors.length) {
          const lines = errors.map((p) => `  ${formatProblem(p, contentPrefix(contentDir))}`);
          logger.error(`The content folder has ${errors.length} problem(s); fix them and build again:\n${lines.join('\n')}`);
          throw new Error(`${errors.length} content problem(s), listed above`);
        }
      },
      'astro:config:done': ({ config: done }) => {
        at('astro:config:done');
        config = done;
      },
      'astro:build:start': ({ setPrerenderer }) => {
        at('astro:build:start');
        // Pagefind indexes each article as it is rendered (search-index.ts).
        const index = (searchIndex = new SearchIndexBuild(fileURLToPath(config.outDir)));
        setPrerenderer((base) => index.prerenderer(base));
      },
      'astro:build:setup': () => {
        at('astro:build:setup');
        // The files made from the terms alone (content sync has left them in the cache; Astro has
        // just emptied the output folder): written while Vite bundles, which keeps a core busy
        // and leaves the disk idle. Beside Pagefind's writing, the same files took most of a
        // second (docs/benchmarks.md).
        const snapshot = termSnapshotFile(config.cacheDir);
        const outDir = fileURLToPath(config.outDir);
        termOutputs ??= Promise.all([writeTermFiles(snapshot, outDir, config.site!), writeRedirectPages(snapshot, outDir, config.site!)]);
      },
      'astro:build:generated': () => {
        at('astro:build:generated');
        // Every page is rendered, and the index written or being written (search-index.ts): the
        // Brotli copies of the first-search files are made while Astro tidies up and the sitemap
        // is made.
        void searchIndex!.write();
      },
      'astro:server:setup': ({ server, logger }) => {
        server.middlewares.use(termFilesMiddleware(termSnapshotFile(config.cacheDir), config.site!));
        server.middlewares.use(redirectPagesMiddleware(termSnapshotFile(config.cacheDir), config.site!));
        // `astro dev` builds no search index: serve the one from the last `npm run build`.
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
      'astro:build:done': async ({ dir, assets, logger }) => {
        at('astro:build:done');
        const outDir = fileURLToPath(dir);
        const [files, redirects] = await termOutputs!;
        const [search] = await Promise.all([searchIndex!.write(), responseHeaders().then((text) => writeFile(join(outDir, '_headers'), text))]);
        for (const c of redirects.conflicts) logger.warn(`alias "${c.alias}" of ${c.lang}/${c.id}: ${c.reason}`);
        logger.info(`${files} API and oEmbed files and ${redirects.pages} redirect pages written beside the pages`);
        logger.info(`search index: ${search.pages} pages in ${search.ms} ms (${search.precompressed} first-search files also as .br)`);
        const report: BuildReport = {
          hooks,
          routes: { ...Object.fromEntries([...assets].map(([route, urls]) => [route, urls.length])), 'term files (api, oembed)': files, 'redirect pages (aliases, letter spellings)': redirects.pages },
          sync: existsSync(syncReportFile(config.cacheDir)) ? readJson<SyncReport>(syncReportFile(config.cacheDir)) : undefined,
          termFiles: files,
          searchIndex: { pages: search.pages, ms: search.ms },
          doneAt: Math.round(performance.now()),
        };
        writeJson(buildReportFile(config.cacheDir), report);
      },
    },
  };
}
