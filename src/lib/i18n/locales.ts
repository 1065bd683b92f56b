/**
 * The languages the glossary is written in: defined once here, used everywhere.
 * Order is the order of the language chooser and of language switchers.
 */
export const LOCALES = ['nb', 'sv', 'en'] as const;

export type Locale = (typeof LOCALES)[number];

/** The language short links and `x-default` fall back to when nothing better is known. */
export const DEFAULT_LOCALE: Locale = 'nb';

interface LocaleInfo {
  /** The language's name in the language itself, for switchers and labels. */
  name: string;
  /** BCP 47 tag for `<html lang>`, `hreflang` and `Intl`. */
  tag: string;
  /** The letters of the A–Å bar, in alphabet order. */
  alphabet: readonly string[];
  /** Open Graph locale. */
  ogLocale: string;
  /** Locale for dates: British English for `en`, our house style. */
  dateTag: string;
}

// Pure calls rather than spreads, so a bundle that needs no alphabet (embed.js) drops them.
const LATIN = /* @__PURE__ */ 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');

export const LOCALE_INFO = {
  nb: { name: 'Norsk bokmål', tag: 'nb', alphabet: /* @__PURE__ */ LATIN.concat('Æ', 'Ø', 'Å'), ogLocale: 'nb_NO', dateTag: 'nb-NO' },
  sv: { name: 'Svenska', tag: 'sv', alphabet: /* @__PURE__ */ LATIN.concat('Å', 'Ä', 'Ö'), ogLocale: 'sv_SE', dateTag: 'sv-SE' },
  en: { name: 'English', tag: 'en', alphabet: LATIN, ogLocale: 'en_GB', dateTag: 'en-GB' },
} as const satisfies Record<Locale, LocaleInfo>;

/**
 * Whether a string is one of our locales.
 * @example isLocale('sv') // true
 * @example isLocale('de') // false
 */
export function isLocale(value: string | undefined): value is Locale {
  return (LOCALES as readonly string[]).includes(value ?? '');
}

/**
 * A date as the language writes it in running text.
 * @example formatDate(new Date('2026-11-23'), 'en') // '23 November 2026'
 * @example formatDate(new Date('2026-11-23'), 'nb') // '23. november 2026'
 */
export function formatDate(date: Date, lang: Locale): string {
  return dateFormats[lang].format(date);
}

// Made once per language: a new Intl.DateTimeFormat per call cost ~0.3 ms per page. Pure, so
// bundles that never format a date (embed.js) drop it.
const dateFormats = /* @__PURE__ */ (() =>
  Object.fromEntries(
    LOCALES.map((l) => [l, new Intl.DateTimeFormat(LOCALE_INFO[l].dateTag, { dateStyle: 'long', timeZone: 'UTC' })]),
  ) as Record<Locale, Intl.DateTimeFormat>)();
