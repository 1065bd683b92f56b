import { isConceptId } from './concept-id.ts';
import { isLocale, type Locale } from '../i18n/locales.ts';
import { articleUrl } from './urls.ts';

/** A reference to a concept found in an article's link. */
export interface TermRef {
  id: string;
  /** `#fragment` including the `#`, or ''. */
  hash: string;
}

/**
 * Reads a link target as a reference to a concept: `/id`, `/id/`, `/{lang}/id/` (any of our
 * languages), each with an optional `#fragment`. Anything else (external URLs, relative
 * paths, reserved site paths such as `/nb/search/`) is not a term link and gives undefined.
 * @example parseTermHref('/subcontracting') // { id: 'subcontracting', hash: '' }
 * @example parseTermHref('/nb/subcontracting/#risiko') // { id: 'subcontracting', hash: '#risiko' }
 * @example parseTermHref('https://example.com/x') // undefined
 */
export function parseTermHref(href: string): TermRef | undefined {
  const match = /^\/(?:([a-z]{2})\/)?([^/#?]+)\/?(#.*)?$/.exec(href);
  if (!match) return undefined;
  const [, lang, id, hash = ''] = match;
  if (lang !== undefined && !isLocale(lang)) return undefined;
  if (!isConceptId(id!)) return undefined;
  return { id: id!, hash };
}

export type ResolvedTerm =
  | { found: true; id: string; url: string }
  | { found: false; id: string };

/**
 * Resolves a concept reference to the article of that concept in the given language:
 * term links always stay in the language of the article they are written in.
 * @example resolveTerm({ id: 'vendor', hash: '' }, 'sv', (l, id) => true) // { found: true, id: 'vendor', url: '/sv/vendor/' }
 */
export function resolveTerm(
  ref: TermRef,
  lang: Locale,
  exists: (lang: Locale, id: string) => boolean,
): ResolvedTerm {
  return exists(lang, ref.id)
    ? { found: true, id: ref.id, url: articleUrl(lang, ref.id, ref.hash) }
    : { found: false, id: ref.id };
}
