// /pagefind/*: the search index, written by Pagefind from the built article pages; beside it
// /{lang}/search/pages.json (search-pages.ts), and the precompressed copies of the files every
// first search downloads (precompress.ts).
import * as pagefind from 'pagefind';
import { LOCALES } from '../lib/i18n/locales.ts';
import { precompressFirstSearch } from './precompress.ts';
import { writePagefindPages } from './search-pages.ts';

/**
 * Word positions per Pagefind index chunk (Pagefind's default is 20,000, ~30 kB a chunk here;
 * 2,000 makes ~3.4 kB chunks). A first search downloads a chunk or two per word, so smaller
 * chunks make it cheaper; top-1/top-3 were the same at 2,000, 5,000, 10,000 (docs/benchmarks.md).
 */
export const SEARCH_INDEX_CHUNK_SIZE = 2000;

/** Indexes the articles of a built site into `<outDir>/pagefind`; returns the number of pages and first-search files precompressed. */
export async function writeSearchIndex(outDir: string): Promise<{ pages: number; precompressed: number }> {
  // Read by Pagefind's indexer (1.6, "unstable"), which the Node API starts with this process's
  // environment; an explicit setting wins, for measuring others.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(SEARCH_INDEX_CHUNK_SIZE);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // Only articles carry data-pagefind-body; reading just their pages skips thousands of
  // redirect, embed and API files on a large glossary.
  const added = await index.addDirectory({ path: outDir, glob: `{${LOCALES.join(',')}}/*/index.html` });
  if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
  if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
  await pagefind.close();
  writePagefindPages(outDir);
  return { pages: added.page_count, precompressed: (await precompressFirstSearch(outDir)).length };
}
