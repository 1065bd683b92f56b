// What embedding costs another site: embed.js and the auto-link names files (gzip), and the time
// auto-link takes to tag a generated 5,000-word host page in Chromium (the host served from a
// second origin, as in tests/e2e/autolink.test.ts). Part of `npm run bench`; on its own:
//
//   node scripts/bench/embed.ts [--dist dist] [--runs 7] [--concepts 1000] [--no-browser]
//
// --concepts N also sizes the names files of a generated corpus of N concepts (3 × N articles),
// made with the site's own buildNamesFile. The generator writes no `terms`, so there each
// article's title stands for its preferred term and its generated aliases for admitted terms
// (about 2.3 names an article; the real articles have 2.7).
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildNamesFile, type NamesFile, type NamesSource } from '../../src/lib/formats/autolink.ts';
import { LOCALES, type Locale } from '../../src/lib/i18n/locales.ts';
import { apiNamesUrl, EMBED_SCRIPT_URL } from '../../src/lib/urls/urls.ts';
import { generateCorpus } from '../generate-corpus.ts';
import { launchChromium } from '../chromium.ts';
import { serveStatic } from '../static-server.ts';
import { gzipSize } from './site.ts';

export interface Size {
  raw: number;
  gzip: number;
}

export interface AutolinkTiming {
  words: number;
  marked: number;
  /** From the last names file's arrival to the last term marked, per run. */
  runsMs: number[];
  medianMs: number;
  chromium: string;
}

const size = (text: string | Buffer): Size => ({ raw: Buffer.byteLength(text), gzip: gzipSize(text) });

/** The names files of a built site, per language and together. */
export function namesSizes(dist: string): Partial<Record<Locale | 'total', Size>> {
  const out: Partial<Record<Locale | 'total', Size>> = {};
  const total = { raw: 0, gzip: 0 };
  for (const lang of LOCALES) {
    const file = join(dist, apiNamesUrl(lang));
    if (!existsSync(file)) continue;
    out[lang] = size(readFileSync(file));
    total.raw += out[lang].raw;
    total.gzip += out[lang].gzip;
  }
  if (total.raw) out.total = total;
  return out;
}

/** The names files a generated corpus of `concepts` concepts would get (see the header). */
export function corpusNamesSizes(concepts: number): Record<Locale | 'total', Size> & { articles: number; namesPerArticle: number } {
  const articles: Record<Locale, NamesSource[]> = { nb: [], sv: [], en: [] };
  let names = 0;
  generateCorpus({ concepts }, (path, text) => {
    const [lang, file] = path.split('/') as [Locale, string];
    if (!articles[lang] || !file) return;
    const title = JSON.parse(/^title: (.*)$/m.exec(text)![1]!) as string;
    const aliases = JSON.parse(/^aliases: (.*)$/m.exec(text)?.[1] ?? '[]') as string[];
    const terms = [{ term: title, status: 'preferred' }, ...aliases.map((term) => ({ term, status: 'admitted' }))];
    names += terms.length;
    articles[lang].push({ id: file.replace(/\.mdx?$/, ''), data: { title, terms } });
  });
  const files = LOCALES.map((lang) => size(JSON.stringify(buildNamesFile(lang, articles[lang]))));
  const count = LOCALES.reduce((sum, lang) => sum + articles[lang].length, 0);
  return {
    nb: files[0]!,
    sv: files[1]!,
    en: files[2]!,
    total: { raw: files.reduce((s, f) => s + f.raw, 0), gzip: files.reduce((s, f) => s + f.gzip, 0) },
    articles: count,
    namesPerArticle: Math.round((names / count) * 100) / 100,
  };
}

const FILLER: Record<Locale, string[]> = {
  en: 'the a company team work contract cost service quality price year month plan risk client project decide move keep build sell buy often also because when which their our new large small local'.split(' '),
  nb: 'en et selskapet teamet arbeid avtale kostnad tjeneste kvalitet pris året måned plan risiko kunde prosjekt velger flytter beholder bygger selger kjøper ofte også fordi når som deres vår ny stor liten lokal'.split(' '),
  sv: 'ett en företaget teamet arbete avtal kostnad tjänst kvalitet pris året månad plan risk kund projekt väljer flyttar behåller bygger säljer köper ofta också eftersom när som deras vår ny stor liten lokal'.split(' '),
};

/**
 * A host page of about `words` words in paragraphs of nb, sv and en, with our terms (from the
 * names files) every dozen words or so, headings, links and code among them.
 */
