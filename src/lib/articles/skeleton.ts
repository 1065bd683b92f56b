import { SECTION_HEADINGS } from './sections.ts';
import type { Locale } from '../i18n/locales.ts';

const SECTIONS = {
  nb: ['Hva begrepet betyr', 'Slik fungerer det', 'Regler i Norge'],
  sv: ['Vad begreppet betyder', 'Så fungerar det', 'Regler i Sverige'],
  en: ['What the term means', 'How it works', 'Rules in the UK and the US'],
} as const satisfies Record<Locale, readonly string[]>;

const TODO = {
  nb: 'Skriv en setning som definerer begrepet.',
  sv: 'Skriv en mening som definierar begreppet.',
  en: 'Write one sentence that defines the term.',
} as const satisfies Record<Locale, string>;

/**
 * A new article with valid frontmatter and the standard sections, for `npm run new-term`.
 * @example articleSkeleton({ lang: 'en', title: 'Escrow', date: '2026-11-23' }).startsWith('---\ntitle: "Escrow"\n') // true
 */
export function articleSkeleton({ lang, title, date }: { lang: Locale; title: string; date: string }): string {
  const quoted = JSON.stringify(title);
  return [
    '---',
    `title: ${quoted}`,
    `description: ${JSON.stringify(TODO[lang])}`,
    'aliases: []',
    'keywords: []',
    'topics: []',
    'related: []',
    `updated: ${date}`,
    'sources: []',
    '---',
    '',
    ...[...SECTIONS[lang], SECTION_HEADINGS.takeaways[lang]].flatMap((heading) => [`## ${heading}`, '', '', '']),
  ].join('\n');
}
