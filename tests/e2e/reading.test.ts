// What readers, A–Å browsers, keyboard and screen-reader users and readers without JavaScript
// meet, in real Chromium: one test per finding of the UX review (docs/ux-review-fixes.md lists
// them). Each asserts what the reader sees or hears, so it failed on the site before the fix.
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../helpers/browser.ts';

const site = useBuiltSite();
const PHONE = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true } satisfies BrowserContextOptions;
const DESKTOP = { viewport: { width: 1280, height: 900 } } satisfies BrowserContextOptions;

async function open(path: string, options: BrowserContextOptions = DESKTOP): Promise<Page> {
  const context = await site.browser.newContext(options);
  const page = await context.newPage();
  await page.goto(`${site.url}${path}`);
  return page;
}
const done = (page: Page) => page.context().close();

/** WCAG contrast of an element's text against the first opaque background behind it. */
function contrastOf(page: Page, selector: string, pseudo?: string): Promise<number> {
  return page.locator(selector).first().evaluate(
    (el, pseudo) => {
      const rgb = (c: string) => {
        const m = c.match(/[\d.]+/g)!.map(Number);
        return { r: m[0]!, g: m[1]!, b: m[2]!, a: m[3] ?? 1 };
      };
      const lum = ({ r, g, b }: { r: number; g: number; b: number }) =>
        [r, g, b].map((v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i]!, 0);
      const fg = rgb(getComputedStyle(el, pseudo).color);
      let bg = { r: 255, g: 255, b: 255, a: 1 };
      for (let n: Element | null = el; n; n = n.parentElement) {
        const c = rgb(getComputedStyle(n).backgroundColor);
        if (c.a > 0) {
          bg = c;
          break;
        }
      }
      const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
      return (hi! + 0.05) / (lo! + 0.05);
    },
    pseudo,
  );
}

/** The names of every heading in Chromium's accessibility tree. */
async function headingNames(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string }; ignored: boolean }[] };
  return nodes.filter((n) => !n.ignored && n.role?.value === 'heading').map((n) => n.name?.value ?? '');
}

