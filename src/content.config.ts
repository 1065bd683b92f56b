import { defineCollection } from 'astro:content';
import { articleSchema } from './lib/article-schema.ts';
import { contentDir } from './lib/content-dir.ts';
import { articlesLoader } from './data/articles-loader.ts';

const articles = defineCollection({
  loader: articlesLoader(contentDir()),
  schema: articleSchema,
});

export const collections = { articles };
