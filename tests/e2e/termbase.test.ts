// The termbase in Chromium: the concept page keeps its languages side by side on paper, the
// exports download with their media types, and search finds a deprecated term (a build of
// tests/fixtures/termbase, whose articles have one).
import { spawnSync } from 'node:child_process';
import type { Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pathEnv } from '../../src/paths.ts';
import { serveStatic } from '../../scripts/static-server.ts';
import { EXPORTS } from '../../src/lib/termbase/formats.ts';
import { EXPORT_FORMATS, exportUrl } from '../../src/lib/urls/urls.ts';
import { launchChromium, useBuiltSite } from '../helpers/browser.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const site = useBuiltSite();

describe('the concept page', () => {
  it('prints the three languages side by side, without the site’s header and footer', async () => {
    // About the width of an A4 page: on screen the columns would wrap to two rows here.
    const page = await site.browser.newPage({ viewport: { width: 700, height: 1000 } });
    await page.goto(`${site.url}/concepts/outsourcing/`);
    await page.emulateMedia({ media: 'print' });
    const boxes = await page.locator('.concept-languages > li').evaluateAll((items) => items.map((li) => li.getBoundingClientRect()).map((r) => ({ top: r.top, left: r.left, width: r.width })));
    expect(boxes).toHaveLength(3);
    expect(new Set(boxes.map((b) => Math.round(b.top))).size).toBe(1);
    expect(boxes[0]!.left).toBeLessThan(boxes[1]!.left);
    expect(boxes[1]!.left).toBeLessThan(boxes[2]!.left);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.site-footer').isVisible()).toBe(false);
    await page.close();
  });
});

describe('the termbase pages', () => {
  // Their own axe run (the quality test's template list is already long for its time limit).
  it('pass axe-core with zero violations, light and dark', async () => {
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const found: Record<string, string[]> = {};
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await site.browser.newContext({ colorScheme, bypassCSP: true });
      const page = await context.newPage();
      for (const path of ['/concepts/f-tax/', '/concepts/', '/sv/downloads/', '/nb/f-skattsedel/']) {
        await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
        await page.addScriptTag({ content: axeSource });
        const violations = await page.evaluate(async () => {
          const result = await (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
          });
          return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
        });
        if (violations.length) found[`${colorScheme} ${path}`] = violations;
      }
      await context.close();
    }
    expect(found).toEqual({});
  }, 180_000);
});

describe('the exports', () => {
  it('are served with their media types, from the downloads page', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/sv/downloads/`);
    for (const format of EXPORT_FORMATS) {
      const href = await page.locator(`tr[data-format="${format}"] a`).getAttribute('href');
      expect(href).toBe(exportUrl(format));
      const response = await page.request.get(`${site.url}${href}`);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe(EXPORTS[format].mediaType);
      expect(response.headers()['access-control-allow-origin']).toBe('*');
    }
    await page.close();
  });
});

describe('a deprecated term (tests/fixtures/termbase)', () => {
  const work = mkdtempSync(join(tmpdir(), 'lexicon-termbase-e2e-'));
  let server: Server | undefined;
  let url = '';
  let browser: Browser | undefined;
  beforeAll(async () => {
    const dist = join(work, 'dist');
    const result = spawnSync(process.execPath, ['scripts/build.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, ...pathEnv({ contentDir: resolve(import.meta.dirname, '..', 'fixtures', 'termbase'), outDir: dist, cacheDir: join(work, 'cache') }) },
    });
    if (result.status !== 0) throw new Error(`the fixture build failed:\n${result.stdout}\n${result.stderr}`);
    ({ server, url } = await serveStatic({ root: dist }));
    browser = await launchChromium();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    server?.closeAllConnections();
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
    rmSync(work, { recursive: true, force: true });
  });

  it('is found by search: its own page, which says which term to use, and the article', async () => {
    const page = await browser!.newPage();
    await page.goto(`${url}/nb/`);
    const field = page.locator('#site-search');
    await field.click();
    await field.fill('fakturabelåning');
    const popup = page.locator('#search-results-popup');
    await popup.locator('.search-status:not(:empty)').waitFor();
    const links = await popup.locator('a[data-result-link]').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links).toContain('/nb/fakturabelaning/');
    expect(links).toContain('/nb/factoring/');
    await page.goto(`${url}/nb/fakturabelaning/`);
    expect(await page.locator('main .lead').textContent()).toBe('«fakturabelåning» er en frarådet term; bruk «factoring».');
    await page.locator('main a[href="/nb/factoring/"]').click();
    await page.waitForURL(`${url}/nb/factoring/`);
    await page.close();
  });
});
