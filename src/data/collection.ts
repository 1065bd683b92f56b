import { getCollection, type CollectionEntry } from 'astro:content';
import { groupByLetter, type LetterGroup } from '../lib/i18n/alphabet.ts';
import { Glossary, parseEntryId, type Term } from '../lib/articles/glossary.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import type { FaqEntry } from '../lib/articles/sections.ts';
import { readHtml, type HtmlSlice } from '../loader/html-store.ts';
import { entryFaq } from '../loader/entry-facts.ts';

export interface Article extends Term {
  entry: CollectionEntry<'articles'>;
}

let glossary: Promise<Glossary<Article>> | undefined;

/** Every article, loaded once per build and shared by all pages. */
export function loadGlossary(): Promise<Glossary<Article>> {
  glossary ??= getCollection('articles').then(
    (entries) => new Glossary(entries.map((entry) => ({ ...parseEntryId(entry.id), data: entry.data, entry }))),
  );
  return glossary;
}

/** The language's terms grouped under its A–Å letters, computed once per language. */
const letterGroups = new Map<Locale, Promise<LetterGroup<Article>[]>>();
export function loadLetterGroups(lang: Locale): Promise<LetterGroup<Article>[]> {
  let groups = letterGroups.get(lang);
  if (!groups) {
    groups = loadGlossary().then((g) => groupByLetter(g.terms(lang), lang, (term) => term.data.title));
    letterGroups.set(lang, groups);
  }
  return groups;
}

/**
 * The HTML of an article rendered while content synced, from the file the store points to
 * (articles-loader.ts says why a file); undefined for one Astro renders (`render(entry)`).
 */
export function articleHtml(term: Article): string | undefined {
  // Read only by src/components/ArticleBody.astro, the one way a page shows an article.
  const slice = term.entry.rendered?.metadata?.html as HtmlSlice | undefined;
  return slice ? readHtml(slice) : undefined;
}

/** The FAQ of an article (topic articles have one), for its FAQPage data. */
export function articleFaq(term: Article): FaqEntry[] {
  return entryFaq(term.entry, term.lang);
}
