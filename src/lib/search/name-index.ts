import { filterFold, foldNordic } from '../i18n/transliterate.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { editDistance, typoAllowance } from './edit-distance.ts';

/**
 * The name index: every concept's names (title, aliases, admitted and deprecated terms) in
 * nb, sv and en, with the article a reader of one language is sent to and its one-sentence
 * definition. Search answers name queries from it before Pagefind has loaded; embed.js may
 * reuse it to find terms on a host page. Served as `/{lang}/search/names.json`; the format is
 * documented in docs/api.md and versioned by `version`.
 */
export interface NameIndex {
  version: typeof NAME_INDEX_VERSION;
  /** The language whose readers this file serves. */
  lang: Locale;
  concepts: NameIndexConcept[];
}

export const NAME_INDEX_VERSION = 1;

export interface NameIndexConcept {
  id: string;
  /** The language of the article shown for the concept: the file's language where written, else the first other language that has it. */
  lang: Locale;
  /** That article's title. */
  title: string;
  /** That article's one-sentence definition (its `description`). */
  definition: string;
  /** The concept's names by language: the title first, then aliases and non-deprecated terms; each name once. */
  names: Partial<Record<Locale, string[]>>;
  /** Terms a council or authority advises against, by language (readers still type them). */
  deprecated?: Partial<Record<Locale, string[]>>;
}

/** What building the index needs of an article. */
export interface NameSource {
  id: string;
  lang: Locale;
  data: { title: string; description: string; aliases: readonly string[]; terms?: readonly { term: string; status: string }[] };
}

/**
 * The name index for the readers of one language.
 * @example buildNameIndex('en', [{ id: 'outsourcing', lang: 'nb', data: { title: 'Outsourcing', description: 'Å kjøpe tjenester.', aliases: ['utkontraktering'] } }]).concepts[0] // { id: 'outsourcing', lang: 'nb', title: 'Outsourcing', definition: 'Å kjøpe tjenester.', names: { nb: ['Outsourcing', 'utkontraktering'] } }
 */
export function buildNameIndex(lang: Locale, articles: readonly NameSource[]): NameIndex {
  const byConcept = new Map<string, Map<Locale, NameSource>>();
  for (const article of articles) {
    if (!byConcept.has(article.id)) byConcept.set(article.id, new Map());
    byConcept.get(article.id)!.set(article.lang, article);
  }
  const concepts: NameIndexConcept[] = [];
  for (const [id, versions] of [...byConcept].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const shown = versions.get(lang) ?? versions.get(LOCALES.find((l) => versions.has(l))!)!;
    const concept: NameIndexConcept = { id, lang: shown.lang, title: shown.data.title, definition: shown.data.description, names: {} };
    for (const l of LOCALES) {
      const article = versions.get(l);
      if (!article) continue;
      const terms = article.data.terms ?? [];
      const deprecated = unique(terms.filter((t) => t.status === 'deprecated').map((t) => t.term));
      const names = unique([article.data.title, ...article.data.aliases, ...terms.filter((t) => t.status !== 'deprecated').map((t) => t.term)]).filter(
        (name) => !deprecated.some((d) => filterFold(d) === filterFold(name)),
      );
      concept.names[l] = names;
      if (deprecated.length) (concept.deprecated ??= {})[l] = deprecated;
    }
    concepts.push(concept);
  }
  return { version: NAME_INDEX_VERSION, lang, concepts };
}

