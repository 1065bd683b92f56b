// Links other sites rely on: short links pick the reader's language; share panel copies.
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../helpers/browser.ts';

const site = useBuiltSite();

describe('the short link /{concept-id}/', () => {
  it.each([
    ['sv-SE', '/sv/factoring/'],
    ['nn-NO', '/nb/factoring/'],
    ['da-DK', '/nb/factoring/'],
    ['de-DE', '/en/factoring/'],
    ['fi-FI', '/en/factoring/'],
    ['en-GB', '/en/factoring/'],
  ])('sends a reader whose browser prefers %s to %s', async (locale, target) => {
    const context = await site.browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto(`${site.url}/factoring/#how-factoring-works`);
    await page.waitForURL((url) => url.pathname === target);
    expect(new URL(page.url()).hash).toBe('#how-factoring-works');
    await context.close();
  });

  it('without JavaScript lists the term in each language, noindex, canonical to the default language', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/factoring/`);
    const links = await page.locator('main a[hreflang]').evaluateAll((as) => as.map((a) => `${a.getAttribute('hreflang')} ${a.getAttribute('href')}`));
    expect(links).toEqual(['nb /nb/factoring/', 'sv /sv/factoring/', 'en /en/factoring/']);
    expect(await page.locator('meta[name=robots]').getAttribute('content')).toBe('noindex');
    expect(new URL((await page.locator('link[rel=canonical]').getAttribute('href'))!).pathname).toBe('/nb/factoring/');
    await context.close();
  });
});

describe('the share / cite panel and heading links', () => {
  it('copies the link, the citation and the embed snippet, and a heading link copies its URL', async () => {
    const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${site.url}/en/ir35/`);
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
    for (const [id, pattern] of [
      ['share-link', /^https:\/\/outsourcing-lexicon\.org\/en\/ir35\/$/],
      ['share-citation', /^“IR35”\. Outsourcing Lexicon\. https:\/\/outsourcing-lexicon\.org\/en\/ir35\/ \(last updated \d+ \w+ \d{4}\)\.$/],
      ['share-embed', /^<iframe src="https:\/\/outsourcing-lexicon\.org\/embed\/en\/ir35\/"/],
    ] as const) {
      const button = page.locator(`button[data-copy="${id}"]`);
      await button.focus();
      await page.keyboard.press('Enter');
      await expect.poll(clipboard).toMatch(pattern);
      await expect.poll(() => button.textContent()).toBe('✓ Copied');
    }
    const anchor = page.locator('article .heading-h2 a.heading-anchor').first();
    const href = await anchor.getAttribute('href');
    await anchor.focus();
    await page.keyboard.press('Enter');
    await expect.poll(clipboard).toBe(`${site.url}/en/ir35/${href}`);
    expect(new URL(page.url()).hash).toBe(href);
    await context.close();
  });

  it('without JavaScript shows the fields to select, and no copy button that could not work', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/sv/factoring/`);
    expect(await page.locator('#share-link').inputValue()).toMatch(/\/sv\/factoring\/$/);
    expect(await page.locator('button[data-copy]').count()).toBe(3);
    expect(await page.locator('button[data-copy]:visible').count()).toBe(0);
    await context.close();
  });
});
