import { sortByTerm } from '../i18n/alphabet.ts';
import type { ArticleData } from './schema.ts';
import { LOCALES, isLocale, type Locale } from '../i18n/locales.ts';

/** One article: a concept in one language. */
export interface Term {
  id: string;
  lang: Locale;
  data: ArticleData;
}

/**
 * Splits a content entry id (`nb/outsourcing`) into language and concept id.
 * @example parseEntryId('sv/f-tax') // { lang: 'sv', id: 'f-tax' }
 */
export function parseEntryId(entryId: string): { lang: Locale; id: string } {
  const [lang, id, ...rest] = entryId.split('/');
  if (!isLocale(lang) || !id || rest.length) throw new Error(`not an article entry id: "${entryId}"`);
  return { lang, id };
}

/**
 * Every article indexed by language and concept: which concepts exist in which languages,
 * and each language's terms in that language's collation order.
 */
export class Glossary<T extends Term = Term> {
  readonly #byLang = new Map<Locale, Map<string, T>>(LOCALES.map((l) => [l, new Map()]));
  readonly #sorted = new Map<Locale, T[]>();

  constructor(terms: Iterable<T>) {
    for (const term of terms) this.#byLang.get(term.lang)!.set(term.id, term);
  }

  /** Whether a concept is written in a language. */
  has(lang: Locale, id: string): boolean {
    return this.#byLang.get(lang)!.has(id);
  }

  get(lang: Locale, id: string): T | undefined {
    return this.#byLang.get(lang)!.get(id);
  }

  /** A language's terms in its collation order (by title). */
  terms(lang: Locale): T[] {
    let sorted = this.#sorted.get(lang);
    if (!sorted) {
      sorted = sortByTerm([...this.#byLang.get(lang)!.values()], lang, (term) => term.data.title);
      this.#sorted.set(lang, sorted);
    }
    return sorted;
  }

  /** The languages a concept is written in, in chooser order. */
  languagesOf(id: string): Locale[] {
    return LOCALES.filter((lang) => this.has(lang, id));
  }

  /** The same concept in the other languages it exists in. */
  translationsOf(term: Term): T[] {
    return this.languagesOf(term.id)
      .filter((lang) => lang !== term.lang)
      .map((lang) => this.get(lang, term.id)!);
  }

  /** Every concept id in any language. */
  conceptIds(): string[] {
    const ids = new Set<string>();
    for (const terms of this.#byLang.values()) for (const id of terms.keys()) ids.add(id);
    return [...ids].sort();
  }
}
