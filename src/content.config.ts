import { defineCollection } from 'astro:content';
import { articleSchema } from './lib/articles/schema.ts';
import { paths } from './paths.ts';
import { articlesLoader } from './loader/articles-loader.ts';

const articles = defineCollection({
  loader: articlesLoader(paths.contentDir),
  schema: articleSchema,
});

export const collections = { articles };
