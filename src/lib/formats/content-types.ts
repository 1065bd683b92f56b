const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.xml': 'application/xml; charset=utf-8', '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8', '.wasm': 'application/wasm', '.png': 'image/png', '.ico': 'image/x-icon',
  '.atom': 'application/atom+xml; charset=utf-8', '.webmanifest': 'application/manifest+json',
};

/**
 * The Content-Type a built file is served with (the static server and `astro dev`'s search index).
 * @example contentTypeOf('pagefind/wasm.nb.pagefind') // 'application/octet-stream'
 * @example contentTypeOf('pagefind/pagefind.js') // 'text/javascript; charset=utf-8'
 */
export function contentTypeOf(file: string): string {
  return TYPES[/\.[^./]*$/.exec(file)?.[0] ?? ''] ?? 'application/octet-stream';
}
