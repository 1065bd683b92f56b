// The time auto-link takes to tag a generated 5,000-word host page in Chromium, the host served
// from a second origin as in tests/e2e/autolink.test.ts: from the arrival of the last names file
// (parsing and preparing the names, walking, matching, wrapping) to the last term marked.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { NamesFile } from '../../src/lib/formats/autolink.ts';
import { LOCALES, type Locale } from '../../src/lib/i18n/locales.ts';
import { apiNamesUrl, EMBED_SCRIPT_URL } from '../../src/lib/urls/urls.ts';
import { launchChromium } from '../chromium.ts';
import { serveStatic } from '../static-server.ts';
import { median } from './report.ts';

const FILLER: Record<Locale, string[]> = {
  en: 'the a company team work contract cost service quality price year month plan risk client project decide move keep build sell buy often also because when which their our new large small local'.split(' '),
  nb: 'en et selskapet teamet arbeid avtale kostnad tjeneste kvalitet pris året måned plan risiko kunde prosjekt velger flytter beholder bygger selger kjøper ofte også fordi når som deres vår ny stor liten lokal'.split(' '),
  sv: 'ett en företaget teamet arbete avtal kostnad tjänst kvalitet pris året månad plan risk kund projekt väljer flyttar behåller bygger säljer köper ofta också eftersom när som deras vår ny stor liten lokal'.split(' '),
};

/** A host page of about `words` words in nb, sv and en paragraphs, with our terms every dozen words or so, in headings, links and code too. */
function hostPage(names: Record<Locale, NamesFile>, scriptUrl: string, words: number): string {
  let seed = 7;
  const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const terms = Object.fromEntries(LOCALES.map((lang) => [lang, names[lang].concepts.flatMap((c) => [c.preferred, ...(c.admitted ?? [])])])) as Record<Locale, string[]>;
  const parts: string[] = [];
  for (let p = 0, count = 0; count < words; p++) {
    const lang = LOCALES[p % 3]!;
    if (p % 10 === 0) parts.push(`<h2>Section ${p / 10 + 1}</h2>`);
    const sentence: string[] = [];
    for (let i = 0; i < 100 && count < words; i++) {
      const term = i % 12 === 5 ? terms[lang][random(terms[lang].length)]! : undefined;
      if (term) sentence.push(i % 48 === 5 ? `<a href="#t${p}">${term}</a>` : i % 60 === 17 ? `<code>${term}</code>` : term);
      else sentence.push(FILLER[lang][random(FILLER[lang].length)]!);
      count += term ? term.split(/\s+/).length : 1;
    }
    parts.push(`<p lang="${lang}">${sentence.join(' ')}.</p>`);
  }
  // The page notes when terms were last marked (the bench's own inline script, before embed.js).
  const clock = `<script>new MutationObserver(function(){if(document.querySelector('dfn[data-lexicon-auto]'))window.__lastMark=performance.now()}).observe(document.body,{childList:true,subtree:true})</script>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host page</title><link rel="icon" href="data:,"></head>
<body><main>${parts.join('\n')}</main>${clock}<script src="${scriptUrl}" data-autolink defer></script></body></html>`;
}

/** Tags the host page `runs` times (after one warm-up load that fills the HTTP cache, as a reader's second page finds it). */
export async function measureTagging(dist: string, runs = 7, words = 5000): Promise<{ marked: number; medianMs: number; runsMs: number[] }> {
  const { server: site, url: siteUrl } = await serveStatic({ root: dist });
  const names = Object.fromEntries(LOCALES.map((lang) => [lang, JSON.parse(readFileSync(join(dist, apiNamesUrl(lang)), 'utf8'))])) as Record<Locale, NamesFile>;
  const html = hostPage(names, `${siteUrl}${EMBED_SCRIPT_URL}`, words);
  const host = createServer((_, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    const runsMs: number[] = [];
    let marked = 0;
    for (let run = -1; run < runs; run++) {
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${(host.address() as AddressInfo).port}/`);
      // Done when no term has been marked for half a second.
      await page.waitForFunction(() => {
        const w = window as { __lastMark?: number };
        return w.__lastMark !== undefined && performance.now() - w.__lastMark > 500;
      }, undefined, { timeout: 30_000, polling: 100 });
      const ms = await page.evaluate(() => {
        const arrived = Math.max(...performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/names.json')).map((e) => (e as PerformanceResourceTiming).responseEnd));
        return (window as { __lastMark?: number }).__lastMark! - arrived;
      });
      marked = await page.locator('dfn[data-lexicon-auto]').count();
      if (run >= 0) runsMs.push(Math.round(ms * 10) / 10);
      await page.close();
    }
    return { marked, medianMs: median(runsMs), runsMs };
  } finally {
    await browser.close();
    for (const server of [host, site]) {
      server.closeAllConnections();
      server.close();
    }
  }
}
