import { fill } from '../i18n/strings.ts';
import type { Locale } from '../i18n/locales.ts';
import type { TermEntry } from './terms.ts';

/**
 * The termbase's interface strings (terms by status, the concept page, the downloads page),
 * in every language: each key exists in all three (the type checks it). Status names follow the
 * terminology of each language's councils: Språkrådet (anbefalt, tillatt, frarådet) and
 * TNC/ISOF (rekommenderad, tillåten, avrådd).
 */
const strings = {
  terms: { nb: 'Termer', sv: 'Termer', en: 'Terms' },
  preferredLabel: { nb: 'Anbefalt term', sv: 'Rekommenderad term', en: 'Preferred term' },
  admittedLabel: { nb: 'Også brukt', sv: 'Används också', en: 'Also used' },
  deprecatedLabel: { nb: 'Unngå', sv: 'Undvik', en: 'Avoid' },
  preferred: { nb: 'anbefalt', sv: 'rekommenderad', en: 'preferred' },
  admitted: { nb: 'tillatt', sv: 'tillåten', en: 'admitted' },
  deprecated: { nb: 'frarådet', sv: 'avrådd', en: 'deprecated' },
  deprecatedUse: { nb: '«{term}» er en frarådet term; bruk «{preferred}».', sv: '”{term}” är en avrådd term; använd ”{preferred}”.', en: '“{term}” is a deprecated term; use “{preferred}”.' },
  deprecatedTitle: { nb: '{term} (frarådet term)', sv: '{term} (avrådd term)', en: '{term} (deprecated term)' },
  readArticle: { nb: 'Les artikkelen om {title}', sv: 'Läs artikeln om {title}', en: 'Read the article on {title}' },
  definition: { nb: 'Definisjon', sv: 'Definition', en: 'Definition' },
  equivalence: { nb: 'Ekvivalens', sv: 'Ekvivalens', en: 'Equivalence' },
  notWritten: { nb: 'Ikke skrevet på norsk ennå.', sv: 'Inte skrivet på svenska ännu.', en: 'Not written in English yet.' },
  conceptLink: { nb: 'Begrepet på norsk, svensk og engelsk', sv: 'Begreppet på norska, svenska och engelska', en: 'The concept in Norwegian, Swedish and English' },
  conceptsTitle: { nb: 'Alle begreper på tre språk', sv: 'Alla begrepp på tre språk', en: 'All concepts in three languages' },
  conceptsIntro: {
    nb: 'Hvert begrep med anbefalt term på norsk, svensk og engelsk. Åpne et begrep for å se termene med status og definisjonene side om side.',
    sv: 'Varje begrepp med rekommenderad term på norska, svenska och engelska. Öppna ett begrepp för att se termerna med status och definitionerna sida vid sida.',
    en: 'Every concept with its preferred term in Norwegian, Swedish and English. Open a concept to see its terms with their status and the definitions side by side.',
  },
  conceptDescription: {
    nb: 'Termer med status og definisjoner på norsk, svensk og engelsk: {terms}.',
    sv: 'Termer med status och definitioner på norska, svenska och engelska: {terms}.',
    en: 'Terms with their status and definitions in Norwegian, Swedish and English: {terms}.',
  },
  related: { nb: 'Relaterte begreper', sv: 'Relaterade begrepp', en: 'Related concepts' },
  downloads: { nb: 'Last ned termbasen', sv: 'Ladda ner termbanken', en: 'Download the termbase' },
  downloadsIntro: {
    nb: 'Alle begrepene med termer, status og definisjoner på norsk, svensk og engelsk, i formater som oversettelsesverktøy og terminologiverktøy leser.',
    sv: 'Alla begrepp med termer, status och definitioner på norska, svenska och engelska, i format som översättningsverktyg och terminologiverktyg läser.',
    en: 'Every concept with its terms, their status and definitions in Norwegian, Swedish and English, in formats translation and terminology tools read.',
  },
  file: { nb: 'Fil', sv: 'Fil', en: 'File' },
  format: { nb: 'Format', sv: 'Format', en: 'Format' },
  size: { nb: 'Størrelse', sv: 'Storlek', en: 'Size' },
  date: { nb: 'Dato', sv: 'Datum', en: 'Date' },
  licence: { nb: 'Lisens', sv: 'Licens', en: 'Licence' },
  tbxUse: { nb: 'For oversettelsesverktøy (Trados, memoQ, Phrase) og termbaser.', sv: 'För översättningsverktyg (Trados, memoQ, Phrase) och termbanker.', en: 'For translation tools (Trados, memoQ, Phrase) and termbases.' },
  csvUse: { nb: 'Én rad per term, for regneark og import i CAT-verktøy.', sv: 'En rad per term, för kalkylblad och import i CAT-verktyg.', en: 'One row per term, for spreadsheets and CAT tool import.' },
  ttlUse: { nb: 'SKOS for lenkede data og tesaurusverktøy.', sv: 'SKOS för länkade data och tesaurusverktyg.', en: 'SKOS for linked data and thesaurus tools.' },
  jsonldUse: { nb: 'De samme SKOS-dataene som JSON-LD.', sv: 'Samma SKOS-data som JSON-LD.', en: 'The same SKOS data as JSON-LD.' },
  fullForm: { nb: 'fullform', sv: 'fullständig form', en: 'full form' },
  abbreviation: { nb: 'forkortelse', sv: 'förkortning', en: 'abbreviation' },
  acronym: { nb: 'akronym', sv: 'akronym', en: 'acronym' },
  shortForm: { nb: 'kortform', sv: 'kortform', en: 'short form' },
  variant: { nb: 'variant', sv: 'variant', en: 'variant' },
  noun: { nb: 'substantiv', sv: 'substantiv', en: 'noun' },
  verb: { nb: 'verb', sv: 'verb', en: 'verb' },
  adjective: { nb: 'adjektiv', sv: 'adjektiv', en: 'adjective' },
  adverb: { nb: 'adverb', sv: 'adverb', en: 'adverb' },
  properNoun: { nb: 'egennavn', sv: 'egennamn', en: 'proper noun' },
  other: { nb: 'annet', sv: 'annat', en: 'other' },
  masculine: { nb: 'hankjønn', sv: 'maskulinum', en: 'masculine' },
  feminine: { nb: 'hunkjønn', sv: 'femininum', en: 'feminine' },
  neuter: { nb: 'intetkjønn', sv: 'neutrum', en: 'neuter' },
  common: { nb: 'felleskjønn', sv: 'utrum', en: 'common gender' },
} as const satisfies Record<string, Record<Locale, string>>;

export type TermbaseKey = keyof typeof strings;

/**
 * A termbase string in a language, with `{name}` placeholders filled in.
 * @example tt('en', 'deprecatedUse', { term: 'transisjon', preferred: 'overgang' }) // '“transisjon” is a deprecated term; use “overgang”.'
 */
export function tt(lang: Locale, key: TermbaseKey, values: Record<string, string | number> = {}): string {
  return fill(strings[key][lang], values);
}

/**
 * A term's grammar and type as a short phrase in a language, or '' when it has none.
 * @example termDetails({ term: 'BPO', status: 'admitted', type: 'abbreviation' }, 'nb') // 'forkortelse'
 * @example termDetails({ term: 'factoring', status: 'preferred', partOfSpeech: 'noun', gender: 'masculine' }, 'nb') // 'substantiv, hankjønn'
 */
export function termDetails(term: TermEntry, lang: Locale): string {
  return [term.partOfSpeech, term.gender, term.type].filter((k) => k !== undefined).map((k) => strings[k][lang]).join(', ');
}
