import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gunzipSync } from 'node:zlib';

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
 * @example brotliOf(gzipSync(Buffer.from('pagefind_dcd…'))) // Brotli of 'pagefind_dcd…'
 */
export function brotliOf(data: Buffer): Buffer {
  const payload = data[0] === GZIP_MAGIC[0] && data[1] === GZIP_MAGIC[1] ? gunzipSync(data) : data;
  return brotliCompressSync(payload, {
    params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: payload.length },
  });
}

/**
 * Writes `<file>.br` beside each first-search file in a built site, for hosts that serve
 * precompressed files (our static server; nginx `brotli_static on`). Brotli at its highest
 * quality takes Pagefind's WebAssembly from 58 to 49 kB. Returns the files written.
 */
export function precompressFirstSearch(outDir: string): string[] {
  const written: string[] = [];
  for (const dir of ['pagefind', 'assets']) {
    if (!existsSync(join(outDir, dir))) continue;
    for (const name of readdirSync(join(outDir, dir))) {
      const file = `${dir}/${name}`;
      if (!FIRST_SEARCH_FILES.some((pattern) => pattern.test(file))) continue;
      writeFileSync(join(outDir, `${file}.br`), brotliOf(readFileSync(join(outDir, file))));
      written.push(file);
    }
  }
  return written;
}
