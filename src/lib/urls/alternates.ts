import { LOCALES, type Locale } from '../i18n/locales.ts';

export interface Alternate {
  /** `nb`, `sv`, `en` or `x-default`. */
  hreflang: string;
  path: string;
}

/**
 * The `<link rel="alternate" hreflang>` set of a page: one per language the page exists in
 * (chooser order), plus `x-default`. Each page of the set gets the same list, so the
 * alternates are reciprocal by construction.
 * @example alternatesFor({ nb: '/nb/', en: '/en/' }, '/').map((a) => a.hreflang) // ['nb', 'en', 'x-default']
 */
export function alternatesFor(paths: Partial<Record<Locale, string>>, xDefault: string): Alternate[] {
  return [
    ...LOCALES.filter((lang) => paths[lang]).map((lang) => ({ hreflang: lang, path: paths[lang]! })),
    { hreflang: 'x-default', path: xDefault },
  ];
}

/** The same path shape in every language: `(lang) => /${lang}/a-z/`. */
export function everyLocale(path: (lang: Locale) => string): Record<Locale, string> {
  return Object.fromEntries(LOCALES.map((lang) => [lang, path(lang)])) as Record<Locale, string>;
}
