// Quality gates over the built site in real Chromium: accessibility (axe-core, light and
// dark), no request to another host, and everything working under the shipped CSP.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseHeadersFile } from '../../src/lib/formats/headers-file.ts';
import { INLINE_HANDLERS } from '../../src/client/inline-handlers.ts';
import { useBuiltSite } from '../helpers/browser.ts';
import { DIST } from '../helpers/dist.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One page of every template. */
const TEMPLATES = [
  '/',
  '/nb/',
  '/sv/a-z/',
  '/en/a-z/f/',
  '/nb/a-z/aa/',
  '/sv/topics/factoring/',
  '/en/outsourcing/',
  '/nb/contractor-status/',
  '/sv/f-tax/',
  '/en/search/?q=invoice',
  '/outsourcing/',
  '/status/',
  '/embed/sv/factoring/',
  '/does-not-exist/',
];

const site = useBuiltSite();

async function axe(page: Page) {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
}

describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`every page template passes axe-core with zero violations (${scheme})`, async () => {
      const context = await site.browser.newContext({ colorScheme: scheme, bypassCSP: true });
      const page = await context.newPage();
      const found: Record<string, string[]> = {};
      for (const path of TEMPLATES) {
        await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
        if (path.includes('?q=')) await page.locator('#search-results .search-result').first().waitFor();
        const violations = await axe(page);
        if (violations.length) found[path] = violations;
      }
      // The search popup, open.
      await page.goto(`${site.url}/sv/`);
      await page.locator('#site-search').fill('faktura');
      await page.locator('#search-results-popup[data-state=done] .search-result').first().waitFor();
      const popup = await axe(page);
      if (popup.length) found['/sv/ (search popup)'] = popup;
      await context.close();
      expect(found).toEqual({});
      // Every template plus the popup with full text: over a minute on a busy 2-core machine.
    }, 150_000);
  }
});

describe('privacy and security', () => {
  it('makes no request to any host but its own, on any template, searching included', async () => {
    const page = await site.browser.newPage();
    const foreign: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== site.url && !request.url().startsWith('data:') && !request.url().startsWith('blob:')) foreign.push(request.url());
    });
    for (const path of TEMPLATES) await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
    await page.goto(`${site.url}/en/`);
    await page.locator('#site-search').fill('tjenesteutsetting');
    await page.locator('#search-results-popup .search-result').first().waitFor();
    await page.close();
    expect(foreign).toEqual([]);
  });

  it('works under the Content-Security-Policy that _headers ships, with no violation', async () => {
    const rules = parseHeadersFile(readFileSync(`${DIST}/_headers`, 'utf8'));
    const csp = rules.find((r) => r.pattern === '/*')!.headers.find(([name]) => name === 'Content-Security-Policy')![1];
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    const page = await site.browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    const response = await page.goto(`${site.url}/nb/outsourcing/`);
    expect(response!.headers()['content-security-policy']).toBe(csp);
    // Search (worker, WebAssembly, lazy script and CSS), the filter box and copy buttons.
    await page.keyboard.press('/');
    await page.keyboard.type('leverandør');
    // Full text too: Pagefind's WebAssembly must compile under the policy.
    await page.locator('#search-results-popup[data-state=done] .search-result').first().waitFor();
    await page.goto(`${site.url}/sv/a-z/`);
    await page.getByLabel('Filtrera listan').fill('fakt');
    await expect.poll(() => page.locator('.term-list li:visible').count()).toBeGreaterThan(0);
    expect(await page.locator('.term-list li:visible').count()).toBeLessThan(await page.locator('.term-list li').count());
    await page.goto(`${site.url}/en/factoring/`);
    expect(await page.locator('button[data-copy]').first().isVisible()).toBe(true);
    await page.close();
    expect(violations).toEqual([]);
  });

  it('has no inline script elements, and no inline handlers but the ones the CSP allows by hash', async () => {
    const page = await site.browser.newPage();
    const allowed = Object.values(INLINE_HANDLERS) as string[];
    for (const path of TEMPLATES) {
      await page.goto(`${site.url}${path}`);
      const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].filter((s) => s.getAttribute('type') !== 'application/ld+json').map((s) => s.outerHTML.slice(0, 80)));
      expect(inline, path).toEqual([]);
      const handlers = await page.evaluate(() => [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.value)));
      expect(handlers.filter((h) => !allowed.includes(h)), path).toEqual([]);
    }
    await page.close();
  });
});
