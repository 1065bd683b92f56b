// The terms as the build's JSON files need them (language, id, frontmatter data, API summary),
// written by the content loader at the end of every sync, for the integration, which writes
// those files after the pages (src/integration/term-files.ts).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { ArticleData } from '../lib/articles/schema.ts';
import type { Locale } from '../lib/i18n/locales.ts';

export interface TermRecord {
  lang: Locale;
  id: string;
  data: ArticleData;
  summary: string;
}

/** Where the snapshot is, in Astro's cache folder. */
export const termSnapshotFile = (cacheDir: URL | string) => fileURLToPath(new URL('lexicon-terms.v8', cacheDir));

/** Written with V8's serializer, which keeps dates as dates. */
export function writeTermSnapshot(file: string, terms: readonly TermRecord[]): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, serialize(terms));
}

export function readTermSnapshot(file: string): TermRecord[] {
  return deserialize(readFileSync(file)) as TermRecord[];
}
