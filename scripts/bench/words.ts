// Word banks for the synthetic corpus (scripts/generate-corpus.ts): small, hand-written, per
// language, so generated articles read like Norwegian, Swedish and English glossary text.
// Nothing here is meant to be true; it only has to look and index like the real thing.
import type { Locale } from '../../src/lib/i18n/locales.ts';

export interface Bank {
  /** Title heads by first letter ('#' for digits): the first part of a compound title. */
  heads: Record<string, string[]>;
  /** How a head and a tail join: '' for compounds (nb, sv), ' ' for English. */
  joiner: string;
  /** Title tails: `indefinite|definite` (nb, sv) or `singular|plural` (en). */
  tails: string[];
  /** Phrases that narrow a title: "i offentlig sektor". */
  qualifiers: string[];
  subjects: string[];
  objects: string[];
  verbsInf: string[];
  verbsPres: string[];
  complements: string[];
  laws: string[];
  connectors: string[];
  units: string[];
  /** Singular units for "price per …". */
  perUnits: string[];
  /** Body sentences; placeholders are filled by the generator. */
  sentences: string[];
  /** Sentences that carry a term link {L}. */
  linkSentences: string[];
  /** One-sentence definitions: {T} is the title. */
  descriptions: string[];
  /** H2 headings; {T} is the title. */
  headings: string[];
  /** H3 headings for subsections. */
  subheadings: string[];
  listIntros: string[];
  listItems: string[];
  steps: string[];
  table: { intro: string; header: [string, string, string]; cells: string[] };
  sources: { title: string; url: string }[];
}

