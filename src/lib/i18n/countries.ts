import type { Country } from '../articles/schema.ts';
import { LOCALE_INFO, type Locale } from './locales.ts';

const names = new Map<Locale, Intl.DisplayNames>();

/**
 * A country's name in the language of the page (the platform's region names).
 * @example countryName('NO', 'sv') // 'Norge'
 * @example countryName('GB', 'en') // 'United Kingdom'
 */
export function countryName(country: Country, lang: Locale): string {
  let display = names.get(lang);
  if (!display) names.set(lang, (display = new Intl.DisplayNames([LOCALE_INFO[lang].tag], { type: 'region' })));
  return display.of(country) ?? country;
}
