import type { ArticleData, TermEntry } from '../articles/schema.ts';
import type { Glossary, Term } from '../articles/glossary.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Topic } from '../i18n/topics.ts';
import { articleUrl, conceptUrl } from '../urls/urls.ts';
import { designationsOf } from './terms.ts';

/**
 * The termbase view of the glossary: one concept per id, with what each language says about
 * it. The concept page, the exports (TBX, CSV, SKOS) and the JSON-LD all read this one model,
 * so they cannot disagree with each other or with the articles.
 */

/** A concept in one language: its terms with status, its definition and its article. */
export interface ConceptLanguage {
  lang: Locale;
  /** The article's title: the preferred term. */
  title: string;
  /** Every designation, preferred first (an article without `terms` has its title). */
  terms: TermEntry[];
  /** The article's one-sentence description is the definition. */
  definition: string;
  /** The article, absolute. */
  url: string;
  /** Where this language's concept differs from the others', or undefined. */
  equivalence?: string;
  updated?: Date;
}

export interface Concept {
  id: string;
  /** The languages the concept is written in, in chooser order. */
  languages: ConceptLanguage[];
  /** Topics (the translations agree on them; a union in case they do not). */
  topics: Topic[];
  /** Related concept ids, in any language's article, that exist as concepts. */
  related: string[];
  /** The concept page, absolute. */
  url: string;
  /** The newest `updated` of its articles. */
  updated?: Date;
}

/**
 * A concept in one language, from its article.
 * @example conceptLanguage(term, 'https://x.org').url // 'https://x.org/en/vendor/'
 */
export function conceptLanguage(term: { lang: Locale; id: string; data: ArticleData }, site: URL | string): ConceptLanguage {
  const { lang, id, data } = term;
  return {
    lang,
    title: data.title,
    terms: designationsOf(data),
    definition: data.description,
    url: new URL(articleUrl(lang, id), site).href,
    ...(data.equivalence ? { equivalence: data.equivalence } : {}),
    ...(data.updated ? { updated: data.updated } : {}),
  };
}

/**
 * Every concept of the glossary, by id, with each language it is written in.
 * @example conceptsOf(glossary, 'https://x.org').map((c) => c.url) // ['https://x.org/concepts/factoring/', 'https://x.org/concepts/vendor/']
 */
export function conceptsOf<T extends Term>(glossary: Glossary<T>, site: URL | string): Concept[] {
  const ids = new Set(glossary.conceptIds());
  return glossary.conceptIds().map((id) => {
    const articles = glossary.languagesOf(id).map((lang) => glossary.get(lang, id)!);
    const topics = new Set<Topic>(articles.flatMap((a) => a.data.topics));
    const related = new Set(articles.flatMap((a) => a.data.related).filter((r) => r !== id && ids.has(r)));
    const updated = newest(articles.map((a) => a.data.updated));
    return {
      id,
      languages: articles.map((a) => conceptLanguage(a, site)),
      topics: [...topics],
      related: [...related].sort(),
      url: new URL(conceptUrl(id), site).href,
      ...(updated ? { updated } : {}),
    };
  });
}

/**
 * The date of the whole termbase: its newest article's `updated` (the exports' version and
 * `dct:modified`), so the files change only when the content does.
 * @example lexiconDate([{ updated: new Date('2026-11-01') }, {}, { updated: new Date('2026-12-06') }])?.toISOString() // '2026-12-06T00:00:00.000Z'
 */
export function lexiconDate(concepts: readonly { updated?: Date }[]): Date | undefined {
  return newest(concepts.map((c) => c.updated));
}

function newest(dates: readonly (Date | undefined)[]): Date | undefined {
  let max: Date | undefined;
  for (const d of dates) if (d && (!max || d > max)) max = d;
  return max;
}

/**
 * A date as YYYY-MM-DD.
 * @example isoDay(new Date('2026-12-06T10:00:00Z')) // '2026-12-06'
 */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);
