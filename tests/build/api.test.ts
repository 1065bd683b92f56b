import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { sortByTerm } from '../../src/lib/i18n/alphabet.ts';
import { letterSlug } from '../../src/lib/i18n/transliterate.ts';
import { apiTermDetailSchema, apiTermListSchema } from '../../src/lib/formats/api.ts';
import { conceptIdProblem } from '../../src/lib/urls/concept-id.ts';
import { headersFor, parseHeadersFile } from '../../src/lib/formats/headers-file.ts';
import { LOCALES, type Locale } from '../../src/lib/i18n/locales.ts';
import { oembedSchema } from '../../src/lib/formats/oembed.ts';
import { SUMMARY_MAX_LENGTH } from '../../src/lib/articles/summary.ts';
import { apiNamesUrl, apiTermUrl, apiTermsUrl, embedGuideUrl, embedUrl, oembedUrl, EMBED_SCRIPT_URL, EXPORT_FORMATS, exportUrl } from '../../src/lib/urls/urls.ts';
import { buildNamesFile, type NamesFile } from '../../src/lib/formats/autolink.ts';
import { parseArticleFile } from '../../src/corpus/parse.ts';
import { t } from '../../src/lib/i18n/strings.ts';
import { CONTENT, DIST, distFiles, exists, fileFor, page } from '../helpers/dist.ts';

const json = (path: string): unknown => JSON.parse(readFileSync(fileFor(path), 'utf8'));
/** The site's address, as the build used it (the chooser page's canonical URL). */
const SITE = new URL(load(page('/'))('link[rel=canonical]').attr('href')!).origin;
/** The articles the build made pages for: `/{lang}/{id}/` with a concept id, not an alias's redirect. */
const articles = distFiles('.html')
  .map((path) => new RegExp(`^/(${LOCALES.join('|')})/([^/]+)/index\\.html$`).exec(path))
  .filter((m) => m !== null && !conceptIdProblem(m[2]!) && !page(m[0]).includes('http-equiv="refresh"') && !page(m[0]).includes('data-deprecated-term'))
  .map((m) => ({ lang: m![1] as Locale, id: m![2]! }));
const lists = Object.fromEntries(LOCALES.map((lang) => [lang, apiTermListSchema.parse(json(apiTermsUrl(lang)))]));
/** Quotes and dashes as the page shows them (smartypants) and as plain text has them. */
const plain = (text: string) => text.replace(/[“”„]/g, '"').replace(/[‘’]/g, "'").replace(/…/g, '...').replace(/\s+/g, ' ').trim();

