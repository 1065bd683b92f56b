import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { load } from 'cheerio';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ApiTermDetail } from '../../src/lib/formats/api.ts';
import type { Locale } from '../../src/lib/i18n/locales.ts';
import { apiTermUrl, embedUrl, EMBED_SCRIPT_URL } from '../../src/lib/urls/urls.ts';
import { launchChromium, serveDist, watchPage } from '../helpers/browser.ts';
import { distFiles, fileFor, page as builtPage } from '../helpers/dist.ts';

// Another site (a second origin: its own server on another port) includes embed.js from ours
// and links to our terms. What a reader of that site sees is what these tests assert.

const term = (lang: Locale, id: string) => JSON.parse(readFileSync(fileFor(apiTermUrl(lang, id)), 'utf8')) as ApiTermDetail;
const axe = readFileSync(new URL(import.meta.resolve('axe-core/axe.min.js')), 'utf8');
const XSS = '<img src=x onerror="window.__pwned = true">';

function hostPage(site: string): string {
  return `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>A host page</title><link rel="icon" href="data:,"></head>
  <body>
    <h1>Notes on sourcing</h1>
    <p>Compare <a id="outsourcing" href="${site}/en/outsourcing/">outsourcing</a>,
      <a id="factoring" href="${site}/sv/factoring/">factoring</a> and
      <a id="insourcing" href="${site}/insourcing/">insourcing</a>.</p>
    <p>A <dfn id="vendor" data-lexicon="vendor" lang="sv">leverantör</dfn> sells to you.</p>
    <p><a id="missing" href="${site}/en/no-such-term/">no such term</a>
      <a id="probe" href="${site}/en/markup-probe/">probe</a>
      <a id="elsewhere" href="https://example.com/en/outsourcing/">elsewhere</a>
      <a id="after" href="#top">last link</a></p>
    <script src="${site}${EMBED_SCRIPT_URL}" defer></script>
  </body>
</html>`;
}

let browser: Browser;
let site: Awaited<ReturnType<typeof serveDist>>;
let host: Server;
let hostUrl: string;