describe('Reader', () => {
  it('R1: printing in a dark colour scheme prints the definition and the meta lines dark on white', async () => {
    const page = await open('/nb/factoring/');
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    for (const selector of ['.lead', 'p.meta', 'article p']) expect(await contrastOf(page, selector), selector).toBeGreaterThanOrEqual(7);
    expect(await page.locator('.lead').evaluate((el) => getComputedStyle(el).color)).toBe('rgb(0, 0, 0)');
    await done(page);
  });

  it('R8: print shows sources with their URLs and the site and page URL, and no "#" or language chips', async () => {
    const page = await open('/nb/factoring/');
    await page.emulateMedia({ media: 'print' });
    const source = page.locator('[aria-labelledby="sources-heading"] a[rel~=external]').first();
    const href = await source.getAttribute('href');
    expect(await source.evaluate((a) => getComputedStyle(a, '::after').content)).toContain(href);
    const printed = page.locator('.printed-from');
    expect(await printed.isVisible()).toBe(true);
    expect(await printed.textContent()).toContain('Outsourcingleksikon');
    expect(await printed.textContent()).toContain('https://outsourcing-lexicon.org/nb/factoring/');
    expect(await page.locator('.heading-anchor').first().isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: 'På andre språk' }).isVisible()).toBe(false);
    await done(page);
  });

  it('R2: tables are never clipped on a desktop, and on a phone scroll in a labelled, focusable region with a cue', async () => {
    for (const path of ['/nb/factoring/', '/en/ir35/']) {
      const page = await open(path);
      const tables = page.locator('article table');
      expect(await tables.count(), path).toBeGreaterThan(0);
      // No table's box is narrower than its content at 1280 px.
      const clipped = await tables.evaluateAll((ts) =>
        ts.flatMap((t) => [t, t.parentElement!]).filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.outerHTML.slice(0, 60)),
      );
      expect(clipped, path).toEqual([]);
      expect(await tables.evaluateAll((ts) => ts.map((t) => getComputedStyle(t).display)), path).toEqual(Array(await tables.count()).fill('table'));
      await done(page);
    }
    const page = await open('/nb/factoring/', PHONE);
    const region = page.getByRole('region', { name: 'Tabell: Hovedformer' });
    expect(await region.locator('table').count()).toBe(1);
    const box = await region.evaluate((el) => ({ overflow: el.scrollWidth > el.clientWidth, background: getComputedStyle(el).backgroundImage }));
    expect(box.overflow).toBe(true);
    // The cue: shadows at the scrolling edges (radial gradients that stay while the covers scroll).
    expect(box.background).toMatch(/radial-gradient/);
    await region.focus();
    expect(await region.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await done(page);
  });

  it('R3: a long article has "On this page" beside the text on a desktop and folded near the top on a phone, without JavaScript', async () => {
    const page = await open('/nb/factoring/', { ...DESKTOP, javaScriptEnabled: false });
    const toc = page.getByRole('navigation', { name: 'På denne siden' });
    const links = toc.getByRole('link');
    const sections = await page.locator('article .heading > h2[id]').evaluateAll((hs) => hs.map((h) => `#${h.id}`));
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(sections);
    expect(await links.first().isVisible()).toBe(true);
    const [tocBox, leadBox] = [await toc.boundingBox(), await page.locator('.lead').boundingBox()];
    expect(tocBox!.x).toBeGreaterThan(leadBox!.x + leadBox!.width);
    // It follows the reader down the page.
    await page.locator('#share-heading').scrollIntoViewIfNeeded();
    expect(await links.first().isVisible()).toBe(true);
    expect((await links.first().boundingBox())!.y).toBeGreaterThanOrEqual(0);
    await done(page);

    const phone = await open('/nb/factoring/', { ...PHONE, javaScriptEnabled: false });
    const phoneToc = phone.getByRole('navigation', { name: 'På denne siden' });
    expect(await phoneToc.getByRole('link').first().isVisible()).toBe(false);
    expect((await phoneToc.boundingBox())!.y).toBeLessThan(900);
    await phoneToc.locator('summary').click();
    await phoneToc.getByRole('link').nth(1).click();
    expect(new URL(phone.url()).hash).toBe(sections[1]);
    await done(phone);
  });

  it('R4: the last-updated date is under the title, before the first section', async () => {
    const page = await open('/nb/factoring/');
    const date = await page.locator('article time').first().boundingBox();
    const firstSection = await page.locator('article h2').first().boundingBox();
    expect(date!.y).toBeLessThan(firstSection!.y);
    expect(date!.y).toBeLessThan((await page.locator('.lead').boundingBox())!.y + 400);
    await done(page);
  });

  it('R5: the citation field shows the whole citation, on a phone too', async () => {
    const page = await open('/nb/factoring/', PHONE);
    const field = page.locator('#share-citation');
    const fits = await field.evaluate((el) => el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 1);
    expect(fits).toBe(true);
    await done(page);
  });

  it('R6 and K2: copying says so, visibly and to screen readers, and resets; the button keeps its size', async () => {
    const page = await open('/nb/factoring/', { ...PHONE, permissions: ['clipboard-read', 'clipboard-write'] });
    const button = page.locator('button[data-copy="share-citation"]');
    const status = page.getByRole('status').filter({ hasText: /./ });
    const width = (await button.boundingBox())!.width;
    await button.click();
    await expect.poll(() => button.textContent()).toBe('✓ Kopiert');
    expect((await button.boundingBox())!.width).toBe(width);
    await expect.poll(() => page.locator('#copy-status').textContent()).toBe('Kildehenvisningen er kopiert');
    expect(await page.locator('#copy-status').isVisible()).toBe(true);
    await expect.poll(() => button.textContent(), { timeout: 4000 }).toBe('Kopier');
    expect(await status.count()).toBe(0);
    // The longest confirmation (Swedish) fits the button too.
    for (const lang of ['sv', 'en']) {
      await page.goto(`${site.url}/${lang}/factoring/`);
      const other = page.locator('button[data-copy="share-link"]');
      const before = (await other.boundingBox())!.width;
      await other.click();
      await expect.poll(() => other.textContent()).toMatch(/^✓ /);
      expect((await other.boundingBox())!.width, lang).toBe(before);
    }
    await page.goto(`${site.url}/nb/factoring/`);

    // The toast is one line where the message fits.
    const toast = await page.locator('#copy-status').evaluate((el) => [el.getBoundingClientRect().height, parseFloat(getComputedStyle(el).lineHeight) + parseFloat(getComputedStyle(el).paddingTop) * 2]);
    expect(toast[0]).toBeLessThan(toast[1]! * 1.3);
    const anchor = page.locator('article a.heading-anchor').first();
    await anchor.click();
    await expect.poll(() => page.locator('#copy-status').textContent()).toMatch(/^Lenke til avsnittet «.+» er kopiert$/);
    await expect.poll(() => page.locator('#copy-status').textContent(), { timeout: 4000 }).toBe('');
    await done(page);
  });

  it('R7: language labels have no nested brackets', async () => {
    const page = await open('/sv/f-tax/');
    const chips = (await page.locator('[aria-labelledby="translations-heading"] a').allTextContents()).map((c) => c.trim());
    expect(chips.length).toBeGreaterThan(0);
    for (const chip of chips) expect(chip).not.toMatch(/\([^)]*\(/);
    expect(chips.some((c) => c.startsWith('Norsk bokmål:'))).toBe(true);
    await done(page);
  });

  it('R9: topic cards on the home page break no word in the middle, and the BPO topic is named as its term', async () => {
    const page = await open('/nb/');
    const broken = await page.locator('#topics + .cards a').evaluateAll((links) =>
      links.flatMap((a) => {
        const text = a.firstChild as Text;
        const out: string[] = [];
        for (const m of text.data.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(text, m.index);
          range.setEnd(text, m.index + m[0].length);
          if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1) out.push(m[0]);
        }
        return out;
      }),
    );
    expect(broken).toEqual([]);
    expect(await page.locator('#topics + .cards a').allTextContents()).toContain('Outsourcing av forretningsprosesser (BPO)');
    await done(page);
  });

  it('R10: a topic page says it is a topic page', async () => {
    const page = await open('/en/topics/factoring/');
    expect(await headingNames(page)).toContain('Topic: Factoring');
    expect(await page.locator('main .lead').textContent()).toMatch(/^A topic page/);
    await done(page);
  });
});

