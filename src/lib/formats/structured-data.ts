import type { FaqEntry } from '../articles/sections.ts';

/**
 * schema.org JSON-LD for our pages. Plain objects in, plain objects out; the page
 * serialises them with `jsonLdScript`.
 */

export interface TermForLd {
  name: string;
  description: string;
  aliases: readonly string[];
  url: string;
  lang: string;
  setName: string;
  setUrl: string;
  updated?: Date;
}

/**
 * A `DefinedTerm` for an article.
 * @example definedTerm({ name: 'Factoring', description: 'Selling invoices.', aliases: ['invoice factoring'], url: 'https://x/en/factoring/', lang: 'en', setName: 'Outsourcing Lexicon', setUrl: 'https://x/en/' })['@type'] // 'DefinedTerm'
 */
export function definedTerm(term: TermForLd): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTerm',
    '@id': term.url,
    name: term.name,
    description: term.description,
    ...(term.aliases.length ? { alternateName: [...term.aliases] } : {}),
    inLanguage: term.lang,
    url: term.url,
    ...(term.updated ? { dateModified: term.updated.toISOString().slice(0, 10) } : {}),
    inDefinedTermSet: { '@type': 'DefinedTermSet', '@id': term.setUrl, name: term.setName, url: term.setUrl },
  };
}

/** A `FAQPage` from an article's FAQ section. */
export function faqPage(faq: readonly FaqEntry[], lang: string, url: string): Record<string, unknown> {
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

/** The `DefinedTermSet` a language's glossary is. */
export function definedTermSet(set: { name: string; description: string; url: string; lang: string }): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTermSet',
    '@id': set.url,
    name: set.name,
    description: set.description,
    url: set.url,
    inLanguage: set.lang,
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` is escaped so text can never
 * close the script element.
 */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
