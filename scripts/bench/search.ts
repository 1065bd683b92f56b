// The one first-search measurement, shared by `npm run bench`, `npm run bench:search` and
// tests/e2e/search.test.ts: what a reader does, in real Chromium against a built site. A fresh
// browser context (empty cache), an article page, a click into the header's search field, the
// query typed letter by letter; bytes as Chromium received them (CDP `encodedDataLength`: headers
// and body as served, gzip or Brotli) of each response that ended (Resource Timing, on the page's
// clock) before the results were painted.
//
// Two moments, because two engines answer: the name index paints its hits as the reader types
// ("first results"), Pagefind's full-text hits follow once typing pauses ("full text"). The popup
// marks them on its panel: `data-query` (what it shows results for) and `data-state` (`done`).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { LOCALES, type Locale } from '../../src/lib/i18n/locales.ts';
import { nameIndexUrl } from '../../src/lib/urls/urls.ts';
import { launchChromium } from '../chromium.ts';
import { serveStatic } from '../static-server.ts';
import { kB, median, ROOT } from './report.ts';
import { TARGETS } from './targets.ts';

/** Milliseconds between keystrokes: a reader typing steadily. */
export const KEY_DELAY_MS = 150;

export interface TypedSearch {
  lang: string;
  entry: string;
  query: string;
  /** Bytes received from focus until the first results for the whole query were painted. */
  bytesToFirstResults: number;
  /** Bytes received from focus until the full-text results were painted too. */
  bytesToFullText: number;
  /** Last keystroke → first results for the whole query painted. */
  lastKeyToPaintMs: number;
  /** Last keystroke → full-text results painted. */
  lastKeyToFullTextMs: number;
  /** Article links shown when the full text was painted, in order (paths). */
  results: string[];
  /** Every response after focus: path, bytes on the wire, ms after focus that it ended. */
  requests: { url: string; transferred: number; end: number }[];
}

declare global {
  interface Window {
    __typed?: { query: string; lastKey: number; first: number; done: number };
  }
}

/** Watches the popup: when it first shows results for the whole query (two frames later: painted), and when full text is in. */
const WATCH = `
window.__typed = { query: '', lastKey: 0, first: 0, done: 0 };
addEventListener('keydown', () => { window.__typed.lastKey = performance.now(); }, true);
new MutationObserver(() => {
  const t = window.__typed, panel = document.getElementById('search-results-popup');
  if (!t.query || !panel || panel.dataset.query !== t.query) return;
  const rows = panel.querySelectorAll('li.search-result, li.search-nothing').length;
  const stamp = (key) => requestAnimationFrame(() => requestAnimationFrame(() => { if (t[key] === -1) t[key] = performance.now(); }));
  if (rows && !t.first && t.first !== -1) { t.first = -1; stamp('first'); }
  if (panel.dataset.state === 'done' && !t.done && t.done !== -1) { t.done = -1; stamp('done'); }
}).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state', 'data-query'] });
`;

/** One typed first search in a fresh context of `browser`, on the site at `base`. */
export async function measureTypedFirstSearch(browser: Browser, base: string, lang: string, entry: string, query: string, keyDelayMs = KEY_DELAY_MS): Promise<TypedSearch> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    // Bytes per URL in order of arrival (Resource Timing's transferSize counts any headers as 300 bytes).
    const [cdp, urls, wire] = [await context.newCDPSession(page), new Map<string, string>(), new Map<string, number[]>()];
    cdp.on('Network.responseReceived', (e) => urls.set(e.requestId, new URL(e.response.url).pathname));
    cdp.on('Network.loadingFinished', (e) => wire.set(urls.get(e.requestId)!, [...(wire.get(urls.get(e.requestId)!) ?? []), e.encodedDataLength]));
    await cdp.send('Network.enable');
    await page.addInitScript(WATCH);
    await page.goto(`${base}${entry}`, { waitUntil: 'load' });
    const focusAt = await page.evaluate((q) => ((window.__typed!.query = q), performance.now()), query.trim());
    await page.locator('#site-search').click();
    await page.keyboard.type(query, { delay: keyDelayMs });
    await page.waitForFunction(() => (window.__typed!.done ?? 0) > 0, null, { timeout: 30_000 });
    await page.waitForTimeout(300);
    const { t, entries, results } = await page.evaluate((focus) => ({
      t: window.__typed!,
      entries: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => e.startTime >= focus).map((e) => ({ url: new URL(e.name).pathname, transferred: e.transferSize, end: e.responseEnd - focus })),
      results: [...document.querySelectorAll<HTMLAnchorElement>('#search-results-popup li.search-result a[data-result-link]')].map((a) => a.pathname + a.hash),
    }), focusAt);
    for (const e of entries) e.transferred = e.transferred > 0 ? (wire.get(e.url)?.shift() ?? e.transferred) : 0; // 0: from the memory cache
    const bytesUntil = (moment: number) => entries.filter((e) => e.end <= moment - focusAt).reduce((n, e) => n + e.transferred, 0);
    return {
      lang,
      entry,
      query,
      bytesToFirstResults: bytesUntil(t.first),
      bytesToFullText: bytesUntil(t.done),
      lastKeyToPaintMs: Math.round(t.first - t.lastKey),
      lastKeyToFullTextMs: Math.round(t.done - t.lastKey),
      results: results.filter((p) => !p.includes('#')),
      requests: entries.map((e) => ({ ...e, end: Math.round(e.end) })),
    };
  } finally {
    await context.close();
  }
}

