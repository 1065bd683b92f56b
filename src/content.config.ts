// defineCollection from the module astro:content re-exports it from: importing astro:content
// here makes content sync load Astro's page-rendering runtime, one module at a time through
// Vite, before it can start (docs/benchmarks.md).
import { defineCollection } from 'astro/content/config';
import { articleSchema } from './lib/articles/schema.ts';
import { paths } from './paths.ts';
import { articlesLoader } from './loader/articles-loader.ts';

const articles = defineCollection({
  loader: articlesLoader(paths.contentDir),
  schema: articleSchema,
});

export const collections = { articles };
