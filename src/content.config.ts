import { defineCollection } from 'astro:content';
import { articleSchema } from './lib/article-schema.ts';
import { paths } from './paths.ts';
import { articlesLoader } from './data/articles-loader.ts';

const articles = defineCollection({
  loader: articlesLoader(paths.contentDir),
  schema: articleSchema,
});

export const collections = { articles };
