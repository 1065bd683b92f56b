// A first search in real Chromium against a built dist/: bytes transferred and time until the
// results are painted, then keystroke-to-paint once search is loaded.
//
// With the site's search UI (results as `li.search-result` inside `#search-results`), the page
// is opened at /{lang}/search/?q=… and the UI is timed. Without it, Pagefind's JS API is driven
// from the page (`import('/pagefind/pagefind.js')`, `search(q)`, `results[i].data()`) and a
// minimal list is painted; the figures are then labelled "Pagefind JS API".
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../chromium.ts';
import { serveStatic } from '../static-server.ts';

export interface Request {
  url: string;
  /** ms since the page's navigation started (server clock, approximate). */
  at: number;
  raw: number;
  /** Bytes on the wire (CDP encodedDataLength: headers and body as served, gzip or Brotli). */
  transferred: number;
}

export interface SearchMeasure {
  mode: 'ui' | 'api';
  /** Why the API was used, when it was. */
  note: string;
  lang: string;
  query: string;
  resultCount: number;
  /** Navigation start → first results painted (double requestAnimationFrame after they exist). */
  timeToResultsMs: number;
  /** For API mode: import + search + data() + paint, after the page had loaded. */
  searchOnlyMs?: number;
  requests: Request[];
  bytesRaw: number;
  bytesTransferred: number;
  pagefindRaw: number;
  pagefindTransferred: number;
  /** Sum of CDP Network.loadingFinished encodedDataLength on the page target (cross-check). */
  cdpEncoded: number;
  keystrokes: { query: string; ms: number | null }[];
  keystrokeMedianMs: number | null;
  chromium: string;
}

const INIT = `
window.__bench = { painted: 0, count: 0, key: null };
const __check = () => {
  const b = window.__bench;
  const items = document.querySelectorAll('#search-results li.search-result');
  if (items.length && b.painted === 0) {
    b.painted = -1;
    requestAnimationFrame(() => requestAnimationFrame(() => { b.painted = performance.now(); b.count = items.length; }));
  }
};
new MutationObserver(__check).observe(document, { childList: true, subtree: true, characterData: true });
`;

async function apiSearch(page: Page, query: string): Promise<{ t0: number; t1: number; total: number }> {
  return page.evaluate(async (q) => {
    const w = window as unknown as { __pf?: { options: (o: object) => Promise<void>; search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }> }[] }> } };
    const t0 = performance.now();
    if (!w.__pf) {
      const path = '/pagefind/pagefind.js';
      w.__pf = await import(path);
      await w.__pf!.options({ basePath: '/pagefind/' });
    }
    const search = await w.__pf!.search(q);
    const data = await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
    document.getElementById('bench-results')?.remove();
    const list = document.createElement('ul');
    list.id = 'bench-results';
    for (const d of data) {
      const li = document.createElement('li');
      li.className = 'search-result';
      const a = document.createElement('a');
      a.href = d.url;
      a.textContent = d.meta.title ?? d.url;
      const p = document.createElement('p');
      p.innerHTML = d.excerpt;
      li.append(a, p);
      list.append(li);
    }
    (document.querySelector('main') ?? document.body).append(list);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return { t0, t1: performance.now(), total: search.results.length };
  }, query);
}