describe('A–Å', () => {
  it('A1: the filter matches at word starts and shows the name that matched', async () => {
    const page = await open('/nb/a-z/');
    await page.getByLabel('Filtrer listen').fill('sla');
    const shown = page.locator('li[data-term]:not([hidden])');
    await expect.poll(() => shown.count()).toBeGreaterThan(0);
    const titles = await shown.locator('a').allTextContents();
    expect(titles).not.toContain('IR35');
    expect(await shown.first().textContent()).toContain('– SLA');
    await done(page);
  });

  it('A2: the filter folds hyphens as search does ("fskatt" finds F-skatt)', async () => {
    const page = await open('/sv/a-z/');
    await page.getByLabel('Filtrera listan').fill('fskatt');
    await expect.poll(() => page.locator('li[data-term]:not([hidden]) a').allTextContents()).toContain('F-skatt');
    await done(page);
  });

  it('A3: no match offers a full-text search, and the count stays on one line on a phone', async () => {
    const page = await open('/nb/a-z/', PHONE);
    await page.getByLabel('Filtrer listen').fill('zzz');
    const link = page.getByRole('link', { name: 'Søk etter «zzz» i hele teksten' });
    expect(await link.getAttribute('href')).toBe('/nb/search/?q=zzz');
    const output = page.locator('.filter-box output');
    await expect.poll(() => output.textContent()).toBe('0 av ' + (await page.locator('li[data-term]').count()) + ' begreper');
    const lineHeight = await output.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    expect((await output.boundingBox())!.height).toBeLessThan(lineHeight * 1.5);
    await done(page);
  });

  it('A4: an empty letter says so plainly and offers the nearest letters and search', async () => {
    const page = await open('/nb/a-z/');
    const letters = await page.locator('.letter-bar span[aria-disabled] [aria-hidden]').allTextContents();
    const letter = letters.find((l) => /^\p{L}$/u.test(l))!;
    await page.goto(`${site.url}/nb/a-z/${letter.toLowerCase().replace('å', 'aa').replace('ø', 'oe').replace('æ', 'ae')}/`);
    expect(await page.locator('main').textContent()).toContain(`Ingen begreper på ${letter} ennå.`);
    expect(await page.locator('.letter-empty a[href^="/nb/a-z/"]').count()).toBeGreaterThan(1);
    expect(await page.locator('.letter-empty a[href="/nb/search/"]').count()).toBe(1);
    await done(page);
  });

  it('A5: /nb/a-z/å/ leads to the Å page', async () => {
    const page = await open('/nb/a-z/%C3%A5/', { ...DESKTOP, javaScriptEnabled: false });
    await page.waitForURL((url) => url.pathname === '/nb/a-z/aa/');
    expect(await page.locator('h1').textContent()).toBe('Begreper på Å');
    await done(page);
  });

  it('A6: counts agree in number ("1 begrep", "1 term"), and the digits page is headed plainly', async () => {
    for (const [lang, one] of [['nb', '1 begrep'], ['en', '1 term']] as const) {
      const page = await open(`/${lang}/a-z/`);
      const counts = await page.locator('.letter-group').evaluateAll((sections) =>
        sections.map((s) => [s.getAttribute('aria-labelledby')!, s.querySelectorAll('li[data-term]').length] as const),
      );
      const titles = await page.locator('.letter-bar a').evaluateAll((as) => Object.fromEntries(as.map((a) => [a.getAttribute('href')!.replace(/^#|\/$/g, '').split('/').pop(), a.getAttribute('title')])));
      for (const [slug, n] of counts) expect(titles[slug], `${lang} ${slug}`).toBe(n === 1 ? one : `${n} ${lang === 'nb' ? 'begreper' : 'terms'}`);
      await done(page);
    }
    const page = await open('/nb/a-z/0-9/');
    expect(await page.locator('h1').textContent()).toBe('Tall og tegn');
    await done(page);
  });

  it('A7: on the full list a letter jumps to its section and keeps the filter', async () => {
    const page = await open('/nb/a-z/');
    await page.getByLabel('Filtrer listen').fill('k');
    await page.locator('.letter-bar a', { hasText: 'K' }).first().click();
    expect(new URL(page.url()).pathname).toBe('/nb/a-z/');
    expect(new URL(page.url()).hash).toBe('#k');
    expect(await page.getByLabel('Filtrer listen').inputValue()).toBe('k');
    await done(page);
  });

  it('A8: a letter page has the same breadcrumbs as an article, from the home page', async () => {
    const page = await open('/nb/a-z/k/');
    expect(await page.getByRole('navigation', { name: 'Brødsmulesti' }).getByRole('link').allTextContents()).toEqual(['Forside', 'Alle begreper A–Å', 'K']);
    await done(page);
  });
});

describe('Without JavaScript', () => {
  it('N1: the search page offers the letters and the topics', async () => {
    const page = await open('/nb/search/?q=faktura', { ...DESKTOP, javaScriptEnabled: false });
    const main = page.locator('main');
    expect(await main.getByRole('navigation', { name: 'Begreper etter forbokstav' }).isVisible()).toBe(true);
    expect(await main.getByRole('link', { name: 'Factoring' }).isVisible()).toBe(true);
    expect(await main.locator('a[href="/nb/a-z/f/"]').isVisible()).toBe(true);
    await done(page);
  });

  it('N2: a short link names each language in its links, and marks no language as current', async () => {
    const page = await open('/factoring/', { ...DESKTOP, javaScriptEnabled: false });
    for (const name of ['Factoring – Norsk bokmål', 'Factoring – Svenska', 'Factoring – English']) {
      expect(await page.locator('main').getByRole('link', { name, exact: true }).count(), name).toBe(1);
    }
    expect(await page.locator('.lang-switch [aria-current]').count()).toBe(0);
    await done(page);
  });
});

describe('Keyboard and screen reader', () => {
  it('K1: each heading is named once, without its "#" link, and the link keeps its own name', async () => {
    const page = await open('/nb/factoring/');
    const names = await headingNames(page);
    expect(names).toContain('Hovedformer');
    expect(names.filter((n) => n.includes('Lenke til avsnittet'))).toEqual([]);
    expect(await page.getByRole('link', { name: 'Lenke til avsnittet: Hovedformer', exact: true }).count()).toBe(1);
    await done(page);
  });

  it('K3: the main menu is named for its purpose, and the current page’s language is aria-current="page"', async () => {
    const page = await open('/nb/factoring/');
    expect(await page.getByRole('navigation', { name: 'Hovedmeny' }).count()).toBe(1);
    expect(await page.locator('.lang-switch a[aria-current]').evaluateAll((as) => as.map((a) => `${a.getAttribute('aria-current')} ${a.getAttribute('href')}`))).toEqual(['page /nb/factoring/']);
    await done(page);
  });
});

describe('Polish', () => {
  it('placeholders have at least 4.5:1 contrast, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await open('/nb/', { ...DESKTOP, colorScheme });
      expect(await contrastOf(page, '#site-search', '::placeholder'), colorScheme).toBeGreaterThanOrEqual(4.5);
      await done(page);
    }
  });

  it('buttons keep a visible border in forced colours', async () => {
    const page = await open('/nb/');
    await page.emulateMedia({ forcedColors: 'active' });
    const border = await page.locator('.search-form button').evaluate((b) => [getComputedStyle(b).borderTopStyle, parseFloat(getComputedStyle(b).borderTopWidth)] as const);
    expect(border[0]).not.toBe('none');
    expect(border[1]).toBeGreaterThanOrEqual(1);
    await done(page);
  });
});
