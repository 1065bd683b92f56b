import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ApiTermDetail } from '../../src/lib/formats/api.ts';
import type { Locale } from '../../src/lib/i18n/locales.ts';
import { apiNamesUrl, apiTermUrl, embedUrl, EMBED_SCRIPT_URL } from '../../src/lib/urls/urls.ts';
import { launchChromium, serveDist, watchPage } from '../helpers/browser.ts';
import { fileFor } from '../helpers/dist.ts';

// Another site (a second origin: its own server on another port) includes embed.js from ours,
// with auto-link on, and its readers see our terms marked in its text. The words below are
// terms of the built site's articles (their `terms`); the names file is the real one.

const term = (lang: Locale, id: string) => JSON.parse(readFileSync(fileFor(apiTermUrl(lang, id)), 'utf8')) as ApiTermDetail;

const page = (site: string, body: string, script = `<script src="${site}${EMBED_SCRIPT_URL}" data-autolink defer></script>`) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>A host page</title><link rel="icon" href="data:,">
  <style>body{font:16px/1.5 Georgia,serif;max-width:36rem;margin:2rem auto;padding:0 1rem} .plain dfn[data-lexicon]{text-decoration:none;cursor:auto}</style></head>
  <body>${body}${script}</body>
</html>`;

const HOST_TEXT = `
    <h1>Outsourcing and factoring</h1>
    <p id="en">Business process outsourcing is one kind of outsourcing, and outsourcing is common. An F-tax certificate is outdated.</p>
    <p id="abbr" data-lexicon-autolink="all">BPO is not bpo, and BPOs or aBPO are no BPO either.</p>
    <p id="nb" lang="nb">Outsourcingen krever ofte en underleverandør, og underleverandørene må ha factoringen i orden.</p>
    <p id="sv" lang="sv">Factoringen sköts av underleverantörerna.</p>
    <p id="de" lang="de">Outsourcing und Factoring sind auch deutsche Wörter.</p>
    <p id="skip">Left alone: <a href="#x">insourcing</a>, <button type="button">insourcing</button>, <code>insourcing</code>,
      <span data-lexicon-skip>insourcing</span>, <span contenteditable="true">insourcing</span>, <dfn>insourcing</dfn>,
      <textarea>insourcing</textarea> and <label>insourcing <input value="insourcing"></label>, but not the vendor.</p>
    <h2>Insourcing</h2>
    <p id="markup">&lt;img src=x onerror="window.__pwned = true"&gt; is text about an invoice, &lt;b&gt;not&lt;/b&gt; markup.</p>`;

const CSP = (site: string) => `default-src 'self'; script-src 'self' ${site}; connect-src ${site}`;

let browser: Browser;
let site: Awaited<ReturnType<typeof serveDist>>;
let host: Server;
let hostUrl: string;

beforeAll(async () => {
  site = await serveDist();
  host = createServer((req, res) => {
    const html = (body: string, headers: Record<string, string> = {}) =>
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...headers }).end(body);
    const path = new URL(req.url!, 'http://x').pathname;
    if (path === '/') html(page(site.url, HOST_TEXT));
    // The strict host has no inline style or data: icon of its own, so any violation would be ours.
    else if (path === '/csp') html(page(site.url, HOST_TEXT).replace(/<style>.*<\/style>|<link rel="icon"[^>]*>/gs, ''), { 'Content-Security-Policy': CSP(site.url) });
    // A CSP that lets the script in but not its requests.
    else if (path === '/csp-blocked') html(page(site.url, HOST_TEXT), { 'Content-Security-Policy': `default-src 'self'; script-src 'self' ${site.url}` });
    else if (path === '/spa') html(page(site.url, '<main id="app" data-lexicon-autolink><p id="first" lang="sv">Ingen term här.</p></main>', `<script src="${site.url}${EMBED_SCRIPT_URL}" defer></script>`));
    else if (path === '/phone')
      html(
        page(
          site.url,
          `<h1>Notes</h1><p>${'Some words before the terms so there is room above them. '.repeat(6)}</p>
          <p id="two" lang="sv">Med <dfn id="d1" data-lexicon="factoring">factoring</dfn> säljer man fakturor, och en
          <dfn id="d2" data-lexicon="vendor">leverantör</dfn> säljer tjänster till kunden varje månad.</p>
          <p>A link to <a id="missing" href="${site.url}/en/no-such-term/">a term we do not have</a>.</p>
          <p class="plain"><dfn id="plain" data-lexicon="vendor">vendor</dfn></p>`,
          `<script src="${site.url}${EMBED_SCRIPT_URL}" defer></script>`,
        ),
      );
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  host?.closeAllConnections();
  await new Promise((resolve) => host?.close(resolve));
  await site?.close();
});

/** Each marked term: the paragraph it is in, its concept and its text. */
const marks = (p: Page) =>
  p.$$eval('dfn[data-lexicon-auto]', (dfns) => dfns.map((d) => `${d.closest('[id]')?.id} ${(d as HTMLElement).dataset.lexicon}: ${d.textContent}`));

describe('auto-link on another site', () => {
  let context: BrowserContext;
  let tab: Page;
  let problems: string[];
  let requests: string[];

  beforeEach(async () => {
    context = await browser.newContext();
    tab = await context.newPage();
    ({ problems, requests } = watchPage(tab));
  });
  afterEach(async () => {
    await context.close();
  });

  const EXPECTED = [
    'en business-process-outsourcing: Business process outsourcing',
    'en outsourcing: outsourcing',
    'en f-tax: F-tax certificate',
    'abbr business-process-outsourcing: BPO',
    'abbr business-process-outsourcing: BPO',
    'nb outsourcing: Outsourcingen',
    'nb subcontracting: underleverandør',
    'nb factoring: factoringen',
    'sv factoring: Factoringen',
    'sv subcontracting: underleverantörerna',
    'skip vendor: vendor',
    'markup invoice: invoice',
  ];

  it('marks the first occurrence of each term per language, the longest name, inflected forms and abbreviations in their case only', async () => {
    await tab.goto(`${hostUrl}/`);
    const before = await tab.$$eval('p', (ps) => ps.map((p) => p.textContent));
    await expect.poll(() => marks(tab)).toEqual(EXPECTED);
    // The host's text reads as before: only wrapped, never rewritten.
    expect(await tab.$$eval('p', (ps) => ps.map((p) => p.textContent))).toEqual(before);
    // Text in a language we do not serve, headings and the skip zones are untouched.
    expect(await tab.locator('#de dfn, h1 dfn, h2 dfn, a dfn, button dfn, code dfn, [data-lexicon-skip] dfn, [contenteditable] dfn, label dfn').count()).toBe(0);
    expect(await tab.locator('textarea').inputValue()).toBe('insourcing');
    // Host text that looks like markup stays text.
    expect(await tab.locator('#markup img, #markup b').count()).toBe(0);
    expect(await tab.evaluate(() => (window as { __pwned?: boolean }).__pwned)).toBeUndefined();
    // One names file per language on the page, nothing for the language we do not serve.
    const names = requests.filter((url) => url.includes('/names.json')).map((url) => new URL(url).pathname).sort();
    expect(names).toEqual([apiNamesUrl('en'), apiNamesUrl('nb'), apiNamesUrl('sv')].sort());
    expect(problems).toEqual([]);
  });

  it('gives a marked term the card in its paragraph’s language, and a deprecated one the term to use', async () => {
    await tab.goto(`${hostUrl}/`);
    await expect.poll(() => marks(tab)).toEqual(EXPECTED);
    await tab.hover('#nb dfn[data-lexicon="factoring"]');
    await expect.poll(() => tab.locator('#outsourcing-lexicon-card strong').textContent()).toBe(term('nb', 'factoring').title);
    expect(await tab.locator('#outsourcing-lexicon-card').getAttribute('lang')).toBe('nb');
    await tab.mouse.move(1, 1);
    await expect.poll(() => tab.getByRole('tooltip').count()).toBe(0);
    await tab.hover('#en dfn[data-lexicon="f-tax"]');
    await expect.poll(() => tab.locator('#outsourcing-lexicon-card strong').textContent()).toBe(term('en', 'f-tax').title);
    expect(await tab.getByRole('tooltip').textContent()).toContain('“F-tax certificate” is deprecated. Use “F-tax (F-skatt)”.');
    // Keyboard: a marked term is focusable like a marked <dfn>.
    await tab.locator('#sv dfn').first().focus();
    await expect.poll(() => tab.locator('#outsourcing-lexicon-card').getAttribute('lang')).toBe('sv');
  });

  it('adds no layout shift: a marked term is the host’s text plus an underline', async () => {
    await tab.goto(`${hostUrl}/`);
    await expect.poll(() => marks(tab)).toEqual(EXPECTED);
    const look = await tab.$eval('#nb dfn', (d) => {
      const [own, parent] = [getComputedStyle(d), getComputedStyle(d.parentElement!)];
      return { same: ['fontStyle', 'fontWeight', 'fontFamily', 'fontSize', 'color'].every((k) => own[k as 'color'] === parent[k as 'color']), line: own.textDecorationLine, style: own.textDecorationStyle };
    });
    expect(look).toEqual({ same: true, line: 'underline', style: 'dotted' });
    const shift = await tab.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let sum = 0;
          new PerformanceObserver((list) => list.getEntries().forEach((e) => (sum += (e as unknown as { value: number }).value))).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(sum), 300);
        }),
    );
    expect(shift).toBe(0);
  });

  it('works under a strict host CSP that allows only our origin for scripts and connections', async () => {
    await tab.goto(`${hostUrl}/csp`);
    await expect.poll(() => marks(tab)).toEqual(EXPECTED);
    await tab.hover('#sv dfn[data-lexicon="subcontracting"]');
    await expect.poll(() => tab.locator('#outsourcing-lexicon-card strong').textContent()).toBe(term('sv', 'subcontracting').title);
    expect(await tab.locator('#outsourcing-lexicon-card').evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
    expect(problems).toEqual([]);
  });

  it('says once in the console what it needs where the host CSP blocks it', async () => {
    await tab.goto(`${hostUrl}/csp-blocked`);
    await expect.poll(() => problems.filter((p) => p.startsWith('warning:')).length).toBe(1);
    // The message itself (not its source, which is embed.js on our origin) names what is needed.
    const [warning] = problems.filter((p) => p.startsWith('warning:')).map((p) => p.split(' @ ')[0]!);
    expect(warning).toContain(site.url);
    expect(warning).toContain('connect-src');
    await tab.waitForTimeout(300);
    expect(await tab.locator('dfn[data-lexicon-auto]').count()).toBe(0);
    expect(problems.filter((p) => p.startsWith('warning:'))).toHaveLength(1);
  });

  it('tags content the host adds later, in an auto-link element, and leaves the rest of the page alone', async () => {
    await tab.goto(`${hostUrl}/spa`);
    await tab.waitForFunction(() => 'OutsourcingLexicon' in window);
    await tab.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'added';
      p.lang = 'sv';
      p.textContent = 'Fakturan gick till en underleverantör.';
      document.querySelector('#app')!.append(p);
      const outside = document.createElement('p');
      outside.id = 'outside';
      outside.textContent = 'An invoice outside the app.';
      document.body.append(outside);
    });
    await expect.poll(() => marks(tab)).toEqual(['added invoice: Fakturan', 'added subcontracting: underleverantör']);
    // A single-page app that replaces the text of a paragraph it keeps.
    await tab.evaluate(() => (document.querySelector('#first')!.firstChild!.textContent = 'Nu med factoring.'));
    await expect.poll(() => marks(tab)).toEqual(['first factoring: factoring', 'added invoice: Fakturan', 'added subcontracting: underleverantör']);
  });
});

describe('the card on a touch phone (UX review E1–E4)', () => {
  let context: BrowserContext;
  let tab: Page;

  beforeEach(async () => {
    context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 640 } });
    tab = await context.newPage();
    await tab.goto(`${hostUrl}/phone`);
    await tab.waitForFunction(() => 'OutsourcingLexicon' in window);
  });
  afterEach(async () => {
    await context.close();
  });
  const tooltip = () => tab.getByRole('tooltip');

  it('E1: has a close button, stays open when the card itself is tapped, and leaves the next term uncovered', async () => {
    await tab.tap('#d1');
    await expect.poll(() => tooltip().isVisible()).toBe(true);
    // The next term in the paragraph can still be seen and tapped.
    const next = await tab.$eval('#d2', (d) => {
      const box = d.getBoundingClientRect();
      return document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)?.id;
    });
    expect(next).toBe('d2');
    await tab.tap('#outsourcing-lexicon-card p');
    await tab.waitForTimeout(300);
    expect(await tooltip().isVisible(), 'a tap inside the card keeps it open').toBe(true);
    await tab.getByRole('button', { name: 'Stäng' }).tap();
    await expect.poll(() => tooltip().count()).toBe(0);
    // And the term opens again on the next tap.
    await tab.tap('#d1');
    await expect.poll(() => tooltip().isVisible()).toBe(true);
  });

  it('E2: the first tap on a link whose lookup fails follows the link', async () => {
    await tab.tap('#missing');
    await tab.waitForURL(`${site.url}/en/no-such-term/`, { timeout: 5000 });
  });

  it('E4: a marked <dfn> shows it can be asked (dotted underline, help cursor), and the host can turn that off', async () => {
    const style = (selector: string) => tab.$eval(selector, (d) => [getComputedStyle(d).textDecorationStyle, getComputedStyle(d).textDecorationLine, getComputedStyle(d).cursor]);
    expect(await style('#d1')).toEqual(['dotted', 'underline', 'help']);
    expect(await style('#plain')).toEqual(['solid', 'none', 'auto']);
  });
});

describe('the card with a mouse (UX review E3)', () => {
  it('waits a moment on hover: a pointer passing over terms neither flashes cards nor fetches', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const lookups: string[] = [];
    tab.on('request', (request) => request.url().includes('/terms/') && lookups.push(request.url()));
    await tab.goto(`${hostUrl}/phone`);
    await tab.waitForFunction(() => 'OutsourcingLexicon' in window);
    // The pointer crosses three terms and leaves, all within one task: as a quick mouse would,
    // and not slowed down by the test's own round trips on a busy machine.
    await tab.evaluate(() => {
      const move = (type: string, target: Element, related: Element | null) =>
        target.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerType: 'mouse', relatedTarget: related }));
      const [d1, d2, plain] = ['#d1', '#d2', '#plain'].map((s) => document.querySelector(s)!);
      move('pointerover', d1!, document.body);
      move('pointerout', d1!, d2!);
      move('pointerover', d2!, d1!);
      move('pointerout', d2!, plain!);
      move('pointerover', plain!, d2!);
      move('pointerout', plain!, document.body);
    });
    await tab.waitForTimeout(400);
    expect(lookups).toEqual([]);
    expect(await tab.getByRole('tooltip').count()).toBe(0);
    // Resting on a term shows its card.
    await tab.hover('#d1');
    await expect.poll(() => tab.getByRole('tooltip').isVisible()).toBe(true);
    await context.close();
  });
});

describe('the iframe card (UX review E5)', () => {
  it('ends a definition too long for a narrow frame with the clamp’s “…”, not a cut line', async () => {
    const context = await browser.newContext({ viewport: { width: 300, height: 240 } });
    const tab = await context.newPage();
    for (const [lang, id] of [
      ['en', 'contractor-status'],
      ['nb', 'business-process-outsourcing'],
      ['sv', 'worker-misclassification'],
    ] as const) {
      await tab.goto(`${site.url}${embedUrl(lang, id)}`);
      const fit = await tab.$eval('.definition', (d) => {
        const style = getComputedStyle(d);
        const line = parseFloat(style.lineHeight);
        const footer = document.querySelector('.card footer')!.getBoundingClientRect();
        return {
          // The box is exactly the clamped lines: the clamp (which draws "…") cut the text, not the box.
          clampCuts: d.scrollHeight <= d.clientHeight + 1 || Math.abs(d.clientHeight - Number(style.webkitLineClamp) * line) < 1,
          aboveFooter: d.getBoundingClientRect().bottom <= footer.top + 1,
        };
      });
      expect(fit, `${lang}/${id}`).toEqual({ clampCuts: true, aboveFooter: true });
    }
    await context.close();
  });
});
