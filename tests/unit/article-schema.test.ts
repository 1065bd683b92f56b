import { describe, expect, it } from 'vitest';
import { articleSchema, keywordList } from '../../src/lib/articles/schema.ts';

describe('keywords', () => {
  it('accepts a comma-separated string', () => {
    expect(keywordList.parse('Business,Small Business')).toEqual(['Business', 'Small Business']);
    expect(keywordList.parse(' a , b,, c ')).toEqual(['a', 'b', 'c']);
  });
  it('accepts a list', () => {
    expect(keywordList.parse(['x', ' y '])).toEqual(['x', 'y']);
  });
});

describe('articleSchema', () => {
  it('builds an article with only title, description and a keywords string', () => {
    const data = articleSchema.parse({ title: 'Factoring', description: 'Selling invoices.', keywords: 'Business,Small Business' });
    expect(data).toMatchObject({ title: 'Factoring', keywords: ['Business', 'Small Business'], aliases: [], topics: [], related: [], sources: [] });
    expect(data.updated).toBeUndefined();
  });
  it('reads dates, topics, related and sources', () => {
    const data = articleSchema.parse({
      title: 'X', description: 'Y.', topics: ['factoring', 'bpo'], related: ['invoice'], updated: '2026-11-23',
      sources: [{ title: 'Skatteetaten', url: 'https://www.skatteetaten.no/' }],
    });
    expect(data.updated?.toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(data.topics).toEqual(['factoring', 'bpo']);
  });
  it('names the field that is wrong', () => {
    const result = articleSchema.safeParse({ description: 'Y.', topics: ['cooking'], updated: 'soon', sources: [{ title: 'No url' }] });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^title: /),
        expect.stringMatching(/^topics\.0: unknown topic "cooking"/),
        expect.stringMatching(/^updated: updated must be a date/),
        expect.stringMatching(/^sources\.0\.url: /),
      ]),
    );
  });
  it('rejects an empty title and a non-text description', () => {
    expect(articleSchema.safeParse({ title: '  ', description: 'x' }).success).toBe(false);
    expect(articleSchema.safeParse({ title: 'x', description: 42 }).success).toBe(false);
  });
});

describe('termbase and fact fields', () => {
  it('reads terms, checked, jurisdiction notes and dated figures', () => {
    const data = articleSchema.parse({
      title: 'Arbeidsgiveravgift', description: 'Y.', checked: '2026-12-06',
      terms: [{ term: 'arbeidsgiveravgift', status: 'preferred', partOfSpeech: 'noun', gender: 'feminine' }, { term: 'AGA', status: 'admitted', type: 'abbreviation' }],
      jurisdictions: [{ country: 'NO', note: 'Satsen avhenger av sone.' }],
      figures: [{ label: 'Sone I', value: '14,1 %', year: 2026, country: 'NO', source: 'https://www.skatteetaten.no/satser/arbeidsgiveravgift/', checked: '2026-12-06' }],
    });
    expect(data.terms.map((t) => t.status)).toEqual(['preferred', 'admitted']);
    expect(data.checked?.toISOString().slice(0, 10)).toBe('2026-12-06');
    expect(data.figures[0]).toMatchObject({ year: 2026, country: 'NO' });
  });
  it('names the field that is wrong in a term or a figure', () => {
    const result = articleSchema.safeParse({
      title: 'X', description: 'Y.', terms: [{ term: 'x', status: 'recommended' }],
      jurisdictions: [{ country: 'DK', note: 'n' }], figures: [{ label: 'a', value: '1', year: 2026, country: 'NO', source: 'nope', checked: '2026-12-06' }],
    });
    const messages = result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toEqual(expect.arrayContaining([
      expect.stringMatching(/^terms\.0\.status: status must be one of/),
      expect.stringMatching(/^jurisdictions\.0\.country: unknown country "DK"/),
      expect.stringMatching(/^figures\.0\.source: /),
    ]));
  });
});
