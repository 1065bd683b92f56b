import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gunzipSync } from 'node:zlib';

/**
 * The files every first search downloads, whatever the query and however large the glossary:
 * Pagefind's script, entry, per-language metadata and WebAssembly, and our search UI.
 * Index chunks and fragments grow with the glossary and stay as Pagefind wrote them.
 */
export const FIRST_SEARCH_FILES = [/^pagefind\/pagefind\.js$/, /^pagefind\/pagefind-entry\.json$/, /^pagefind\/pagefind\.[^/]+\.pf_meta$/, /^pagefind\/wasm\.[^/]+\.pagefind$/, /^assets\/search\.(js|css)$/];

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

/**
 * Writes `<file>.br` beside each first-search file in a built site, for hosts that serve
 * precompressed files (our static server; nginx `brotli_static on`). Brotli at its highest
 * quality takes Pagefind's WebAssembly from 58 to 49 kB. Returns the files written.
 */
export async function precompressFirstSearch(outDir: string): Promise<string[]> {
  const files = ['pagefind', 'assets']
    .filter((dir) => existsSync(join(outDir, dir)))
    .flatMap((dir) => readdirSync(join(outDir, dir)).map((name) => `${dir}/${name}`))
    .filter((file) => FIRST_SEARCH_FILES.some((pattern) => pattern.test(file)));
  // Side by side: the files compress in parallel.
  await Promise.all(files.map(async (file) => writeFile(join(outDir, `${file}.br`), await brotliOf(readFileSync(join(outDir, file))))));
  return files;
}
