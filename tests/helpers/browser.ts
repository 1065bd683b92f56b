import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveStatic } from '../../scripts/static-server.ts';
import { DIST } from './dist.ts';

// Which Chromium (CHROMIUM_PATH, a system one, or the bundled @sparticuz/chromium) is decided
// in scripts/chromium.ts, shared with the benchmarks.
import { launchChromium } from '../../scripts/chromium.ts';

export { launchChromium };

/** Serves the built dist/ on 127.0.0.1 at a free port. */
export async function serveDist(options: { headers?: boolean } = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const { server, url } = await serveStatic({ root: DIST, ...options });
  return { url, close: () => closeServer(server) };
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

/**
 * For a test file: the built site served on 127.0.0.1 and one Chromium, both started before
 * its tests and closed after them. Read `.url` and `.browser` inside tests.
 */
export function useBuiltSite(options: { headers?: boolean } = {}): { readonly url: string; readonly browser: Browser } {
  let site: Awaited<ReturnType<typeof serveDist>> | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    site = await serveDist(options);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get url() {
      return site!.url;
    },
    get browser() {
      return browser!;
    },
  };
}

/**
 * What a page reports from now on: its script errors and console errors and warnings
 * (`type: text @ source`), and the URL of every request it makes.
 */
export function watchPage(page: Page): { problems: string[]; requests: string[] } {
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()} @ ${message.location().url}`);
  });
  page.on('request', (request) => requests.push(request.url()));
  return { problems, requests };
}
