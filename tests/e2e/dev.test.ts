// `npm run dev` for authors: pages render, and search answers from the last build's index.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { paths } from '../../src/paths.ts';

const ROOT = paths.root;
const PORT = 4300 + Math.floor(Math.random() * 500);
const base = `http://127.0.0.1:${PORT}`;
let dev: ChildProcess;
let log = '';

beforeAll(async () => {
  // As an author runs it: not under the test runner's NODE_ENV and VITEST variables.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV' && k !== 'TEST'));
  dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(PORT)], { cwd: ROOT, env });
  dev.stdout!.on('data', (chunk) => (log += chunk));
  dev.stderr!.on('data', (chunk) => (log += chunk));
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/en/`, { signal: AbortSignal.timeout(20_000) })).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`astro dev did not start:\n${log}`);
}, 90_000);
afterAll(() => {
  dev?.kill();
});

describe('astro dev', () => {
  it('says where its search index comes from, and search works in the page', async () => {
    expect(log).toMatch(/search: serving the index of the last build/);
    expect((await fetch(`${base}/pagefind/pagefind.js`)).status).toBe(200);
    const browser = await launchChromium();
    const page = await browser.newPage();
    await page.goto(`${base}/sv/search/?q=factoring`);
    await page.locator('#search-results .search-result').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('#search-results .search-result-title').first().textContent()).toBe('Factoring');
    await browser.close();
  });

  it('serves the API and oEmbed files a build writes, with the same content', async () => {
    const dist = paths.outDir;
    for (const path of ['/api/v1/sv/terms/factoring.json', '/oembed/en/outsourcing.json']) {
      const response = await fetch(`${base}${path}`);
      expect(response.status, path).toBe(200);
      expect(await response.json(), path).toEqual(JSON.parse(readFileSync(`${dist}${path}`, 'utf8')));
    }
  });
});
