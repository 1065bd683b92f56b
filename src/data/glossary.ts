import { getCollection, type CollectionEntry } from 'astro:content';
import { groupByLetter, type LetterGroup } from '../lib/alphabet.ts';
import { Glossary, parseEntryId, type Term } from '../lib/glossary.ts';
import type { Locale } from '../lib/locales.ts';

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
