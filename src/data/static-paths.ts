import { LOCALES } from '../lib/i18n/locales.ts';
import { loadGlossary } from './collection.ts';

/** `getStaticPaths` for pages that exist once per language. */
export function localePaths() {
  return LOCALES.map((lang) => ({ params: { lang } }));
}

/** `getStaticPaths` for pages and files that exist once per article: `{ lang, concept }`, with the term as a prop. */
export async function articlePaths() {
  const glossary = await loadGlossary();
  return LOCALES.flatMap((lang) => glossary.terms(lang).map((term) => ({ params: { lang, concept: term.id }, props: { term } })));
}
