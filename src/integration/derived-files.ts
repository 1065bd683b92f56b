// The per-term JSON files (the API's /api/v1/{lang}/terms/{id}.json and /oembed/{lang}/{id}.json),
// 6,000 at 3,000 articles. As Astro endpoints they took ~2 s of the build's one rendering
// thread; they are pure functions of the terms, so a worker thread writes them while Astro
// renders the pages, into a folder beside the output that is moved in when the pages are done.
// `astro dev` serves the same files from the endpoints in src/pages.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { toApiTermDetail } from '../lib/formats/api.ts';
import { Glossary } from '../lib/articles/glossary.ts';
import { LOCALES } from '../lib/i18n/locales.ts';
import { toOembed } from '../lib/formats/oembed.ts';
import { apiTermUrl, oembedUrl } from '../lib/urls/urls.ts';
import type { TermRecord } from '../loader/term-snapshot.ts';

const BY_WORKER = 'LEXICON_DERIVED_FILES_BY_WORKER';

/**
 * Whether this process's build writes the files on a worker (set by startDerivedFiles), so
 * their endpoints must not: they serve them only in `astro dev`. An environment variable,
 * because the endpoints run in Astro's bundle of the site, which has its own module instances.
 */
export const derivedFilesByWorker = () => process.env[BY_WORKER] === '1';

/**
 * Every per-term JSON file: its path in the site and its text.
 * @example [...derivedFiles(terms, site)][0] // ['/api/v1/en/terms/vendor.json', '{"id":"vendor",…}']
 */
export function* derivedFiles(terms: readonly TermRecord[], site: URL | string): Generator<[path: string, body: string]> {
  const glossary = new Glossary(terms);
  for (const term of terms) {
    yield [apiTermUrl(term.lang, term.id), JSON.stringify(toApiTermDetail(term, glossary, site, term.summary))];
    yield [oembedUrl(term.lang, term.id), JSON.stringify(toOembed(term, site))];
  }
}

/** The folders the files are in, moved into the output whole. */
const FOLDERS = [...LOCALES.map((lang) => dirname(apiTermUrl(lang, 'x'))), '/oembed'];

/** Writes the files under `dir`, in this thread. */
export function writeDerivedFiles(dir: string, terms: readonly TermRecord[], site: URL | string): number {
  const made = new Set<string>();
  let count = 0;
  for (const [path, body] of derivedFiles(terms, site)) {
    const folder = join(dir, dirname(path));
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(join(dir, path), body);
    count++;
  }
  return count;
}

/**
 * Starts writing the files of the terms in `snapshot` into `staging`, on a worker thread.
 * `moveInto(outDir)` waits for it and moves them into the output; it throws if writing failed.
 */
export function startDerivedFiles(snapshot: string, staging: string, site: string): { moveInto(outDir: string): Promise<number> } {
  rmSync(staging, { recursive: true, force: true });
  process.env[BY_WORKER] = '1';
  const worker = new Worker(new URL('derived-files-worker.ts', workerBase), { workerData: { snapshot, staging, site } });
  const done = new Promise<number>((resolve, reject) => {
    worker.once('message', (message: { count?: number; error?: string }) => (message.error ? reject(new Error(`writing the API and oEmbed files failed: ${message.error}`)) : resolve(message.count!)));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the API and oEmbed file writer stopped (exit ${code})`)));
  });
  // A failure is reported when the build waits for the files, not as an unhandled rejection.
  done.catch(() => {});
  return {
    async moveInto(outDir) {
      const count = await done;
      for (const folder of FOLDERS) {
        const target = join(outDir, folder);
        mkdirSync(dirname(target), { recursive: true });
        renameSync(join(staging, folder), target);
      }
      rmSync(staging, { recursive: true, force: true });
      return count;
    },
  };
}

// Held in a variable so bundlers do not take `new URL(…, import.meta.url)` for an asset.
const workerBase = import.meta.url;
