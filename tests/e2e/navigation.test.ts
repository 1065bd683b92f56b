import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBuiltSite } from '../helpers/browser.ts';

const site = useBuiltSite();
let page: Page;
beforeAll(async () => {
  page = await site.browser.newPage();
});

describe('a reader finding their way', () => {
  it('chooses Svenska, opens the A–Ö index and an article, and switches to Norsk on the same concept', async () => {
    await page.goto(`${site.url}/`);
    await page.getByRole('link', { name: 'Svenska' }).click();
    await page.waitForURL(/\/sv\/$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');

    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'A–Ö' }).click();
    await page.waitForURL(/\/sv\/a-z\/$/);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Alla begrepp A–Ö');

    await page.locator('.term-list a', { hasText: /^Outsourcing$/ }).first().click();
    await page.waitForURL(/\/sv\/outsourcing\/$/);
    expect(await page.locator('h1').textContent()).toBe('Outsourcing');

    await page.getByRole('navigation', { name: 'Språk' }).getByRole('link', { name: 'Norsk bokmål' }).click();
    await page.waitForURL(/\/nb\/outsourcing\/$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('nb');
    expect(await page.locator('h1').textContent()).not.toBe('');
  });

  it('narrows the A–Å list as the reader types into the filter', async () => {
    await page.goto(`${site.url}/en/a-z/`);
    const items = page.locator('.term-list li:visible');
    const before = await items.count();
    await page.getByLabel('Filter the list').fill('outsour');
    await expect.poll(() => items.count()).toBeLessThan(before);
    const titles = await page.locator('.term-list li:visible > a').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.some((t) => /outsourcing/i.test(t))).toBe(true);
    await page.getByLabel('Filter the list').fill('zzzzqx');
    await expect.poll(() => page.getByText('No terms match.').isVisible()).toBe(true);
  });
});