/** Names in order, each once (compared folded: "SLA" and "sla" are one name). */
function unique(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = filterFold(name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// Matching, with the folding rules of src/lib/i18n/transliterate.ts: case and accents
// (filterFold, as the A–Å filter), and, as a weaker match, Nordic letters typed plain
// (foldNordic: "leverandor" for "leverandør"); spaces and punctuation are ignored here
// ("F-skatt" = "fskatt", "ir 35" = "ir35").
// ---------------------------------------------------------------------------------------------

/**
 * How a concept answered the query, best first: its name is the query, starts with it, is
 * the query inflected; holds every word of the query in any order ("agreement service level",
 * "selvstendige næringsdrivende"); has a later word starting with it; is misspelt; or, for a
 * query of several words naming no concept, the concept's definition and names hold the
 * query's words ("money customers owe": Accounts receivable, "amounts that customers owe …").
 */
export const MATCH_KINDS = ['exact', 'prefix', 'inflected', 'words', 'word', 'misspelt', 'described'] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

export interface NameHit {
  concept: NameIndexConcept;
  /** The name that matched, as written. */
  name: string;
  /** The language of that name. */
  nameLang: Locale;
  kind: MatchKind;
  /** Whether the name is a deprecated term. */
  deprecated: boolean;
  /** Sort key: lower is better. */
  cost: number;
}

/** The keys a text is compared by: folded words, and the same without spaces and punctuation. */
interface Keys {
  words: string[];
  compact: string;
}

function keysOf(text: string, loose: boolean): Keys {
  let folded = filterFold(text);
  if (loose) folded = foldNordic(folded);
  const words = folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return { words, compact: words.join('') };
}

/** The length of the start two words share. */
function sharedStart(a: string, b: string): number {
  let shared = 0;
  while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared++;
  return shared;
}

/**
 * Inflectional endings of nouns and verbs in nb, sv and en (plural, definite, genitive, past,
 * -ing), after a stem that may have dropped a last vowel or "y": "faktur|or" and "faktur|a",
 * "compan|ies" and "compan|y".
 */
const ENDINGS = new Set(['', 'a', 'e', 'y', 'n', 'r', 's', 't', 'd', 'er', 'ar', 'or', 'en', 'et', 'na', 'ne', 'es', 'ed', 'ene', 'ens', 'ers', 'ets', 'ies', 'ied', 'ing', 'ane', 'ern', 'nes', 'enes', 'erne', 'arna', 'orna', 'erna', 'ings', 'ande', 'ende']);

/**
 * Whether two folded words are forms of one word: a shared stem of at least four letters (or
 * all of a three-letter word) followed by inflectional endings ("fakturor", "fakturaene" and
 * "faktura"; "kundefordringen" and "kundefordringer"; "companies" and "company"; "owes" and
 * "owe"), not a derivation ("produksjon" and "produkt") or a compound ("backsourcing").
 * @example [['fakturor', 'faktura'], ['kundefordringen', 'kundefordringer'], ['owe', 'owes'], ['produksjon', 'produkt'], ['back', 'backsourcing']].map(([a, b]) => sameWord(a, b)) // [true, true, true, false, false]
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const shared = sharedStart(a, b);
  if (shared < 3 || (shared === 3 && Math.min(a.length, b.length) > 4)) return false;
  return ENDINGS.has(a.slice(shared)) && ENDINGS.has(b.slice(shared));
}

/**
 * Whether the query is an inflected form of the name: the name plus an ending
 * ("leverandørene" for "leverandør"), the name with its last letter changed and an ending
 * added ("fakturor" for "faktura"), or another ending on the same stem ("kundefordringen"
 * for "kundefordringer").
 */
function inflectionOf(query: string, name: string): boolean {
  if (query === name || name.length < 4 || !sameWord(query, name)) return false;
  // The name's own ending is one letter at most: "fakturaer" is Faktura, but "kontrakt" is not
  // an inflection of "kontraktering".
  return name.length - sharedStart(query, name) <= 1 || query.length > name.length;
}

/**
 * Whether the query is the start of the name, word by word ("service lev" of "Service level
 * agreement"). Words may run together only after a short one ("fskat" of "F-skatt", "itout" of
 * "IT-outsourcing"), so "arbeidstakere" is not the start of "Arbeidstaker eller oppdragstaker".
 */
function isPrefix(q: Keys, name: Keys): boolean {
  const last = q.words.length - 1;
  if (q.words.length <= name.words.length && q.words.every((word, i) => (i < last ? word === name.words[i] : name.words[i]!.startsWith(word)))) return true;
  if (!name.compact.startsWith(q.compact)) return false;
  let consumed = 0;
  for (const word of name.words) {
    if (consumed + word.length >= q.compact.length) return true;
    if (word.length > 3) return false;
    consumed += word.length;
  }
  return false;
}

/** How one name answers the query: its kind and a cost within that kind, or undefined. */
function matchName(q: Keys, name: Keys, typos: boolean): { kind: MatchKind; cost: number } | undefined {
  if (!q.compact || !name.compact) return undefined;
  if (q.compact === name.compact) return { kind: 'exact', cost: 0 };
  // Shorter names first among prefix matches: "utkont" is nearer "utkontraktering" than "utkontrakteringsavtale".
  if (isPrefix(q, name)) return { kind: 'prefix', cost: name.compact.length / 100 };
  const lastWord = q.words.at(-1)!;
  const laterWord = name.words.findIndex((word, i) => i > 0 && word.startsWith(lastWord));
  if (q.words.length === 1 && laterWord > 0) return { kind: 'word', cost: name.compact.length / 100 };
  if (inflectionOf(q.compact, name.compact)) return { kind: 'inflected', cost: 0 };
  if (q.words.length > 1 && q.words.every((word, i) => name.words.some((n) => sameWord(word, n) || (i === q.words.length - 1 && n.startsWith(word))))) {
    return { kind: 'words', cost: (name.words.length - q.words.length) / 10 };
  }
  const allowance = typos ? typoAllowance(q.compact.length) : 0;
  if (allowance === 0) return undefined;
  let distance = editDistance(q.compact, name.compact, allowance);
  // A misspelt start of a longer name ("servce lev" for "Service level agreement") costs a little more.
  if (name.compact.length > q.compact.length + 1) distance = Math.min(distance, editDistance(q.compact, name.compact.slice(0, q.compact.length), allowance) + 0.5);
  return distance <= allowance ? { kind: 'misspelt', cost: distance } : undefined;
}

interface PreparedName {
  concept: NameIndexConcept;
  name: string;
  nameLang: Locale;
  deprecated: boolean;
  /** 0 for the shown article's title, 1 for its other names, 2 for names in other languages. */
  rank: number;
  strict: Keys;
  loose: Keys;
}

/** A concept's words for a described query: the names of the article shown, and its definition's other words. */
interface PreparedConcept {
  concept: NameIndexConcept;
  names: string[];
  definition: string[];
}

/** An index made ready for matching keystroke after keystroke (keys computed once). */
export interface NameMatcher {
  lang: Locale;
  names: PreparedName[];
  concepts: PreparedConcept[];
}

/**
 * Prepares a name index for `findNames`.
 * @example prepareNames(buildNameIndex('en', [{ id: 'vendor', lang: 'en', data: { title: 'Vendor', description: 'A seller.', aliases: ['supplier'] } }])).names.map((n) => n.name) // ['Vendor', 'supplier']
 */
export function prepareNames(index: NameIndex): NameMatcher {
  const names: PreparedName[] = [];
  const concepts: PreparedConcept[] = [];
  for (const concept of index.concepts) {
    const own = [...new Set(keysOf((concept.names[concept.lang] ?? []).join(' '), false).words)];
    concepts.push({ concept, names: own, definition: [...new Set(keysOf(concept.definition, false).words)].filter((word) => !own.includes(word)) });
    for (const l of [concept.lang, ...LOCALES.filter((x) => x !== concept.lang)]) {
      const add = (name: string, deprecated: boolean) =>
        names.push({
          concept,
          name,
          nameLang: l,
          deprecated,
          rank: l !== concept.lang ? 2 : name === concept.title ? 0 : 1,
          strict: keysOf(name, false),
          loose: keysOf(name, true),
        });
      for (const name of concept.names[l] ?? []) add(name, false);
      for (const name of concept.deprecated?.[l] ?? []) add(name, true);
    }
  }
  return { lang: index.lang, names, concepts };
}

function matchAll(matcher: NameMatcher, strictQ: Keys, looseQ: Keys, typos: boolean): NameHit[] {
  const best = new Map<string, NameHit>();
  for (const entry of matcher.names) {
    let match = matchName(strictQ, entry.strict, typos);
    let penalty = 0;
    if (!match || match.kind === 'misspelt') {
      const loose = matchName(looseQ, entry.loose, typos);
      if (loose && (!match || MATCH_KINDS.indexOf(loose.kind) < MATCH_KINDS.indexOf(match.kind))) {
        match = loose;
        penalty = 0.5;
      }
    }
    if (!match) continue;
    const langRank = entry.nameLang === matcher.lang ? 0 : 1;
    const cost = MATCH_KINDS.indexOf(match.kind) * 100 + match.cost * 10 + penalty * 10 + langRank * 2 + entry.rank * 0.5 + (entry.deprecated ? 1 : 0);
    const seen = best.get(entry.concept.id);
    if (!seen || cost < seen.cost) {
      best.set(entry.concept.id, { concept: entry.concept, name: entry.name, nameLang: entry.nameLang, kind: match.kind, deprecated: entry.deprecated, cost });
    }
  }
  return [...best.values()].sort((a, b) => a.cost - b.cost || (a.concept.title < b.concept.title ? -1 : 1));
}

/**
 * Words that say little of what a concept is, left out of a described query ("tax on company
 * profits" is tax, company, profits). Words under three letters are left out anyway.
 */
const FUNCTION_WORDS = new Set([
  ...['til', 'for', 'med', 'mot', 'som', 'den', 'det', 'der', 'har', 'hos', 'fra', 'ved', 'via', 'eller', 'ikke', 'seg', 'sin', 'sitt', 'sine', 'når', 'hva', 'hvordan', 'din', 'ditt', 'vår', 'deg', 'meg'],
  ...['och', 'att', 'till', 'mot', 'för', 'från', 'vid', 'via', 'inte', 'sig', 'sina', 'när', 'vad', 'hur', 'din', 'ditt', 'vår', 'dig', 'mig'],
  ...['the', 'and', 'with', 'against', 'via', 'are', 'from', 'not', 'into', 'its', 'their', 'they', 'them', 'that', 'this', 'what', 'how', 'when', 'who', 'does', 'one', 'you', 'your', 'our'],
]);

/** Described hits shown at most: a guess from a definition, below the names, above full text. */
const DESCRIBED_MAX = 3;

/**
 * Whether a word, perhaps inflected, is the last part of a Norwegian or Swedish compound,
 * which names a kind of it: "lekkasje" of "datalekkasje", "skulder" of "kundskuld". The
 * word has five letters or more, the compound's first part three or more.
 * @example [['lekkasje', 'datalekkasje'], ['lekkasjen', 'datalekkasje'], ['skulder', 'kundskuld'], ['avtale', 'avtale'], ['sourcing', 'backsourcing'], ['faktura', 'fakturasalg']].map(([a, b]) => compoundHead(a, b)) // [true, true, true, false, true, false]
 */
export function compoundHead(word: string, compound: string): boolean {
  if (word.length < 5) return false;
  const start = word.slice(0, 4);
  for (let at = compound.indexOf(start, 3); at >= 0; at = compound.indexOf(start, at + 1)) {
    if (sameWord(word, compound.slice(at))) return true;
  }
  return false;
}

/**
 * Whether a folded word is one of a list of words: itself, inflected, the last part of a
 * compound, or (for the word being typed) the start of one.
 */
function holds(list: readonly string[], word: string, typing: boolean): boolean {
  return list.some((v) => sameWord(word, v) || compoundHead(word, v) || (typing && v.startsWith(word)));
}

/**
 * Concepts whose names and definition hold the words of a query of two or more words: all of
 * them, or all but one of three or more. Each word costs by how rare it is among the concepts
 * (its idf): nothing where the concept's names hold it, once where only its definition does,
 * twice where it is missing; so "bring work back in-house" is Backsourcing ("bringing back
 * in-house", no "work") before Insourcing ("bring in-house", "work … back" in its definition).
 */
function matchDescribed(matcher: NameMatcher, q: Keys): NameHit[] {
  const typed = q.words.at(-1);
  const words = [...new Set(q.words.filter((word) => word.length >= 3 && !FUNCTION_WORDS.has(word)))];
  if (words.length < 2) return [];
  // Per concept and query word: 0 in its names, 1 in its definition only, 2 missing.
  const found = matcher.concepts.map(({ names, definition }) =>
    words.map((word) => (holds(names, word, word === typed) ? 0 : holds(definition, word, word === typed) ? 1 : 2)),
  );
  const idf = words.map((_, i) => Math.log((matcher.concepts.length + 1) / (found.filter((f) => f[i]! < 2).length + 1)));
  const hits: NameHit[] = [];
  found.forEach((f, c) => {
    if (f.filter((x) => x === 2).length > (words.length >= 3 ? 1 : 0)) return;
    const concept = matcher.concepts[c]!.concept;
    const cost = MATCH_KINDS.indexOf('described') * 100 + f.reduce((sum: number, x, i) => sum + x * idf[i]!, 0);
    hits.push({ concept, name: concept.title, nameLang: concept.lang, kind: 'described', deprecated: false, cost });
  });
  return hits.sort((a, b) => a.cost - b.cost || (a.concept.title < b.concept.title ? -1 : 1)).slice(0, DESCRIBED_MAX);
}

/**
 * The concepts whose names answer a query, best first, one hit per concept: exact names,
 * then names starting with the query, inflected names, names holding every word of the query,
 * names with a later word starting with it, and misspelt names; within each, names in the
 * page's language before others, titles before aliases, deprecated terms last. A plain "o" for
 * "ø" costs half a step. Where no name holds the words of a query of several words, up to
 * three concepts whose definition and names hold them follow.
 * @example findNames(prepareNames(buildNameIndex('en', [{ id: 'outsourcing', lang: 'en', data: { title: 'Outsourcing', description: 'x.', aliases: [] } }, { id: 'outsourcing', lang: 'nb', data: { title: 'Outsourcing', description: 'y.', aliases: ['utkontraktering'] } }])), 'utkont').map((h) => [h.concept.lang, h.name, h.nameLang, h.kind]) // [['en', 'utkontraktering', 'nb', 'prefix']]
 * @example findNames(prepareNames(buildNameIndex('en', [{ id: 'accounts-receivable', lang: 'en', data: { title: 'Accounts receivable', description: 'Amounts that customers owe a business.', aliases: [] } }])), 'money customers owe').map((h) => [h.concept.id, h.kind]) // [['accounts-receivable', 'described']]
 */
export function findNames(matcher: NameMatcher, query: string, limit = 10): NameHit[] {
  const strictQ = keysOf(query, false);
  const looseQ = keysOf(query, true);
  if (!strictQ.compact) return [];
  // Misspellings are a guess, shown only where no name answers the query as typed; edit
  // distances (the costly part, over every name) are computed only then.
  let hits = matchAll(matcher, strictQ, looseQ, false);
  if (!hits.length) hits = matchAll(matcher, strictQ, looseQ, true);
  // A description is guessed only where no name holds the query's words.
  if (hits.some((hit) => MATCH_KINDS.indexOf(hit.kind) <= MATCH_KINDS.indexOf('words'))) return hits.slice(0, limit);
  const named = new Set(hits.map((hit) => hit.concept.id));
  const described = matchDescribed(matcher, strictQ).filter((hit) => !named.has(hit.concept.id));
  return [...hits, ...described].slice(0, limit);
}
