import type { DefinedTerm, DefinedTermSet, FAQPage, WebPage, WithContext } from 'schema-dts';
import type { FaqEntry } from '../articles/sections.ts';
import { CONTENT_LICENCE } from '../termbase/licence.ts';
import type { TermsByStatus } from '../termbase/terms.ts';

/**
 * schema.org JSON-LD for our pages, typed with schema-dts (Google's schema.org typings): a
 * property a type does not have is a type error in `npm run check`. The page serialises them
 * with `jsonLdScript`. The language is the page's (`WebPage.inLanguage`), not the term's:
 * `DefinedTerm` has no `inLanguage`.
 */

export interface TermForLd {
  /** The concept id: the term's code in our set, the same in every language. */
  id: string;
  terms: TermsByStatus;
  description: string;
  url: string;
  lang: string;
  setName: string;
  setUrl: string;
  updated?: Date;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * A `DefinedTerm` for a concept in one language: the preferred term is its name, the admitted
 * terms its alternate names; deprecated terms are not names to use, so they are left out here
 * and carried with their status by the SKOS data beside it (termbase/skos.ts).
 * @example definedTerm({ id: 'factoring', terms: { preferred: { term: 'Factoring', status: 'preferred' }, admitted: [], deprecated: [] }, description: 'Selling invoices.', url: 'https://x/en/factoring/', lang: 'en', setName: 'Outsourcing Lexicon', setUrl: 'https://x/en/' }).termCode // 'factoring'
 */
export function definedTerm(term: TermForLd): DefinedTerm {
  return {
    '@type': 'DefinedTerm',
    '@id': `${term.url}#term`,
    name: term.terms.preferred.term,
    ...(term.terms.admitted.length ? { alternateName: term.terms.admitted.map((t) => t.term) } : {}),
    description: term.description,
    termCode: term.id,
    url: term.url,
    inDefinedTermSet: { '@type': 'DefinedTermSet', '@id': term.setUrl, name: term.setName, url: term.setUrl },
  };
}

/**
 * The article's page: a `WebPage` in the article's language whose main entity is the term.
 * @example articlePage({ id: 'vendor', terms: { preferred: { term: 'Vendor', status: 'preferred' }, admitted: [], deprecated: [] }, description: 'A seller.', url: 'https://x/en/vendor/', lang: 'en', setName: 'Outsourcing Lexicon', setUrl: 'https://x/en/' }).inLanguage // 'en'
 */
export function articlePage(term: TermForLd): WithContext<WebPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    '@id': term.url,
    url: term.url,
    name: term.terms.preferred.term,
    inLanguage: term.lang,
    ...(term.updated ? { dateModified: day(term.updated) } : {}),
    license: CONTENT_LICENCE.url,
    mainEntity: definedTerm(term),
  };
}

/** A `FAQPage` from an article's FAQ section. */
export function faqPage(faq: readonly FaqEntry[], lang: string, url: string): WithContext<FAQPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    url,
    inLanguage: lang,
    mainEntity: faq.map(({ question, answer }) => ({
      '@type': 'Question',
      name: question,
      acceptedAnswer: { '@type': 'Answer', text: answer },
    })),
  };
}

/**
 * The `DefinedTermSet` a language's glossary is: its terms (name, code, page) and its licence.
 * @example definedTermSet({ name: 'Outsourcing Lexicon', description: 'Terms.', url: 'https://x/en/', lang: 'en', terms: [] }).license // 'https://creativecommons.org/licenses/by/4.0/'
 */
export function definedTermSet(set: { name: string; description: string; url: string; lang: string; terms: readonly { id: string; name: string; url: string }[] }): WithContext<DefinedTermSet> {
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTermSet',
    '@id': set.url,
    name: set.name,
    description: set.description,
    url: set.url,
    inLanguage: set.lang,
    license: CONTENT_LICENCE.url,
    hasDefinedTerm: set.terms.map((t) => ({ '@type': 'DefinedTerm', '@id': `${t.url}#term`, name: t.name, termCode: t.id, url: t.url })),
  };
}

/**
 * The concept page: a `WebPage` in all the concept's languages, whose main entities are the
 * concept's `DefinedTerm` in each language (the same nodes as the articles', by `@id`).
 * @example conceptPage('https://x/concepts/vendor/', 'Vendor', [{ lang: 'en', term: { '@type': 'DefinedTerm', name: 'Vendor' } }]).inLanguage // ['en']
 */
export function conceptPage(url: string, name: string, terms: readonly { lang: string; term: DefinedTerm }[]): WithContext<WebPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    '@id': url,
    url,
    name,
    inLanguage: terms.map((t) => t.lang),
    license: CONTENT_LICENCE.url,
    mainEntity: terms.map((t) => t.term),
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` is escaped so text can never
 * close the script element.
 */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
