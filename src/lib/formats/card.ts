import { t } from '../i18n/strings.ts';
import { LOCALES, LOCALE_INFO, type Locale } from '../i18n/locales.ts';

/** The words around a definition card (the iframe page and embed.js show the same). */
export interface CardText {
  /** The term's language, named in that language. */
  language: string;
  /** The site's name in that language, so a card on another site says where it is from. */
  source: string;
  readMore: string;
  /** The close button's name. */
  close: string;
  /** The line under a deprecated term's card, with `{term}` and `{preferred}` to fill in. */
  useInstead: string;
}

/**
 * The card words for a language.
 * @example cardText('sv').readMore // 'Läs mer'
 */
export function cardText(lang: Locale): CardText {
  return {
    language: LOCALE_INFO[lang].name,
    source: t(lang, 'siteName'),
    readMore: t(lang, 'readMore'),
    close: t(lang, 'close'),
    // Left unfilled: embed.js fills it with fill() for each card.
    useInstead: t(lang, 'useInstead', { term: '{term}', preferred: '{preferred}' }),
  };
}

/**
 * The card words for every language, for embed.js: it gets them baked in at build time rather
 * than bundling every interface string of the site.
 * @example cardTexts().nb.readMore // 'Les mer'
 */
export function cardTexts(): Record<Locale, CardText> {
  return Object.fromEntries(LOCALES.map((lang) => [lang, cardText(lang)])) as Record<Locale, CardText>;
}
