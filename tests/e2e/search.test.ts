import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { measureTypedFirstSearch } from '../../scripts/bench/search.ts';
import { useBuiltSite } from '../helpers/browser.ts';

const site = useBuiltSite();
let page: Page;
const errors: string[] = [];
beforeEach(async () => {
  await page?.close();
  page = await site.browser.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    return dialog.dismiss();
  });
});

/** Types into the header search of a page and returns the result links in order, once full text is in. */
async function searchFrom(path: string, query: string): Promise<string[]> {
  await page.goto(`${site.url}${path}`);
  const field = page.locator('#site-search');
  await field.click();
  await field.fill(query);
  const popup = page.locator('#search-results-popup');
  await popup.and(page.locator(`[data-state=done][data-query="${query}"]`)).waitFor();
  return popup.locator('li.search-result a[data-result-link]').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash));
}

/** The articles (no sub-result anchors) among result links. */
const articles = (links: string[]) => links.filter((l) => !l.includes('#'));

describe('search finds the term a reader means', () => {
  it('by title', async () => {
    expect(articles(await searchFrom('/en/', 'Factoring'))[0]).toBe('/en/factoring/');
  });
  it('by alias', async () => {
    expect(articles(await searchFrom('/nb/', 'tjenesteutsetting'))[0]).toBe('/nb/outsourcing/');
    expect(articles(await searchFrom('/sv/', 'underentreprenad'))[0]).toBe('/sv/subcontracting/');
  });
  it('by abbreviation', async () => {
    expect(articles(await searchFrom('/en/', 'BPO'))[0]).toBe('/en/business-process-outsourcing/');
    expect(articles(await searchFrom('/en/', 'SLA'))[0]).toBe('/en/service-level-agreement/');
  });
  it('by inflected form, with each language’s stemming', async () => {
    expect(articles(await searchFrom('/nb/', 'leverandørene')).slice(0, 3)).toContain('/nb/vendor/');
    expect(articles(await searchFrom('/sv/', 'leverantörerna')).slice(0, 3)).toContain('/sv/vendor/');
    expect(articles(await searchFrom('/en/', 'suppliers')).slice(0, 3)).toContain('/en/vendor/');
  });
  it('by misspelling, the closest name first', async () => {
    expect(articles(await searchFrom('/en/', 'faktorng'))[0]).toBe('/en/factoring/');
    expect(articles(await searchFrom('/en/', 'outsorcing'))[0]).toBe('/en/outsourcing/');
    expect(await page.locator('.search-suggestions').count()).toBe(0);
  });
  it('by words of its definition, where no name holds the query: before full-text hits', async () => {
    expect(articles(await searchFrom('/en/', 'money customers owe'))[0]).toBe('/en/accounts-receivable/');
    expect(await page.locator('#search-results-popup .search-result').first().getAttribute('data-match')).toBe('described');
    expect(articles(await searchFrom('/nb/', 'lekkasje av personopplysninger'))[0]).toBe('/nb/data-breach/');
  });
  it('by a name in another language: this language’s article, labelled with the name and its language', async () => {
    expect(articles(await searchFrom('/en/', 'tjenesteutsetting'))[0]).toBe('/en/outsourcing/');
    const first = page.locator('#search-results-popup .search-result').first();
    expect(await first.locator('.search-result-match').textContent()).toBe('tjenesteutsetting · Norwegian');
    expect(await first.locator('.search-result-name').getAttribute('lang')).toBe('nb');
    expect(articles(await searchFrom('/sv/', 'kontraktsproduksjon'))[0]).toBe('/sv/contract-manufacturing/');
  });
  it('S1: a truncated prefix is no match; the other language’s name finds the concept', async () => {
    const links = articles(await searchFrom('/en/', 'konkurranseutsetting'));
    expect(links[0]).toBe('/en/competitive-tendering/');
    expect(links).not.toContain('/en/core-competence/');
  });
  it('S2, S5, S6: exact names and prefixes of a name come first, with no “did you mean” for an exact alias', async () => {
    expect(articles(await searchFrom('/nb/', 'uppdragstagare'))[0]).toBe('/nb/independent-contractor/');
    expect(articles(await searchFrom('/nb/', 'employee'))[0]).toBe('/nb/employee/');
    expect(await page.locator('#search-results-popup').textContent()).not.toMatch(/Mente du/);
    for (const prefix of ['utk', 'utkon', 'utkont']) expect(articles(await searchFrom('/nb/', prefix))[0]).toBe('/nb/outsourcing/');
  });
  it('S4, S7: the popup lists title, matched name and a one-line definition, and counts what it shows', async () => {
    await searchFrom('/en/', 'invoice');
    const popup = page.locator('#search-results-popup');
    const rows = popup.locator('li.search-result');
    expect(await rows.count()).toBeGreaterThan(1);
    expect(await rows.count()).toBeLessThanOrEqual(6);
    expect(await rows.first().locator('.search-result-title').textContent()).toBe('Invoice');
    expect(await rows.first().locator('.search-result-definition').textContent()).toMatch(/\.$/);
    expect(await popup.locator('.search-excerpt, .search-sub-results').count()).toBe(0);
    await expect.poll(() => popup.locator('[role=status]').textContent()).toBe(`${await rows.count()} results for “invoice”`);
  });
  it('S8: shows “Searching …” at once while the name index loads', async () => {
    await page.route('**/search/names.json', async (route) => {
      await new Promise((done) => setTimeout(done, 1500));
      await route.continue();
    });
    await page.goto(`${site.url}/en/outsourcing/`);
    await page.locator('#site-search').click();
    await page.keyboard.type('pay');
    await page.locator('#search-results-popup .search-searching').waitFor({ timeout: 1000 });
    expect(await page.locator('#search-results-popup .search-searching').textContent()).toBe('Searching …');
    await page.locator('#search-results-popup li.search-result').first().waitFor();
  });
  it('S10: announces the count once typing pauses, not at every keystroke, and says whether the popup is open', async () => {
    await page.goto(`${site.url}/nb/outsourcing/`);
    const field = page.locator('#site-search');
    await field.click();
    await page.evaluate(() => {
      (window as unknown as { changes: string[] }).changes = [];
      const status = () => document.querySelector('#search-results-popup [role=status]');
      new MutationObserver(() => {
        const text = status()?.textContent;
        if (text) (window as unknown as { changes: string[] }).changes.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.keyboard.type('utkontraktering', { delay: 60 });
    await page.locator('#search-results-popup[data-state=done] [role=status]:not(:empty)').waitFor();
    await page.waitForTimeout(700);
    const changes = await page.evaluate(() => (window as unknown as { changes: string[] }).changes);
    expect(new Set(changes).size).toBe(1);
    expect(changes[0]).toMatch(/treff for «utkontraktering»$/);
    expect(await field.getAttribute('role')).toBe('combobox');
    expect(await field.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await field.getAttribute('aria-expanded')).toBe('false');
  });
});

describe('instant name hits', () => {
  it('paints name hits in all three languages before Pagefind has loaded', async () => {
    const pagefind: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/pagefind/')) pagefind.push(r.url());
    });
    await page.goto(`${site.url}/en/factoring/`);
    await page.locator('#site-search').click();
    // One input event: typed letters would let a slow machine's pause start full text early.
    await page.locator('#site-search').fill('lönehantering');
    const popup = page.locator('#search-results-popup[data-query="lönehantering"]');
    await popup.locator('li.search-result').first().waitFor();
    expect(pagefind).toEqual([]);
    expect(await popup.locator('li.search-result a').first().getAttribute('href')).toBe('/en/payroll/');
    expect(await popup.locator('li.search-result .search-result-match').first().textContent()).toBe('Lönehantering · Swedish');
  });
});

describe('the cost of a first search', () => {
  it('typed letter by letter from an article page, stays within 100 kB until full text is painted, and 20 kB until the first results', async () => {
    const result = await measureTypedFirstSearch(site.browser, site.url, 'en', '/en/outsourcing/', 'lönehantering', 40);
    expect(result.results[0]).toBe('/en/payroll/');
    expect(result.bytesToFirstResults).toBeLessThanOrEqual(20_000);
    expect(result.bytesToFullText).toBeLessThanOrEqual(100_000);
  });
});

describe('search page and keyboard', () => {
  it('opens a ?q= deep link with its results, and keeps the URL, the tab title and the language switcher in step with the query (S11, S12)', async () => {
    await page.goto(`${site.url}/sv/search/?q=${encodeURIComponent('F-skatt')}`);
    await page.locator('#search-results .search-result').first().waitFor();
    expect(await page.locator('#search-page-input').inputValue()).toBe('F-skatt');
    expect(articles(await page.locator('#search-results a[data-result-link]').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)))[0]).toBe('/sv/f-tax/');
    expect(await page.title()).toBe('”F-skatt” – Sök – Outsourcinglexikon');
    expect(await page.locator('.lang-switch a[hreflang=nb]').getAttribute('href')).toBe('/nb/search/?q=F-skatt');
    await page.locator('#search-page-input').fill('factoring');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('factoring');
    expect(await page.locator('.lang-switch a[hreflang=en]').getAttribute('href')).toBe('/en/search/?q=factoring');
  });

  it('shows excerpts of the full text on the search page, below the name matches', async () => {
    await page.goto(`${site.url}/en/search/?q=invoice`);
    await page.locator('#search-results[data-state=done]').waitFor();
    expect(await page.locator('#search-results .search-result').first().locator('.search-result-title').textContent()).toBe('Invoice');
    expect(await page.locator('#search-results .search-excerpt mark').count()).toBeGreaterThan(0);
    const kinds = await page.locator('#search-results .search-result').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.match));
    expect(kinds.indexOf('text')).toBeGreaterThan(0);
    expect(kinds.slice(kinds.indexOf('text')).every((k) => k === 'text')).toBe(true);
  });

  it('focuses search with /, moves through results with arrows, opens with Enter, closes with Escape', async () => {
    await page.goto(`${site.url}/en/outsourcing/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('payroll');
    const popup = page.locator('#search-results-popup');
    await popup.locator('.search-result').first().waitFor();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).pathname)).toBe('/en/payroll/');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href)).not.toMatch(/\/en\/payroll\/$/);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Escape');
    expect(await popup.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/payroll\/$/);
  });

  it('shows more results on request, moving focus to the first new one', async () => {
    await page.goto(`${site.url}/en/search/?q=outsourcing`);
    const results = page.locator('#search-results .search-result');
    await page.locator('#search-results[data-state=done]').waitFor();
    const before = await results.count();
    await page.getByRole('button', { name: 'Show more results' }).click();
    await expect.poll(() => results.count()).toBeGreaterThan(before);
    expect(await page.evaluate((n) => document.activeElement?.closest('.search-result') === document.querySelectorAll('#search-results .search-result')[n], before)).toBe(true);
  });

  it('shows a hostile query as text and runs nothing', async () => {
    const query = '<img src=x onerror=alert(1)>';
    await page.goto(`${site.url}/en/search/?q=${encodeURIComponent(query)}`);
    // The status line is in the page from the start (empty): wait for the search to fill it.
    const status = page.locator('#search-results [role=status]:not(:empty)');
    await status.waitFor();
    await expect.poll(() => status.textContent()).toMatch(/ for “<img src=x onerror=alert\(1\)>”\.?$/);
    expect(await page.locator('#search-results img, main img').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('loads no script, search code or index before the reader searches', async () => {
    const requests: string[] = [];
    const scripts: string[] = [];
    page.on('request', (request) => {
      requests.push(new URL(request.url()).pathname);
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(`${site.url}/nb/outsourcing/`);
    await page.waitForLoadState('networkidle');
    expect(scripts).toEqual([]);
    expect(requests.filter((p) => p.startsWith('/pagefind/') || p.startsWith('/assets/search'))).toEqual([]);
    await page.locator('#site-search').focus();
    await expect.poll(() => requests.some((p) => p === '/assets/search.js')).toBe(true);
    // Focus costs the search UI and the name index; Pagefind waits for a query that needs it.
    await expect.poll(() => requests.some((p) => p === '/nb/search/names.json')).toBe(true);
    expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
  });

  it('S13, S14: the “/” hint only where there is a keyboard; the search button keeps its border in forced colours', async () => {
    const phone = await site.browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 812 } });
    const touch = await phone.newPage();
    await touch.goto(`${site.url}/nb/search/`);
    expect(await touch.locator('[data-slash-hint]').isVisible()).toBe(false);
    await phone.close();
    await page.goto(`${site.url}/nb/search/`);
    expect(await page.locator('[data-slash-hint]').isVisible()).toBe(true);
    await page.emulateMedia({ forcedColors: 'active' });
    expect(await page.locator('.site-header button[type=submit]').evaluate((b) => getComputedStyle(b).borderTopStyle)).toBe('solid');
  });

  it('gets Pagefind’s WebAssembly as Brotli, and searches with it', async () => {
    const encodings = new Map<string, string | undefined>();
    page.on('response', async (response) => encodings.set(new URL(response.url()).pathname, (await response.allHeaders())['content-encoding']));
    const links = await searchFrom('/sv/outsourcing/', 'factoring');
    expect(articles(links)[0]).toBe('/sv/factoring/');
    expect(encodings.get('/pagefind/wasm.sv.pagefind')).toBe('br');
    expect(encodings.get('/pagefind/pagefind.js')).toBe('br');
    expect(encodings.get('/sv/search/names.json')).toBe('br');
  });

  it('without JavaScript, sends the form to a search page that explains and offers the letters, topics and A–Å index', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${site.url}/nb/factoring/`);
    await noJs.locator('#site-search').fill('factoring');
    await noJs.locator('#site-search').press('Enter');
    await noJs.waitForURL(/\/nb\/search\/\?q=factoring$/);
    expect(await noJs.getByText('Uten JavaScript kan ikke denne siden lese søket ditt').isVisible()).toBe(true);
    expect(await noJs.locator('[data-search-nojs] a[href="/nb/a-z/"]').count()).toBe(1);
    await context.close();
  });
});

