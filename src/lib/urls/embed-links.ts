// The pure half of embed.js (src/client/embed.ts bundles it): which elements of another site's
// page name one of our terms, where to look each one up, and what an API answer must hold
// before a card shows it. Nothing here touches the DOM, so unit tests cover it.
import type { ApiTerm } from '../formats/api.ts';
import { isConceptId } from './concept-id.ts';
import { languageOrder, localeOfTag } from '../i18n/language-choice.ts';
import { isLocale, type Locale } from '../i18n/locales.ts';
import { parseTermHref } from './term-links.ts';

/** A term named on a host page; no `lang` means "whichever language fits the page" (a short link). */
export interface TermTarget {
  id: string;
  lang?: Locale;
}

/** What a card shows: the fields of an API term it needs. */
export type CardTerm = Pick<ApiTerm, 'id' | 'lang' | 'title' | 'description' | 'url'>;

/**
 * Reads a link as one of our term URLs: on the site's origin, `/{lang}/{id}/` or the short
 * link `/{id}/`, with any query or fragment. Other pages of the site (`/nb/a-z/`) are not terms.
 * @example termOfLink('https://outsourcing-lexicon.org/sv/factoring/#risk', 'https://outsourcing-lexicon.org') // { id: 'factoring', lang: 'sv' }
 * @example termOfLink('https://outsourcing-lexicon.org/insourcing/', 'https://outsourcing-lexicon.org') // { id: 'insourcing' }
 * @example termOfLink('https://example.com/en/vendor/', 'https://outsourcing-lexicon.org') // undefined
 */
export function termOfLink(href: string, siteOrigin: string): TermTarget | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (url.origin !== siteOrigin) return undefined;
  const ref = parseTermHref(url.pathname);
  if (!ref) return undefined;
  const [first, second] = url.pathname.split('/').filter(Boolean);
  return second !== undefined && isLocale(first) ? { id: ref.id, lang: first } : { id: ref.id };
}

/**
 * Reads `<dfn data-lexicon="id" lang="sv">`: the id, and the language from the element's
 * (or its nearest ancestor's) `lang` when that is one of ours.
 * @example termOfDfn('factoring', 'sv') // { id: 'factoring', lang: 'sv' }
 * @example termOfDfn('factoring', 'de') // { id: 'factoring' }
 * @example termOfDfn('<script>', 'en') // undefined
 */
export function termOfDfn(id: string | undefined, lang: string | null | undefined): TermTarget | undefined {
  if (!id || !isConceptId(id)) return undefined;
  const locale = localeOfTag(lang);
  return locale ? { id, lang: locale } : { id };
}

/**
 * The languages to look a term up in, in order. A link with a language means that language
 * only; a short link is read for the host page's language by the same rule short links use
 * for readers (`languageOrder`), then English and the rest, so a concept written in one
 * language only still gets its card.
 * @example lookupOrder({ id: 'x', lang: 'sv' }, 'en') // ['sv']
 * @example lookupOrder({ id: 'x' }, 'da-DK') // ['nb', 'en', 'sv']
 * @example lookupOrder({ id: 'x' }, 'de') // ['en', 'nb', 'sv']
 */
export function lookupOrder(target: TermTarget, pageLang: string | null | undefined): Locale[] {
  if (target.lang) return [target.lang];
  return languageOrder([pageLang]);
}

/**
 * What a card may show from an API answer, or undefined when the answer is not a term:
 * every shown field must be text, and the link must be http(s) (never `javascript:`).
 * @example cardTerm({ id: 'vendor', lang: 'en', title: 'Vendor', description: 'A seller.', url: 'https://x.org/en/vendor/' }) // { id: 'vendor', lang: 'en', title: 'Vendor', description: 'A seller.', url: 'https://x.org/en/vendor/' }
 * @example cardTerm({ title: 'Vendor' }) // undefined
 */
export function cardTerm(data: unknown): CardTerm | undefined {
  const { id, lang, title, description, url } = Object(data) as Record<string, string>;
  const text = [id, title, description, url].every((field) => typeof field === 'string');
  return text && isLocale(lang) && /^https?:\/\//i.test(url!) ? { id: id!, lang, title: title!, description: description!, url: url! } : undefined;
}
