import { describe, expect, it } from 'vitest';
import { excerptSegments } from '../../src/lib/search/excerpt.ts';
import { editDistance } from '../../src/lib/search/edit-distance.ts';
import { buildNameIndex, findNames, prepareNames, type NameSource } from '../../src/lib/search/name-index.ts';

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

// A small glossary: `payroll` has no English article, `outsourcing-contract` only a Norwegian one.
const a = (lang: NameSource['lang'], id: string, title: string, aliases: string[] = [], terms?: NameSource['data']['terms']): NameSource => ({
  id,
  lang,
  data: { title, description: `${title} (${lang}).`, aliases, terms },
});
const articles: NameSource[] = [
  a('nb', 'outsourcing', 'Outsourcing', ['utkontraktering', 'tjenesteutsetting']),
  a('sv', 'outsourcing', 'Outsourcing', ['utkontraktering', 'utläggning']),
  a('en', 'outsourcing', 'Outsourcing', ['contracting out']),
  a('nb', 'outsourcing-contract', 'Outsourcingavtale', ['utkontrakteringsavtale']),
  a('nb', 'payroll', 'Lønnsadministrasjon', ['lønnskjøring'], [{ term: 'lønnsadministrasjon', status: 'preferred' }, { term: 'lønningsadministrasjon', status: 'deprecated' }]),
  a('sv', 'payroll', 'Lönehantering', ['löneadministration']),
  a('nb', 'vendor', 'Leverandør', ['tjenesteleverandør']),
  a('en', 'vendor', 'Vendor', ['supplier']),
  a('en', 'factoring', 'Factoring', ['invoice factoring']),
  a('en', 'service-level-agreement', 'Service level agreement', ['SLA']),
  a('sv', 'f-tax', 'F-skatt', ['godkänd för F-skatt']),
  a('nb', 'employee', 'Arbeidstaker', ['ansatt']),
  a('nb', 'contractor-status', 'Arbeidstaker eller oppdragstaker', []),
  a('nb', 'invoice', 'Faktura', ['regning']),
  a('nb', 'invoice-discounting', 'Fakturabelåning', ['belåning av fakturaer']),
  a('nb', 'accounts-receivable', 'Kundefordringer', []),
  a('nb', 'self-employment', 'Selvstendig næringsdrivende', ['enkeltpersonforetak']),
  { id: 'data-breach', lang: 'nb', data: { title: 'Brudd på personopplysningssikkerheten', description: 'En hendelse der personopplysninger kommer på avveie.', aliases: ['datalekkasje'] } },
  { id: 'corporate-tax', lang: 'en', data: { title: 'Corporate tax', description: 'Corporate tax is a tax on the profits of companies.', aliases: [] } },
  { id: 'reshoring', lang: 'en', data: { title: 'Reshoring', description: 'Reshoring is bringing production back home from abroad.', aliases: [] } },
  { id: 'nearshoring', lang: 'en', data: { title: 'Nearshoring', description: 'Nearshoring is moving production to a nearby country.', aliases: [] } },
];
const en = prepareNames(buildNameIndex('en', articles));
const nb = prepareNames(buildNameIndex('nb', articles));
const first = (matcher: typeof en, q: string) => findNames(matcher, q)[0];

describe('buildNameIndex', () => {
  it('shows the reader’s language where the concept is written, else another language, with every language’s names', () => {
    const index = buildNameIndex('en', articles);
    const payroll = index.concepts.find((c) => c.id === 'payroll')!;
    expect(payroll).toMatchObject({ lang: 'nb', title: 'Lønnsadministrasjon', definition: 'Lønnsadministrasjon (nb).' });
    expect(payroll.names).toEqual({ nb: ['Lønnsadministrasjon', 'lønnskjøring'], sv: ['Lönehantering', 'löneadministration'] });
    expect(payroll.deprecated).toEqual({ nb: ['lønningsadministrasjon'] });
    expect(index.concepts.find((c) => c.id === 'vendor')).toMatchObject({ lang: 'en', title: 'Vendor' });
    expect(index).toMatchObject({ version: 1, lang: 'en' });
  });
});

