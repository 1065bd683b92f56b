import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gunzipSync } from 'node:zlib';
import { LOCALES } from '../lib/i18n/locales.ts';

/**
 * The files every first search downloads, whatever the query and however large the glossary:
 * those the search index step writes (Pagefind's script, entry, per-language metadata and
 * WebAssembly, and the map from Pagefind's page ids to articles), and those Astro renders with
 * the pages (our search UI and the name index). Index chunks and fragments grow with the
 * glossary and stay as Pagefind wrote them.
 */
export const FIRST_SEARCH_FILES_FROM_INDEX = [
  /^pagefind\/pagefind\.js$/,
  /^pagefind\/pagefind-entry\.json$/,
  /^pagefind\/pagefind\.[^/]+\.pf_meta$/,
  new RegExp(`^pagefind/wasm\\.(${LOCALES.join('|')})\\.pagefind$`),
  new RegExp(`^(${LOCALES.join('|')})/search/pages\\.json$`),
];
export const FIRST_SEARCH_FILES_FROM_PAGES = [/^assets\/search\.js$/, new RegExp(`^(${LOCALES.join('|')})/search/names\\.json$`)];
export const FIRST_SEARCH_FILES = [...FIRST_SEARCH_FILES_FROM_INDEX, ...FIRST_SEARCH_FILES_FROM_PAGES];

const GZIP_MAGIC = [0x1f, 0x8b];

/**
 * The Brotli form of a file's payload. Pagefind gzips its own files and inflates them in the
 * browser, unless they arrive already decoded (starting with its `pagefind_dcd` signature):
 * so a gzip file is stored as Brotli of what it holds, which a browser decodes on the way in.
 * Compressed on libuv's threads: Brotli's top quality takes ~0.25 s per WebAssembly file.
 * @example brotliDecompressSync(await brotliOf(gzipSync('pagefind_dcd…'))).toString() // 'pagefind_dcd…'
 */
export function brotliOf(data: Buffer): Promise<Buffer> {
  const payload = data[0] === GZIP_MAGIC[0] && data[1] === GZIP_MAGIC[1] ? gunzipSync(data) : data;
  return brotliAsync(payload, {
    params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: payload.length },
  });
}

const brotliAsync = promisify(brotliCompress);

/** Files compressed ahead: their bytes, and the Brotli of them, by path under the output folder. */
export type Precompressed = Map<string, { source: Buffer; brotli: Buffer }>;

/**
 * Writes `<file>.br` beside each first-search file of a built site that matches `patterns`, for
 * hosts that serve precompressed files (our static server; nginx `brotli_static on`). Brotli at
 * its highest quality takes Pagefind's WebAssembly from 58 to 49 kB. A file whose bytes are in
 * `ahead` (compressed while the pages were built) is not compressed again. Returns the files written.
 */
export async function precompressFirstSearch(outDir: string, patterns: RegExp[], ahead: Precompressed = new Map()): Promise<string[]> {
  const files = ['pagefind', 'assets', ...LOCALES.map((lang) => `${lang}/search`)]
    .filter((dir) => existsSync(join(outDir, dir)))
    .flatMap((dir) => readdirSync(join(outDir, dir)).map((name) => `${dir}/${name}`))
    .filter((file) => patterns.some((pattern) => pattern.test(file)));
  // Side by side: the files compress in parallel.
  await Promise.all(
    files.map(async (file) => {
      const source = readFileSync(join(outDir, file));
      const ready = ahead.get(file);
      await writeFile(join(outDir, `${file}.br`), ready?.source.equals(source) ? ready.brotli : await brotliOf(source));
    }),
  );
  return files;
}
