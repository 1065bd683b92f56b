import { describe, expect, it } from 'vitest';
import { buildNamesFile, compileNames, findTerms, inflections, isExactCase, type NamesFile } from '../../src/lib/formats/autolink.ts';
import type { Locale } from '../../src/lib/i18n/locales.ts';

const file = (lang: Locale, concepts: NamesFile['concepts']): NamesFile => ({ version: 1, lang, concepts });
/** The marked words of a text, as `id:text` (and `>preferred` for a deprecated one). */
const marked = (names: NamesFile, text: string) =>
  findTerms(compileNames(names), text).map((m) => `${m.id}:${text.slice(m.start, m.end)}${m.instead ? `>${m.instead}` : ''}`);

const en = file('en', [
  { id: 'business-process-outsourcing', preferred: 'business process outsourcing', admitted: ['BPO'], exactCase: ['BPO'] },
  { id: 'outsourcing', preferred: 'outsourcing', admitted: ['contracting out'] },
  { id: 'ir35', preferred: 'IR35', admitted: ['off-payroll working rules'], exactCase: ['IR35'] },
  { id: 'f-tax', preferred: 'approved for F-tax', deprecated: ['F-tax certificate'] },
  { id: 'policy', preferred: 'policy' },
]);
const nb = file('nb', [
  { id: 'outsourcing', preferred: 'outsourcing', admitted: ['utkontraktering'] },
  { id: 'factoring', preferred: 'factoring', admitted: ['fakturakjøp'] },
  { id: 'subcontracting', preferred: 'underleverandør' },
  { id: 'transition', preferred: 'overgang', deprecated: ['transisjon'] },
  { id: 'service', preferred: 'tjeneste' },
]);
const sv = file('sv', [
  { id: 'factoring', preferred: 'factoring' },
  { id: 'invoice', preferred: 'faktura' },
  { id: 'contractor', preferred: 'uppdragstagare' },
  { id: 'subcontracting', preferred: 'underleverantör' },
]);

describe('the names file', () => {
  it('holds the terms by status and never the search aliases', () => {
    const names = buildNamesFile('en', [
      {
        id: 'business-process-outsourcing',
        data: {
          title: 'Business process outsourcing',
          aliases: ['back-office outsourcing', 'shared services'],
          terms: [
            { term: 'business process outsourcing', status: 'preferred' },
            { term: 'BPO', status: 'admitted', type: 'abbreviation' },
            { term: 'process outsourcing', status: 'deprecated' },
          ],
        } as { title: string; terms: { term: string; status: string; type?: string }[] },
      },
      { id: 'accounts-receivable', data: { title: 'Accounts receivable' } },
    ]);
    expect(names).toEqual({
      version: 1,
      lang: 'en',
      concepts: [
        { id: 'accounts-receivable', preferred: 'Accounts receivable' },
        { id: 'business-process-outsourcing', preferred: 'business process outsourcing', admitted: ['BPO'], deprecated: ['process outsourcing'], exactCase: ['BPO'] },
      ],
    });
    expect(JSON.stringify(names)).not.toContain('shared services');
  });
  it('matches abbreviations and acronyms only in their own case', () => {
    expect(['BPO', 'IR35', 'SLA'].map((n) => isExactCase(n))).toEqual([true, true, true]);
    expect(['Outsourcing', 'F-skatt', 'IT-outsourcing', 'factoring'].map((n) => isExactCase(n))).toEqual([false, false, false, false]);
    expect(isExactCase('Fsk', 'abbreviation')).toBe(true);
  });
});

describe('finding names in text', () => {
  it('marks whole words only, with Unicode letters as word characters', () => {
    expect(marked(en, 'Outsourcing, outsourcing. Outsourcingly; reoutsourcing; outsourcing2')).toEqual(['outsourcing:Outsourcing', 'outsourcing:outsourcing']);
    expect(marked(nb, 'Fakturakjøp er ikke fakturakjøpsavtale eller xfakturakjøp.')).toEqual(['factoring:Fakturakjøp']);
  });
  it('prefers the longest name', () => {
    expect(marked(en, 'Business process outsourcing is a kind of outsourcing.')).toEqual(['business-process-outsourcing:Business process outsourcing', 'outsourcing:outsourcing']);
    // Words of a name may break across lines, not across punctuation.
    expect(marked(en, 'business\n  process outsourcing; business process, outsourcing')).toEqual(['business-process-outsourcing:business\n  process outsourcing', 'outsourcing:outsourcing']);
  });
  it('matches abbreviations only in their case, and never inside a word', () => {
    expect(marked(en, 'BPO, bpo, Bpo, BPOs, aBPO and IR35 but not ir35.')).toEqual(['business-process-outsourcing:BPO', 'ir35:IR35']);
  });
  it('finds common inflected forms of nb and sv nouns, and English plurals', () => {
    expect(marked(nb, 'Outsourcingen og factoringen, underleverandører og underleverandørene, tjenesten og tjenestene.')).toEqual([
      'outsourcing:Outsourcingen',
      'factoring:factoringen',
      'subcontracting:underleverandører',
      'subcontracting:underleverandørene',
      'service:tjenesten',
      'service:tjenestene',
    ]);
    expect(marked(sv, 'Fakturan, fakturor och fakturorna; uppdragstagaren och uppdragstagarna; underleverantörerna; factoringen.')).toEqual([
      'invoice:Fakturan',
      'invoice:fakturor',
      'invoice:fakturorna',
      'contractor:uppdragstagaren',
      'contractor:uppdragstagarna',
      'subcontracting:underleverantörerna',
      'factoring:factoringen',
    ]);
    expect(marked(en, 'Policies and other policy documents')).toEqual(['policy:Policies', 'policy:policy']);
  });
  it('tells which preferred term a deprecated one stands for', () => {
    expect(marked(nb, 'Transisjonen tar tid.')).toEqual(['transition:Transisjonen>overgang']);
    expect(marked(en, 'an F-tax certificate')).toEqual(['f-tax:F-tax certificate>approved for F-tax']);
  });
  it('inflects words of four letters and more only', () => {
    expect(inflections('IT', 'nb')).toEqual([]);
    expect(inflections('avtal', 'sv')).toContain('avtalet');
  });
});
