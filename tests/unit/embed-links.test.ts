import { describe, expect, it } from 'vitest';
import { cardTerm, lookupOrder, termOfDfn, termOfLink } from '../../src/lib/urls/embed-links.ts';
import { localeOfTag } from '../../src/lib/i18n/language-choice.ts';

const SITE = 'https://outsourcing-lexicon.org';

describe('termOfLink', () => {
  it('reads our article URLs and short links, with or without a slash, query or fragment', () => {
    expect(termOfLink(`${SITE}/en/outsourcing/`, SITE)).toEqual({ id: 'outsourcing', lang: 'en' });
    expect(termOfLink(`${SITE}/sv/factoring#risk`, SITE)).toEqual({ id: 'factoring', lang: 'sv' });
    expect(termOfLink(`${SITE}/nb/f-tax/?utm_source=x`, SITE)).toEqual({ id: 'f-tax', lang: 'nb' });
    expect(termOfLink(`${SITE}/insourcing/`, SITE)).toEqual({ id: 'insourcing' });
  });
  it('ignores other sites, other pages of ours, and what is not a URL', () => {
    for (const href of [
      'https://example.com/en/outsourcing/',
      'http://outsourcing-lexicon.org/en/outsourcing/',
      `${SITE}/`,
      `${SITE}/en/`,
      `${SITE}/nb/a-z/`,
      `${SITE}/sv/topics/factoring/`,
      `${SITE}/en/search/?q=x`,
      `${SITE}/de/outsourcing/`,
      `${SITE}/api/v1/en/terms.json`,
      `${SITE}/embed.js`,
      `${SITE}/Outsourcing/`,
      'javascript:alert(1)',
      '',
      '[object SVGAnimatedString]',
    ]) {
      expect(termOfLink(href, SITE), href).toBeUndefined();
    }
  });
});

describe('termOfDfn', () => {
  it('takes the id and the language when it is one of ours', () => {
    expect(termOfDfn('factoring', 'sv')).toEqual({ id: 'factoring', lang: 'sv' });
    expect(termOfDfn('factoring', 'no-NO')).toEqual({ id: 'factoring', lang: 'nb' });
    expect(termOfDfn('factoring', 'de')).toEqual({ id: 'factoring' });
    expect(termOfDfn('factoring', null)).toEqual({ id: 'factoring' });
  });
  it('refuses ids that are not concept ids', () => {
    for (const id of [undefined, '', '../api', 'Factoring', '<img src=x>', 'a-z', 'api']) expect(termOfDfn(id, 'en'), id).toBeUndefined();
  });
});

describe('lookupOrder', () => {
  it('uses the link’s own language only', () => {
    expect(lookupOrder({ id: 'x', lang: 'sv' }, 'en')).toEqual(['sv']);
  });
  it('tries a short link in the page’s language if it is ours, else English first', () => {
    expect(lookupOrder({ id: 'x' }, 'sv-SE')).toEqual(['sv', 'en', 'nb']);
    expect(lookupOrder({ id: 'x' }, 'nn')).toEqual(['nb', 'en', 'sv']);
    expect(lookupOrder({ id: 'x' }, 'de')).toEqual(['en', 'nb', 'sv']);
    expect(lookupOrder({ id: 'x' }, 'da')).toEqual(['nb', 'en', 'sv']);
    expect(lookupOrder({ id: 'x' }, '')).toEqual(['en', 'nb', 'sv']);
  });
  it('reads language tags safely', () => {
    expect(localeOfTag('EN-gb')).toBe('en');
    expect(localeOfTag('constructor')).toBeUndefined();
    expect(localeOfTag(undefined)).toBeUndefined();
  });
});

describe('cardTerm', () => {
  const term = { id: 'vendor', lang: 'en', title: 'Vendor', description: 'A seller.', url: `${SITE}/en/vendor/`, aliases: [] };
  it('keeps the fields a card shows', () => {
    expect(cardTerm(term)).toEqual({ id: 'vendor', lang: 'en', title: 'Vendor', description: 'A seller.', url: `${SITE}/en/vendor/` });
  });
  it('refuses answers that are not terms, and links that are not http(s)', () => {
    for (const bad of [null, 'text', [], { ...term, title: 1 }, { ...term, lang: 'de' }, { ...term, url: 'javascript:alert(1)' }, { ...term, description: undefined }]) {
      expect(cardTerm(bad), JSON.stringify(bad)).toBeUndefined();
    }
  });
});