describe('the JSON API', () => {
  it('lists every article of each language, in its A–Å order, and nothing else', () => {
    expect(articles.length).toBeGreaterThanOrEqual(15);
    for (const lang of LOCALES) {
      const { terms } = lists[lang]!;
      expect(lists[lang]!.lang).toBe(lang);
      expect(terms.map((t) => t.id).sort(), lang).toEqual(articles.filter((a) => a.lang === lang).map((a) => a.id).sort());
      expect(terms.map((t) => t.title)).toEqual(sortByTerm(terms, lang, (t) => t.title).map((t) => t.title));
    }
  });

  it('describes each term as its page does: title, description, canonical URL, letter, translations', () => {
    for (const lang of LOCALES) {
      for (const term of lists[lang]!.terms) {
        const where = `${lang}/${term.id}`;
        const url = new URL(term.url);
        expect(url.origin, where).toBe(SITE);
        expect(url.pathname, where).toBe(`/${lang}/${term.id}/`);
        const $ = load(page(url.pathname));
        expect($('h1').first().text().trim(), where).toBe(term.title);
        expect($('meta[name=description]').attr('content'), where).toBe(term.description);
        expect($('link[rel=canonical]').attr('href'), where).toBe(term.url);
        expect(load(page(`/${lang}/a-z/${letterSlug(term.letter)}/`))(`a[href="/${lang}/${term.id}/"]`).length, `${where} under ${term.letter}`).toBeGreaterThan(0);
        const alternates = Object.fromEntries(
          $('link[rel=alternate][hreflang]')
            .toArray()
            .map((el) => [$(el).attr('hreflang')!, $(el).attr('href')!])
            .filter(([hreflang]) => hreflang !== 'x-default' && hreflang !== lang),
        );
        expect(term.translations, where).toEqual(alternates);
        for (const other of Object.values(term.translations)) expect(exists(new URL(other).pathname), other).toBe(true);
      }
    }
  });

  it('has a file per term with the same fields, a plain-text summary of the article, its terms with status and the licence', () => {
    for (const lang of LOCALES) {
      const files = readdirSync(`${DIST}/api/v1/${lang}/terms`).sort();
      expect(files).toEqual(lists[lang]!.terms.map((t) => `${t.id}.json`).sort());
      for (const term of lists[lang]!.terms) {
        const detail = apiTermDetailSchema.parse(json(apiTermUrl(lang, term.id)));
        const { summary, checked, jurisdictions, figures, terms, license, ...fields } = detail;
        expect(fields).toEqual(term);
        expect(terms.filter((t) => t.status === 'preferred').map((t) => t.term.toLowerCase()), term.url).toEqual([term.title.toLowerCase()]);
        expect(license).toBe('https://creativecommons.org/licenses/by/4.0/');
        // Dated facts agree with the page: its "facts checked" date, country notes and figures table.
        const $page = load(page(`/${lang}/${term.id}/`));
        expect(checked ?? undefined, term.url).toBe($page('time[data-facts-checked]').attr('datetime'));
        expect(jurisdictions.map((j) => j.note), term.url).toEqual($page('#facts-countries dd').map((_, dd) => $page(dd).text()).get());
        expect(figures.map((f) => f.value), term.url).toEqual($page('#facts-figures tbody tr td:first-of-type').map((_, td) => $page(td).text()).get());
        expect(summary.length, term.url).toBeGreaterThan(0);
        expect(summary.length, term.url).toBeLessThanOrEqual(SUMMARY_MAX_LENGTH);
        expect(summary, `${term.url}: no Markdown or HTML left`).not.toMatch(/\*\*|`|\]\(|<\/?[A-Za-z]/);
        const article = plain(load(page(`/${lang}/${term.id}/`))('article').text());
        expect(article, term.url).toContain(plain(summary).slice(0, 80).replace(/\.\.\.$/, ''));
      }
    }
  });
});

describe('oEmbed', () => {
  it('answers for every article with a valid iframe of its card page', () => {
    for (const { lang, id } of articles) {
      const answer = oembedSchema.parse(json(oembedUrl(lang, id)));
      const title = load(page(`/${lang}/${id}/`))('h1').first().text().trim();
      expect(answer.title).toContain(title);
      const $ = load(answer.html, null, false);
      expect($.root().children().length, answer.html).toBe(1);
      const iframe = $('iframe');
      expect(iframe.length).toBe(1);
      expect(Object.keys(iframe.attr()!).sort()).toEqual(['height', 'loading', 'src', 'style', 'title', 'width']);
      expect(iframe.attr('src')).toBe(`${SITE}${embedUrl(lang, id)}`);
      expect(exists(new URL(iframe.attr('src')!).pathname)).toBe(true);
      expect(Number(iframe.attr('width'))).toBe(answer.width);
      expect(Number(iframe.attr('height'))).toBe(answer.height);
      expect(iframe.attr('title')).toBe(answer.title);
    }
  });
});

describe('embed pages', () => {
  it('exist for every article: the card alone, in its language, not indexed, without scripts', () => {
    for (const { lang, id } of articles) {
      const $ = load(page(embedUrl(lang, id)));
      const article = load(page(`/${lang}/${id}/`));
      expect($('html').attr('lang')).toBe(lang);
      expect($('meta[name=robots]').attr('content')).toBe('noindex');
      expect($('h1').text()).toBe(article('h1').first().text().trim());
      expect($('.definition').text()).toBe(article('meta[name=description]').attr('content'));
      const more = $('a');
      expect(more.length).toBe(1);
      expect(more.attr('href')).toBe(`${SITE}/${lang}/${id}/`);
      expect(more.attr('target')).toBe('_blank');
      expect(more.attr('rel')?.split(' ')).toContain('noopener');
      expect($('script, header, nav, form').length).toBe(0);
    }
  });
});

describe('embed.js', () => {
  const script = readFileSync(`${DIST}${EMBED_SCRIPT_URL}`);
  it('is at most 5 kB gzipped (at the level hosts use on the fly)', () => {
    expect(gzipSync(script).length).toBeLessThanOrEqual(5000);
  });
  it('never writes HTML or stores anything', () => {
    expect(script.toString()).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|createContextualFragment|cookie|localStorage|sessionStorage|indexedDB/);
  });
});

describe('the auto-link names files', () => {
  it('hold, per language, every article’s terms by status and no search alias that is not a term', () => {
    for (const lang of LOCALES) {
      const file = json(apiNamesUrl(lang)) as NamesFile;
      expect(file.version).toBe(1);
      expect(file.lang).toBe(lang);
      const dir = join(CONTENT, lang);
      const expected = readdirSync(dir)
        .filter((f) => /\.mdx?$/.test(f))
        .map((f) => {
          const { article } = parseArticleFile(join(dir, f), readFileSync(join(dir, f), 'utf8'), { body: false });
          return { id: f.replace(/\.mdx?$/, ''), data: article!.data };
        });
      expect(file).toEqual(buildNamesFile(lang, expected));
      for (const { id, data } of expected) {
        const concept = file.concepts.find((c) => c.id === id)!;
        const names = [concept.preferred, ...(concept.admitted ?? []), ...(concept.deprecated ?? [])];
        const terms = data.terms.map((t) => t.term);
        expect(names.every((name) => terms.includes(name) || (!terms.length && name === data.title)), `${lang}/${id}`).toBe(true);
        for (const alias of data.aliases.filter((a) => !terms.includes(a))) expect(names, `${lang}/${id}: alias ${alias}`).not.toContain(alias);
      }
    }
  });
  it('stay small: under 15 kB gzipped for the three languages together', () => {
    const total = LOCALES.reduce((sum, lang) => sum + gzipSync(readFileSync(fileFor(apiNamesUrl(lang)))).length, 0);
    expect(total).toBeLessThan(15_000);
  });
});

describe('the page "Use our definitions on your site"', () => {
  it('exists per language, linked from every footer, with the three snippets, a demo, the licence and embed.js from our origin', () => {
    for (const lang of LOCALES) {
      const $ = load(page(embedGuideUrl(lang)));
      expect($('html').attr('lang')).toBe(lang);
      expect($('h1').text()).toBe(t(lang, 'embedGuide'));
      const snippets = $('textarea').map((_, el) => $(el).text()).get();
      expect(snippets).toHaveLength(3);
      expect(snippets[0]).toBe(`<script src="${SITE}${EMBED_SCRIPT_URL}" data-autolink defer></script>`);
      expect(snippets[1]).toContain('data-lexicon="factoring"');
      expect(snippets[2]).toContain(`${SITE}${embedUrl(lang, 'factoring')}`);
      expect($('[data-lexicon-autolink]').text().length).toBeGreaterThan(50);
      expect($(`script[src="${EMBED_SCRIPT_URL}"]`)).toHaveLength(1);
      expect($('a[rel=license]').attr('href')).toBe('https://creativecommons.org/licenses/by/4.0/');
      for (const path of [`/${lang}/`, `/${lang}/a-z/`]) expect(load(page(path))(`footer a[href="${embedGuideUrl(lang)}"]`).text(), path).toBe(t(lang, 'embedGuide'));
    }
  });
});

describe('_headers', () => {
  const rules = parseHeadersFile(readFileSync(`${DIST}/_headers`, 'utf8'));
  const cors = (path: string) => headersFor(rules, path).find(([name]) => name === 'Access-Control-Allow-Origin')?.[1];
  it('lets other sites read the API and oEmbed answers, the termbase exports and load embed.js, and nothing else', () => {
    for (const format of EXPORT_FORMATS) expect(cors(exportUrl(format))).toBe('*');
    expect(cors(apiTermsUrl('sv'))).toBe('*');
    expect(cors(apiTermUrl('en', 'outsourcing'))).toBe('*');
    expect(cors(oembedUrl('nb', 'vendor'))).toBe('*');
    expect(cors(EMBED_SCRIPT_URL)).toBe('*');
    expect(cors('/en/outsourcing/')).toBeUndefined();
    expect(cors(embedUrl('en', 'outsourcing'))).toBeUndefined();
  });
});
