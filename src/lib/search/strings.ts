import { fill } from '../i18n/strings.ts';
import type { Locale } from '../i18n/locales.ts';

/**
 * The search UI's own strings, apart from the site's so the lazily loaded search script
 * carries only these. Each key exists in all three languages (the type checks it).
 */
const strings = {
  searchResults: { nb: '{n} treff for «{q}»', sv: '{n} träffar för ”{q}”', en: '{n} results for “{q}”' },
  searchOneResult: { nb: '1 treff for «{q}»', sv: '1 träff för ”{q}”', en: '1 result for “{q}”' },
  searchNoResults: { nb: 'Ingen treff for «{q}».', sv: 'Inga träffar för ”{q}”.', en: 'No results for “{q}”.' },
  searchOtherLanguages: {
    nb: 'Ingen treff på norsk – treff på andre språk:',
    sv: 'Inga träffar på svenska – träffar på andra språk:',
    en: 'No results in English – results in other languages:',
  },
  searchMore: { nb: 'Vis flere treff', sv: 'Visa fler träffar', en: 'Show more results' },
  searchDidYouMean: { nb: 'Mente du', sv: 'Menade du', en: 'Did you mean' },
  searchFailed: { nb: 'Søket kunne ikke lastes.', sv: 'Sökningen kunde inte laddas.', en: 'Search could not be loaded.' },
  searchTryIndex: { nb: 'Prøv oversikten over alle begreper', sv: 'Prova listan över alla begrepp', en: 'Try the list of all terms' },
} as const satisfies Record<string, Record<Locale, string>>;

/**
 * A search UI string in a language, with `{name}` placeholders filled in.
 * @example searchText('en', 'searchResults', { n: 3, q: 'sla' }) // '3 results for “sla”'
 */
export function searchText(lang: Locale, key: keyof typeof strings, values: Record<string, string | number> = {}): string {
  return fill(strings[key][lang], values);
}
