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
  searchMore: { nb: 'Vis flere treff', sv: 'Visa fler träffar', en: 'Show more results' },
  searchSearching: { nb: 'Søker …', sv: 'Söker …', en: 'Searching …' },
  searchAll: { nb: 'Alle treff for «{q}»', sv: 'Alla träffar för ”{q}”', en: 'All results for “{q}”' },
  searchDeprecated: { nb: 'frarådet', sv: 'avrådd', en: 'deprecated' },
  searchQuoted: { nb: '«{q}»', sv: '”{q}”', en: '“{q}”' },
  // A language's name as the sentence of each interface language writes it mid-line.
  langNb: { nb: 'norsk', sv: 'norska', en: 'Norwegian' },
  langSv: { nb: 'svensk', sv: 'svenska', en: 'Swedish' },
  langEn: { nb: 'engelsk', sv: 'engelska', en: 'English' },
  searchFailed: { nb: 'Søket kunne ikke lastes.', sv: 'Sökningen kunde inte laddas.', en: 'Search could not be loaded.' },
  searchTryIndex: { nb: 'Prøv oversikten over alle begreper', sv: 'Prova listan över alla begrepp', en: 'Try the list of all terms' },
} as const satisfies Record<string, Record<Locale, string>>;

const LANGUAGE_NAMES = { nb: 'langNb', sv: 'langSv', en: 'langEn' } as const;

/**
 * A language's name, as a sentence of `lang` writes it mid-line.
 * @example languageName('en', 'sv') // 'Swedish'
 */
export function languageName(lang: Locale, of: Locale): string {
  return strings[LANGUAGE_NAMES[of]][lang];
}

/**
 * A search UI string in a language, with `{name}` placeholders filled in.
 * @example searchText('en', 'searchResults', { n: 3, q: 'sla' }) // '3 results for “sla”'
 */
export function searchText(lang: Locale, key: keyof typeof strings, values: Record<string, string | number> = {}): string {
  return fill(strings[key][lang], values);
}
