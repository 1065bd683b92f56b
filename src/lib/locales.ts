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
}

const LATIN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');

export const LOCALE_INFO = {
  nb: { name: 'Norsk (bokmål)', tag: 'nb', alphabet: [...LATIN, 'Æ', 'Ø', 'Å'], ogLocale: 'nb_NO' },
  sv: { name: 'Svenska', tag: 'sv', alphabet: [...LATIN, 'Å', 'Ä', 'Ö'], ogLocale: 'sv_SE' },
  en: { name: 'English', tag: 'en', alphabet: LATIN, ogLocale: 'en_GB' },
} as const satisfies Record<Locale, LocaleInfo>;

/**
 * Whether a string is one of our locales.
 * @example isLocale('sv') // true
 * @example isLocale('de') // false
 */
export function isLocale(value: string | undefined): value is Locale {
  return (LOCALES as readonly string[]).includes(value ?? '');
}

/** The other locales, in chooser order. */
export function otherLocales(lang: Locale): Locale[] {
  return LOCALES.filter((l) => l !== lang);
}
