// /pagefind/*: the search index, written by Pagefind from the built article pages, and the
// precompressed copies of the files every first search downloads (precompress.ts).
import * as pagefind from 'pagefind';
import { LOCALES } from '../lib/i18n/locales.ts';
import { precompressFirstSearch } from './precompress.ts';

/** Indexes the articles of a built site into `<outDir>/pagefind`; returns the number of pages and first-search files precompressed. */
export async function writeSearchIndex(outDir: string): Promise<{ pages: number; precompressed: number }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // Only articles carry data-pagefind-body; reading just their pages skips thousands of
  // redirect, embed and API files on a large glossary.
  const added = await index.addDirectory({ path: outDir, glob: `{${LOCALES.join(',')}}/*/index.html` });
  if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
  if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
  await pagefind.close();
  return { pages: added.page_count, precompressed: (await precompressFirstSearch(outDir)).length };
}
