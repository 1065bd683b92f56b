import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { LOCALES, type Locale } from '../lib/i18n/locales.ts';
import { pagefindPagesUrl } from '../lib/urls/urls.ts';

const SIGNATURE = 'pagefind_dcd';

/**
 * After Pagefind has written its index: `/{lang}/search/pages.json`, which article each of
 * Pagefind's page ids is (`{"187116d": "factoring"}` for `en_187116d`). With it, search paints
 * a full-text hit from the name index (title, definition) without downloading the hit's
 * Pagefind fragment (~2.3 kB each), and merges it with name hits of the same concept.
 * Read from the fragments themselves (each holds its page's URL), so it always matches the index.
 * Returns the number of pages mapped.
 */
export function writePagefindPages(outDir: string): number {
  const pages = Object.fromEntries(LOCALES.map((lang) => [lang, {} as Record<string, string>])) as Record<Locale, Record<string, string>>;
  const fragments = join(outDir, 'pagefind', 'fragment');
  let count = 0;
  for (const file of readdirSync(fragments)) {
    const match = /^([a-z]+)_([0-9a-f]+)\.pf_fragment$/.exec(file);
    if (!match) continue;
    const text = gunzipSync(readFileSync(join(fragments, file))).toString('utf8');
    if (!text.startsWith(SIGNATURE)) throw new Error(`pagefind/fragment/${file}: not a Pagefind fragment`);
    const { url } = JSON.parse(text.slice(SIGNATURE.length)) as { url: string };
    const [, lang, id] = /^\/([a-z]+)\/([^/]+)\/$/.exec(url) ?? [];
    if (lang !== match[1] || !(LOCALES as readonly string[]).includes(lang!)) continue;
    pages[lang as Locale][match[2]!] = id!;
    count++;
  }
  for (const lang of LOCALES) {
    const file = join(outDir, pagefindPagesUrl(lang));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(pages[lang]));
  }
  return count;
}
