import { t } from '../i18n/strings.ts';
import { LOCALES } from '../i18n/locales.ts';
import { conceptsIndexUrl, type ExportFormat } from '../urls/urls.ts';
import type { Concept } from './concepts.ts';
import { csvDocument } from './csv.ts';
import { jsonLdDocument, turtleDocument, type SchemeInfo } from './skos.ts';
import { tbxDocument } from './tbx.ts';


/**
 * The SKOS scheme of the site at `site`: the concept index is its IRI, the site's names its titles.
 * @example schemeOf('https://outsourcing-lexicon.org').iri // 'https://outsourcing-lexicon.org/concepts/'
 */
export function schemeOf(site: URL | string): SchemeInfo {
  return {
    iri: new URL(conceptsIndexUrl(), site).href,
    titles: Object.fromEntries(LOCALES.map((lang) => [lang, t(lang, 'siteName')])) as SchemeInfo['titles'],
  };
}

/**
 * One export of the whole termbase, as the file's text. Every export is made from the same
 * concepts (concepts.ts), so they agree with each other and with the articles.
 * @example exportDocument('csv', [], site).startsWith('\uFEFFconcept_id,') // true
 */
export function exportDocument(format: ExportFormat, concepts: readonly Concept[], site: URL | string): string {
  const siteName = t('en', 'siteName');
  switch (format) {
    case 'tbx':
      return tbxDocument(concepts, { title: siteName, site: new URL('/', site).href });
    case 'csv':
      return csvDocument(concepts);
    case 'ttl':
      return turtleDocument(concepts, schemeOf(site), siteName);
    case 'jsonld':
      return `${JSON.stringify(jsonLdDocument(concepts, schemeOf(site)), null, 1)}\n`;
  }
}