beforeAll(async () => {
  site = await serveDist();
  host = createServer((req, res) => {
    if (req.url === '/') res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(hostPage(site.url));
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  host?.closeAllConnections();
  await new Promise((resolve) => host?.close(resolve));
  await site?.close();
});

describe('embed.js on another site', () => {
  let context: BrowserContext;
  let page: Page;
  let problems: string[];
  let requests: string[];

  beforeEach(async () => {
    context = await browser.newContext();
    page = await context.newPage();
    ({ problems, requests } = watchPage(page));
    await page.goto(hostUrl);
    await page.waitForFunction(() => 'OutsourcingLexicon' in window);
  });
  afterEach(async () => {
    await context.close();
  });

  // Chromium itself logs a lookup that finds no term (a 404); that is the browser, not an error.
  const pageProblems = () => problems.filter((p) => !/^error: Failed to load resource: .*404.* @ .*\/api\/v1\//.test(p));
  const tooltip = () => page.getByRole('tooltip');
  const expectCard = async (lang: Locale, id: string) => {
    const expected = term(lang, id);
    await expect.poll(() => tooltip().isVisible()).toBe(true);
    await expect.poll(() => page.locator('#outsourcing-lexicon-card strong').textContent()).toBe(expected.title);
    expect(await page.locator('#outsourcing-lexicon-card p:first-of-type').textContent()).toBe(expected.description);
    expect(await page.locator('#outsourcing-lexicon-card').getAttribute('lang')).toBe(lang);
    expect(await page.locator('#outsourcing-lexicon-card a').getAttribute('href')).toBe(expected.url);
  };

  it('shows the right card when the reader hovers each term, and hides it when they move away', async () => {
    for (const [trigger, lang, id] of [
      ['#outsourcing', 'en', 'outsourcing'],
      ['#factoring', 'sv', 'factoring'],
      ['#insourcing', 'en', 'insourcing'],
      ['#vendor', 'sv', 'vendor'],
    ] as const) {
      await page.hover(trigger);
      await expectCard(lang, id);
      expect(await tooltip().textContent()).toContain(lang === 'sv' ? 'Svenska' : 'English');
      expect(await page.locator(trigger).getAttribute('aria-describedby')).toBe(await tooltip().getAttribute('id'));
    }
    await page.mouse.move(5, 5);
    await expect.poll(() => tooltip().count()).toBe(0);
    expect(await page.locator('[aria-describedby]').count()).toBe(0);
    // One request per term, however often it is shown.
    await page.hover('#outsourcing');
    await expectCard('en', 'outsourcing');
    expect(requests.filter((url) => url.endsWith(apiTermUrl('en', 'outsourcing')))).toHaveLength(1);
    expect(problems).toEqual([]);
  });

  it('shows the card on keyboard focus, lets Tab move on, and closes on Escape', async () => {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('outsourcing');
    await expectCard('en', 'outsourcing');
    await page.keyboard.press('Tab');
    await expectCard('sv', 'factoring');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('factoring');
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip().count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id), 'focus stays where it was').toBe('factoring');
    await page.keyboard.press('Tab');
    await expectCard('en', 'insourcing');
    // The <dfn> is focusable, and its card's "Read more" comes next in the tab order.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('vendor');
    await expectCard('sv', 'vendor');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Läs mer');
    expect(await page.evaluate(() => document.activeElement?.matches(':focus-visible'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip().count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id), 'Escape from the card returns to its term').toBe('vendor');
    // Focus is never trapped: Tab walks on through the page and out of it.
    for (const id of ['missing', 'probe', 'elsewhere', 'after']) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(id);
    }
    expect(pageProblems()).toEqual([]);
  });

  it('closes a hovered card on Escape', async () => {
    await page.hover('#factoring');
    await expectCard('sv', 'factoring');
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip().count()).toBe(0);
  });

  it('shows fetched text as text: markup in a definition is never run', async () => {
    // The site has no such term; the request is answered here as a compromised or buggy API would.
    await page.route(`**${apiTermUrl('en', 'markup-probe')}`, (route) =>
      route.fulfill({
        contentType: 'application/json',
        headers: { 'Access-Control-Allow-Origin': '*' },
        body: JSON.stringify({ id: 'markup-probe', lang: 'en', title: `Probe ${XSS}`, description: `Defined as ${XSS}.`, url: 'https://outsourcing-lexicon.org/en/markup-probe/' }),
      }),
    );
    await page.hover('#probe');
    await expect.poll(() => page.locator('#outsourcing-lexicon-card p:first-of-type').textContent()).toBe(`Defined as ${XSS}.`);
    expect(await page.locator('#outsourcing-lexicon-card strong').textContent()).toBe(`Probe ${XSS}`);
    expect(await page.locator('#outsourcing-lexicon-card img').count()).toBe(0);
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as { __pwned?: boolean }).__pwned)).toBeUndefined();
    expect(problems).toEqual([]);
  });

  it('shows no card for a term we do not have or a link to another site, and breaks nothing', async () => {
    const answered = page.waitForResponse((res) => res.url().endsWith(apiTermUrl('en', 'no-such-term')));
    await page.hover('#missing');
    expect((await answered).status()).toBe(404);
    await page.hover('#elsewhere');
    await page.waitForTimeout(400);
    expect(await tooltip().count()).toBe(0);
    expect(requests.some((url) => url.includes('example.com'))).toBe(false);
    expect(problems.length, 'the lookup is logged by Chromium').toBe(1);
    expect(pageProblems()).toEqual([]);
    // The link still works.
    await page.click('#missing');
    await page.waitForURL(/\/en\/no-such-term\/$/);
  });

  it('leaves the host page as it was: one global, no cookies or storage, no other hosts', async () => {
    await page.hover('#outsourcing');
    await expectCard('en', 'outsourcing');
    const added = await page.evaluate(() => {
      const frame = document.body.appendChild(document.createElement('iframe'));
      const clean = new Set(Object.getOwnPropertyNames(frame.contentWindow));
      frame.remove();
      return Object.getOwnPropertyNames(window).filter((name) => !clean.has(name));
    });
    expect(added).toEqual(['OutsourcingLexicon']);
    expect(await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length])).toEqual(['', 0, 0]);
    expect((await context.cookies()).length).toBe(0);
    const origins = new Set(requests.map((url) => new URL(url).origin));
    expect([...origins].sort()).toEqual([new URL(hostUrl).origin, site.url].sort());
  });

  it('follows the reader’s colour scheme, with AA contrast in both schemes, and does not move', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme, reducedMotion: 'no-preference' });
      await page.hover('#factoring');
      await expectCard('sv', 'factoring');
      const style = await page.locator('#outsourcing-lexicon-card').evaluate((el) => ({ bg: getComputedStyle(el).backgroundColor, animation: getComputedStyle(el).animationName }));
      expect(style.bg).toBe(colorScheme === 'dark' ? 'rgb(31, 34, 38)' : 'rgb(255, 255, 255)');
      // No entrance animation: nothing for reduced motion to turn off, and its bytes kept embed.js under 5 kB.
      expect(style.animation).toBe('none');
      await page.evaluate(axe);
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string }[] }> } }).axe.run(
          { include: ['#outsourcing-lexicon-card'] },
          { runOnly: ['wcag2a', 'wcag2aa'] },
        );
        return result.violations.map((v) => v.id);
      });
      expect(violations, colorScheme).toEqual([]);
      await page.mouse.move(5, 5);
      await expect.poll(() => tooltip().count()).toBe(0);
    }
  });
});

