import { describe, expect, it } from 'vitest';
import { articleSchema, keywordList } from '../../src/lib/article-schema.ts';

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
