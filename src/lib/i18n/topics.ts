import type { Locale } from './locales.ts';

/** Topic ids, in the order the site lists them. */
export const TOPICS = ['outsourcing', 'bpo', 'insourcing', 'factoring', 'contractor-status'] as const;
export type Topic = (typeof TOPICS)[number];

const topicNames = {
  outsourcing: { nb: 'Outsourcing', sv: 'Outsourcing', en: 'Outsourcing' },
  bpo: { nb: 'Forretningsprosessutsetting (BPO)', sv: 'Outsourcing av affärsprocesser (BPO)', en: 'Business process outsourcing (BPO)' },
  insourcing: { nb: 'Insourcing', sv: 'Insourcing', en: 'Insourcing' },
  factoring: { nb: 'Factoring', sv: 'Factoring', en: 'Factoring' },
  'contractor-status': {
    nb: 'Arbeidstaker eller oppdragstaker',
    sv: 'Anställd eller uppdragstagare',
    en: 'Employee or contractor',
  },
} as const satisfies Record<Topic, Record<Locale, string>>;

/**
 * A topic's name in a language.
 * @example topicName('contractor-status', 'en') // 'Employee or contractor'
 */
export function topicName(topic: Topic, lang: Locale): string {
  return topicNames[topic][lang];
}
