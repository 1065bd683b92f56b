// Search over a corpus of its own (tests/fixtures/search: the minimal corpus plus `sv/payroll.md`,
// a concept written only in Swedish, with a deprecated term), built once for this file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/static-server.ts';
import { pathEnv } from '../../src/paths.ts';
import { launchChromium } from '../helpers/browser.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'lexicon-search-'));
let server: Server;
let base: string;
let browser: Browser;

beforeAll(async () => {
  const built = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...pathEnv({ contentDir: join(ROOT, 'tests', 'fixtures', 'search'), outDir: join(work, 'dist'), cacheDir: join(work, 'cache') }) },
  });
  if (built.status !== 0) throw new Error(`fixture build failed:\n${built.stdout}\n${built.stderr}`);
  ({ server, url: base } = await serveStatic({ root: join(work, 'dist') }));
  browser = await launchChromium();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  server?.closeAllConnections();
  server?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Types a query into the header search of a page; the popup's first result when full text is in. */
async function firstResult(page: Page, path: string, query: string) {
  await page.goto(`${base}${path}`);
  await page.locator('#site-search').click();
  await page.keyboard.type(query, { delay: 30 });
  const popup = page.locator(`#search-results-popup[data-state=done][data-query="${query}"]`);
  await popup.waitFor();
  return popup.locator('li.search-result').first().evaluate((li) => ({
    href: li.querySelector('a[data-result-link]')!.getAttribute('href'),
    linkLang: li.querySelector('a[data-result-link]')!.getAttribute('lang'),
    title: li.querySelector('.search-result-title')!.textContent,
    match: li.querySelector('.search-result-match')?.textContent ?? null,
    matchLang: li.querySelector('.search-result-name')?.getAttribute('lang') ?? null,
  }));
}

describe('a name from another language, for a concept with no article in the page’s language', () => {
  it('shows the other language’s article, labelled with its language', async () => {
    const page = await browser.newPage();
    const hit = await firstResult(page, '/en/factoring/', 'lönehantering');
    expect(hit).toMatchObject({ href: '/sv/payroll/', linkLang: 'sv', title: 'Lönehantering · Swedish', match: null });
    const nb = await firstResult(page, '/nb/factoring/', 'löneadministration');
    expect(nb).toMatchObject({ href: '/sv/payroll/', title: 'Lönehantering · svensk', match: 'löneadministration', matchLang: 'sv' });
    await page.close();
  });
  it('finds a deprecated term, and says it is one', async () => {
    const page = await browser.newPage();
    const hit = await firstResult(page, '/en/vendor/', 'löneräkning');
    expect(hit).toMatchObject({ href: '/sv/payroll/', match: 'löneräkning · deprecated' });
    await page.close();
  });
  it('shows the page’s own article where the concept has one, labelled with the matched name and its language', async () => {
    const page = await browser.newPage();
    const hit = await firstResult(page, '/en/factoring/', 'Leverantör');
    expect(hit).toMatchObject({ href: '/en/vendor/', match: 'Leverantör · Swedish', matchLang: 'sv' });
    await page.close();
  });
});
