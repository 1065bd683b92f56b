import { readdirSync, readFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { load } from 'cheerio';
import { CORRECTION_BASE_URL } from '../../src/site-settings.ts';
import { describe, expect, it } from 'vitest';
import { LOCALES, LOCALE_INFO } from '../../src/lib/i18n/locales.ts';
import { CONTENT, DIST, distFiles, exists, isRedirect, page } from '../helpers/dist.ts';
import { FIRST_SEARCH_FILES } from '../../src/integration/precompress.ts';
import { ARTICLE_FILE, conceptIdOfFile } from '../../src/corpus/scan.ts';

const LANGS = LOCALES.join('|');

const articles = LOCALES.flatMap((lang) =>
  readdirSync(join(CONTENT, lang))
    .filter((f) => ARTICLE_FILE.test(f))
    .map((f) => ({ lang, id: conceptIdOfFile(f) })),
);
const pages = distFiles('.html').filter((p) => p !== '/404.html' && !p.startsWith('/embed/') && !isRedirect(p));
/** Alias redirects; the A–Å letter spellings (/nb/a-z/å/) have a test of their own. */
const redirects = distFiles('.html').filter((path) => isRedirect(path) && !path.includes('/a-z/'));

describe('the built site', () => {
  it('has a page for every article at /{lang}/{concept-id}/', () => {
    expect(articles.length).toBeGreaterThanOrEqual(15);
    for (const { lang, id } of articles) {
      expect(exists(`/${lang}/${id}/`), `/${lang}/${id}/`).toBe(true);
      const $ = load(page(`/${lang}/${id}/`));
      expect($('html').attr('lang')).toBe(lang);
      expect($('h1').text().trim()).not.toBe('');
    }
  });

  it('gives every page a lang, a canonical URL and hreflang alternates with x-default', () => {
    for (const path of pages) {
      const $ = load(page(path));
      expect($('html').attr('lang'), path).toMatch(new RegExp(`^(${LANGS})$`));
      expect($('link[rel=canonical]').attr('href'), path).toMatch(/^https?:\/\//);
      if (new RegExp(`^/(${LANGS})/(?!search/)`).test(path)) {
        expect($('link[rel=alternate][hreflang=x-default]').length, path).toBe(1);
      }
    }
  });

  it('has reciprocal hreflang alternates: every page of a set names itself and lists the same set', () => {
    const alternatesOf = (path: string) => {
      const $ = load(page(path));
      return $('link[rel=alternate][hreflang]')
        .toArray()
        .filter((el) => $(el).attr('hreflang') !== 'x-default')
        .map((el) => `${$(el).attr('hreflang')} ${new URL($(el).attr('href')!).pathname}`)
        .sort();
    };
    let checked = 0;
    for (const path of pages) {
      const set = alternatesOf(path);
      if (set.length === 0) continue;
      const own = path.replace(/index\.html$/, '');
      const $ = load(page(path));
      const xDefault = new URL($('link[hreflang=x-default]').attr('href')!).pathname;
      if (xDefault !== own) expect(set, `${path} lists itself`).toContain(`${own.split('/')[1]} ${own}`);
      for (const entry of set) {
        const target = entry.split(' ')[1]!;
        expect(exists(target), `${path} → ${target}`).toBe(true);
        expect(alternatesOf(target), `${target} lists the same alternates as ${path}`).toEqual(set);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('shows each language’s letters in its own alphabet order, # first', () => {
    for (const lang of LOCALES) {
      const $ = load(page(`/${lang}/a-z/`));
      const letters = $('.letter-bar li').toArray().map((li) => $(li).find('[aria-hidden]').first().text());
      expect(letters).toEqual(['#', ...LOCALE_INFO[lang].alphabet]);
    }
    const nb = load(page('/nb/a-z/'));
    expect(nb('.letter-bar li').last().text()).toContain('Å');
    const sv = load(page('/sv/a-z/'));
    expect(sv('.letter-bar li').last().text()).toContain('Ö');
  });

  it('lists terms in collation order on the A–Å index, with empty letters not linked', () => {
    for (const lang of LOCALES) {
      const $ = load(page(`/${lang}/a-z/`));
      const titles = $('.term-list li > a').toArray().map((a) => $(a).text());
      const collator = new Intl.Collator(lang, { numeric: true });
      expect(titles.length).toBeGreaterThan(0);
      expect([...titles].sort(collator.compare)).toEqual(titles);
      $('.letter-bar li').each((_, li) => {
        const linked = $(li).find('a').length === 1;
        // The full list's letter bar jumps to its sections (#k).
        const hasGroup = $(`section.letter-group h2#${$(li).find('a').attr('href')?.replace(/^#/, '')}`).length === 1;
        if (linked) expect(hasGroup).toBe(true);
        else expect($(li).find('[aria-disabled=true] .sr-only').text()).toMatch(/:/);
      });
    }
  });

  it('has no link to a missing page', () => {
    const broken: string[] = [];
    for (const path of distFiles('.html')) {
      const $ = load(page(path));
      $('a[href], link[href]').each((_, el) => {
        const href = $(el).attr('href')!;
        const url = new URL(href, `https://outsourcing-lexicon.org${path}`);
        if (url.origin !== 'https://outsourcing-lexicon.org') return;
        if (!exists(url.pathname)) broken.push(`${path} → ${href}`);
      });
    }
    expect(broken).toEqual([]);
  });

  it('sends every alias URL to a live article in the same language', () => {
    expect(redirects.length).toBeGreaterThan(100);
    for (const path of redirects) {
      const $ = load(page(path));
      const target = $('meta[http-equiv=refresh]').attr('content')!.replace(/^0; url=/, '');
      expect(target, path).toMatch(new RegExp(`^/${path.split('/')[1]}/[a-z0-9-]+/$`));
      expect(exists(target), `${path} → ${target}`).toBe(true);
      expect(isRedirect(`${target}index.html`)).toBe(false);
      expect($('meta[name=robots]').attr('content')).toBe('noindex');
      expect(new URL($('link[rel=canonical]').attr('href')!).pathname).toBe(target);
    }
    expect(load(page('/nb/utkontraktering/'))('meta[http-equiv=refresh]').attr('content')).toBe('0; url=/nb/outsourcing/');
  });

  it('sends each letter written as the alphabet writes it (/nb/a-z/å/) to its letter page, lower case only', () => {
    for (const [from, to] of [['/nb/a-z/å/', '/nb/a-z/aa/'], ['/nb/a-z/ø/', '/nb/a-z/oe/'], ['/sv/a-z/ä/', '/sv/a-z/ae/'], ['/sv/a-z/ö/', '/sv/a-z/oe/']]) {
      expect(load(page(from!))('meta[http-equiv=refresh]').attr('content'), from).toMatch(new RegExp(`^0; ?url=${to}$`));
      expect(exists(to!)).toBe(true);
    }
    expect(exists('/nb/a-z/Å/')).toBe(false);
  });

  it('carries Open Graph, Twitter card, JSON-LD DefinedTerm (and FAQPage where there is an FAQ) on articles', () => {
    const $ = load(page('/sv/factoring/'));
    expect($('meta[property="og:type"]').attr('content')).toBe('article');
    expect($('meta[property="og:locale"]').attr('content')).toBe('sv_SE');
    expect($('meta[property="og:url"]').attr('content')).toMatch(/\/sv\/factoring\/$/);
    expect($('meta[name="twitter:card"]').attr('content')).toBe('summary');
    const ld = $('script[type="application/ld+json"]').toArray().map((el) => JSON.parse($(el).text()));
    const term = ld.find((d) => d['@type'] === 'DefinedTerm');
    expect(term).toMatchObject({ name: 'Factoring', inLanguage: 'sv', inDefinedTermSet: { '@type': 'DefinedTermSet' } });
    expect(term.alternateName.length).toBeGreaterThan(0);
    const faq = ld.find((d) => d['@type'] === 'FAQPage');
    expect(faq.mainEntity.length).toBeGreaterThanOrEqual(3);
    expect(faq.mainEntity[0].name).toMatch(/\?$/);
    for (const path of pages.filter((p) => new RegExp(`^/(${LANGS})/[a-z0-9-]+/index\\.html$`).test(p) && !/\/(search|a-z|topics)\//.test(p))) {
      const doc = load(page(path));
      const types = doc('script[type="application/ld+json"]').toArray().map((el) => JSON.parse(doc(el).text())['@type']);
      expect(types, path).toContain('DefinedTerm');
      expect(doc('link[type="application/json+oembed"]').length, path).toBe(1);
    }
    const home = load(page('/en/'));
    expect(JSON.parse(home('script[type="application/ld+json"]').text())['@type']).toBe('DefinedTermSet');
  });

  it('gives every article heading an id and a labelled "#" link to it, and a share/cite panel', () => {
    const $ = load(page('/en/ir35/'));
    // Body headings; the asides (facts, related, sources) are linked by their own ids.
    const headings = $('article h2[id], article h3[id]').filter((_, h) => $(h).closest('.article-aside, .facts').length === 0);
    expect(headings.length).toBeGreaterThan(2);
    headings.each((_, h) => {
      // Beside the heading, not inside it, so it is no part of the heading's name.
      expect($(h).find('a').length).toBe(0);
      const anchor = $(h).next('a.heading-anchor');
      expect(anchor.attr('href')).toBe(`#${$(h).attr('id')}`);
      expect(anchor.attr('aria-label')).toMatch(/^Link to section: /);
    });
    expect($('#share-link').attr('value')).toBe('https://outsourcing-lexicon.org/en/ir35/');
    expect($('#share-citation').text()).toMatch(/^“IR35”\. Outsourcing Lexicon\. https:\/\/outsourcing-lexicon\.org\/en\/ir35\/ \(last updated \d+ \w+ \d{4}\)\.$/);
    expect($('#share-embed').text()).toMatch(/^<iframe src="https:\/\/outsourcing-lexicon\.org\/embed\/en\/ir35\/"/);
  });

  it('links every article to its source file to suggest a correction, and says so in the footer, only when the setting is set', () => {
    for (const [path, file] of [['/nb/factoring/', 'content/nb/factoring'], ['/en/ir35/', 'content/en/ir35']] as const) {
      const $ = load(page(path));
      const link = $('.correction a');
      expect(link.length, path).toBe(CORRECTION_BASE_URL ? 1 : 0);
      if (CORRECTION_BASE_URL) {
        expect(link.attr('href')!.startsWith(CORRECTION_BASE_URL)).toBe(true);
        expect(link.attr('href')).toMatch(new RegExp(`${file}\\.mdx?$`));
      }
      expect($('footer .report-error').length, path).toBe(CORRECTION_BASE_URL ? 1 : 0);
      expect($('footer').text()).toMatch(/legal advice|juridisk rådgivning/);
    }
  });
});

describe('feeds, sitemap and robots.txt', () => {
  it('lists every article in the sitemap with its hreflang alternates, and nothing noindex', () => {
    const index = page('/sitemap-index.xml');
    const sitemaps = [...index.matchAll(/<loc>https?:\/\/[^/]+(\/[^<]+)<\/loc>/g)].map((m) => m[1]!);
    const $ = load(sitemaps.map((s) => page(s)).join('\n'), { xml: true });
    const entries = new Map(
      $('url').toArray().map((u) => [new URL($(u).children('loc').text()).pathname, $(u).find('xhtml\\:link, link').toArray().map((l) => `${$(l).attr('hreflang')} ${new URL($(l).attr('href')!).pathname}`).sort()]),
    );
    const articlePaths = articles.map(({ lang, id }) => `/${lang}/${id}/`);
    for (const path of articlePaths) {
      expect(entries.has(path), path).toBe(true);
      const id = path.split('/')[2];
      const expected = articles.filter((a) => a.id === id).map((a) => `${a.lang} /${a.lang}/${id}/`).sort();
      expect(entries.get(path), path).toEqual(expected);
    }
    for (const path of entries.keys()) expect(page(path), path).not.toContain('name="robots" content="noindex"');
    expect(entries.has('/nb/search/')).toBe(false);
    expect(entries.has('/outsourcing/')).toBe(false);
  });

  it('points robots.txt at the sitemap', () => {
    expect(page('/robots.txt')).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap-index\.xml$/m);
  });

  it('has an Atom feed per language of new and updated terms, linked from every page', () => {
    for (const lang of LOCALES) {
      const $ = load(page(`/${lang}/feed.xml`), { xml: true });
      expect($('feed').attr('xml:lang')).toBe(lang);
      const entries = $('entry');
      expect(entries.length).toBeGreaterThanOrEqual(20);
      const dates = entries.toArray().map((e) => $(e).children('updated').text());
      expect([...dates].sort().reverse()).toEqual(dates);
      entries.each((_, e) => {
        expect(exists(new URL($(e).children('id').text()).pathname)).toBe(true);
        expect($(e).children('summary').text().length).toBeGreaterThan(20);
      });
      expect(load(page(`/${lang}/`))('link[type="application/atom+xml"]').attr('href')).toBe(`/${lang}/feed.xml`);
    }
  });
});

describe('precompressed first-search files', () => {
  it('has a .br beside each file every first search needs, holding what a browser must get', () => {
    const files = distFiles('').map((p) => p.slice(1)).filter((p) => FIRST_SEARCH_FILES.some((pattern) => pattern.test(p)));
    expect(files.filter((f) => f.endsWith('.pagefind')).length).toBeGreaterThanOrEqual(3);
    for (const file of files) {
      const original = readFileSync(join(DIST, file));
      const decoded = brotliDecompressSync(readFileSync(join(DIST, `${file}.br`)));
      const isGzip = original[0] === 0x1f && original[1] === 0x8b;
      // Pagefind takes a payload that arrives decoded by its signature, and inflates the rest itself.
      expect(decoded.equals(isGzip ? gunzipSync(original) : original), file).toBe(true);
      if (isGzip) expect(decoded.subarray(0, 12).toString(), file).toBe('pagefind_dcd');
    }
  });
});
