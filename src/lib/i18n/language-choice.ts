import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales.ts';

/** Browser language tags that mean one of our languages (Norwegian in any form reads Bokmål). */
const ALIASES: Record<string, Locale> = { nb: 'nb', no: 'nb', nn: 'nb', sv: 'sv', en: 'en' };

/**
 * Which of our languages a BCP 47 tag means, if any (Norwegian in any form reads Bokmål).
 * @example localeOfTag('sv-FI') // 'sv'
 * @example localeOfTag('nn') // 'nb'
 * @example localeOfTag('de') // undefined
 */
export function localeOfTag(tag: string | null | undefined): Locale | undefined {
  const base = (tag ?? '').toLowerCase().split('-')[0] ?? '';
  return Object.hasOwn(ALIASES, base) ? ALIASES[base] : undefined;
}

/**
 * The reader's preferred language among those a concept exists in, from `navigator.languages`;
 * the default language (or the first available) when none of theirs is there.
 * @example pickLanguage(['sv', 'en'], ['de-DE', 'en-US']) // 'en'
 * @example pickLanguage(['nb', 'en'], ['nn-NO']) // 'nb'
 */
export function pickLanguage(available: readonly Locale[], preferred: readonly string[]): Locale | undefined {
  for (const tag of preferred) {
    const lang = localeOfTag(tag);
    if (lang && available.includes(lang)) return lang;
  }
  if (available.includes(DEFAULT_LOCALE)) return DEFAULT_LOCALE;
  return LOCALES.find((l) => available.includes(l));
}