describe('findNames', () => {
  it('answers exact titles and aliases, and abbreviations', () => {
    expect(first(en, 'factoring')).toMatchObject({ kind: 'exact', concept: { id: 'factoring' } });
    expect(first(en, 'sla')).toMatchObject({ kind: 'exact', name: 'SLA', concept: { id: 'service-level-agreement' } });
  });
  it('answers a prefix from the first letters, the shorter name first', () => {
    expect(first(nb, 'utkont')).toMatchObject({ kind: 'prefix', concept: { id: 'outsourcing' } });
    expect(findNames(nb, 'utkont').map((h) => h.concept.id)).toEqual(['outsourcing', 'outsourcing-contract']);
    expect(first(en, 'f')!.concept.id).toBe('factoring');
  });
  it('answers an inflected name before a name that only contains the word, and runs words together only after a short one', () => {
    expect(first(nb, 'arbeidstakere')).toMatchObject({ kind: 'inflected', concept: { id: 'employee' } });
    expect(first(nb, 'fakturaer')).toMatchObject({ kind: 'inflected', concept: { id: 'invoice' } });
    expect(first(en, 'fskat')).toMatchObject({ kind: 'prefix', concept: { id: 'f-tax' } });
    expect(first(en, 'service lev')).toMatchObject({ kind: 'prefix', concept: { id: 'service-level-agreement' } });
  });
  it('answers a later word of a name, inflected and misspelt names', () => {
    expect(first(en, 'level')).toMatchObject({ kind: 'word', concept: { id: 'service-level-agreement' } });
    expect(first(nb, 'leverandørene')).toMatchObject({ kind: 'inflected', concept: { id: 'vendor' } });
    expect(first(en, 'suppliers')).toMatchObject({ kind: 'inflected', concept: { id: 'vendor' } });
    expect(first(en, 'factring')).toMatchObject({ kind: 'misspelt', concept: { id: 'factoring' } });
    expect(first(en, 'outsorcing')).toMatchObject({ kind: 'misspelt', concept: { id: 'outsourcing' } });
  });
  it('folds case, accents, hyphens and spaces, and Nordic letters typed plain', () => {
    expect(first(en, 'fskatt')).toMatchObject({ kind: 'exact', concept: { id: 'f-tax' } });
    expect(first(nb, 'leverandor')).toMatchObject({ kind: 'exact', concept: { id: 'vendor' } });
    expect(first(en, 'service-level agreement')).toMatchObject({ kind: 'exact' });
  });
  it('finds a concept by its name in another language, sending the reader to their own language’s article', () => {
    const hit = first(en, 'utläggning')!;
    expect(hit).toMatchObject({ kind: 'exact', name: 'utläggning', nameLang: 'sv', concept: { id: 'outsourcing', lang: 'en' } });
  });
  it('without an article in the reader’s language, sends them to another language’s, labelled by its language', () => {
    const hit = first(en, 'lönehantering')!;
    expect(hit).toMatchObject({ kind: 'exact', nameLang: 'sv', concept: { id: 'payroll', lang: 'nb', title: 'Lønnsadministrasjon' } });
  });
  it('finds deprecated terms, marked as such', () => {
    expect(first(en, 'lønningsadministrasjon')).toMatchObject({ deprecated: true, concept: { id: 'payroll' } });
  });
  it('prefers the page’s own language among equal matches, and shows misspellings only where nothing else answers', () => {
    expect(first(nb, 'outsourcing')).toMatchObject({ nameLang: 'nb' });
    expect(findNames(en, 'fcatoring').map((h) => h.kind)).toEqual(['misspelt']);
    expect(findNames(en, 'photosynthesis')).toEqual([]);
    expect(findNames(en, '  ')).toEqual([]);
  });
  it('answers any inflected form of a name, whichever form the name has, but not a derived word', () => {
    expect(first(nb, 'kundefordringen')).toMatchObject({ kind: 'inflected', concept: { id: 'accounts-receivable' } });
    expect(first(nb, 'fakturaene')).toMatchObject({ kind: 'inflected', concept: { id: 'invoice' } });
    expect(first(en, 'service level agreements')).toMatchObject({ kind: 'inflected', concept: { id: 'service-level-agreement' } });
    expect(findNames(nb, 'fakturering').map((h) => h.kind)).not.toContain('inflected');
  });
  it('answers every word of a name in any order, inflected', () => {
    expect(first(nb, 'selvstendige næringsdrivende')).toMatchObject({ kind: 'words', concept: { id: 'self-employment' } });
    expect(first(en, 'agreement service level')).toMatchObject({ kind: 'words', concept: { id: 'service-level-agreement' } });
  });
  it('where no name holds a query of several words, answers the concepts whose definition and names hold them', () => {
    expect(findNames(en, 'tax on company profits').map((h) => [h.concept.id, h.kind])).toEqual([['corporate-tax', 'described']]);
    // The last part of a compound name: "datalekkasje" is a "lekkasje".
    expect(first(nb, 'lekkasje av personopplysninger')).toMatchObject({ kind: 'described', concept: { id: 'data-breach' } });
    // All words but one of three, after all of them.
    expect(findNames(en, 'moving production abroad').map((h) => h.concept.id)).toEqual(['nearshoring', 'reshoring']);
    expect(findNames(en, 'moving production nearby').map((h) => h.concept.id)).toEqual(['nearshoring']);
    // A word in a concept's names counts for more than one in its definition only.
    const sv = prepareNames(
      buildNameIndex('sv', [
        { id: 'payroll', lang: 'sv', data: { title: 'Lönehantering', description: 'Att räkna ut och betala löner och arbetsgivaravgifter.', aliases: [] } },
        { id: 'employer-contributions', lang: 'sv', data: { title: 'Arbetsgivaravgifter', description: 'Avgifter som arbetsgivaren betalar på lön.', aliases: [] } },
      ]),
    );
    expect(findNames(sv, 'avgift på löner').map((h) => h.concept.id)).toEqual(['employer-contributions', 'payroll']);
    // Not for one word, nor where a name answers.
    expect(findNames(en, 'profits')).toEqual([]);
    expect(findNames(en, 'corporate tax').map((h) => h.kind)).toEqual(['exact']);
  });
  it('gives one hit per concept', () => {
    const ids = findNames(nb, 'o').map((h) => h.concept.id);
    expect(new Set(ids).size).toBe(ids.length);
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
