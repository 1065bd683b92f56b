import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './lib/article-schema.ts';
import { contentDir } from './lib/content-dir.ts';
import { LOCALES } from './lib/locales.ts';

const articles = defineCollection({
  loader: glob({ base: contentDir(), pattern: `{${LOCALES.join(',')}}/*.{md,mdx}` }),
  schema: articleSchema,
});

export const collections = { articles };
