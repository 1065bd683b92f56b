import type { Locale } from './locales.ts';

/**
 * The words of the page "Use our definitions on your site" (`/{lang}/embed/`, built by
 * src/pages/[lang]/embed/index.astro); docs/api.md is the full reference it summarises.
 */
export interface EmbedGuideText {
  intro: string;
  autolinkTitle: string;
  autolinkText: string;
  optionsTitle: string;
  /** Option, then what it does. */
  options: [code: string, what: string][];
  markedTitle: string;
  markedText: string;
  iframeTitle: string;
  iframeText: string;
  demoTitle: string;
  demoText: string;
  /** The live demo paragraph: our terms in running text, in the page's language. */
  demo: string;
  privacyTitle: string;
  privacyText: string;
  licenceTitle: string;
  dataText: string;
}

const guide: Record<Locale, EmbedGuideText> = {
  nb: {
    intro:
      'Skriver du om outsourcing, factoring eller oppdragstakere? Da kan leserne dine få definisjonene våre rett i teksten din: et lite kort med begrepet, definisjonen og en lenke hit. Det finnes tre måter å gjøre det på.',
    autolinkTitle: '1. Automatisk merking',
    autolinkText:
      'Én linje før </body>. Skriptet finner begrepene våre i teksten på siden og merker første forekomst av hvert begrep med en prikket understreking. Språket leses fra lang-attributtet; tekst på andre språk enn norsk, svensk og engelsk røres ikke.',
    optionsTitle: 'Valg',
    options: [
      ['data-autolink="all"', 'merker hver forekomst, ikke bare den første'],
      ['data-lexicon-autolink', 'på et element i stedet for på skriptet: merker bare inne i det elementet'],
      ['data-lexicon-autolink="none"', 'merker ingenting inne i elementet'],
      ['data-lexicon-skip', 'lar et element være i fred (overskrifter, lenker, knapper, skjemaer og kode røres aldri)'],
      ['dfn[data-lexicon] { text-decoration: none }', 'i ditt eget stilark: fjerner understrekingen'],
    ],
    markedTitle: '2. Begreper du merker selv',
    markedText: 'Med skriptet på siden får lenker til begrepene våre og dfn-elementer med data-lexicon samme kort når leseren peker, tabber eller trykker på dem.',
    iframeTitle: '3. Et kort i en iframe (eller oEmbed)',
    iframeText: 'Ett begrep som et eget kort, uten skript. Mange publiseringsverktøy lager dette selv når du limer inn lenken til en artikkel (oEmbed).',
    demoTitle: 'Prøv det her',
    demoText: 'Avsnittet under er merket av skriptet akkurat nå. Pek på, tab til eller trykk på et understreket ord.',
    demo: 'Mange bedrifter vurderer outsourcing av lønn og regnskap. Andre bruker factoring for å få betalt for fakturaene sine med en gang, eller leier inn en underleverandør til en avgrenset oppgave.',
    privacyTitle: 'Personvern og sikkerhet',
    privacyText:
      'Skriptet setter ingen informasjonskapsler, lagrer ingenting i nettleseren og henter bare fra dette nettstedet. Teksten din deles opp og pakkes inn, men tolkes aldri som HTML. Tillater siden din bare bestemte kilder (Content-Security-Policy), legg dette nettstedet til i script-src og connect-src.',
    licenceTitle: 'Lisens og data',
    dataText: 'Alle begrepene finnes også som JSON, uten nøkkel:',
  },
  sv: {
    intro:
      'Skriver du om outsourcing, factoring eller uppdragstagare? Då kan dina läsare få våra definitioner direkt i din text: ett litet kort med begreppet, definitionen och en länk hit. Det finns tre sätt att göra det.',
    autolinkTitle: '1. Automatisk märkning',
    autolinkText:
      'En rad före </body>. Skriptet hittar våra begrepp i sidans text och märker den första förekomsten av varje begrepp med en prickad understrykning. Språket läses från lang-attributet; text på andra språk än svenska, norska och engelska lämnas orörd.',
    optionsTitle: 'Val',
    options: [
      ['data-autolink="all"', 'märker varje förekomst, inte bara den första'],
      ['data-lexicon-autolink', 'på ett element i stället för på skriptet: märker bara inuti det elementet'],
      ['data-lexicon-autolink="none"', 'märker ingenting inuti elementet'],
      ['data-lexicon-skip', 'lämnar ett element orört (rubriker, länkar, knappar, formulär och kod rörs aldrig)'],
      ['dfn[data-lexicon] { text-decoration: none }', 'i din egen stilmall: tar bort understrykningen'],
    ],
    markedTitle: '2. Begrepp du märker själv',
    markedText: 'Med skriptet på sidan får länkar till våra begrepp och dfn-element med data-lexicon samma kort när läsaren pekar, tabbar eller trycker på dem.',
    iframeTitle: '3. Ett kort i en iframe (eller oEmbed)',
    iframeText: 'Ett begrepp som ett eget kort, utan skript. Många publiceringsverktyg gör det själva när du klistrar in länken till en artikel (oEmbed).',
    demoTitle: 'Prova här',
    demoText: 'Stycket nedan har märkts av skriptet just nu. Peka på, tabba till eller tryck på ett understruket ord.',
    demo: 'Många företag överväger outsourcing av lön och bokföring. Andra använder factoring för att få betalt för sina fakturor direkt, eller tar in en underleverantör för en avgränsad uppgift.',
    privacyTitle: 'Integritet och säkerhet',
    privacyText:
      'Skriptet sätter inga kakor, sparar ingenting i webbläsaren och hämtar bara från den här webbplatsen. Din text delas upp och packas in men tolkas aldrig som HTML. Tillåter din sida bara vissa källor (Content-Security-Policy), lägg till den här webbplatsen i script-src och connect-src.',
    licenceTitle: 'Licens och data',
    dataText: 'Alla begrepp finns också som JSON, utan nyckel:',
  },
  en: {
    intro:
      'Writing about outsourcing, factoring or contractor status? Your readers can get our definitions right in your text: a small card with the term, its definition and a link here. There are three ways to do it.',
    autolinkTitle: '1. Automatic marking',
    autolinkText:
      'One line before </body>. The script finds our terms in the page’s text and marks the first occurrence of each with a dotted underline. The language comes from the lang attribute; text in languages other than English, Norwegian and Swedish is left alone.',
    optionsTitle: 'Options',
    options: [
      ['data-autolink="all"', 'marks every occurrence, not only the first'],
      ['data-lexicon-autolink', 'on an element instead of on the script: marks only inside that element'],
      ['data-lexicon-autolink="none"', 'marks nothing inside the element'],
      ['data-lexicon-skip', 'leaves an element alone (headings, links, buttons, forms and code are never touched)'],
      ['dfn[data-lexicon] { text-decoration: none }', 'in your own stylesheet: removes the underline'],
    ],
    markedTitle: '2. Terms you mark yourself',
    markedText: 'With the script on the page, links to our terms and dfn elements with data-lexicon get the same card when a reader points at, tabs to or taps them.',
    iframeTitle: '3. A card in an iframe (or oEmbed)',
    iframeText: 'One term as a card of its own, with no script. Many publishing tools make it themselves when you paste the link to an article (oEmbed).',
    demoTitle: 'Try it here',
    demoText: 'The paragraph below has just been marked by the script. Point at, tab to or tap an underlined word.',
    demo: 'Many firms weigh the outsourcing of payroll and bookkeeping. Others use factoring to be paid for their invoices at once, or bring in a subcontractor for a defined task.',
    privacyTitle: 'Privacy and security',
    privacyText:
      'The script sets no cookies, stores nothing in the browser and fetches only from this site. Your text is split and wrapped, never parsed as HTML. If your page allows only certain sources (a Content-Security-Policy), add this site to script-src and connect-src.',
    licenceTitle: 'Licence and data',
    dataText: 'Every term is also available as JSON, with no key:',
  },
};

/**
 * The guide's words in a language.
 * @example embedGuideText('sv').demoTitle // 'Prova här'
 */
export function embedGuideText(lang: Locale): EmbedGuideText {
  return guide[lang];
}
