// JSON-LD typed with schema-dts: a property a schema.org type does not have is a type error, so
// `npm run check` (astro check, which includes tests/) fails on it. The @ts-expect-error lines
// below fail the check if the typings ever stopped catching these two mistakes.
import type { DefinedTerm, WithContext } from 'schema-dts';
import { describe, expect, it } from 'vitest';
import { articlePage, definedTerm, definedTermSet } from '../../src/lib/formats/structured-data.ts';
import { termsByStatus } from '../../src/lib/termbase/terms.ts';

const term = {
  id: 'factoring',
  terms: termsByStatus({ title: 'Factoring', terms: [{ term: 'factoring', status: 'preferred' }, { term: 'invoice factoring', status: 'admitted' }, { term: 'debt selling', status: 'deprecated', note: 'x' }] }),
  description: 'Selling invoices.',
  url: 'https://x.org/en/factoring/',
  lang: 'en',
  setName: 'Outsourcing Lexicon',
  setUrl: 'https://x.org/en/',
  updated: new Date('2026-12-01'),
};

describe('structured data', () => {
  it('puts the language and the date on the WebPage, the code and names on the DefinedTerm', () => {
    const page = articlePage(term) as unknown as Record<string, unknown>;
    expect(page).toMatchObject({ '@type': 'WebPage', inLanguage: 'en', dateModified: '2026-12-01', license: 'https://creativecommons.org/licenses/by/4.0/' });
    expect(page.mainEntity).toEqual(definedTerm(term));
    expect(definedTerm(term)).toMatchObject({ '@type': 'DefinedTerm', name: 'factoring', alternateName: ['invoice factoring'], termCode: 'factoring' });
    expect(definedTerm(term)).not.toHaveProperty('inLanguage');
  });
  it('lists the set’s terms with the licence', () => {
    const set = definedTermSet({ name: 'Lexicon', description: 'd', url: 'https://x.org/en/', lang: 'en', terms: [{ id: 'factoring', name: 'Factoring', url: term.url }] }) as unknown as Record<string, unknown>;
    expect(set).toMatchObject({ hasDefinedTerm: [{ '@type': 'DefinedTerm', termCode: 'factoring' }], license: 'https://creativecommons.org/licenses/by/4.0/' });
  });
  it('does not type-check a property DefinedTerm lacks', () => {
    const wrong: WithContext<DefinedTerm>[] = [
      // @ts-expect-error inLanguage is not a DefinedTerm property (it belongs on the WebPage)
      { '@context': 'https://schema.org', '@type': 'DefinedTerm', name: 'x', inLanguage: 'en' },
      // @ts-expect-error dateModified is not a DefinedTerm property either
      { '@context': 'https://schema.org', '@type': 'DefinedTerm', name: 'x', dateModified: '2026-12-01' },
    ];
    expect(wrong).toHaveLength(2);
  });
});
