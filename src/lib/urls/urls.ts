import type { Locale } from '../i18n/locales.ts';

/**
 * The URL contract (docs/linking.md): every public path of the site is built here and
 * nowhere else, so a change to it is one change.
 */

/** `/{lang}/` — a language's home. */
export const homeUrl = (lang: Locale) => `/${lang}/`;

/** `/{lang}/{id}/` — an article. */
export const articleUrl = (lang: Locale, id: string, hash = '') => `/${lang}/${id}/${hash}`;

/** `/{id}/` — the language-neutral short link of a concept. */
export const shortUrl = (id: string) => `/${id}/`;

/** `/{lang}/a-z/` — the whole A–Å index; `#{slug}` is a letter's anchor on it. */
export const indexUrl = (lang: Locale) => `/${lang}/a-z/`;

/** `/{lang}/a-z/{slug}/` — one letter's page. */
export const letterUrl = (lang: Locale, slug: string) => `/${lang}/a-z/${slug}/`;

/** `/{lang}/topics/{topic}/` — a topic's page. */
export const topicUrl = (lang: Locale, topic: string) => `/${lang}/topics/${topic}/`;

/** `/{lang}/feed.xml` — the Atom feed of new and updated terms in a language. */
export const feedUrl = (lang: Locale) => `/${lang}/feed.xml`;

/** `/{lang}/search/` — the search page; `?q=` opens with results. */
export const searchUrl = (lang: Locale, query?: string) =>
  `/${lang}/search/${query ? `?q=${encodeURIComponent(query)}` : ''}`;

/** `/{lang}/search/names.json` — the name index search answers names from (docs/api.md). */
export const nameIndexUrl = (lang: Locale) => `/${lang}/search/names.json`;

/** `/{lang}/search/pages.json` — which article each of Pagefind's page ids is (src/build/search-pages.ts). */
export const pagefindPagesUrl = (lang: Locale) => `/${lang}/search/pages.json`;

/** `/api/v1/{lang}/terms.json` — every term of a language, as JSON (docs/api.md). */
export const apiTermsUrl = (lang: Locale) => `/api/v1/${lang}/terms.json`;

/** `/api/v1/{lang}/terms/{id}.json` — one term with its summary, as JSON (docs/api.md). */
export const apiTermUrl = (lang: Locale, id: string) => `/api/v1/${lang}/terms/${id}.json`;

/** `/api/v1/{lang}/names.json` — the names auto-link finds in a host page's text (docs/api.md). */
export const apiNamesUrl = (lang: Locale) => `/api/v1/${lang}/names.json`;

/** `/{lang}/embed/` — how to use our definitions on another site. */
export const embedGuideUrl = (lang: Locale) => `/${lang}/embed/`;

/** `/embed/{lang}/{id}/` — the definition card of a term, for an `<iframe>`. */
export const embedUrl = (lang: Locale, id: string) => `/embed/${lang}/${id}/`;

/** `/oembed/{lang}/{id}.json` — the oEmbed response for an article (discovered from its page). */
export const oembedUrl = (lang: Locale, id: string) => `/oembed/${lang}/${id}.json`;

/** `/concepts/` — every concept, with its preferred term in each language (the SKOS scheme's IRI). */
export const conceptsIndexUrl = () => '/concepts/';

/** `/concepts/{id}/` — a concept in every language side by side, with its terms' status (the termbase view). */
export const conceptUrl = (id: string) => `/concepts/${id}/`;

/** The exports of the whole termbase, by format (docs/api.md). */
export const EXPORT_FORMATS = ['tbx', 'csv', 'ttl', 'jsonld'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** `/export/lexicon.{tbx,csv,ttl,jsonld}` — the whole termbase as a file (TBX-Basic, CSV, SKOS Turtle, SKOS JSON-LD). */
export const exportUrl = (format: ExportFormat) => `/export/lexicon.${format}`;

/** `/{lang}/downloads/` — the exports with their size, date and licence. */
export const downloadsUrl = (lang: Locale) => `/${lang}/downloads/`;

/** `/embed.js` — the script other sites include to show definition cards on their term links. */
export const EMBED_SCRIPT_URL = '/embed.js';

