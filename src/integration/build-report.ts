// The build's own account of itself, for tests and `npm run bench` to read instead of log
// lines: when each integration hook ran, how many pages each route made, what content sync
// rendered and kept, and how long the files written after the pages took. Written to
// `<cacheDir>/lexicon-report.json`; nothing in the site depends on it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface SyncReport {
  /** Articles rendered as Markdown by the render workers, and those kept from the last sync. */
  markdown: { rendered: number; kept: number };
  /** Articles compiled as MDX modules. */
  mdx: number;
}

export interface BuildReport {
  /** Milliseconds since the process started at which each hook ran (the first time). */
  hooks: Record<string, number>;
  /** Files in the output per route pattern (Astro's own routes), and per-term files. */
  routes: Record<string, number>;
  sync?: SyncReport;
  termFiles: number;
  /** Pages in the search index, and milliseconds from the last page rendered until its files were complete. */
  searchIndex: { pages: number; ms: number };
  /** Milliseconds since the process started at which the report was written. */
  doneAt: number;
}

const inCache = (cacheDir: URL | string, name: string) => (typeof cacheDir === 'string' ? join(cacheDir, name) : fileURLToPath(new URL(name, cacheDir)));

/** Where a build with this cache folder writes its report. */
export const buildReportFile = (cacheDir: URL | string) => inCache(cacheDir, 'lexicon-report.json');
/** Where content sync leaves its counts for the report. */
export const syncReportFile = (cacheDir: URL | string) => inCache(cacheDir, 'lexicon-sync.json');

export function writeJson(file: string, value: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

export function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** The report of the last build with this cache folder. */
export const readBuildReport = (cacheDir: string) => readJson<BuildReport>(buildReportFile(cacheDir));
