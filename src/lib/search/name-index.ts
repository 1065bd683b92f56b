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

/** How a name answered the query, best first. */
export const MATCH_KINDS = ['exact', 'prefix', 'inflected', 'word', 'misspelt'] as const;
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

/**
 * Whether the query is an inflected form of the name: the name plus an ending
 * ("leverandørene" for "leverandør"), or the name with its last letter changed and an
 * ending added ("fakturor" for "faktura").
 */
function inflectionOf(query: string, name: string): boolean {
  if (name.length < 4 || query.length <= name.length - 1 || query.length - name.length > 4) return false;
  let shared = 0;
  while (shared < query.length && query[shared] === name[shared]) shared++;
  return shared >= Math.max(4, name.length - 1) && query !== name;
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

/** An index made ready for matching keystroke after keystroke (keys computed once). */
export interface NameMatcher {
  lang: Locale;
  names: PreparedName[];
}

/**
 * Prepares a name index for `findNames`.
 * @example prepareNames(buildNameIndex('en', [{ id: 'vendor', lang: 'en', data: { title: 'Vendor', description: 'A seller.', aliases: ['supplier'] } }])).names.map((n) => n.name) // ['Vendor', 'supplier']
 */
export function prepareNames(index: NameIndex): NameMatcher {
  const names: PreparedName[] = [];
  for (const concept of index.concepts) {
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
  return { lang: index.lang, names };
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
 * The concepts whose names answer a query, best first, one hit per concept: exact names,
 * then names starting with the query, then names with a later word starting with it, then
 * inflected and misspelt names; within each, names in the page's language before others,
 * titles before aliases, deprecated terms last. A plain "o" for "ø" costs half a step.
 * @example findNames(prepareNames(buildNameIndex('en', [{ id: 'outsourcing', lang: 'en', data: { title: 'Outsourcing', description: 'x.', aliases: [] } }, { id: 'outsourcing', lang: 'nb', data: { title: 'Outsourcing', description: 'y.', aliases: ['utkontraktering'] } }])), 'utkont').map((h) => [h.concept.lang, h.name, h.nameLang, h.kind]) // [['en', 'utkontraktering', 'nb', 'prefix']]
 */
export function findNames(matcher: NameMatcher, query: string, limit = 10): NameHit[] {
  const strictQ = keysOf(query, false);
  const looseQ = keysOf(query, true);
  if (!strictQ.compact) return [];
  // Misspellings are a guess, shown only where nothing answers the query as typed; edit
  // distances (the costly part, over every name) are computed only then.
  let hits = matchAll(matcher, strictQ, looseQ, false);
  if (!hits.length) hits = matchAll(matcher, strictQ, looseQ, true);
  return hits.slice(0, limit);
}
