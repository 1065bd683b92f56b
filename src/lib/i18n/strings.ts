import type { Locale } from './locales.ts';

/**
 * Interface strings in every language. Each key exists in all three (the type checks it),
 * so a page can never show an untranslated label.
 */
const strings = {
  siteName: { nb: 'Outsourcingleksikon', sv: 'Outsourcinglexikon', en: 'Outsourcing Lexicon' },
  tagline: {
    nb: 'Begreper om outsourcing, BPO, insourcing, factoring og oppdragstakere – forklart.',
    sv: 'Begrepp om outsourcing, BPO, insourcing, factoring och uppdragstagare – förklarade.',
    en: 'Outsourcing, BPO, insourcing, factoring and contractor status – explained.',
  },
  chooseLanguage: { nb: 'Velg språk', sv: 'Välj språk', en: 'Choose a language' },
  skipToContent: { nb: 'Hopp til innholdet', sv: 'Hoppa till innehållet', en: 'Skip to content' },
  home: { nb: 'Forside', sv: 'Startsida', en: 'Home' },
  azIndex: { nb: 'A–Å', sv: 'A–Ö', en: 'A–Z' },
  azIndexTitle: { nb: 'Alle begreper A–Å', sv: 'Alla begrepp A–Ö', en: 'All terms A–Z' },
  letterNav: { nb: 'Begreper etter forbokstav', sv: 'Begrepp efter begynnelsebokstav', en: 'Terms by first letter' },
  letterTitle: { nb: 'Begreper på {letter}', sv: 'Begrepp på {letter}', en: 'Terms starting with {letter}' },
  otherGroup: { nb: 'Tall og tegn', sv: 'Siffror och tecken', en: 'Digits and symbols' },
  noTermsForLetter: { nb: 'ingen begreper', sv: 'inga begrepp', en: 'no terms' },
  termCount: { nb: '{n} begreper', sv: '{n} begrepp', en: '{n} terms' },
  termCountOne: { nb: '{n} begrep', sv: '{n} begrepp', en: '{n} term' },
  topics: { nb: 'Emner', sv: 'Ämnen', en: 'Topics' },
  topic: { nb: 'Emne', sv: 'Ämne', en: 'Topic' },
  alsoCalled: { nb: 'Også kalt', sv: 'Kallas även', en: 'Also called' },
  related: { nb: 'Relaterte begreper', sv: 'Relaterade begrepp', en: 'Related terms' },
  sources: { nb: 'Kilder', sv: 'Källor', en: 'Sources' },
  updated: { nb: 'Sist oppdatert', sv: 'Senast uppdaterad', en: 'Last updated' },
  factsChecked: { nb: 'Fakta kontrollert', sv: 'Fakta kontrollerade', en: 'Facts checked' },
  byCountry: { nb: 'Slik er det i hvert land', sv: 'Så är det i varje land', en: 'Country by country' },
  figures: { nb: 'Satser og beløp', sv: 'Belopp och satser', en: 'Rates and amounts' },
  figureWhat: { nb: 'Hva', sv: 'Vad', en: 'What' },
  figureValue: { nb: 'Verdi', sv: 'Värde', en: 'Value' },
  figureYear: { nb: 'Gjelder for', sv: 'Gäller för', en: 'Applies to' },
  figureCountry: { nb: 'Land', sv: 'Land', en: 'Country' },
  figureSource: { nb: 'Kilde, kontrollert', sv: 'Källa, kontrollerad', en: 'Source, checked' },
  otherLanguages: { nb: 'På andre språk', sv: 'På andra språk', en: 'In other languages' },
  languageSwitcher: { nb: 'Språk', sv: 'Språk', en: 'Language' },
  breadcrumbs: { nb: 'Brødsmulesti', sv: 'Brödsmulor', en: 'Breadcrumbs' },
  search: { nb: 'Søk', sv: 'Sök', en: 'Search' },
  searchLabel: { nb: 'Søk i leksikonet', sv: 'Sök i lexikonet', en: 'Search the lexicon' },
  searchPlaceholder: { nb: 'Søk etter et begrep', sv: 'Sök efter ett begrepp', en: 'Search for a term' },
  searchHint: {
    nb: 'Skriv et begrep, en forkortelse eller et synonym, på norsk, svensk eller engelsk.',
    sv: 'Skriv ett begrepp, en förkortning eller en synonym, på svenska, norska eller engelska.',
    en: 'Type a term, an abbreviation or a synonym, in English, Norwegian or Swedish.',
  },
  searchSlashHint: { nb: 'Trykk / for å søke fra hvor som helst.', sv: 'Tryck / för att söka var du än är.', en: 'Press / to search from anywhere.' },
  shareCite: { nb: 'Del eller siter', sv: 'Dela eller citera', en: 'Share or cite' },
  shareLink: { nb: 'Lenke', sv: 'Länk', en: 'Link' },
  shareCitation: { nb: 'Kildehenvisning', sv: 'Källhänvisning', en: 'Citation' },
  shareEmbed: { nb: 'Bygg inn på ditt nettsted', sv: 'Bädda in på din webbplats', en: 'Embed on your site' },
  copy: { nb: 'Kopier', sv: 'Kopiera', en: 'Copy' },
  citationTitle: { nb: '«{title}»', sv: '”{title}”', en: '“{title}”' },
  citationUpdated: { nb: 'sist oppdatert {date}', sv: 'senast uppdaterad {date}', en: 'last updated {date}' },
  sectionLink: { nb: 'Lenke til avsnittet', sv: 'Länk till avsnittet', en: 'Link to section' },
  // Reading aids: contents, copy confirmations, tables, corrections (issue 21).
  onThisPage: { nb: 'På denne siden', sv: 'På den här sidan', en: 'On this page' },
  copyDone: { nb: '✓ Kopiert', sv: '✓ Kopierat', en: '✓ Copied' },
  copiedLink: { nb: 'Lenken er kopiert', sv: 'Länken är kopierad', en: 'Link copied' },
  copiedCitation: { nb: 'Kildehenvisningen er kopiert', sv: 'Källhänvisningen är kopierad', en: 'Citation copied' },
  copiedEmbed: { nb: 'Koden er kopiert', sv: 'Koden är kopierad', en: 'Code copied' },
  copiedSectionLink: { nb: 'Lenke til avsnittet «{section}» er kopiert', sv: 'Länk till avsnittet ”{section}” är kopierad', en: 'Link to “{section}” copied' },
  tableLabel: { nb: 'Tabell: {name}', sv: 'Tabell: {name}', en: 'Table: {name}' },
  tableNumbered: { nb: 'Tabell {n}', sv: 'Tabell {n}', en: 'Table {n}' },
  suggestCorrection: { nb: 'Foreslå en rettelse', sv: 'Föreslå en rättelse', en: 'Suggest a correction' },
  footerReportError: {
    nb: 'Har du funnet en feil? Bruk «Foreslå en rettelse» nederst i artikkelen.',
    sv: 'Har du hittat ett fel? Använd ”Föreslå en rättelse” längst ner i artikeln.',
    en: 'Found a mistake? Use “Suggest a correction” at the end of the article.',
  },
  printedFrom: { nb: 'Skrevet ut fra {site}: {url}', sv: 'Utskrivet från {site}: {url}', en: 'Printed from {site}: {url}' },
  mainMenu: { nb: 'Hovedmeny', sv: 'Huvudmeny', en: 'Main menu' },
  topicIntro: {
    nb: 'En emneside: begrepene som hører til emnet, hvert med sin definisjon.',
    sv: 'En ämnessida: begreppen som hör till ämnet, vart och ett med sin definition.',
    en: 'A topic page: the terms filed under this topic, each with its definition.',
  },
  filterSearchAll: { nb: 'Søk etter «{q}» i hele teksten', sv: 'Sök efter ”{q}” i hela texten', en: 'Search the full text for “{q}”' },
  noTermsOnLetter: { nb: 'Ingen begreper på {letter} ennå.', sv: 'Inga begrepp på {letter} ännu.', en: 'No terms under {letter} yet.' },
  letterNeighbours: { nb: 'Nærmeste bokstaver med begreper:', sv: 'Närmaste bokstäver med begrepp:', en: 'Nearest letters with terms:' },
  searchWithoutScript: {
    nb: 'Uten JavaScript kan ikke denne siden lese søket ditt. Finn begrepet etter forbokstav eller emne:',
    sv: 'Utan JavaScript kan sidan inte läsa din sökning. Hitta begreppet efter begynnelsebokstav eller ämne:',
    en: 'Without JavaScript this page cannot read your search. Find the term by its first letter or by topic:',
  },
  missingTerm: {
    nb: 'Dette begrepet er ikke skrevet på norsk ennå',
    sv: 'Det här begreppet finns inte på svenska ännu',
    en: 'This term has not been written in English yet',
  },
  browseTopics: { nb: 'Utforsk emnene', sv: 'Utforska ämnena', en: 'Explore the topics' },
  browseAz: { nb: 'Bla i alle begreper', sv: 'Bläddra bland alla begrepp', en: 'Browse all terms' },
  recentlyUpdated: { nb: 'Nylig oppdatert', sv: 'Nyligen uppdaterade', en: 'Recently updated' },
  filterLabel: { nb: 'Filtrer listen', sv: 'Filtrera listan', en: 'Filter the list' },
  filterNoMatch: { nb: 'Ingen begreper passer.', sv: 'Inga begrepp matchar.', en: 'No terms match.' },
  filterCount: { nb: '{n} av {total} begreper', sv: '{n} av {total} begrepp', en: '{n} of {total} terms' },
  footerAbout: {
    nb: 'Et flerspråklig oppslagsverk. Innholdet er veiledende og ikke juridisk rådgivning.',
    sv: 'Ett flerspråkigt uppslagsverk. Innehållet är vägledande och inte juridisk rådgivning.',
    en: 'A multilingual reference. The content is guidance, not legal advice.',
  },
  readMore: { nb: 'Les mer', sv: 'Läs mer', en: 'Read more' },
  close: { nb: 'Lukk', sv: 'Stäng', en: 'Close' },
  useInstead: { nb: '«{term}» frarådes. Bruk «{preferred}».', sv: '”{term}” avråds. Använd ”{preferred}”.', en: '“{term}” is deprecated. Use “{preferred}”.' },
  embedGuide: { nb: 'Bruk definisjonene våre på ditt nettsted', sv: 'Använd våra definitioner på din webbplats', en: 'Use our definitions on your site' },
  notFoundTitle: { nb: 'Siden finnes ikke', sv: 'Sidan finns inte', en: 'Page not found' },
  notFoundText: {
    nb: 'Vi fant ikke denne siden. Prøv søket eller oversikten over alle begreper.',
    sv: 'Vi hittade inte sidan. Prova sökningen eller listan över alla begrepp.',
    en: 'We could not find that page. Try the search or the list of all terms.',
  },
} as const satisfies Record<string, Record<Locale, string>>;

export type UiKey = keyof typeof strings;

/**
 * An interface string in a language, with `{name}` placeholders filled in.
 * @example t('sv', 'termCount', { n: 3 }) // '3 begrepp'
 */
export function t(lang: Locale, key: UiKey, values: Record<string, string | number> = {}): string {
  return fill(strings[key][lang], values);
}

/**
 * Fills `{name}` placeholders in a string.
 * @example fill('{n} terms', { n: 3 }) // '3 terms'
 */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/**
 * A count of terms with the noun in the right number.
 * @example termCount('nb', 1) // '1 begrep'
 * @example termCount('en', 12) // '12 terms'
 */
export function termCount(lang: Locale, n: number): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return t(lang, rules.select(n) === 'one' ? 'termCountOne' : 'termCount', { n });
}
