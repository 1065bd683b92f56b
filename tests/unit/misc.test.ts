import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { brotliOf } from '../../src/integration/precompress.ts';
import { alternatesFor, everyLocale } from '../../src/lib/urls/alternates.ts';
import { conceptIdProblem } from '../../src/lib/urls/concept-id.ts';
import { matchesFilter } from '../../src/lib/search/filter.ts';
import { filterFold } from '../../src/lib/i18n/transliterate.ts';
import { Glossary, parseEntryId } from '../../src/lib/articles/glossary.ts';
import { headersFor, parseHeadersFile } from '../../src/lib/formats/headers-file.ts';
import { t } from '../../src/lib/i18n/strings.ts';
import { pickLanguage } from '../../src/lib/i18n/language-choice.ts';
import { articleSchema } from '../../src/lib/articles/schema.ts';
import { topicName } from '../../src/lib/i18n/topics.ts';

describe('conceptIdProblem', () => {
  it('accepts kebab-case ASCII ids', () => {
    for (const id of ['outsourcing', 'f-tax', 'ir35', 'transition-and-exit']) expect(conceptIdProblem(id)).toBeUndefined();
  });
  it('rejects other ids, saying why', () => {
    expect(conceptIdProblem('Vendor')).toMatch(/lower-case ASCII kebab-case/);
    expect(conceptIdProblem('leverandør')).toMatch(/kebab-case/);
    expect(conceptIdProblem('vendor--x')).toMatch(/kebab-case/);
  });
  it('rejects ids that collide with site paths', () => {
    for (const id of ['nb', 'sv', 'en', 'api', 'embed', 'search', 'a-z', 'topics']) expect(conceptIdProblem(id)).toMatch(/collides with the site path/);
  });
});

describe('glossary', () => {
  const term = (entry: string, title: string) => ({ ...parseEntryId(entry), data: articleSchema.parse({ title, description: 'd.' }) });
  const glossary = new Glossary([term('nb/outsourcing', 'Outsourcing'), term('en/outsourcing', 'Outsourcing'), term('nb/aa', 'Årsregnskap'), term('nb/zz', 'Zulu')]);
  it('knows which languages a concept is written in', () => {
    expect(glossary.languagesOf('outsourcing')).toEqual(['nb', 'en']);
    expect(glossary.has('sv', 'outsourcing')).toBe(false);
    expect(glossary.translationsOf(glossary.get('en', 'outsourcing')!).map((t) => t.lang)).toEqual(['nb']);
  });
  it('lists terms in collation order', () => {
    expect(glossary.terms('nb').map((t) => t.data.title)).toEqual(['Outsourcing', 'Zulu', 'Årsregnskap']);
  });
  it('rejects entry ids outside the language folders', () => {
    expect(() => parseEntryId('de/x')).toThrow(/not an article entry id/);
  });
});

describe('alternatesFor', () => {
  it('lists the languages a page exists in plus x-default', () => {
    expect(alternatesFor({ nb: '/nb/x/', en: '/en/x/' }, '/x/')).toEqual([
      { hreflang: 'nb', path: '/nb/x/' },
      { hreflang: 'en', path: '/en/x/' },
      { hreflang: 'x-default', path: '/x/' },
    ]);
    expect(everyLocale((l) => `/${l}/`)).toEqual({ nb: '/nb/', sv: '/sv/', en: '/en/' });
  });
});

describe('filter', () => {
  it('folds case and accents but keeps Nordic letters apart', () => {
    expect(filterFold('Café ÜBER')).toBe('cafe uber');
    expect(filterFold('Kjøper Årlig Ärende Öre')).toBe('kjøper årlig ärende öre');
    expect(matchesFilter('Leverandør', 'kjoper')).toBe(false);
    expect(matchesFilter('Service level agreement | SLA', 'sla')).toBe(true);
    expect(matchesFilter('Service level agreement | SLA', 'level serv')).toBe(true);
    expect(matchesFilter('Anything', '   ')).toBe(true);
  });
});