const nb: Bank = {
  joiner: '',
  heads: {
    A: ['Arbeids', 'Avtale', 'Anskaffelses', 'Ansvars', 'Avgifts', 'Arkiv'],
    B: ['Bemannings', 'Betalings', 'Budsjett', 'Bokførings', 'Bransje', 'Bonus'],
    C: ['Compliance-', 'Cyber', 'Callsenter', 'Controller', 'Cash pool-'],
    D: ['Drifts', 'Data', 'Dokumentasjons', 'Digitaliserings', 'Due diligence-'],
    E: ['Eierskaps', 'Endrings', 'Eksport', 'Etablerings', 'Exit-'],
    F: ['Faktura', 'Finansierings', 'Forhandlings', 'Frilans', 'Fordrings', 'Forsikrings'],
    G: ['Garanti', 'Gevinst', 'Gebyr', 'Gjennomførings', 'Grunnlags'],
    H: ['Honorar', 'Helpdesk-', 'Hoved', 'Hendelses', 'Hjemmekontor'],
    I: ['Innkjøps', 'Innleie', 'Integrasjons', 'Informasjonssikkerhets', 'Inkasso'],
    J: ['Jobb', 'Journal', 'Justerings', 'Jurist'],
    K: ['Kontrakts', 'Kunde', 'Kvalitets', 'Kostnads', 'Kompetanse', 'Konsulent'],
    L: ['Leverandør', 'Lønns', 'Lisens', 'Leveranse', 'Likviditets', 'Lager'],
    M: ['Merverdiavgifts', 'Markeds', 'Målings', 'Migrerings', 'Moms'],
    N: ['Nærings', 'Nettverks', 'Nøkkel', 'Nedbemannings', 'Normal'],
    O: ['Oppdrags', 'Omstillings', 'Overtids', 'Oppsigelses', 'Organisasjons', 'Outsourcing-'],
    P: ['Pris', 'Prosess', 'Prosjekt', 'Personvern', 'Pensjons', 'Portefølje'],
    Q: ['QA-', 'QR-'],
    R: ['Regnskaps', 'Risiko', 'Rapporterings', 'Rammeavtale', 'Revisjons', 'Rekrutterings'],
    S: ['Skatte', 'Service', 'Sikkerhets', 'Styrings', 'Selskaps', 'Sluttoppgjørs'],
    T: ['Tjeneste', 'Tilbuds', 'Transisjons', 'Tviste', 'Timepris', 'Tilsyns'],
    U: ['Utkontrakterings', 'Underleverandør', 'Utbetalings', 'Utviklings', 'Uttrekks'],
    V: ['Verdikjede', 'Vikar', 'Vederlags', 'Vedlikeholds', 'Varslings', 'Vilkårs'],
    W: ['Web', 'Workflow-', 'Workshop-'],
    X: ['XML-', 'XBRL-'],
    Y: ['Ytelses', 'Yrkes', 'Yrkesskade'],
    Z: ['Z-rapport', 'Zero-based-'],
    Æ: ['Ærlighets', 'Æres'],
    Ø: ['Økonomi', 'Øremerkings', 'Øvelses', 'Ønske'],
    Å: ['Års', 'Åpenhets', 'Åremåls', 'Åndsverks'],
    '#': ['3PL-', '4PL-', '24/7-', '360-graders ', '2-faktor-', '5-års'],
  },
  tails: [
    'avtale|avtalen', 'styring|styringen', 'risiko|risikoen', 'kontroll|kontrollen', 'rapport|rapporten',
    'modell|modellen', 'kostnad|kostnaden', 'ansvar|ansvaret', 'plikt|plikten', 'revisjon|revisjonen',
    'gebyr|gebyret', 'klausul|klausulen', 'strategi|strategien', 'register|registeret', 'tjeneste|tjenesten',
    'prosess|prosessen', 'leveranse|leveransen', 'oppfølging|oppfølgingen', 'vurdering|vurderingen',
    'krav|kravet', 'garanti|garantien', 'plan|planen', 'periode|perioden', 'sats|satsen',
    'gjennomgang|gjennomgangen', 'forvaltning|forvaltningen',
  ],
  qualifiers: [
    'i offentlig sektor', 'ved utkontraktering', 'for konsulenter', 'i konsern', 'ved factoring',
    'for små bedrifter', 'i byggebransjen', 'ved innleie', 'i helsesektoren', 'for frilansere',
    'ved offshoring', 'i finansnæringen', 'for enkeltpersonforetak', 'i IT-drift', 'ved virksomhetsoverdragelse',
  ],
  subjects: [
    'leverandøren', 'kunden', 'oppdragsgiveren', 'oppdragstakeren', 'arbeidsgiveren', 'virksomheten',
    'underleverandøren', 'factoringselskapet', 'styret', 'innkjøpsavdelingen', 'regnskapsføreren',
    'revisoren', 'konsulenten', 'tjenesteyteren', 'kommunen', 'banken', 'prosjektlederen', 'daglig leder',
  ],
  objects: [
    'kontrakten', 'tjenestenivået', 'fakturaene', 'personopplysningene', 'risikoen', 'kostnadene',
    'leveransen', 'kvaliteten', 'lønnskostnadene', 'kundefordringene', 'arbeidsprosessene', 'kompetansen',
    'dokumentasjonen', 'prisen', 'oppsigelsestiden', 'exit-planen', 'datasikkerheten', 'avvikene',
    'betalingsfristen', 'ansvarsfordelingen', 'rapporteringen', 'endringsordrene', 'leverandørporteføljen',
  ],
  verbsInf: [
    'følge opp', 'dokumentere', 'vurdere', 'overvåke', 'forhandle om', 'rapportere om', 'godkjenne',
    'kontrollere', 'beregne', 'fakturere', 'overføre', 'avslutte', 'prise', 'revidere', 'forbedre', 'avtale',
  ],
  verbsPres: [
    'følger opp', 'dokumenterer', 'vurderer', 'overvåker', 'forhandler om', 'rapporterer om', 'godkjenner',
    'kontrollerer', 'beregner', 'fakturerer', 'overfører', 'avslutter', 'priser', 'reviderer', 'forbedrer',
  ],
  complements: [
    'dyrere enn ventet', 'enklere å styre', 'mer forutsigbar', 'mer oversiktlig', 'vanskeligere å kontrollere',
    'mer fleksibel', 'tregere', 'tydeligere', 'mindre sårbar', 'lettere å sammenligne',
  ],
  laws: [
    'arbeidsmiljøloven', 'bokføringsloven', 'personopplysningsloven', 'anskaffelsesloven',
    'skatteforvaltningsloven', 'merverdiavgiftsloven', 'finansavtaleloven', 'inkassoloven', 'regnskapsloven',
  ],
  connectors: ['Samtidig', 'Derfor', 'I tillegg', 'Likevel', 'I mange tilfeller', 'Som regel', 'I praksis', 'Ofte'],
  units: ['dager', 'prosent', 'måneder', 'kroner', 'timer'],
  perUnits: ['time', 'måned', 'faktura', 'bruker', 'sak', 'transaksjon'],
  sentences: [
    '{Tc} brukes når en virksomhet vil {Vi} {O} uten å bygge opp egen kompetanse.',
    'Ofte er det {S} som har ansvaret for {O}, mens {S2} {Vp} {O2}.',
    'I praksis må {S} {Vi} {O} før {S2} kan {Vi2} {O2}.',
    '{S_} bør avklare {O} og {O2} i kontrakten.',
    'Mange opplever at {O} blir {A} når {S} {Vp} {O2}.',
    'Etter {Law} har {S} plikt til å {Vi} {O}.',
    'Kostnaden avhenger blant annet av {O}, {O2} og {X}.',
    '{C} {Vp} {S} {O} minst én gang i kvartalet.',
    'En vanlig feil er å undervurdere {X} i starten av avtaleperioden.',
    '{C} skal {Td} beskrive hvem som {Vp} {O}.',
    'Fristen er normalt {N} {U}, men {S} kan avtale noe annet.',
    'Siden {Y} har flere virksomheter tatt i bruk {X} for å {Vi} {O}.',
    'Uten en tydelig {X} er det vanskelig å {Vi} {O}.',
    '{Td} gir {S} bedre oversikt over {O} og {O2}.',
    'Når {S} {Vp} {O}, blir {O2} {A}.',
    'Det er {S} som til slutt bærer risikoen hvis {O} svikter.',
    'Tallene viser at om lag {N} {U} av virksomhetene {Vp} {O} selv.',
    '{C} ser {S} på {X} som en del av {Td}.',
  ],
  linkSentences: [
    '{Tc} henger tett sammen med {L}.',
    'Et vanlig eksempel er {L}, der {S} {Vp} {O}.',
    '{C} må {S} se {Td} i sammenheng med {L}.',
    'Les også om {L}, som ofte inngår i den samme avtalen.',
    'Forskjellen fra {L} er at {S} {Vp} {O} selv.',
    'Mange blander {Td} sammen med {L}, men ansvaret er fordelt ulikt.',
  ],
  descriptions: [
    '{Tc} er en ordning der {S} {Vp} {O} på vegne av {S2}.',
    '{Tc} er den delen av en outsourcingavtale som fastsetter hvordan {S} {Vp} {O}.',
    '{Tc} betegner reglene for hvordan {S} og {S2} fordeler ansvaret for {O}.',
    '{Tc} er et verktøy {S} bruker for å {Vi} {O} gjennom hele avtaleperioden.',
  ],
  headings: [
    'Slik fungerer {T}', 'Hva {T} omfatter', 'Fordeler og ulemper', 'Ansvar og roller', 'Risiko og kontroll',
    'Et eksempel', 'Regelverket', 'I praksis', 'Kostnader', 'Når avtalen avsluttes', 'Vanlige feil',
    'Forholdet til andre ordninger', 'Dokumentasjon', 'Oppfølging underveis',
  ],
  subheadings: ['For leverandøren', 'For kunden', 'I offentlig sektor', 'I privat sektor', 'Ved oppstart', 'Ved avslutning'],
  listIntros: ['En god avtale dekker minst dette:', 'Vanlige elementer er:', 'Dette bør være avklart:', 'Typiske kostnader er:'],
  listItems: [
    'hvem som {Vp} {O}', 'krav til {X}', 'frister for {O}', '{O} og {O2}', 'rutiner for {X}',
    'hva som skjer hvis {S} ikke {Vp} {O}', 'en plan for {X}', 'pris per {U2}',
  ],
  steps: ['{S_} {Vp} {O}.', '{S_} godkjenner {X}.', 'Partene signerer {Td}.', '{S_} rapporterer om {O} til {S2}.'],
  table: {
    intro: 'Tabellen viser hvordan ansvaret vanligvis er fordelt:',
    header: ['Forhold', 'Leverandøren', 'Kunden'],
    cells: ['har ansvaret', 'deler ansvaret', 'godkjenner', 'rapporterer', 'ingen plikt', 'følger opp', 'betaler', 'varsler'],
  },
  sources: [
    { title: 'Lov om arbeidsmiljø, arbeidstid og stillingsvern mv. (arbeidsmiljøloven)', url: 'https://lovdata.no/lov/2005-06-17-62' },
    { title: 'Lov om offentlige anskaffelser (anskaffelsesloven)', url: 'https://lovdata.no/lov/2016-06-17-73' },
    { title: 'Skatteetaten', url: 'https://www.skatteetaten.no/' },
    { title: 'Brønnøysundregistrene', url: 'https://www.brreg.no/' },
    { title: 'Datatilsynet', url: 'https://www.datatilsynet.no/' },
    { title: 'Finanstilsynet', url: 'https://www.finanstilsynet.no/' },
    { title: 'Altinn: Starte og drive bedrift', url: 'https://info.altinn.no/starte-og-drive/' },
    { title: 'Direktoratet for forvaltning og økonomistyring (DFØ): Anskaffelser', url: 'https://anskaffelser.no/' },
  ],
};

