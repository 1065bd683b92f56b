// The static redirect pages: /{lang}/{slugified-name}/ → the article, for every title, admitted
// term and alias whose slug is free (src/lib/urls/alias-redirects.ts), and /nb/a-z/å/ →
// /nb/a-z/aa/ for each letter as its alphabet writes it. Hundreds of pages that hold a meta
// refresh and nothing else: written in `astro:build:done` from the term snapshot, as the
// per-term files are, not rendered one by one by Astro (docs/benchmarks.md). A deprecated
// term's URL is a page of its own instead, rendered by src/pages/[lang]/[...alias].astro.
import type { Connect } from 'vite';
import { redirectPage } from '../lib/formats/redirect-page.ts';
import { letterSpellings } from '../lib/i18n/alphabet.ts';
import { LOCALES } from '../lib/i18n/locales.ts';
import { t } from '../lib/i18n/strings.ts';
import { aliasUrls, type AliasConflict } from '../lib/urls/alias-redirects.ts';
import { articleUrl, letterUrl } from '../lib/urls/urls.ts';
import { readTermSnapshot, type TermRecord } from '../loader/term-snapshot.ts';
import { snapshotFilesMiddleware, writeFilesUnder } from './term-files.ts';

/** Every redirect page: its URL path (ending in `/`) and its HTML; and the alias URLs no page could be made for. */
export function redirectPages(terms: readonly TermRecord[], site: URL | string): { pages: [path: string, html: string][]; conflicts: AliasConflict[] } {
  const byKey = new Map(terms.map((term) => [`${term.lang}/${term.id}`, term]));
  const { redirects, conflicts } = aliasUrls(terms);
  const pages: [string, string][] = redirects.map((redirect) => [
    `/${redirect.lang}/${redirect.slug}/`,
    redirectPage({ lang: redirect.lang, to: articleUrl(redirect.lang, redirect.id), title: byKey.get(`${redirect.lang}/${redirect.id}`)!.data.title, site }),
  ]);
  for (const lang of LOCALES) {
    for (const { spelling, slug } of letterSpellings(lang)) {
      pages.push([letterUrl(lang, spelling), redirectPage({ lang, to: letterUrl(lang, slug), title: t(lang, 'letterTitle', { letter: spelling.toUpperCase() }), site })]);
    }
  }
  return { pages, conflicts };
}

/** Writes the redirect pages of the terms in `snapshot` under `outDir`; returns them and the conflicts. */
export async function writeRedirectPages(snapshot: string, outDir: string, site: URL | string): Promise<{ pages: number; conflicts: AliasConflict[] }> {
  const { pages, conflicts } = redirectPages(readTermSnapshot(snapshot), site);
  await writeFilesUnder(outDir, pages.map(([path, html]) => [`${path}index.html`, html]));
  return { pages: pages.length, conflicts };
}

/** `astro dev`: answers the redirect pages from the latest snapshot (made again after each content sync). */
export function redirectPagesMiddleware(snapshot: string, site: URL | string): Connect.NextHandleFunction {
  return snapshotFilesMiddleware(snapshot, 'text/html; charset=utf-8', (terms) => redirectPages(terms, site).pages);
}
