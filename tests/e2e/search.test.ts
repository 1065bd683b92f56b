import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
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

/** Types into the header search of a page and returns the result links in order. */
async function searchFrom(path: string, query: string): Promise<string[]> {
  await page.goto(`${site.url}${path}`);
  const field = page.locator('#site-search');
  await field.click();
  await field.fill(query);
  const popup = page.locator('#search-results-popup');
  await popup.locator('.search-status:not(:empty)').waitFor();
  return popup.locator('a[data-result-link]').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash));
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
  it('by misspelling, through “did you mean”', async () => {
    const links = await searchFrom('/en/', 'faktorng');
    expect(links[0]).toBe('/en/factoring/');
    await expect.poll(() => page.locator('.search-suggestions').textContent()).toMatch(/^Did you mean: Factoring\?$/);
    expect(articles(await searchFrom('/en/', 'outsorcing'))[0]).toBe('/en/outsourcing/');
  });
  it('in another language when the page’s language has no hit, labelled with the language', async () => {
    const links = await searchFrom('/en/', 'tjenesteutsetting');
    expect(links[0]).toBe('/nb/outsourcing/');
    const first = page.locator('#search-results-popup .search-result').first();
    expect(await first.getAttribute('lang')).toBe('nb');
    expect(await first.locator('.search-result-lang').textContent()).toBe('(Norsk (bokmål))');
    expect(await page.locator('.search-other-languages').textContent()).toBe('No results in English – results in other languages:');
  });
  it('shows title, definition and a highlighted excerpt for each result, and tells screen readers the count', async () => {
    await searchFrom('/en/', 'invoice');
    const first = page.locator('#search-results-popup .search-result').first();
    expect(await first.locator('.search-result-title').textContent()).toBe('Invoice');
    expect(await first.locator('.search-result-definition').textContent()).toMatch(/\.$/);
    expect(await first.locator('.search-excerpt mark').count()).toBeGreaterThan(0);
    expect(await page.locator('#search-results-popup [role=status]').textContent()).toMatch(/^\d+ results? for “invoice”$/);
    const sections = await page.locator('#search-results-popup .search-sub-results a').allTextContents();
    expect(sections.length).toBeGreaterThan(0);
    for (const title of sections) expect(title).not.toMatch(/#$/);
  });
});

describe('search page and keyboard', () => {
  it('opens a ?q= deep link with its results, and keeps the URL in step with the query', async () => {
    await page.goto(`${site.url}/sv/search/?q=${encodeURIComponent('F-skatt')}`);
    await page.locator('#search-results .search-result').first().waitFor();
    expect(await page.locator('#search-page-input').inputValue()).toBe('F-skatt');
    expect(articles(await page.locator('#search-results a[data-result-link]').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)))[0]).toBe('/sv/f-tax/');
    await page.locator('#search-page-input').fill('factoring');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('factoring');
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

  it('shows five results first and more on request, moving focus to the first new one', async () => {
    await page.goto(`${site.url}/en/search/?q=outsourcing`);
    const results = page.locator('#search-results .search-result');
    await results.first().waitFor();
    expect(await results.count()).toBe(5);
    await page.getByRole('button', { name: 'Show more results' }).click();
    await expect.poll(() => results.count()).toBe(10);
    expect(await page.evaluate(() => document.activeElement?.closest('.search-result') === document.querySelectorAll('#search-results .search-result')[5])).toBe(true);
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
  });

  it('gets Pagefind’s WebAssembly as Brotli, and searches with it', async () => {
    const encodings = new Map<string, string | undefined>();
    page.on('response', async (response) => encodings.set(new URL(response.url()).pathname, (await response.allHeaders())['content-encoding']));
    const links = await searchFrom('/sv/outsourcing/', 'factoring');
    expect(articles(links)[0]).toBe('/sv/factoring/');
    expect(encodings.get('/pagefind/wasm.sv.pagefind')).toBe('br');
    expect(encodings.get('/pagefind/pagefind.js')).toBe('br');
  });

  it('without JavaScript, sends the form to a search page that explains and offers the A–Å index', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${site.url}/nb/factoring/`);
    await noJs.locator('#site-search').fill('factoring');
    await noJs.locator('#site-search').press('Enter');
    await noJs.waitForURL(/\/nb\/search\/\?q=factoring$/);
    expect(await noJs.getByText('Søket trenger JavaScript').isVisible()).toBe(true);
    expect(await noJs.locator('[data-search-nojs] a').getAttribute('href')).toBe('/nb/a-z/');
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
