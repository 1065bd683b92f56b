import type { Server } from 'node:http';
import { chromium, type Browser } from 'playwright-core';
import { serveStatic } from '../../scripts/static-server.ts';
import { DIST } from './dist.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Real Chromium, headless, with the flags this closed network needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}

/** Serves the built dist/ on 127.0.0.1 at a free port. */
export async function serveDist(options: { headers?: boolean } = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const { server, url } = await serveStatic({ root: DIST, ...options });
  return { url, close: () => closeServer(server) };
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