describe('the search page opened with ?q=', () => {
  // Cumulative Layout Shift as Lighthouse counts it (shifts without recent input), on a phone
  // and a desktop screen: results arriving after load must not move what is already painted.
  it.each([
    { width: 412, height: 823 },
    { width: 1350, height: 940 },
  ])('does not shift its layout as results arrive ($width×$height)', async (viewport) => {
    const context = await site.browser.newContext({ viewport });
    const tab = await context.newPage();
    await tab.addInitScript(() => {
      const shifts: { value: number; sources: string[] }[] = ((window as unknown as { shifts: unknown }).shifts = []);
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources: { node?: Node | null }[] }[]) {
          if (!entry.hadRecentInput) shifts.push({ value: entry.value, sources: entry.sources.map((s) => (s.node as Element | null)?.outerHTML?.slice(0, 80) ?? String(s.node?.nodeName)) });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await tab.goto(`${site.url}/en/search/?q=outsourcing`);
    await tab.locator('#search-results .search-result').first().waitFor();
    // Layout-shift entries are reported after the frame that shifted: let two frames pass.
    await tab.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const shifts = await tab.evaluate(() => (window as unknown as { shifts: { value: number; sources: string[] }[] }).shifts);
    const cls = shifts.reduce((sum, s) => sum + s.value, 0);
    expect(cls, JSON.stringify(shifts)).toBeLessThanOrEqual(0.05);
    await context.close();
  });
});
