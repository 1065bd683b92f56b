import type { APIRoute } from 'astro';
import { loadGlossary } from '../../data/collection.ts';
import { localePaths } from '../../data/static-paths.ts';
import { atomFeed } from '../../lib/formats/atom.ts';
import { t } from '../../lib/i18n/strings.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { articleUrl, feedUrl, homeUrl } from '../../lib/urls/urls.ts';

/** How many of the newest terms a feed lists. */
const FEED_SIZE = 50;

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ params, site }) => {
  const lang = params.lang as Locale;
  const glossary = await loadGlossary();
  const entries = glossary
    .terms(lang)
    .filter((term) => term.data.updated)
    .sort((a, b) => b.data.updated!.getTime() - a.data.updated!.getTime() || a.id.localeCompare(b.id))
    .slice(0, FEED_SIZE)
    .map((term) => ({ title: term.data.title, summary: term.data.description, updated: term.data.updated!, url: new URL(articleUrl(lang, term.id), site).href }));
  const body = atomFeed({ title: t(lang, 'siteName'), url: new URL(homeUrl(lang), site).href, feedUrl: new URL(feedUrl(lang), site).href, lang, entries });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