const sv: Bank = {
  joiner: '',
  heads: {
    A: ['Arbets', 'Avtals', 'Anbuds', 'Ansvars', 'Avgifts', 'Arkiv'],
    B: ['Bemannings', 'Betalnings', 'Budget', 'Bokförings', 'Bransch', 'Bonus'],
    C: ['Compliance-', 'Cyber', 'Callcenter', 'Controller', 'Cash pool-'],
    D: ['Drifts', 'Data', 'Dokumentations', 'Digitaliserings', 'Due diligence-'],
    E: ['Ersättnings', 'Export', 'Etablerings', 'Exit-', 'Ekonomi'],
    F: ['Faktura', 'Finansierings', 'Förhandlings', 'Frilans', 'Fordrings', 'Försäkrings'],
    G: ['Garanti', 'Grund', 'Gransknings', 'Gräns'],
    H: ['Honorar', 'Helpdesk-', 'Huvud', 'Hyres', 'Händelse'],
    I: ['Inköps', 'Inhyrnings', 'Integrations', 'Informationssäkerhets', 'Inkasso'],
    J: ['Jävs', 'Jour', 'Justerings', 'Jämförelse'],
    K: ['Kontrakts', 'Kund', 'Kvalitets', 'Kostnads', 'Kompetens', 'Konsult'],
    L: ['Leverantörs', 'Löne', 'Licens', 'Leverans', 'Likviditets', 'Lager'],
    M: ['Moms', 'Marknads', 'Mätnings', 'Migrerings', 'Mervärdesskatte'],
    N: ['Närings', 'Nätverks', 'Nyckel', 'Normal'],
    O: ['Omställnings', 'Organisations', 'Outsourcing-', 'Offert', 'Omsättnings'],
    P: ['Pris', 'Process', 'Projekt', 'Pensions', 'Portfölj', 'Personuppgifts'],
    Q: ['QA-', 'QR-'],
    R: ['Redovisnings', 'Risk', 'Rapporterings', 'Ramavtals', 'Revisions', 'Rekryterings'],
    S: ['Skatte', 'Service', 'Säkerhets', 'Styrnings', 'Slutavräknings', 'Sekretess'],
    T: ['Tjänste', 'Tviste', 'Timpris', 'Tillsyns', 'Transitions'],
    U: ['Uppdrags', 'Underleverantörs', 'Utbetalnings', 'Utvecklings', 'Upphandlings'],
    V: ['Värdekedje', 'Vikariats', 'Vederlags', 'Visselblåsar', 'Villkors', 'Verksamhets'],
    W: ['Webb', 'Workflow-', 'Workshop-'],
    X: ['XML-', 'XBRL-'],
    Y: ['Yrkes', 'Yttrande'],
    Z: ['Z-rapport', 'Zero-based-'],
    Å: ['Års', 'Återbetalnings', 'Åtagande', 'Återköps'],
    Ä: ['Ändrings', 'Ägar', 'Äganderätts', 'Ärende'],
    Ö: ['Överlåtelse', 'Övertids', 'Öppenhets', 'Översyns'],
    '#': ['3PL-', '4PL-', '24/7-', '360-graders ', '2-faktor-', '5-års'],
  },
  tails: [
    'avtal|avtalet', 'styrning|styrningen', 'risk|risken', 'kontroll|kontrollen', 'rapport|rapporten',
    'modell|modellen', 'kostnad|kostnaden', 'ansvar|ansvaret', 'skyldighet|skyldigheten', 'revision|revisionen',
    'avgift|avgiften', 'klausul|klausulen', 'strategi|strategin', 'register|registret', 'tjänst|tjänsten',
    'process|processen', 'leverans|leveransen', 'uppföljning|uppföljningen', 'bedömning|bedömningen',
    'krav|kravet', 'garanti|garantin', 'plan|planen', 'period|perioden', 'nivå|nivån',
    'granskning|granskningen', 'förvaltning|förvaltningen',
  ],
  qualifiers: [
    'i offentlig sektor', 'vid outsourcing', 'för konsulter', 'inom koncern', 'vid factoring',
    'för småföretag', 'i byggbranschen', 'vid inhyrning', 'inom vården', 'för frilansare',
    'vid offshoring', 'i finansbranschen', 'för enskild firma', 'inom IT-drift', 'vid verksamhetsövergång',
  ],
  subjects: [
    'leverantören', 'kunden', 'uppdragsgivaren', 'uppdragstagaren', 'arbetsgivaren', 'företaget',
    'underleverantören', 'factoringbolaget', 'styrelsen', 'inköpsavdelningen', 'redovisningskonsulten',
    'revisorn', 'konsulten', 'tjänsteleverantören', 'kommunen', 'banken', 'projektledaren', 'vd',
  ],
  objects: [
    'avtalet', 'tjänstenivån', 'fakturorna', 'personuppgifterna', 'risken', 'kostnaderna', 'leveransen',
    'kvaliteten', 'lönekostnaderna', 'kundfordringarna', 'arbetsprocesserna', 'kompetensen',
    'dokumentationen', 'priset', 'uppsägningstiden', 'exitplanen', 'informationssäkerheten', 'avvikelserna',
    'betalningsvillkoren', 'ansvarsfördelningen', 'rapporteringen', 'ändringsbeställningarna', 'leverantörsportföljen',
  ],
  verbsInf: [
    'följa upp', 'dokumentera', 'bedöma', 'övervaka', 'förhandla om', 'rapportera om', 'godkänna',
    'kontrollera', 'beräkna', 'fakturera', 'överföra', 'avsluta', 'prissätta', 'granska', 'förbättra', 'avtala om',
  ],
  verbsPres: [
    'följer upp', 'dokumenterar', 'bedömer', 'övervakar', 'förhandlar om', 'rapporterar om', 'godkänner',
    'kontrollerar', 'beräknar', 'fakturerar', 'överför', 'avslutar', 'prissätter', 'granskar', 'förbättrar',
  ],
  complements: [
    'dyrare än väntat', 'enklare att styra', 'mer förutsägbar', 'mer överskådlig', 'svårare att kontrollera',
    'mer flexibel', 'långsammare', 'tydligare', 'mindre sårbar', 'lättare att jämföra',
  ],
  laws: [
    'lagen om anställningsskydd', 'bokföringslagen', 'dataskyddsförordningen', 'lagen om offentlig upphandling',
    'skatteförfarandelagen', 'mervärdesskattelagen', 'räntelagen', 'inkassolagen', 'årsredovisningslagen',
  ],
  connectors: ['Samtidigt', 'Därför', 'Dessutom', 'Ändå', 'I många fall', 'Som regel', 'I praktiken', 'Ofta'],
  units: ['dagar', 'procent', 'månader', 'kronor', 'timmar'],
  perUnits: ['timme', 'månad', 'faktura', 'användare', 'ärende', 'transaktion'],
  sentences: [
    '{Tc} används när ett företag vill {Vi} {O} utan att bygga upp egen kompetens.',
    'Ofta är det {S} som ansvarar för {O}, medan {S2} {Vp} {O2}.',
    'I praktiken måste {S} {Vi} {O} innan {S2} kan {Vi2} {O2}.',
    '{S_} bör klargöra {O} och {O2} i avtalet.',
    'Många upplever att {O} blir {A} när {S} {Vp} {O2}.',
    'Enligt {Law} är {S} skyldig att {Vi} {O}.',
    'Kostnaden beror bland annat på {O}, {O2} och {X}.',
    '{C} {Vp} {S} {O} minst en gång per kvartal.',
    'Ett vanligt misstag är att underskatta {X} i början av avtalsperioden.',
    '{C} ska {Td} beskriva vem som {Vp} {O}.',
    'Fristen är normalt {N} {U}, men {S} kan avtala om något annat.',
    'Sedan {Y} har allt fler företag börjat använda {X} för att {Vi} {O}.',
    'Utan en tydlig {X} är det svårt att {Vi} {O}.',
    '{Td} ger {S} bättre överblick över {O} och {O2}.',
    'När {S} {Vp} {O} blir {O2} {A}.',
    'Det är {S} som till sist bär risken om {O} brister.',
    'Siffrorna visar att ungefär {N} {U} av företagen {Vp} {O} själva.',
    '{C} ser {S} på {X} som en del av {Td}.',
  ],
  linkSentences: [
    '{Tc} hänger nära samman med {L}.',
    'Ett vanligt exempel är {L}, där {S} {Vp} {O}.',
    '{C} måste {S} se {Td} i sammanhang med {L}.',
    'Läs också om {L}, som ofta ingår i samma avtal.',
    'Skillnaden mot {L} är att {S} {Vp} {O} själv.',
    'Många blandar ihop {Td} med {L}, men ansvaret fördelas olika.',
  ],
  descriptions: [
    '{Tc} är en ordning där {S} {Vp} {O} för {S2}s räkning.',
    '{Tc} är den del av ett outsourcingavtal som anger hur {S} {Vp} {O}.',
    '{Tc} avser reglerna för hur {S} och {S2} fördelar ansvaret för {O}.',
    '{Tc} är ett verktyg som {S} använder för att {Vi} {O} under hela avtalsperioden.',
  ],
  headings: [
    'Så fungerar {T}', 'Vad {T} omfattar', 'För- och nackdelar', 'Ansvar och roller', 'Risk och kontroll',
    'Ett exempel', 'Regelverket', 'I praktiken', 'Kostnader', 'När avtalet upphör', 'Vanliga misstag',
    'Förhållandet till andra upplägg', 'Dokumentation', 'Löpande uppföljning',
  ],
  subheadings: ['För leverantören', 'För kunden', 'I offentlig sektor', 'I privat sektor', 'Vid start', 'Vid avslut'],
  listIntros: ['Ett bra avtal täcker minst detta:', 'Vanliga delar är:', 'Detta bör vara klart:', 'Typiska kostnader är:'],
  listItems: [
    'vem som {Vp} {O}', 'krav på {X}', 'frister för {O}', '{O} och {O2}', 'rutiner för {X}',
    'vad som händer om {S} inte {Vp} {O}', 'en plan för {X}', 'pris per {U2}',
  ],
  steps: ['{S_} {Vp} {O}.', '{S_} godkänner {X}.', 'Parterna undertecknar {Td}.', '{S_} rapporterar om {O} till {S2}.'],
  table: {
    intro: 'Tabellen visar hur ansvaret vanligen fördelas:',
    header: ['Fråga', 'Leverantören', 'Kunden'],
    cells: ['ansvarar', 'delar ansvaret', 'godkänner', 'rapporterar', 'ingen skyldighet', 'följer upp', 'betalar', 'meddelar'],
  },
  sources: [
    { title: 'Lag (1982:80) om anställningsskydd', url: 'https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/lag-198280-om-anstallningsskydd_sfs-1982-80/' },
    { title: 'Lag (2016:1145) om offentlig upphandling', url: 'https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/lag-20161145-om-offentlig-upphandling_sfs-2016-1145/' },
    { title: 'Skatteverket', url: 'https://www.skatteverket.se/' },
    { title: 'Bolagsverket', url: 'https://bolagsverket.se/' },
    { title: 'Integritetsskyddsmyndigheten (IMY)', url: 'https://www.imy.se/' },
    { title: 'Finansinspektionen', url: 'https://www.fi.se/' },
    { title: 'Verksamt.se', url: 'https://www.verksamt.se/' },
    { title: 'Upphandlingsmyndigheten', url: 'https://www.upphandlingsmyndigheten.se/' },
  ],
};