describe('embed.js on a touch screen', () => {
  it('shows the card on the first tap and follows the link on the second', async () => {
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 700 } });
    const page = await context.newPage();
    await page.goto(hostUrl);
    await page.waitForFunction(() => 'OutsourcingLexicon' in window);
    await page.tap('#factoring');
    await expect.poll(() => page.getByRole('tooltip').isVisible()).toBe(true);
    expect(await page.getByRole('tooltip').textContent()).toContain(term('sv', 'factoring').description);
    expect(page.url()).toBe(hostUrl);
    const box = (await page.locator('#outsourcing-lexicon-card').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await page.tap('h1');
    await expect.poll(() => page.getByRole('tooltip').count()).toBe(0);
    await page.tap('#vendor');
    await expect.poll(() => page.getByRole('tooltip').isVisible()).toBe(true);
    await page.tap('#factoring');
    await expect.poll(() => page.locator('#outsourcing-lexicon-card strong').textContent()).toBe('Factoring');
    await page.tap('#factoring');
    await page.waitForURL(`${site.url}/sv/factoring/`);
    await context.close();
  });
});

describe('the iframe card page', () => {
  it('fits its definition into the embed size, in light and dark, without scripts', async () => {
    const context = await browser.newContext({ viewport: { width: 400, height: 240 } });
    const page = await context.newPage();
    // The cards with the most text are the ones that might not fit.
    const pages = distFiles('.html')
      .filter((path) => path.startsWith('/embed/'))
      .map((path) => ({ path, length: load(builtPage(path))('article').text().length }))
      .sort((a, b) => b.length - a.length)
      .slice(0, 12)
      .map(({ path }) => path);
    expect(pages).toHaveLength(12);
    for (const path of pages) {
      await page.goto(`${site.url}${path.replace(/index\.html$/, '')}`);
      const fit = await page.evaluate(() => {
        const definition = document.querySelector('.definition')!;
        const link = document.querySelector('a')!.getBoundingClientRect();
        return { clipped: definition.scrollHeight > definition.clientHeight + 1, linkInside: link.bottom <= innerHeight && link.right <= innerWidth, scripts: document.scripts.length };
      });
      expect(fit, path).toEqual({ clipped: false, linkInside: true, scripts: 0 });
    }
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(`${site.url}${embedUrl('sv', 'factoring')}`);
      await page.evaluate(axe);
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string }[] }> } }).axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] });
        return result.violations.map((v) => v.id);
      });
      expect(violations, colorScheme).toEqual([]);
    }
    await context.close();
  });
});