export function hostPage(names: Record<Locale, NamesFile>, scriptUrl: string, words = 5000): string {
  let seed = 7;
  const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const termsOf = (lang: Locale) => names[lang].concepts.flatMap((c) => [c.preferred, ...(c.admitted ?? [])]);
  const terms = { nb: termsOf('nb'), sv: termsOf('sv'), en: termsOf('en') };
  const parts: string[] = [];
  let count = 0;
  for (let p = 0; count < words; p++) {
    const lang = LOCALES[p % 3]!;
    if (p % 10 === 0) parts.push(`<h2>Section ${p / 10 + 1}</h2>`);
    const sentence: string[] = [];
    for (let i = 0; i < 100 && count < words; i++) {
      if (i % 12 === 5) {
        const term = terms[lang][random(terms[lang].length)]!;
        sentence.push(i % 48 === 5 ? `<a href="#t${p}">${term}</a>` : i % 60 === 17 ? `<code>${term}</code>` : term);
        count += term.split(/\s+/).length;
      } else {
        sentence.push(FILLER[lang][random(FILLER[lang].length)]!);
        count++;
      }
    }
    parts.push(`<p lang="${lang}">${sentence.join(' ')}.</p>`);
  }
  // The page notes when terms were last marked (the bench's own inline script, before embed.js).
  const clock = `<script>new MutationObserver(function(){if(document.querySelector('dfn[data-lexicon-auto]'))window.__lastMark=performance.now()}).observe(document.body,{childList:true,subtree:true})</script>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host page</title><link rel="icon" href="data:,"></head>
<body><main>${parts.join('\n')}</main>${clock}<script src="${scriptUrl}" data-autolink defer></script></body></html>`;
}

/** Tags a generated host page `runs` times in Chromium and reads auto-link's own measure. */
export async function measureTagging(dist: string, options: { runs?: number; words?: number } = {}): Promise<AutolinkTiming> {
  const { runs = 7, words = 5000 } = options;
  const { server: site, url: siteUrl } = await serveStatic({ root: dist });
  const names = Object.fromEntries(LOCALES.map((lang) => [lang, JSON.parse(readFileSync(join(dist, apiNamesUrl(lang)), 'utf8'))])) as Record<Locale, NamesFile>;
  const html = hostPage(names, `${siteUrl}${EMBED_SCRIPT_URL}`, words);
  const host = createServer((_, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
  const hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    const runsMs: number[] = [];
    let marked = 0;
    // One warm-up load fills the HTTP cache, as a reader's second page would find it.
    for (let run = -1; run < runs; run++) {
      const page = await context.newPage();
      await page.goto(hostUrl);
      // Done when no term has been marked for half a second.
      await page.waitForFunction(() => {
        const w = window as { __lastMark?: number };
        return w.__lastMark !== undefined && performance.now() - w.__lastMark > 500;
      }, undefined, { timeout: 30_000, polling: 100 });
      // From the last names file's arrival (parsing it, preparing the names, walking, matching,
      // wrapping) to the last term marked.
      const ms = await page.evaluate(() => {
        const arrived = Math.max(...performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/names.json')).map((e) => (e as PerformanceResourceTiming).responseEnd));
        return (window as { __lastMark?: number }).__lastMark! - arrived;
      });
      marked = await page.locator('dfn[data-lexicon-auto]').count();
      if (run >= 0) runsMs.push(Math.round(ms * 10) / 10);
      await page.close();
    }
    const sorted = [...runsMs].sort((a, b) => a - b);
    return { words, marked, runsMs, medianMs: sorted[Math.floor(sorted.length / 2)]!, chromium: browser.version() };
  } finally {
    await browser.close();
    host.closeAllConnections();
    host.close();
    site.closeAllConnections();
    site.close();
  }
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: 'dist' },
      runs: { type: 'string', default: '7' },
      concepts: { type: 'string' },
      'no-browser': { type: 'boolean', default: false },
    },
  });
  const dist = resolve(values.dist);
  const script = existsSync(join(dist, EMBED_SCRIPT_URL)) ? size(readFileSync(join(dist, EMBED_SCRIPT_URL))) : undefined;
  console.log(`embed.js: ${script ? `${script.raw} B, ${script.gzip} B gzip` : 'not built'}`);
  const built = namesSizes(dist);
  for (const [key, s] of Object.entries(built)) console.log(`names file ${key} (${dist}): ${s.raw} B, ${s.gzip} B gzip`);
  if (values.concepts) {
    const corpus = corpusNamesSizes(Number(values.concepts));
    for (const key of [...LOCALES, 'total'] as const) console.log(`names file ${key}, generated corpus of ${corpus.articles} articles: ${kb(corpus[key].raw)}, ${kb(corpus[key].gzip)} gzip`);
    console.log(`  (${corpus.namesPerArticle} names an article: title + generated aliases standing in for terms)`);
  }
  if (!values['no-browser']) {
    const timing = await measureTagging(dist, { runs: Number(values.runs) });
    console.log(`auto-link on a ${timing.words}-word host page: ${timing.marked} terms marked, median ${timing.medianMs} ms, fastest ${Math.min(...timing.runsMs)} ms (runs: ${timing.runsMs.join(', ')} ms; Chromium ${timing.chromium}; load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores)`);
  }
}