describe('pickLanguage', () => {
  it('follows the reader’s languages among those available', () => {
    expect(pickLanguage(['nb', 'sv', 'en'], ['sv-SE', 'en'])).toBe('sv');
    expect(pickLanguage(['sv', 'en'], ['de-DE', 'en-US'])).toBe('en');
    expect(pickLanguage(['nb', 'en'], ['nn-NO'])).toBe('nb');
    expect(pickLanguage(['nb', 'en'], ['no'])).toBe('nb');
  });
  it('falls back to the default language, then to any available one', () => {
    expect(pickLanguage(['nb', 'en'], ['fr'])).toBe('nb');
    expect(pickLanguage(['sv'], [])).toBe('sv');
    expect(pickLanguage([], ['en'])).toBeUndefined();
  });
});

describe('_headers', () => {
  const rules = parseHeadersFile('# comment\n/api/*\n  Access-Control-Allow-Origin: *\n/embed.js\n  Access-Control-Allow-Origin: *\n  Cache-Control: max-age=3600\n/*\n  X-Content-Type-Options: nosniff\n');
  it('applies every matching rule', () => {
    expect(headersFor(rules, '/api/v1/nb/terms.json')).toEqual([['Access-Control-Allow-Origin', '*'], ['X-Content-Type-Options', 'nosniff']]);
    expect(headersFor(rules, '/embed.js')).toHaveLength(3);
    expect(headersFor(rules, '/nb/')).toEqual([['X-Content-Type-Options', 'nosniff']]);
  });
});

describe('interface strings', () => {
  it('fill in placeholders in each language', () => {
    expect(t('sv', 'termCount', { n: 3 })).toBe('3 begrepp');
    expect(t('nb', 'letterTitle', { letter: 'Ø' })).toBe('Begreper på Ø');
    expect(topicName('contractor-status', 'nb')).toBe('Arbeidstaker eller oppdragstaker');
  });
});

describe('brotliOf', () => {
  it('stores a gzip file as Brotli of its payload, and other files as Brotli of themselves', async () => {
    const payload = Buffer.from(`pagefind_dcd${'word '.repeat(200)}`);
    expect(brotliDecompressSync(await brotliOf(gzipSync(payload))).equals(payload)).toBe(true);
    const text = Buffer.from('export const a = 1;'.repeat(50));
    expect(brotliDecompressSync(await brotliOf(text)).equals(text)).toBe(true);
    expect((await brotliOf(text)).length).toBeLessThan(text.length);
  });
});

describe('the API and oEmbed files (src/integration/term-files.ts)', () => {
  it('makes two files per term from the term data, and writes them under the output', async () => {
    const { termFiles, writeTermFiles } = await import('../../src/integration/term-files.ts');
    const { writeTermSnapshot } = await import('../../src/loader/term-snapshot.ts');
    const data = articleSchema.parse({ title: 'Factoring', description: 'Selling invoices.' });
    const terms = [{ lang: 'sv' as const, id: 'factoring', data, summary: 'Sälja fakturor.' }];
    const files = new Map(termFiles(terms, 'https://example.org'));
    expect([...files.keys()]).toEqual(['/api/v1/sv/terms/factoring.json', '/oembed/sv/factoring.json']);
    expect(JSON.parse(files.get('/api/v1/sv/terms/factoring.json')!)).toMatchObject({ id: 'factoring', lang: 'sv', summary: 'Sälja fakturor.', url: 'https://example.org/sv/factoring/' });
    const dir = mkdtempSync(join(tmpdir(), 'lexicon-term-files-'));
    writeTermSnapshot(join(dir, 'terms.v8'), terms);
    expect(await writeTermFiles(join(dir, 'terms.v8'), join(dir, 'out'), 'https://example.org')).toBe(2);
    expect(readFileSync(join(dir, 'out', 'oembed', 'sv', 'factoring.json'), 'utf8')).toBe(files.get('/oembed/sv/factoring.json'));
    rmSync(dir, { recursive: true });
  });
});