const en: Bank = {
  joiner: ' ',
  heads: {
    A: ['Agency', 'Audit', 'Annual', 'Asset', 'Approved', 'Arbitration'],
    B: ['Billing', 'Budget', 'Bonus', 'Benchmark', 'Breach', 'Bookkeeping'],
    C: ['Contract', 'Customer', 'Compliance', 'Cost', 'Capacity', 'Change'],
    D: ['Delivery', 'Data', 'Due diligence', 'Dispute', 'Debt', 'Demand'],
    E: ['Employment', 'Exit', 'Escrow', 'Expense', 'Escalation', 'Export'],
    F: ['Factoring', 'Finance', 'Framework', 'Freelance', 'Fee', 'Fixed-price'],
    G: ['Governance', 'Guarantee', 'Gross margin', 'Global', 'Gain-share'],
    H: ['Helpdesk', 'Holiday pay', 'Hybrid', 'Headcount', 'Handover'],
    I: ['Invoice', 'Insourcing', 'Incident', 'Income', 'Integration', 'Innovation'],
    J: ['Joint venture', 'Job', 'Journal', 'Jurisdiction'],
    K: ['Key account', 'Knowledge', 'Key supplier', 'Kickoff'],
    L: ['Labour', 'Liability', 'Licence', 'Liquidity', 'Lease', 'Legal'],
    M: ['Margin', 'Milestone', 'Migration', 'Managed', 'Market', 'Monitoring'],
    N: ['Notice', 'Nearshore', 'Network', 'Net', 'Negotiation', 'Non-compete'],
    O: ['Offshore', 'Onboarding', 'Operating', 'Outsourcing', 'Overtime', 'Order'],
    P: ['Payment', 'Pricing', 'Procurement', 'Performance', 'Payroll', 'Pension'],
    Q: ['Quality', 'Quarterly', 'Quota', 'Qualified', 'Quick'],
    R: ['Risk', 'Reporting', 'Retention', 'Recovery', 'Revenue', 'Resource'],
    S: ['Service', 'Security', 'Settlement', 'Staffing', 'Supplier', 'Subcontractor'],
    T: ['Tax', 'Termination', 'Transition', 'Tender', 'Timesheet', 'Transfer'],
    U: ['Umbrella', 'Underwriting', 'Utilisation', 'Upfront', 'Unit'],
    V: ['Vendor', 'Value', 'Variation', 'VAT', 'Volume', 'Verification'],
    W: ['Warranty', 'Workforce', 'Working capital', 'Wage', 'Workflow'],
    X: ['XML', 'XBRL', 'X-efficiency'],
    Y: ['Year-end', 'Yield', 'Yearly'],
    Z: ['Zero-hours', 'Zero-based', 'Zone'],
    '#': ['3PL', '4PL', '24/7', '360-degree', '2-factor', '30-day'],
  },
  tails: [
    'agreement|agreements', 'management|management', 'risk|risks', 'control|controls', 'report|reports',
    'model|models', 'cost|costs', 'liability|liabilities', 'obligation|obligations', 'audit|audits',
    'fee|fees', 'clause|clauses', 'strategy|strategies', 'register|registers', 'service|services',
    'process|processes', 'review|reviews', 'assessment|assessments', 'requirement|requirements',
    'guarantee|guarantees', 'plan|plans', 'period|periods', 'rate|rates', 'schedule|schedules',
    'policy|policies', 'threshold|thresholds',
  ],
  qualifiers: [
    'in the public sector', 'for contractors', 'in outsourcing', 'in factoring', 'for small businesses',
    'in construction', 'for agency workers', 'in healthcare', 'for freelancers', 'in offshoring',
    'in financial services', 'for sole traders', 'in IT operations', 'on a business transfer', 'in group companies',
  ],
  subjects: [
    'the supplier', 'the customer', 'the client', 'the contractor', 'the employer', 'the business',
    'the subcontractor', 'the factor', 'the board', 'the procurement team', 'the bookkeeper',
    'the auditor', 'the consultant', 'the service provider', 'the council', 'the bank', 'the project manager',
  ],
  objects: [
    'the contract', 'the service level', 'the invoices', 'the personal data', 'the risk', 'the costs',
    'the deliverables', 'the quality', 'the payroll costs', 'the receivables', 'the work processes',
    'the expertise', 'the documentation', 'the price', 'the notice period', 'the exit plan',
    'information security', 'the deviations', 'the payment terms', 'the allocation of responsibility',
    'the reporting', 'the change requests', 'the supplier portfolio',
  ],
  verbsInf: [
    'monitor', 'document', 'assess', 'oversee', 'negotiate', 'report on', 'approve', 'check', 'calculate',
    'invoice', 'transfer', 'terminate', 'price', 'audit', 'improve', 'agree on',
  ],
  verbsPres: [
    'monitors', 'documents', 'assesses', 'oversees', 'negotiates', 'reports on', 'approves', 'checks',
    'calculates', 'invoices', 'transfers', 'terminates', 'prices', 'audits', 'improves',
  ],
  complements: [
    'more expensive than expected', 'easier to manage', 'more predictable', 'clearer', 'harder to control',
    'more flexible', 'slower', 'more transparent', 'less vulnerable', 'easier to compare',
  ],
  laws: [
    'the Employment Rights Act 1996', 'the Companies Act 2006', 'the UK GDPR', 'the Procurement Act 2023',
    'the Finance Act', 'the Value Added Tax Act 1994', 'the Late Payment of Commercial Debts (Interest) Act 1998',
    'the TUPE Regulations 2006', 'the Income Tax (Earnings and Pensions) Act 2003',
  ],
  connectors: ['At the same time', 'For that reason', 'In addition', 'Even so', 'In many cases', 'As a rule', 'In practice', 'Often'],
  units: ['days', 'per cent', 'months', 'pounds', 'hours'],
  perUnits: ['hour', 'month', 'invoice', 'user', 'case', 'transaction'],
  sentences: [
    '{Tc} is used when a business wants to {Vi} {O} without building the expertise in-house.',
    'Often it is {S} that is responsible for {O}, while {S2} {Vp} {O2}.',
    'In practice {S} has to {Vi} {O} before {S2} can {Vi2} {O2}.',
    '{S_} should settle {O} and {O2} in the contract.',
    'Many find that {O} becomes {A} when {S} {Vp} {O2}.',
    'Under {Law}, {S} has a duty to {Vi} {O}.',
    'The cost depends on {O}, {O2} and the {X}, among other things.',
    '{C}, {S} {Vp} {O} at least once a quarter.',
    'A common mistake is to underestimate the {X} at the start of the contract term.',
    '{C}, the {Tl} should state who {Vp} {O}.',
    'The deadline is normally {N} {U}, but {S} can agree otherwise.',
    'Since {Y}, more businesses have adopted a {X} to {Vi} {O}.',
    'Without a clear {X} it is hard to {Vi} {O}.',
    'The {Tl} gives {S} a better view of {O} and {O2}.',
    'When {S} {Vp} {O}, {O2} becomes {A}.',
    'It is {S} that carries the risk in the end if {O} fails.',
    'The figures show that about {N} {U} of businesses {Vi} {O} themselves.',
    '{C}, {S} treats the {X} as part of the {Tl}.',
  ],
  linkSentences: [
    '{Tc} is closely tied to {L}.',
    'A common example is {L}, where {S} {Vp} {O}.',
    '{C}, {S} must read the {Tl} together with {L}.',
    'See also {L}, which is often part of the same agreement.',
    'The difference from {L} is that {S} {Vp} {O} itself.',
    'Many confuse the {Tl} with {L}, but the responsibility is split differently.',
  ],
  descriptions: [
    '{Tc} is an arrangement in which {S} {Vp} {O} on behalf of {S2}.',
    '{Tc} is the part of an outsourcing agreement that sets out how {S} {Vp} {O}.',
    '{Tc} refers to the rules by which {S} and {S2} share responsibility for {O}.',
    '{Tc} is a tool {S} uses to {Vi} {O} throughout the contract term.',
  ],
  headings: [
    'How {T} works', 'What {T} covers', 'Advantages and drawbacks', 'Roles and responsibilities',
    'Risk and control', 'An example', 'The rules', 'In practice', 'Costs', 'When the agreement ends',
    'Common mistakes', 'How it relates to other arrangements', 'Documentation', 'Ongoing monitoring',
  ],
  subheadings: ['For the supplier', 'For the customer', 'In the public sector', 'In the private sector', 'At the start', 'At exit'],
  listIntros: ['A good agreement covers at least:', 'Common elements are:', 'This should be settled:', 'Typical costs are:'],
  listItems: [
    'who {Vp} {O}', 'requirements for the {X}', 'deadlines for {O}', '{O} and {O2}', 'procedures for the {X}',
    'what happens if {S} never {Vp} {O}', 'a plan for the {X}', 'a price per {U2}',
  ],
  steps: ['{S_} {Vp} {O}.', '{S_} approves the {X}.', 'The parties sign the {Tl}.', '{S_} reports on {O} to {S2}.'],
  table: {
    intro: 'The table shows how responsibility is usually split:',
    header: ['Matter', 'Supplier', 'Customer'],
    cells: ['responsible', 'shared', 'approves', 'reports', 'no duty', 'monitors', 'pays', 'notifies'],
  },
  sources: [
    { title: 'GOV.UK: Employment status', url: 'https://www.gov.uk/employment-status' },
    { title: 'HM Revenue & Customs', url: 'https://www.gov.uk/government/organisations/hm-revenue-customs' },
    { title: 'Information Commissioner’s Office (ICO)', url: 'https://ico.org.uk/' },
    { title: 'Financial Conduct Authority', url: 'https://www.fca.org.uk/' },
    { title: 'Procurement Act 2023', url: 'https://www.legislation.gov.uk/ukpga/2023/54/contents' },
    { title: 'Acas', url: 'https://www.acas.org.uk/' },
    { title: 'Companies House', url: 'https://www.gov.uk/government/organisations/companies-house' },
    { title: 'European Commission: Public procurement', url: 'https://single-market-economy.ec.europa.eu/single-market/public-procurement_en' },
  ],
};

export const BANKS: Record<Locale, Bank> = { nb, sv, en };
