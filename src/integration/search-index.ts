// /pagefind/*: the search index, written by Pagefind from the built article pages; beside it
// /{lang}/search/pages.json (search-pages.ts), and the precompressed copies of the files every
// first search downloads (precompress.ts).
import { readFile, writeFile } from 'node:fs/promises';
import { transform } from 'esbuild';
import * as pagefind from 'pagefind';
import { LOCALES } from '../lib/i18n/locales.ts';
import { SETTING_VARIABLES, settings } from '../paths.ts';
import { brotliOf, FIRST_SEARCH_FILES_FROM_INDEX, FIRST_SEARCH_FILES_FROM_PAGES, precompressFirstSearch, type Precompressed } from './precompress.ts';
import { writePagefindPages } from './search-pages.ts';

const PAGEFIND_SCRIPT = 'pagefind.js';

/**
 * Pagefind's script as every first search downloads it, minified: Pagefind ships it with full
 * names (47 kB; 32 kB minified, 1.8 kB less as Brotli). Same input, same output, so the copy
 * compressed ahead still matches.
 */
async function minified(script: Buffer): Promise<Buffer> {
  return Buffer.from((await transform(script.toString('utf8'), { minify: true, format: 'esm', charset: 'utf8' })).code);
}

async function createIndex() {
  // Pagefind's indexer reads its chunk size from the environment the Node API starts it with.
  process.env[SETTING_VARIABLES.searchIndexChunkSize] = String(settings.searchIndexChunkSize);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return index;
}

/**
 * Compresses, while Astro renders the pages on one core, the first-search files that do not
 * depend on the pages (Pagefind's script and WebAssembly): Brotli at its top quality is ~1 s of
 * CPU that would otherwise wait for the index. Pagefind writes a language's WebAssembly only for
 * a language it has seen, so the index gets one empty record per language. Never fails: what is
 * not ready is compressed after indexing.
 */
export async function compressSearchFilesAhead(): Promise<Precompressed> {
  try {
    const index = await createIndex();
    await Promise.all(LOCALES.map((language) => index.addCustomRecord({ url: `/${language}/`, content: language, language })));
    const { files } = await index.getFiles();
    await index.deleteIndex();
    const constant = files.filter((f) => !f.path.includes('pagefind-entry') && !f.path.endsWith('.pf_meta') && FIRST_SEARCH_FILES_FROM_INDEX.some((p) => p.test(`pagefind/${f.path}`)));
    // One at a time: a Brotli job holds one of libuv's four threads, which Astro's own file
    // writes share while the pages render.
    const ahead: Precompressed = new Map();
    for (const f of constant) {
      const source = f.path === PAGEFIND_SCRIPT ? await minified(Buffer.from(f.content)) : Buffer.from(f.content);
      ahead.set(`pagefind/${f.path}`, { source, brotli: await brotliOf(source) });
    }
    return ahead;
  } catch {
    return new Map();
  }
}

/**
 * Indexes the articles of a built site into `<outDir>/pagefind`; returns the number of pages and
 * first-search files precompressed. Pagefind indexes in a process of its own, so the first-search
 * files the pages brought compress on this one meanwhile.
 */
export async function writeSearchIndex(outDir: string, ahead?: Promise<Precompressed>): Promise<{ pages: number; precompressed: number }> {
  const fromPages = precompressFirstSearch(outDir, FIRST_SEARCH_FILES_FROM_PAGES);
  const index = await createIndex();
  // Only articles carry data-pagefind-body; reading just the pages at /{lang}/{slug}/ (articles,
  // and the redirect pages, which are small) skips the embed, API and letter pages.
  const added = await index.addDirectory({ path: outDir, glob: `{${LOCALES.join(',')}}/*/index.html` });
  if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
  if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
  await pagefind.close();
  const script = `${outDir}/pagefind/${PAGEFIND_SCRIPT}`;
  await writeFile(script, await minified(await readFile(script)));
  writePagefindPages(outDir);
  const fromIndex = await precompressFirstSearch(outDir, FIRST_SEARCH_FILES_FROM_INDEX, await ahead);
  return { pages: added.page_count, precompressed: fromIndex.length + (await fromPages).length };
}
