import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../src/lib/formats/headers-file.ts';
import { INLINE_HANDLERS, handlerHash } from '../../src/client/inline-handlers.ts';
import { responseHeaders } from '../../src/integration/response-headers.ts';

const rules = parseHeadersFile(await responseHeaders());
const policy = (path: string) => headersFor(rules, path).find(([name]) => name === 'Content-Security-Policy')![1];
const directive = (csp: string, name: string) =>
  csp.split(';').map((d) => d.trim().split(/\s+/)).find(([n]) => n === name)?.slice(1);

describe('the Content-Security-Policy in _headers (src/integration/response-headers.ts)', () => {
  it('allows exactly the inline handlers of src/client/inline-handlers.ts, by hash', async () => {
    const hashes = await Promise.all(Object.values(INLINE_HANDLERS).map(handlerHash));
    expect(directive(policy('/en/outsourcing/'), 'script-src-attr')).toEqual(["'unsafe-hashes'", ...hashes]);
  });
  it('allows no inline script element and nothing from another host', () => {
    const csp = policy('/en/outsourcing/');
    expect(directive(csp, 'script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directive(csp, 'default-src')).toEqual(["'self'"]);
    expect(directive(policy('/embed/en/outsourcing/'), 'script-src')).toBeUndefined();
  });
  it('hashes a handler as browsers do (SHA-256 of its UTF-8, base64)', async () => {
    // The SHA-256 of nothing, a known value.
    expect(await handlerHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
});
