// The per-term JSON files: /api/v1/{lang}/terms/{id}.json (docs/api.md) and
// /oembed/{lang}/{id}.json. They are pure functions of the terms, so the integration owns them:
// it writes them into the output in `astro:build:done`, while Pagefind indexes the pages, and
// answers them from middleware in `astro dev`. The terms come from the content loader, which
// writes them to the cache at the end of every sync (src/loader/term-snapshot.ts).
import { existsSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Connect } from 'vite';
import { toApiTermDetail } from '../lib/formats/api.ts';
import { toOembed } from '../lib/formats/oembed.ts';
import { Glossary } from '../lib/articles/glossary.ts';
import { apiTermUrl, oembedUrl } from '../lib/urls/urls.ts';
import { readTermSnapshot, type TermRecord } from '../loader/term-snapshot.ts';

/**
 * Every per-term JSON file: its path in the site and its text.
 * @example [...termFiles(terms, site)][0] // ['/api/v1/en/terms/vendor.json', '{"id":"vendor",…}']
 */
export function* termFiles(terms: readonly TermRecord[], site: URL | string): Generator<[path: string, body: string]> {
  const glossary = new Glossary(terms);
  for (const term of terms) {
    yield [apiTermUrl(term.lang, term.id), JSON.stringify(toApiTermDetail(term, glossary, site, term.summary))];
    yield [oembedUrl(term.lang, term.id), JSON.stringify(toOembed(term, site))];
  }
}

/** Writes the files of the terms in `snapshot` under `outDir`; returns how many. */
export async function writeTermFiles(snapshot: string, outDir: string, site: URL | string): Promise<number> {
  const files = [...termFiles(readTermSnapshot(snapshot), site)];
  await writeFilesUnder(outDir, files);
  return files.length;
}

/** Writes files (path under `outDir`, text) into the output, making their folders. */
export async function writeFilesUnder(outDir: string, files: readonly (readonly [path: string, body: string])[]): Promise<void> {
  await Promise.all([...new Set(files.map(([path]) => dirname(path)))].map((folder) => mkdir(join(outDir, folder), { recursive: true })));
  // A few dozen writes at a time: enough to keep libuv's threads busy, few enough file handles.
  for (let i = 0; i < files.length; i += 64) await Promise.all(files.slice(i, i + 64).map(([path, body]) => writeFile(join(outDir, path), body)));
}

/** `astro dev`: answers the files from the latest snapshot (read again after each content sync). */
export function termFilesMiddleware(snapshot: string, site: URL | string): Connect.NextHandleFunction {
  return snapshotFilesMiddleware(snapshot, 'application/json; charset=utf-8', (terms) => termFiles(terms, site));
}

/**
 * `astro dev` answering files the build writes from the term snapshot: made from the latest
 * snapshot, again after each content sync. `files` gives each file's URL path and text.
 */
export function snapshotFilesMiddleware(snapshot: string, contentType: string, files: (terms: TermRecord[]) => Iterable<readonly [path: string, body: string]>): Connect.NextHandleFunction {
  let cached: { mtime: number; files: Map<string, string> } | undefined;
  return (req, res, next) => {
    if (!existsSync(snapshot)) return next();
    const mtime = statSync(snapshot).mtimeMs;
    if (cached?.mtime !== mtime) cached = { mtime, files: new Map(files(readTermSnapshot(snapshot))) };
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://dev').pathname);
    const body = cached.files.get(path) ?? cached.files.get(`${path}/`);
    if (body === undefined) return next();
    res.setHeader('Content-Type', contentType);
    res.end(body);
  };
}