/**
 * Keystroke → painted, once search is loaded: in one page, each query typed whole but for its
 * last letter, then the last letter; ms from that keydown to the paint of results for the whole query.
 */
export async function measureKeystrokes(browser: Browser, base: string, entry: string, queries: readonly string[]): Promise<{ query: string; ms: number | null }[]> {
  const context = await browser.newContext();
  const out: { query: string; ms: number | null }[] = [];
  try {
    const page = await context.newPage();
    await page.addInitScript(WATCH);
    await page.goto(`${base}${entry}`, { waitUntil: 'load' });
    const field = page.locator('#site-search');
    await field.click();
    for (const query of queries) {
      await field.fill(query.slice(0, -1));
      await page.waitForTimeout(800);
      await page.evaluate((q) => Object.assign(window.__typed!, { query: q, lastKey: 0, first: 0, done: 0 }), query);
      await page.keyboard.press(query.at(-1)!);
      const painted = await page.waitForFunction(() => (window.__typed!.first ?? 0) > 0, null, { timeout: 5000 }).then(() => true, () => false);
      const t = await page.evaluate(() => window.__typed!);
      out.push({ query, ms: painted ? Math.round((t.first - t.lastKey) * 10) / 10 : null });
    }
  } finally {
    await context.close();
  }
  return out;
}

/**
 * The queries for a site: content/'s own (bench/first-searches.json), or for a generated corpus
 * (which has none of our concepts) titles and aliases spread over its name index, in this
 * language and another, and two body words.
 */
export function costQueries(dist: string, lang: Locale): { entry: string; firsts: string[]; timed: string[] } {
  const content = (JSON.parse(readFileSync(join(ROOT, 'bench', 'first-searches.json'), 'utf8')) as Record<Locale, ReturnType<typeof costQueries>>)[lang];
  if (existsSync(join(dist, content.entry, 'index.html'))) return content;
  const index = JSON.parse(readFileSync(join(dist, nameIndexUrl(lang)), 'utf8')) as { concepts: { id: string; lang: string; names: Record<string, string[]> }[] };
  const own = index.concepts.filter((c) => c.lang === lang);
  const pick = (i: number) => own[Math.floor(((i + 0.5) * own.length) / 8)]!;
  const other = LOCALES.find((l) => l !== lang)!;
  const firsts = [
    ...[0, 1, 2, 3].map((i) => pick(i).names[lang]![0]!),
    ...[4, 5].map((i) => pick(i).names[lang]!.at(-1)!),
    ...[6, 7].map((i) => pick(i).names[other]?.[0] ?? pick(i).names[lang]![0]!),
    'threshold',
    'service provider negotiates',
  ];
  return { entry: `/${lang}/${own[0]!.id}/`, firsts, timed: [1, 3, 5, 7].map((i) => pick(i).names[lang]![0]!) };
}

export type FirstSearches = Awaited<ReturnType<typeof measureFirstSearches>>;

/** The cost queries of each language typed on the built site in `dist`, and keystroke → paint. */
export async function measureFirstSearches(dist: string, langs: readonly Locale[] = LOCALES) {
  const { server, url } = await serveStatic({ root: dist });
  const browser = await launchChromium();
  const out = { firsts: [] as TypedSearch[], keystrokes: {} as Record<string, Awaited<ReturnType<typeof measureKeystrokes>>>, chromium: browser.version() };
  try {
    for (const lang of langs) {
      const { entry, firsts, timed } = costQueries(dist, lang);
      for (const query of firsts) out.firsts.push(await measureTypedFirstSearch(browser, url, lang, entry, query));
      out.keystrokes[lang] = await measureKeystrokes(browser, url, entry, timed);
    }
  } finally {
    await browser.close();
    server.closeAllConnections();
    server.close();
  }
  return out;
}

/** The figures both benchmarks report for first searches, and their targets: [figure, measured, judged]. */
export function firstSearchFigures({ firsts, keystrokes }: Pick<FirstSearches, 'firsts' | 'keystrokes'>): [string, string, boolean][] {
  const figure = (label: string, bytes: number[]): [string, string, boolean][] => [
    [`${label}: every first search ≤ ${kB(TARGETS.firstSearchBytes)}`, `max ${kB(Math.max(...bytes))} (${bytes.filter((b) => b <= TARGETS.firstSearchBytes).length} of ${bytes.length} within)`, Math.max(...bytes) <= TARGETS.firstSearchBytes],
    [`${label}: median ≤ ${kB(TARGETS.firstSearchMedianBytes)}`, kB(median(bytes)), median(bytes) <= TARGETS.firstSearchMedianBytes],
  ];
  const keys = Object.values(keystrokes).flat().flatMap((k) => (k.ms === null ? [] : [k.ms]));
  return [
    ...figure('bytes until first results painted', firsts.map((f) => f.bytesToFirstResults)),
    ...figure('bytes until full text painted', firsts.map((f) => f.bytesToFullText)),
    [`keystroke → first results, once loaded, median ≤ ${TARGETS.keystrokeMs} ms`, keys.length ? `${median(keys).toFixed(1)} ms (max ${Math.max(...keys)} ms)` : 'no paint seen', keys.length > 0 && median(keys) <= TARGETS.keystrokeMs],
  ];
}
