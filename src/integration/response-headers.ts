// /_headers: the response headers for Netlify / Cloudflare Pages (scripts/static-server.ts
// applies them too; docs/api.md shows the same rules for nginx). Written by the build, so the
// hashes that allow the inline event handlers always match src/client/inline-handlers.ts.
import { INLINE_HANDLERS, handlerHash } from '../client/inline-handlers.ts';

/** The text of `_headers`. */
export async function responseHeaders(): Promise<string> {
  const hashes = await Promise.all(Object.values(INLINE_HANDLERS).map(handlerHash));
  return `# Response headers for Netlify / Cloudflare Pages (scripts/static-server.ts applies them too).
# docs/api.md shows the same rules for nginx. Written by the build (src/integration/response-headers.ts).

# Other sites read the API and oEmbed answers and load embed.js from their own pages.
/api/*
  Access-Control-Allow-Origin: *
/oembed/*
  Access-Control-Allow-Origin: *
/embed.js
  Access-Control-Allow-Origin: *

# Every page: no inline script element runs, nothing loads from another host. The only inline
# script is three event-handler attributes (src/client/inline-handlers.ts), allowed by their hashes.
# Pagefind compiles its WebAssembly ('wasm-unsafe-eval'); it searches on the page, in no worker.
# Card pages are made to be framed by any site; they run no script at all.
/embed/*
  Content-Security-Policy: default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self'; frame-ancestors *; base-uri 'none'; form-action 'none'

/*
  Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; script-src-attr 'unsafe-hashes' ${hashes.join(' ')}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
`;
}
