import { z } from 'astro/zod';
import { CONCEPT_ID_PATTERN } from './concept-id.ts';
import { TOPICS } from './topics.ts';

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
});

export type ArticleData = z.output<typeof articleSchema>;