export async function measureSearch(options: {
  dist: string;
  lang: string;
  queries: string[];
}): Promise<SearchMeasure> {
  const { dist, lang, queries } = options;
  const [first, ...more] = queries;
  if (!first) throw new Error('no search queries');
  const { server, url } = await serveStatic({ root: dist });
  let navStart = 0;
  const log: { url: string; at: number }[] = [];
  server.prependListener('request', (req) => log.push({ url: req.url ?? '/', at: performance.now() - navStart }));
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(INIT);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    let cdpEncoded = 0;
    const urlOf = new Map<string, string>();
    const transferredBy = new Map<string, number>();
    cdp.on('Network.requestWillBeSent', (e: { requestId: string; request: { url: string } }) => urlOf.set(e.requestId, new URL(e.request.url).pathname + new URL(e.request.url).search));
    cdp.on('Network.loadingFinished', (e: { requestId: string; encodedDataLength: number }) => {
      cdpEncoded += e.encodedDataLength;
      const url = urlOf.get(e.requestId);
      if (url && !transferredBy.has(url)) transferredBy.set(url, e.encodedDataLength);
    });

    navStart = performance.now();
    await page.goto(`${url}/${lang}/search/?q=${encodeURIComponent(first)}`, { waitUntil: 'load' });
    // Is the search UI there? Give a script-built UI a moment to appear.
    let hasUi = (await page.locator('#search-results').count()) > 0;
    if (!hasUi) {
      await page.waitForTimeout(1000);
      hasUi = (await page.locator('#search-results').count()) > 0;
    }
    let mode: 'ui' | 'api' = 'api';
    let note = '';
    let timeToResultsMs = 0;
    let searchOnlyMs: number | undefined;
    let resultCount = 0;
    if (hasUi) {
      try {
        await page.waitForFunction(() => (window as unknown as { __bench: { painted: number } }).__bench.painted > 0, null, { timeout: 20_000 });
        const b = await page.evaluate(() => (window as unknown as { __bench: { painted: number; count: number } }).__bench);
        mode = 'ui';
        timeToResultsMs = b.painted;
        resultCount = b.count;
      } catch {
        note = `#search-results is on the page but no li.search-result appeared for "${first}" within 20 s`;
      }
    } else {
      note = 'the search page has no #search-results yet';
    }
    if (mode === 'api') {
      const r = await apiSearch(page, first);
      timeToResultsMs = r.t1;
      searchOnlyMs = r.t1 - r.t0;
      resultCount = r.total;
    }
    await page.waitForTimeout(300);
    const firstRequests = log.filter((r) => r.at <= timeToResultsMs + 300);
    const requests = firstRequests.map((r): Request => {
      const path = decodeURIComponent(new URL(r.url, 'http://x/').pathname);
      let file = join(dist, path);
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) file = join(dist, '404.html');
      const raw = existsSync(file) ? statSync(file).size : 0;
      return { url: path, at: Math.round(r.at), raw, transferred: transferredBy.get(r.url) ?? 0 };
    });
    const sum = (list: Request[], key: 'raw' | 'transferred') => list.reduce((n, r) => n + r[key], 0);
    const pf = requests.filter((r) => r.url.startsWith('/pagefind/'));

    // Keystroke to paint, once search is loaded.
    const keystrokes: SearchMeasure['keystrokes'] = [];
    const input = page.locator('main input[type="search"]').first();
    for (const query of more) {
      if (mode === 'ui' && (await input.count()) > 0) {
        await input.fill(query.slice(0, -1));
        await page.waitForTimeout(800);
        await page.evaluate(() => {
          type Key = { t0: number; t1: number };
          const w = window as unknown as { __bench: { key: Key | null } };
          const key: Key = { t0: 0, t1: 0 };
          w.__bench.key = key;
          const list = document.getElementById('search-results')!;
          const items = () => [...list.querySelectorAll('li.search-result')];
          const before = new Set(items());
          const beforeText = items().map((li) => li.textContent).join('\n');
          document.querySelector('main input[type="search"]')!.addEventListener('keydown', () => (key.t0 = performance.now()), { once: true, capture: true });
          // Results count once they differ from those shown before the keystroke (new nodes or new text).
          const observer = new MutationObserver(() => {
            if (!key.t0) return;
            const now = items();
            const changed = now.some((li) => !before.has(li)) || now.map((li) => li.textContent).join('\n') !== beforeText;
            if (now.length && changed) {
              observer.disconnect();
              requestAnimationFrame(() => requestAnimationFrame(() => (key.t1 = performance.now())));
            }
          });
          observer.observe(list, { childList: true, subtree: true, characterData: true });
        });
        await input.press(query.at(-1)!);
        try {
          await page.waitForFunction(() => ((window as unknown as { __bench: { key: { t1: number } } }).__bench.key.t1 ?? 0) > 0, null, { timeout: 5000 });
          const k = await page.evaluate(() => (window as unknown as { __bench: { key: { t0: number; t1: number } } }).__bench.key);
          keystrokes.push({ query, ms: Math.round((k.t1 - k.t0) * 10) / 10 });
        } catch {
          keystrokes.push({ query, ms: null });
        }
      } else {
        const r = await apiSearch(page, query);
        keystrokes.push({ query, ms: Math.round((r.t1 - r.t0) * 10) / 10 });
      }
    }
    const timed = keystrokes.map((k) => k.ms).filter((ms): ms is number => ms !== null).sort((a, b) => a - b);
    return {
      mode,
      note,
      lang,
      query: first,
      resultCount,
      timeToResultsMs: Math.round(timeToResultsMs),
      searchOnlyMs: searchOnlyMs === undefined ? undefined : Math.round(searchOnlyMs),
      requests,
      bytesRaw: sum(requests, 'raw'),
      bytesTransferred: sum(requests, 'transferred'),
      pagefindRaw: sum(pf, 'raw'),
      pagefindTransferred: sum(pf, 'transferred'),
      cdpEncoded,
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
