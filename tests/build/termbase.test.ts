// The termbase in the built site: the exports agree with the articles, every concept has its
// page, linked from its articles and in the sitemap, the downloads pages say each file's true
// size, the licence is everywhere. Then a build of tests/fixtures/termbase, whose articles have
// admitted and deprecated terms: the article, the deprecated term's page, the card, the API.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pathEnv } from '../../src/paths.ts';
import { checkContent } from '../../src/corpus/checks.ts';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import { EXPORT_FORMATS, apiTermUrl, apiTermsUrl, conceptUrl, downloadsUrl, exportUrl } from '../../src/lib/urls/urls.ts';
import { CONTENT, DIST, fileFor, page } from '../helpers/dist.ts';
import { claimsOfArticles, csvClaims, jsonLdTriples, readCsv, readTbx, readTurtle, skosClaims, turtleTriples } from '../helpers/termbase.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const CC_BY = 'https://creativecommons.org/licenses/by/4.0/';
const file = (dist: string, path: string) => readFileSync(join(dist, path), 'utf8');
const { articles } = checkContent(CONTENT);
const ids = [...new Set(articles.map((a) => a.id))].sort();

describe('the exports', () => {
  it('agree with the articles: same concepts, terms with status, definitions, in every format', () => {
    const truth = claimsOfArticles(articles);
    const tbx = readTbx(file(DIST, exportUrl('tbx')));
    expect(tbx.problems).toEqual([]);
    expect(tbx.claims).toEqual(truth);
    const quads = readTurtle(file(DIST, exportUrl('ttl')));
    const skos = skosClaims(quads);
    expect(skos.problems).toEqual([]);
    expect(skos.claims).toEqual(truth);
    expect(skos.licences).toEqual([CC_BY]);
    expect(csvClaims(readCsv(file(DIST, exportUrl('csv'))).rows)).toEqual(truth);
    expect(jsonLdTriples(JSON.parse(file(DIST, exportUrl('jsonld'))))).toEqual(turtleTriples(quads));
  });

  it('are listed on each language’s downloads page with their true size and the termbase’s date', () => {
    const newest = articles.map((a) => a.data.updated).filter((d) => d !== undefined).sort((a, b) => b.getTime() - a.getTime())[0]!;
    for (const lang of LOCALES) {
      const $ = load(page(downloadsUrl(lang)));
      expect($('html').attr('lang')).toBe(lang);
      for (const format of EXPORT_FORMATS) {
        const row = $(`tr[data-format="${format}"]`);
        expect(row.find('a').attr('href'), format).toBe(exportUrl(format));
        expect(Number(row.find('[data-bytes]').attr('data-bytes')), format).toBe(statSync(fileFor(exportUrl(format))).size);
        expect(row.find('time').attr('datetime')).toBe(newest.toISOString().slice(0, 10));
      }
      expect($(`main a[href="${CC_BY}"]`).length).toBe(1);
    }
  });
});

describe('concept pages', () => {
  it('exist for every concept, with each language side by side and its preferred term and article', () => {
    expect(ids.length).toBeGreaterThanOrEqual(15);
    for (const id of ids) {
      const $ = load(page(conceptUrl(id)));
      for (const a of articles.filter((x) => x.id === id)) {
        const column = $(`.concept-languages > li[lang="${a.lang}"]`);
        expect(column.find('[data-status="preferred"] .term').text(), `${id} ${a.lang}`).toBe(a.data.terms.find((t) => t.status === 'preferred')?.term ?? a.data.title);
        expect(column.find('.definition').text()).toBe(a.data.description);
        expect(column.find(`a[href="/${a.lang}/${id}/"]`).length, `${id} ${a.lang}`).toBe(1);
      }
      expect($('.concept-languages > li').length).toBe(LOCALES.length);
    }
  });

  it('are linked from every article, and listed in the sitemap and on /concepts/', () => {
    for (const a of articles) expect(load(page(`/${a.lang}/${a.id}/`))(`a[href="${conceptUrl(a.id)}"]`).length, `${a.lang}/${a.id}`).toBe(1);
    const index = load(page('/concepts/'));
    const sitemaps = readdirSync(DIST).filter((f) => /^sitemap-\d+\.xml$/.test(f)).map((f) => file(DIST, f)).join('\n');
    for (const id of ids) {
      expect(sitemaps, id).toContain(`${conceptUrl(id)}</loc>`);
      expect(index(`a[href="${conceptUrl(id)}"]`).length, id).toBeGreaterThan(0);
    }
  });
});

describe('the licence', () => {
  it('is in the footer of every language, the API, the README and a LICENSE file', () => {
    for (const lang of LOCALES) {
      expect(load(page(`/${lang}/`))(`footer a[rel="license"][href="${CC_BY}"]`).length).toBe(1);
      expect(JSON.parse(file(DIST, apiTermsUrl(lang))).license).toBe(CC_BY);
    }
    const licence = readFileSync(join(ROOT, 'LICENSE'), 'utf8');
    expect(licence).toMatch(/MIT License/);
    expect(licence).toContain(CC_BY);
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toMatch(/CC BY 4\.0[\s\S]*MIT|MIT[\s\S]*CC BY 4\.0/);
  });
});

