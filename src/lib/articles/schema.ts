import { z } from 'astro/zod';
import { CONCEPT_ID_PATTERN } from '../urls/concept-id.ts';
import { TOPICS } from '../i18n/topics.ts';

/**
 * `keywords` as a list, or as the comma-separated string many existing articles carry
 * (`keywords: Business,Small Business`); either way it becomes a trimmed list.
 * @example keywordList.parse('Business, Small Business') // ['Business', 'Small Business']
 */
export const keywordList = z
  .union([z.array(z.string()), z.string()])
  .transform((value) => (Array.isArray(value) ? value : value.split(',')).map((k) => k.trim()).filter(Boolean));

const nonEmpty = (field: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `${field} is required` : `${field} must be text, not ${typeof issue.input}`) })
    .trim()
    .min(1, `${field} must not be empty`);

/** The countries whose law an article may describe: Norway, Sweden, the US and the UK (ISO 3166 codes). */
export const COUNTRIES = ['NO', 'SE', 'US', 'GB'] as const;
export type Country = (typeof COUNTRIES)[number];

const country = z.enum(COUNTRIES, {
  error: (issue) => `unknown country ${JSON.stringify(issue.input)}; use one of: ${COUNTRIES.join(', ')}`,
});

const isoDate = (field: string) => z.coerce.date({ error: `${field} must be a date (YYYY-MM-DD)` });

/** Statuses a term can have, as in TBX (preferred, admitted, deprecated). */
export const TERM_STATUSES = ['preferred', 'admitted', 'deprecated'] as const;
/** Term types, as in TBX-Basic's `termType`. */
export const TERM_TYPES = ['fullForm', 'abbreviation', 'acronym', 'shortForm', 'variant'] as const;
/** Parts of speech, as in TBX's `partOfSpeech`. */
export const PARTS_OF_SPEECH = ['noun', 'verb', 'adjective', 'adverb', 'properNoun', 'other'] as const;
/** Grammatical genders of nb (masculine, feminine, neuter) and sv (common, neuter) nouns. */
export const GENDERS = ['masculine', 'feminine', 'neuter', 'common'] as const;

/**
 * One designation of the concept in the article's language, with its status.
 * @example termSchema.parse({ term: 'BPO', status: 'admitted', type: 'abbreviation' }).status // 'admitted'
 */
export const termSchema = z.object({
  term: nonEmpty('term'),
  status: z.enum(TERM_STATUSES, { error: `status must be one of: ${TERM_STATUSES.join(', ')}` }),
  type: z.enum(TERM_TYPES, { error: `type must be one of: ${TERM_TYPES.join(', ')}` }).optional(),
  partOfSpeech: z.enum(PARTS_OF_SPEECH, { error: `partOfSpeech must be one of: ${PARTS_OF_SPEECH.join(', ')}` }).optional(),
  gender: z.enum(GENDERS, { error: `gender must be one of: ${GENDERS.join(', ')}` }).optional(),
  note: z.string().trim().min(1).optional(),
});

/** Frontmatter of an article. Only `title` and `description` are required. */
export const articleSchema = z.object({
  title: nonEmpty('title'),
  description: nonEmpty('description'),
  aliases: z.array(z.string().trim().min(1)).default([]),
  keywords: keywordList.default([]),
  topics: z
    .array(z.enum(TOPICS, { error: (issue) => `unknown topic ${JSON.stringify(issue.input)}; use one of: ${TOPICS.join(', ')}` }))
    .default([]),
  related: z
    .array(z.string().regex(CONCEPT_ID_PATTERN, 'related entries are concept ids (lower-case kebab-case)'))
    .default([]),
  updated: z.coerce
    .date({ error: 'updated must be a date (YYYY-MM-DD)' })
    .optional(),
  sources: z
    .array(
      z.object({
        title: nonEmpty('source title'),
        url: z.url({ error: 'each source needs a url (https://…)' }),
      }),
    )
    .default([]),
  /** The day the article's facts were last verified against the authorities (`updated` is the last change to the text). */
  checked: isoDate('checked').optional(),
  /** Real designations of the concept with their status; the title is the preferred one. */
  terms: z.array(termSchema).default([]),
  /** Where a rule differs by country: one short note per country, in the article's language. */
  jurisdictions: z
    .array(z.object({ country, note: nonEmpty('jurisdiction note') }))
    .default([]),
  /** Rates, thresholds and amounts, each with the year it applies to, its authority's page and the day it was checked. */
  figures: z
    .array(
      z.object({
        label: nonEmpty('figure label'),
        value: nonEmpty('figure value'),
        year: z.number({ error: 'figure year must be a year such as 2026' }).int().min(1900).max(2100),
        country,
        source: z.url({ error: 'each figure needs a source url (https://…)' }),
        checked: isoDate('figure checked'),
      }),
    )
    .default([]),
});

export type ArticleData = z.output<typeof articleSchema>;
export type TermEntry = ArticleData['terms'][number];
export type JurisdictionNote = ArticleData['jurisdictions'][number];
export type DatedFigure = ArticleData['figures'][number];

