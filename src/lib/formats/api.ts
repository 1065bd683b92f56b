import { z } from 'astro/zod';
import { letterOf } from '../i18n/alphabet.ts';
import { CONCEPT_ID_PATTERN } from '../urls/concept-id.ts';
import type { Glossary, Term } from '../articles/glossary.ts';
import { LOCALES, LOCALE_INFO, type Locale } from '../i18n/locales.ts';
import { COUNTRIES } from '../articles/schema.ts';
import { TOPICS } from '../i18n/topics.ts';
import { articleUrl } from '../urls/urls.ts';

/**
 * The static JSON API (docs/api.md), defined once: these schemas are what the endpoints
 * promise, what the build test checks every file against, and where the types come from.
 * A change that breaks a client needs a new version (`/api/v2/`), never an edit here.
 */
export const API_VERSION = 1;

const locale = z.enum(LOCALES);
const httpUrl = z.url({ protocol: /^https?$/ });
const letters = [...new Set(['#', ...LOCALES.flatMap((l) => LOCALE_INFO[l].alphabet)])] as [string, ...string[]];

/** One term, as listed in `/api/v1/{lang}/terms.json`. */
export const apiTermSchema = z.strictObject({
  id: z.string().regex(CONCEPT_ID_PATTERN),
  lang: locale,
  title: z.string().min(1),
  description: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  /** The article, absolute. */
  url: httpUrl,
  /** The A–Å letter the term is filed under in its language; `#` for digits and symbols. */
  letter: z.enum(letters),
  topics: z.array(z.enum(TOPICS)),
  /** YYYY-MM-DD, or null when the article does not say. */
  updated: z.iso.date().nullable(),
  /** The same concept in the other languages it is written in: language → absolute URL. */
  translations: z.partialRecord(locale, httpUrl),
});

const country = z.enum(COUNTRIES);
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** One term with its summary and dated facts: `/api/v1/{lang}/terms/{id}.json`. */
export const apiTermDetailSchema = apiTermSchema.extend({
  /** Plain text: the article's first section, cut at a sentence boundary. */
  summary: z.string(),
  /** YYYY-MM-DD: the day the article's facts were last verified against the authorities, or null. */
  checked: z.iso.date().nullable(),
  /** Where a rule differs by country: a short note per country (ISO 3166: NO, SE, US, GB). */
  jurisdictions: z.array(z.strictObject({ country, note: z.string().min(1) })),
  /** Rates, thresholds and amounts, each with the year it applies to, its source and the day it was checked. */
  figures: z.array(
    z.strictObject({ label: z.string().min(1), value: z.string().min(1), year: z.number().int(), country, source: httpUrl, checked: z.iso.date() }),
  ),
});

/** Every term of a language, in the language's A–Å order: `/api/v1/{lang}/terms.json`. */
export const apiTermListSchema = z.strictObject({
  version: z.literal(API_VERSION),
  lang: locale,
  terms: z.array(apiTermSchema),
});

export type ApiTerm = z.output<typeof apiTermSchema>;
export type ApiTermDetail = z.output<typeof apiTermDetailSchema>;
export type ApiTermList = z.output<typeof apiTermListSchema>;

/**
 * A term as the API shows it, with URLs made absolute on the site's address.
 * @example toApiTerm(glossary.get('sv', 'factoring'), glossary, site).url // 'https://outsourcing-lexicon.org/sv/factoring/'
 */
export function toApiTerm<T extends Term>(term: T, glossary: Glossary<T>, site: URL | string): ApiTerm {
  const { id, lang, data } = term;
  const absolute = (l: Locale) => new URL(articleUrl(l, id), site).href;
  return {
    id,
    lang,
    title: data.title,
    description: data.description,
    aliases: data.aliases,
    url: absolute(lang),
    letter: letterOf(data.title, lang),
    topics: data.topics,
    updated: data.updated ? isoDay(data.updated) : null,
    translations: Object.fromEntries(glossary.translationsOf(term).map((tr) => [tr.lang, absolute(tr.lang)])),
  };
}

/**
 * A term with the summary of its article.
 * @example toApiTermDetail(term, glossary, site, 'A vendor sells.').summary // 'A vendor sells.'
 */
export function toApiTermDetail<T extends Term>(term: T, glossary: Glossary<T>, site: URL | string, summary: string): ApiTermDetail {
  const { checked, jurisdictions, figures } = term.data;
  return {
    ...toApiTerm(term, glossary, site),
    summary,
    checked: checked ? isoDay(checked) : null,
    jurisdictions: jurisdictions.map(({ country, note }) => ({ country, note })),
    figures: figures.map((f) => ({ ...f, checked: isoDay(f.checked) })),
  };
}

/**
 * Every term of a language, in its A–Å order.
 * @example toApiTermList('sv', glossary, site).terms.map((t) => t.id) // ['factoring']
 */
export function toApiTermList<T extends Term>(lang: Locale, glossary: Glossary<T>, site: URL | string): ApiTermList {
  return { version: API_VERSION, lang, terms: glossary.terms(lang).map((term) => toApiTerm(term, glossary, site)) };
}

/**
 * A static endpoint's JSON response.
 * @example await jsonResponse({ version: 1 }).text() // '{"version":1}'
 */
export function jsonResponse(body: unknown): Response {
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
