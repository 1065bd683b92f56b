// A small static file server for dist/: directory indexes, the site's 404 page, gzip for text
// (precompressed Brotli where the build wrote it),
// and the headers from dist/_headers applied, so local runs and tests see what a host would send.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';
import { contentTypeOf } from '../src/lib/formats/content-types.ts';
import { headersFor, parseHeadersFile } from '../src/lib/formats/headers-file.ts';

export interface ServeOptions {
  root: string;
  port?: number;
  host?: string;
  /** Apply dist/_headers (default true). */
  headers?: boolean;
}

export function serveStatic({ root, port = 0, host = '127.0.0.1', headers = true }: ServeOptions): Promise<{ server: Server; url: string }> {
  const headersPath = join(root, '_headers');
  const rules = headers && existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { Location: `${path}/${url.search}` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = join(root, '404.html');
      path = '/404.html';
    }
    const head: Record<string, string> = { 'Content-Type': contentTypeOf(file) };
    // A header set by two rules is sent as both values, as Netlify does (two CSPs both apply).
    for (const [name, value] of headersFor(rules, url.pathname)) head[name] = head[name] && name !== 'Content-Type' ? `${head[name]}, ${value}` : value;
    // A precompressed `<file>.br` is sent where the browser takes Brotli (as nginx's
    // brotli_static does); other text is sent gzipped, as any static host does.
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const brotli = /\bbr\b/.test(accepts) && existsSync(`${file}.br`);
    const gzip = !brotli && /^(text\/|application\/(json|xml|atom|manifest))|javascript|svg/.test(head['Content-Type']!) && /\bgzip\b/.test(accepts);
    if (brotli || gzip) {
      head['Content-Encoding'] = brotli ? 'br' : 'gzip';
      head['Vary'] = 'Accept-Encoding';
    }
    res.writeHead(status, head);
    if (req.method === 'HEAD') res.end();
    else if (brotli) createReadStream(`${file}.br`).pipe(res);
    else if (gzip) createReadStream(file).pipe(createGzip()).pipe(res);
    else createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({ server, url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${actual}` });
    });
  });
}
