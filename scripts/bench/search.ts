// A first search as a reader makes it, in real Chromium against a built site: a fresh browser
// context (empty cache), an article page, a click into the header's search field, the query
// typed letter by letter; bytes as Chromium received them (Resource Timing `transferSize`:
// headers and body as served, gzip or Brotli) until the results were painted. Shared by
// `npm run bench:search` (scripts/bench-search.ts) and `npm run bench` (scripts/bench.ts).
//
// Two moments are measured, because two engines answer: the name index paints its hits as the
// reader types ("first results"), Pagefind's full-text hits follow once typing pauses ("full
// text"). The popup marks them on its panel: `data-query` (what it shows results for) and
// `data-state` (`names`, then `done`).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../chromium.ts';
import { serveStatic } from '../static-server.ts';

/** Milliseconds between keystrokes: a reader typing steadily. */
export const KEY_DELAY_MS = 150;

export interface Fetched {
  url: string;
  /** Bytes on the wire (headers and body as served). */
  transferred: number;
  /** ms after the first keystroke that the response ended. */
  end: number;
}

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
  requests: Fetched[];
}

declare global {
  interface Window {
    __typed?: { query: string; lastKey: number; first: number; done: number };
  }
}

/** Watches the popup: when it first shows results for the whole query, and when full text is in. */
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
    await page.addInitScript(WATCH);
    await page.goto(`${base}${entry}`, { waitUntil: 'load' });
    const focusAt = await page.evaluate((q) => {
      window.__typed!.query = q;
      return performance.now();
    }, query.trim());
    await page.locator('#site-search').click();
    await page.keyboard.type(query, { delay: keyDelayMs });
    await page.waitForFunction(() => (window.__typed!.done ?? 0) > 0, null, { timeout: 30_000 });
    await page.waitForTimeout(300);
    return await collect(page, lang, entry, query, focusAt);
  } finally {
    await context.close();
  }
}

async function collect(page: Page, lang: string, entry: string, query: string, focusAt: number): Promise<TypedSearch> {
  const data = await page.evaluate((focus) => {
    const t = window.__typed!;
    const entries = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => e.startTime >= focus);
    const results = [...document.querySelectorAll<HTMLAnchorElement>('#search-results-popup li.search-result a[data-result-link]')].map((a) => a.pathname + a.hash);
    return { t, entries: entries.map((e) => ({ url: new URL(e.name).pathname, transferred: e.transferSize, end: e.responseEnd })), results };
  }, focusAt);
  const { t } = data;
  const sumUntil = (moment: number) => data.entries.filter((e) => e.end <= moment).reduce((n, e) => n + e.transferred, 0);
  return {
    lang,
    entry,
    query,
    bytesToFirstResults: sumUntil(t.first),
    bytesToFullText: sumUntil(t.done),
    lastKeyToPaintMs: Math.round(t.first - t.lastKey),
    lastKeyToFullTextMs: Math.round(t.done - t.lastKey),
    results: data.results.filter((p) => !p.includes('#')),
    requests: data.entries.map((e) => ({ url: e.url, transferred: e.transferred, end: Math.round(e.end - focusAt) })),
  };
}

/**
 * Keystroke → painted, once search is loaded: in the same page, each query typed whole but for
 * its last letter, then the last letter; ms from that keydown to the first paint of results for
 * the whole query.
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
      try {
        await page.waitForFunction(() => (window.__typed!.first ?? 0) > 0, null, { timeout: 5000 });
        const t = await page.evaluate(() => window.__typed!);
        out.push({ query, ms: Math.round((t.first - t.lastKey) * 10) / 10 });
      } catch {
        out.push({ query, ms: null });
      }
    }
  } finally {
    await context.close();
  }
  return out;
}

/** The Chromium scripts/chromium.ts chooses (CHROMIUM_PATH, the system's, or the bundled one). */
export function launchBenchChromium(): Promise<Browser> {
  return launchChromium();
}

// ------------------------------------------------------------------- for `npm run bench`

export interface Request {
  url: string;
  /** ms after the first keystroke that the response ended. */
  at: number;
  raw: number;
  /** Bytes on the wire (headers and body as served, gzip or Brotli). */
  transferred: number;
}

export interface SearchMeasure {
  /** Always 'ui' now; 'api' was Pagefind's JS API before the search UI existed (kept for scripts/bench.ts). */
  mode: 'ui' | 'api';
  note: string;
  lang: string;
  query: string;
  resultCount: number;
  /** Last keystroke → full-text results painted (the first search, typed). */
  timeToResultsMs: number;
  /** Last keystroke → first results painted (name hits). */
  searchOnlyMs?: number;
  requests: Request[];
  bytesRaw: number;
  /** Bytes received from focus until the full-text results were painted. */
  bytesTransferred: number;
  /** Bytes received from focus until the first results were painted. */
  bytesToFirstResults: number;
  pagefindRaw: number;
  pagefindTransferred: number;
  cdpEncoded: number;
  keystrokes: { query: string; ms: number | null }[];
  keystrokeMedianMs: number | null;
  chromium: string;
}

/**
 * The first search `npm run bench` reports for a built site: the first query typed into the
 * header of the first article of `lang`, then keystroke → paint for the others.
 */
export async function measureSearch(options: { dist: string; lang: string; queries: string[]; chromiumPath?: string }): Promise<SearchMeasure> {
  const { dist, lang, queries } = options;
  const [first, ...more] = queries;
  if (!first) throw new Error('no search queries');
  const article = readdirSync(join(dist, lang), { withFileTypes: true }).find((d) => d.isDirectory() && !['a-z', 'search', 'topics'].includes(d.name));
  if (!article) throw new Error(`no article in ${join(dist, lang)}`);
  const entry = `/${lang}/${article.name}/`;
  const { server, url } = await serveStatic({ root: dist });
  const browser = await launchBenchChromium();
  try {
    const typed = await measureTypedFirstSearch(browser, url, lang, entry, first);
    const keystrokes = await measureKeystrokes(browser, url, entry, more);
    const timed = keystrokes.map((k) => k.ms).filter((ms): ms is number => ms !== null).sort((a, b) => a - b);
    const requests = typed.requests.filter((r) => r.end <= typed.lastKeyToFullTextMs + 1e9).map((r) => ({ url: r.url, at: r.end, raw: 0, transferred: r.transferred }));
    const pf = requests.filter((r) => r.url.startsWith('/pagefind/'));
    return {
      mode: 'ui',
      note: `typed letter by letter (${KEY_DELAY_MS} ms a key) into the header search of ${entry}`,
      lang,
      query: first,
      resultCount: typed.results.length,
      timeToResultsMs: typed.lastKeyToFullTextMs,
      searchOnlyMs: typed.lastKeyToPaintMs,
      requests,
      bytesRaw: 0,
      bytesTransferred: typed.bytesToFullText,
      bytesToFirstResults: typed.bytesToFirstResults,
      pagefindRaw: 0,
      pagefindTransferred: pf.reduce((n, r) => n + r.transferred, 0),
      cdpEncoded: typed.bytesToFullText,
      keystrokes,
      keystrokeMedianMs: timed.length ? timed[Math.floor(timed.length / 2)]! : null,
      chromium: browser.version(),
    };
  } finally {
    await browser.close();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
