import { t } from '../i18n/strings.ts';
import { formatDate, type Locale } from '../i18n/locales.ts';

/**
 * A one-line citation of an article: title, site, URL and date, in the article's language.
 * @example citationLine({ lang: 'en', title: 'Factoring', url: 'https://x/en/factoring/', updated: new Date('2026-11-23') })
 *   // '“Factoring”. Outsourcing Lexicon. https://x/en/factoring/ (last updated 23 November 2026).'
 */
export function citationLine({ lang, title, url, updated }: { lang: Locale; title: string; url: string; updated?: Date }): string {
  const date = updated ? ` (${t(lang, 'citationUpdated', { date: formatDate(updated, lang) })})` : '';
  return `${t(lang, 'citationTitle', { title })}. ${t(lang, 'siteName')}. ${url}${date}.`;
}
