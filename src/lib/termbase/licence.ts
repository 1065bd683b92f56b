import type { Locale } from '../i18n/locales.ts';

/**
 * The licences, said once: the articles (and every export of them) are CC BY 4.0, the code is
 * MIT. README.md and LICENSE say the same in prose.
 */

/** The content's licence: text, terms and definitions, in every export. */
export const CONTENT_LICENCE = {
  /** SPDX identifier. */
  spdx: 'CC-BY-4.0',
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** The code's licence (this repository's source). */
export const CODE_LICENCE = {
  spdx: 'MIT',
  name: 'MIT',
  url: 'https://opensource.org/license/mit',
} as const;

const notices = {
  nb: 'Innholdet er lisensiert under CC BY 4.0: du kan dele og bearbeide det når du navngir {site} og lenker til kilden. Koden er lisensiert under MIT.',
  sv: 'Innehållet är licensierat under CC BY 4.0: du får dela och bearbeta det om du anger {site} och länkar till källan. Koden är licensierad under MIT.',
  en: 'The content is licensed under CC BY 4.0: you may share and adapt it if you credit {site} and link to the source. The code is licensed under MIT.',
} as const satisfies Record<Locale, string>;

/**
 * The licence notice in a language, for the footer and the downloads page.
 * @example licenceNotice('en', 'Outsourcing Lexicon') // 'The content is licensed under CC BY 4.0: you may share … The code is licensed under MIT.'
 */
export function licenceNotice(lang: Locale, site: string): string {
  return notices[lang].replace('{site}', site);
}

/**
 * The one line every export carries (TBX header, Turtle comment, CSV column).
 * @example licenceLine('Outsourcing Lexicon') // 'Outsourcing Lexicon. Content licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); credit the source.'
 */
export function licenceLine(siteName: string): string {
  return `${siteName}. Content licensed under ${CONTENT_LICENCE.name} (${CONTENT_LICENCE.url}); credit the source.`;
}
