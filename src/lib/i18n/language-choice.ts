import { LOCALES, type Locale } from './locales.ts';

/** Browser language tags that mean one of our languages (Norwegian in any form reads Bokmål). */
const ALIASES: Record<string, Locale> = { nb: 'nb', no: 'nb', nn: 'nb', sv: 'sv', en: 'en' };

/**
 * The language we give readers of a language: ours, and Danish readers Bokmål, which they
 * read with ease. Every other language reads English (Finnish too: Swedish is a school
 * subject in Finland, but English is the language more Finnish readers read with ease).
 */
const READERS: Record<string, Locale> = { ...ALIASES, da: 'nb' };

const baseOf = (tag: string | null | undefined) => (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';

/**
 * Which of our languages a BCP 47 tag means, if any (Norwegian in any form reads Bokmål).
 * @example localeOfTag('sv-FI') // 'sv'
 * @example localeOfTag('nn') // 'nb'
 * @example localeOfTag('de') // undefined
 */
export function localeOfTag(tag: string | null | undefined): Locale | undefined {
  const base = baseOf(tag);
  return Object.hasOwn(ALIASES, base) ? ALIASES[base] : undefined;
}

/**
 * The one rule for choosing a reader's language from their browser's languages (short links)
 * or a host page's language (embed.js): the first tag that is Norwegian (`no`, `nb`, `nn`)
 * or Danish gives `nb`, Swedish `sv`, English `en`; with none of those, `en`. Then English,
 * then the rest, for a concept not written in that language.
 * @example languageOrder(['da-DK']) // ['nb', 'en', 'sv']
 * @example languageOrder(['de-DE', 'sv']) // ['sv', 'en', 'nb']
 * @example languageOrder(['fi-FI']) // ['en', 'nb', 'sv']
 */
export function languageOrder(preferred: readonly (string | null | undefined)[]): Locale[] {
  const first = preferred.map(baseOf).find((base) => Object.hasOwn(READERS, base));
  return [...new Set<Locale>([first === undefined ? 'en' : READERS[first]!, 'en', ...LOCALES])];
}

/**
 * The reader's language among those a concept exists in (`languageOrder`), or undefined
 * when it exists in none.
 * @example pickLanguage(['sv', 'en'], ['de-DE']) // 'en'
 * @example pickLanguage(['nb', 'sv', 'en'], ['da']) // 'nb'
 * @example pickLanguage(['sv'], ['en']) // 'sv'
 */
export function pickLanguage(available: readonly Locale[], preferred: readonly (string | null | undefined)[]): Locale | undefined {
  return languageOrder(preferred).find((lang) => available.includes(lang));
}
