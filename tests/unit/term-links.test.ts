import { describe, expect, it } from 'vitest';
import { parseTermHref, resolveTerm } from '../../src/lib/urls/term-links.ts';
import type { Locale } from '../../src/lib/i18n/locales.ts';

describe('parseTermHref', () => {
  it('reads concept ids at the root, with or without a slash', () => {
    expect(parseTermHref('/subcontracting')).toEqual({ id: 'subcontracting', hash: '' });
    expect(parseTermHref('/subcontracting/')).toEqual({ id: 'subcontracting', hash: '' });
  });
  it('reads language-prefixed links and fragments', () => {
    expect(parseTermHref('/nb/subcontracting/')).toEqual({ id: 'subcontracting', hash: '' });
    expect(parseTermHref('/sv/f-tax#fa-skatt')).toEqual({ id: 'f-tax', hash: '#fa-skatt' });
  });
  it('leaves other links alone', () => {
    for (const href of ['https://example.com/vendor', 'vendor', './vendor', '/de/vendor/', '/nb/a-z/', '/search/', '/nb/', '/Vendor', '/a/b/c', '#top', 'mailto:x@y.z']) {
      expect(parseTermHref(href), href).toBeUndefined();
    }
  });
});

describe('resolveTerm', () => {
  const written = new Set(['nb/vendor', 'sv/vendor', 'en/vendor', 'nb/factoring']);
  const exists = (lang: Locale, id: string) => written.has(`${lang}/${id}`);

  it('links to the concept in the article’s own language', () => {
    expect(resolveTerm({ id: 'vendor', hash: '' }, 'sv', exists)).toEqual({ found: true, id: 'vendor', url: '/sv/vendor/' });
    expect(resolveTerm(parseTermHref('/nb/vendor/')!, 'en', exists)).toEqual({ found: true, id: 'vendor', url: '/en/vendor/' });
  });
  it('keeps the fragment', () => {
    expect(resolveTerm({ id: 'factoring', hash: '#risiko' }, 'nb', exists)).toMatchObject({ url: '/nb/factoring/#risiko' });
  });
  it('reports a concept missing in that language instead of linking to a 404', () => {
    expect(resolveTerm({ id: 'factoring', hash: '' }, 'sv', exists)).toEqual({ found: false, id: 'factoring' });
    expect(resolveTerm({ id: 'nowhere', hash: '' }, 'nb', exists)).toEqual({ found: false, id: 'nowhere' });
  });
});
