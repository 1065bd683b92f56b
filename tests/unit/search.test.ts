import { describe, expect, it } from 'vitest';
import { excerptSegments } from '../../src/lib/search/excerpt.ts';
import { nameMatch, rerankByName } from '../../src/lib/search/rank.ts';
import { editDistance, suggestTerms, type SuggestEntry } from '../../src/lib/search/suggest.ts';

const entries: SuggestEntry[] = [
  ['outsourcing', 'Outsourcing', 'contracting out'],
  ['factoring', 'Factoring', 'invoice factoring'],
  ['reverse-factoring', 'Reverse factoring', 'supply chain finance', 'SCF'],
  ['service-level-agreement', 'Service level agreement', 'SLA'],
  ['vendor', 'Leverandør', 'tjenesteleverandør'],
];

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps', () => {
    expect(editDistance('outsorcing', 'outsourcing')).toBe(1);
    expect(editDistance('faktorng', 'factoring')).toBe(2);
    expect(editDistance('fcatoring', 'factoring')).toBe(1);
    expect(editDistance('same', 'same')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
  });
  it('stops early past the limit', () => {
    expect(editDistance('abcdefgh', 'zyxwvuts', 2)).toBe(3);
  });
});

describe('suggestTerms', () => {
  it('suggests the closest titles for misspellings', () => {
    expect(suggestTerms('outsorcing', entries)[0]).toMatchObject({ id: 'outsourcing', distance: 1 });
    expect(suggestTerms('faktorng', entries)[0]).toMatchObject({ id: 'factoring' });
    expect(suggestTerms('leverandr', entries)[0]).toMatchObject({ id: 'vendor' });
  });
  it('matches aliases and misspelt beginnings of long names', () => {
    expect(suggestTerms('suply chain finance', entries)[0]).toMatchObject({ id: 'reverse-factoring', matched: 'supply chain finance' });
    expect(suggestTerms('servce level', entries)[0]).toMatchObject({ id: 'service-level-agreement' });
  });
  it('prefers a title to an alias at the same distance', () => {
    const tie: SuggestEntry[] = [['a', 'Alpha', 'invoicing'], ['b', 'Invoicinb']];
    expect(suggestTerms('invoicinx', tie).map((s) => s.id)).toEqual(['b', 'a']);
  });
  it('suggests nothing for short or unrelated queries', () => {
    expect(suggestTerms('sl', entries)).toEqual([]);
    expect(suggestTerms('photosynthesis', entries)).toEqual([]);
  });
});

describe('rerankByName', () => {
  const r = (title: string, aliases = '') => ({ meta: { title, aliases } });
  it('puts the term named by the query first', () => {
    const results = [r('Outsourcingavtale', 'utkontrakteringsavtale'), r('Outsourcing', 'utkontraktering, tjenesteutsetting'), r('IT-outsourcing')];
    expect(rerankByName('utkontraktering', results)[0]!.meta.title).toBe('Outsourcing');
    expect(rerankByName('it-outsourcing', results)[0]!.meta.title).toBe('IT-outsourcing');
  });
  it('recognises inflected forms of a name', () => {
    expect(nameMatch('leverandørene', r('Leverandør'))).toBe(2);
    expect(nameMatch('suppliers', r('Vendor', 'supplier, provider'))).toBe(3);
    expect(nameMatch('lev', r('Leverandør'))).toBe(2);
    expect(nameMatch('kunder', r('Leverandør'))).toBe(4);
    expect(nameMatch('fakturor', r('Faktura'))).toBe(2);
  });
  it('matches Nordic letters typed plain, half a step lower', () => {
    expect(nameMatch('leverandor', r('Leverandør'))).toBe(0.5);
    expect(nameMatch('leverantorer', r('Leverantör'))).toBe(2.5);
    expect(nameMatch('arbeidsgiveravgift', r('Arbeidsgiveravgift'))).toBe(0);
  });
  it('keeps Pagefind’s order otherwise', () => {
    const results = [r('A'), r('B'), r('C')];
    expect(rerankByName('zzz', results).map((x) => x.meta.title)).toEqual(['A', 'B', 'C']);
  });
});

describe('excerptSegments', () => {
  it('splits marks from text and decodes entities into plain text', () => {
    expect(excerptSegments('a <mark>b</mark> &lt;img src=x onerror=alert(1)&gt;')).toEqual([
      { text: 'a ', mark: false },
      { text: 'b', mark: true },
      { text: ' <img src=x onerror=alert(1)>', mark: false },
    ]);
  });
  it('drops any other tags instead of rendering them', () => {
    expect(excerptSegments('<b>x</b>&#39;s')).toEqual([{ text: "x's", mark: false }]);
  });
});