describe('a glossary with admitted and deprecated terms (tests/fixtures/termbase)', () => {
  const work = mkdtempSync(join(tmpdir(), 'lexicon-termbase-build-'));
  const dist = join(work, 'dist');
  const html = (path: string) => load(file(dist, path.endsWith('/') ? `${path}index.html` : path));
  beforeAll(() => {
    const result = spawnSync(process.execPath, ['scripts/build.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, ...pathEnv({ contentDir: resolve(import.meta.dirname, '..', 'fixtures', 'termbase'), outDir: dist, cacheDir: join(work, 'cache') }) },
    });
    if (result.status !== 0) throw new Error(`the fixture build failed:\n${result.stdout}\n${result.stderr}`);
  }, 300_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('shows an article’s terms by status, with the note on the one to avoid', () => {
    const $ = html('/nb/factoring/');
    const group = (status: string) => $(`.terms-by-status [data-status="${status}"]`);
    expect(group('preferred').find('dt').text()).toBe('Anbefalt term');
    expect(group('preferred').find('.term').text()).toBe('factoring');
    expect(group('admitted').find('dt').text()).toBe('Også brukt');
    expect(group('admitted').find('.term').text()).toBe('fakturakjøp');
    expect(group('deprecated').find('dt').text()).toBe('Unngå');
    expect(group('deprecated').text()).toContain('fakturabelåning');
    expect(group('deprecated').find('.term-note').text()).toContain('Finanstilsynet');
    // Search finds the article by every term.
    expect($('[data-pagefind-meta^="aliases:"]').attr('data-pagefind-meta')).toContain('fakturabelåning');
  });

  it('keeps an article without terms as it was: its aliases shown, no terms list', () => {
    const $ = html('/en/vendor/');
    expect($('.terms-by-status').length).toBe(0);
    expect($('.aliases').text()).toContain('supplier-en');
  });

  it('gives a deprecated term a page of its own that says which term to use and links the concept, indexed for search', () => {
    const $ = html('/nb/fakturabelaning/');
    expect($('meta[http-equiv=refresh]').length).toBe(0);
    expect($('h1').text()).toBe('fakturabelåning');
    expect($('main').text()).toContain('«fakturabelåning» er en frarådet term; bruk «factoring».');
    expect($('main').text()).toContain('Finanstilsynet');
    expect($('main a[href="/nb/factoring/"]').length).toBe(1);
    expect($('main a[href="/concepts/factoring/"]').length).toBe(1);
    expect($('[data-pagefind-body]').length).toBe(1);
    // Admitted terms still lead to the article.
    expect(html('/nb/fakturakjop/')('meta[http-equiv=refresh]').attr('content')).toMatch(/^0; ?url=\/nb\/factoring\/$/);
    // The search index holds the page: two nb articles and one deprecated term.
    const entry = JSON.parse(file(dist, 'pagefind/pagefind-entry.json'));
    expect(entry.languages.nb.page_count).toBe(3);
  });

  it('shows the languages side by side on the concept page, with the equivalence note and a gap where a language is missing', () => {
    const $ = html('/concepts/factoring/');
    expect($('.concept-languages > li[lang="en"] .equivalence').text()).toMatch(/^In the US, factoring of receivables is a sale/);
    expect($('.concept-languages > li[lang="sv"] [data-status="admitted"] .term').text()).toBe('fakturaförsäljning');
    expect($('.concept-languages > li[lang="nb"] [data-status="deprecated"] dt').text()).toBe('Unngå');
    expect(html('/concepts/vendor/')('.concept-languages > li[lang="sv"]').text()).toContain('Inte skrivet på svenska ännu.');
  });

  it('carries the status in the API, the embed card and the JSON-LD', () => {
    expect(JSON.parse(file(dist, apiTermUrl('nb', 'factoring'))).terms).toEqual([
      { term: 'factoring', status: 'preferred', partOfSpeech: 'noun', gender: 'masculine' },
      { term: 'fakturakjøp', status: 'admitted', gender: 'neuter', note: 'Brukes særlig om factoring uten regress.' },
      { term: 'fakturabelåning', status: 'deprecated', note: 'Misvisende: belåning er pant i fakturaene, ikke salg (Finanstilsynet skiller de to).' },
    ]);
    const card = html('/embed/nb/factoring/');
    expect(card('[data-status="admitted"]').text()).toBe('Også brukt: fakturakjøp');
    expect(card('[data-status="deprecated"]').text()).toBe('Unngå: fakturabelåning');
    const $ = html('/nb/factoring/');
    const ld = $('script[type="application/ld+json"]').toArray().map((el) => JSON.parse($(el).text()));
    expect(ld.find((d) => d['@type'] === 'WebPage').mainEntity).toMatchObject({ name: 'factoring', alternateName: ['fakturakjøp'], termCode: 'factoring' });
    const concept = ld.find((d) => d['@graph'])['@graph'].find((n: { '@type': string }) => n['@type'] === 'skos:Concept');
    expect(concept['skos:prefLabel']).toEqual([{ '@value': 'factoring', '@language': 'nb' }]);
    expect(concept['skos:hiddenLabel']).toEqual([{ '@value': 'fakturabelåning', '@language': 'nb' }]);
  });
});
