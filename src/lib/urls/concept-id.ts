import { LOCALES } from '../i18n/locales.ts';

/**
 * First path segments the site itself uses. A concept id may not be one of them, or its
 * short link `/{id}/` would collide with a page, a folder or a file of the site.
 */
export const RESERVED_SEGMENTS = [
  ...LOCALES, 'api', 'embed', 'embed.js', 'oembed', 'search', 'a-z', 'topics', 'status',
  'pagefind', '_astro', 'assets', 'feed', 'rss', 'sitemap', '404', 'index', 'robots.txt', 'favicon.svg',
  'concepts', 'export', 'downloads',
] as const;

/** ASCII, lower-case kebab-case: `business-process-outsourcing`, `f-tax`, `ir35`. */
export const CONCEPT_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Whether a text can be a concept id (the check without the messages, for embed.js).
 * @example isConceptId('vendor-lock-in') // true
 * @example isConceptId('a-z') // false
 */
export function isConceptId(id: string): boolean {
  return CONCEPT_ID_PATTERN.test(id) && !(RESERVED_SEGMENTS as readonly string[]).includes(id);
}

/**
 * Why a concept id is not allowed, or undefined when it is fine.
 * @example conceptIdProblem('vendor-lock-in') // undefined
 * @example conceptIdProblem('Vendor_Lock') // 'concept id "Vendor_Lock" must be lower-case ASCII kebab-case …'
 */
export function conceptIdProblem(id: string): string | undefined {
  if (!CONCEPT_ID_PATTERN.test(id)) {
    return `concept id "${id}" must be lower-case ASCII kebab-case (a-z, 0-9 and single hyphens), e.g. "vendor-lock-in"; rename the file`;
  }
  if ((RESERVED_SEGMENTS as readonly string[]).includes(id)) {
    return `concept id "${id}" collides with the site path /${id}/ (reserved: ${RESERVED_SEGMENTS.join(', ')}); rename the file`;
  }
  return undefined;
}
