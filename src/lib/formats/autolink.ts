// Auto-link's pure half: the names file a language's terms are found by (built into
// /api/v1/{lang}/names.json, read by embed.js), and finding those names in a host page's text.
// Only the termbase's `terms` are names here, never search `aliases`: aliases include related
// words, which would mark the wrong concept on someone else's page. No DOM: unit tests cover it.
import type { Locale } from '../i18n/locales.ts';

/** The names file of one language (docs/api.md, "The names file"). */
export interface NamesFile {
  version: 1;
  lang: Locale;
  concepts: NamesConcept[];
}

/** One concept's names in the file's language. */
export interface NamesConcept {
  id: string;
  /** The preferred term (the article's title). */
  preferred: string;
  admitted?: string[];
  /** Terms a council or authority advises against: marked, and the card says to use `preferred`. */
  deprecated?: string[];
  /** Names (of the above) that match only in their own case: abbreviations and acronyms. */
  exactCase?: string[];
}

/** What building the file needs of an article. */
export interface NamesSource {
  id: string;
  data: { title: string; terms?: readonly { term: string; status: string; type?: string }[] };
}

/**
 * The names file of a language, from its articles' `terms` (the title stands in for the
 * preferred term of an article that has no `terms` yet). Concepts in id order.
 * @example buildNamesFile('en', [{ id: 'bpo', data: { title: 'Business process outsourcing', terms: [{ term: 'Business process outsourcing', status: 'preferred' }, { term: 'BPO', status: 'admitted', type: 'abbreviation' }] } }]).concepts[0]
 *   // { id: 'bpo', preferred: 'Business process outsourcing', admitted: ['BPO'], exactCase: ['BPO'] }
 */
export function buildNamesFile(lang: Locale, articles: readonly NamesSource[]): NamesFile {
  const concepts = [...articles]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(({ id, data }): NamesConcept => {
      const terms = data.terms ?? [];
      const of = (status: string) => terms.filter((t) => t.status === status).map((t) => t.term);
      const concept: NamesConcept = { id, preferred: of('preferred')[0] ?? data.title };
      const admitted = of('admitted');
      const deprecated = of('deprecated');
      const exactCase = terms.filter((t) => isExactCase(t.term, t.type)).map((t) => t.term);
      if (admitted.length) concept.admitted = admitted;
      if (deprecated.length) concept.deprecated = deprecated;
      if (exactCase.length) concept.exactCase = exactCase;
      return concept;
    });
  return { version: 1, lang, concepts };
}

/**
 * Whether a name matches only in its own case: abbreviations, acronyms, and any name written
 * with two or more capitals and no lower-case word of its own ("IR35", "BPO", "SLA").
 * @example isExactCase('BPO') // true
 * @example isExactCase('Outsourcing') // false
 * @example isExactCase('F-skatt', 'abbreviation') // true
 */
export function isExactCase(name: string, type?: string): boolean {
  return type === 'abbreviation' || type === 'acronym' || (/\p{Lu}.*\p{Lu}/u.test(name) && !/\p{Ll}{3}/u.test(name));
}

// ---------------------------------------------------------------------------------------------
// Matching: whole words with Unicode letter boundaries (a word is letters, marks and digits,
// hyphens inside it included), the longest name first, common noun inflections of the last word.
// ---------------------------------------------------------------------------------------------

const LETTER = /[\p{L}\p{M}\p{N}]/u;
/** Whether a UTF-16 code unit is a letter, mark or digit (NaN, past the end, is not). */
const isLetter = (code: number) => LETTER.test(String.fromCharCode(code));

/**
 * The words of a text as [start, end) offsets: runs of letters, marks and digits, with single
 * hyphens inside ("F-skatt"). A hand-written scan, one character at a time: a global
 * Unicode-property regex over the text (matchAll) ran about ten times slower.
 * @example wordsOf('F-skatt, BPO-avtale.') // [0, 7, 9, 19]
 */
export function wordsOf(text: string): number[] {
  const out: number[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const code = text.charCodeAt(i);
    if (isLetter(code) || (code === 45 && start >= 0 && isLetter(text.charCodeAt(i + 1)))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(start, i);
      start = -1;
    }
  }
  return out;
}

/**
 * Endings added to a noun's last word: definite and plural forms, and the genitive -s.
 * `stem` endings replace a final vowel ("faktura" → "fakturor", "uppdragstagare" → "uppdragstagarna").
 */
const ENDINGS: Record<Locale, [add: string, stem: string]> = {
  nb: ['en et a er ene n r ne s ens ets enes ers ns', ''],
  sv: ['en et n t er ar or na erna arna orna s ens ets ns ernas arnas', 'or orna ar arna na'],
  en: ['s es', 'ies'],
};

/**
 * The inflected forms of a word auto-link also finds (lower case; the word itself not included).
 * Words under four letters are not inflected.
 * @example inflections('outsourcing', 'nb').includes('outsourcingen') // true
 * @example inflections('faktura', 'sv').includes('fakturorna') // true
 * @example inflections('policy', 'en').includes('policies') // true
 */
export function inflections(word: string, lang: Locale): string[] {
  const w = word.toLowerCase();
  if (w.length < 4) return [];
  const [add, stem] = ENDINGS[lang];
  const forms = add.split(' ').map((ending) => w + ending);
  if (stem && /[aey]$/.test(w)) forms.push(...stem.split(' ').map((ending) => w.slice(0, -1) + ending));
  return forms;
}

interface Entry {
  id: string;
  /** For an exact-case name: its words as written. */
  exact?: string;
  /** For a deprecated name: the preferred term to use instead. */
  instead?: string;
}

/** A names file made ready for matching: names by their lower-case words. */
export interface NameMatcher {
  names: Map<string, Entry>;
  /** First words of names of more than one word, and the most words a name has. */
  starts: Set<string>;
  most: number;
}

/**
 * Prepares a names file for `findTerms`: every name and its inflected forms, keyed by its
 * lower-case words. A name as written wins over another name's inflected form.
 * @example compileNames({ version: 1, lang: 'nb', concepts: [{ id: 'factoring', preferred: 'factoring' }] }).names.has('factoringen') // true
 */
export function compileNames(file: NamesFile): NameMatcher {
  const names = new Map<string, Entry>();
  const starts = new Set<string>();
  let most = 1;
  const inflected: [string, Entry][] = [];
  for (const { id, preferred, admitted = [], deprecated = [], exactCase = [] } of file.concepts) {
    for (const name of [preferred, ...admitted, ...deprecated]) {
      // A name's words are split at white space only: one with other punctuation ("F-tax (F-skatt)")
      // is found only without it, as findTerms keeps punctuation in its keys.
      const words = name.trim().split(/\s+/);
      const exact = exactCase.includes(name);
      const entry: Entry = { id };
      if (exact) entry.exact = words.join(' ');
      if (deprecated.includes(name)) entry.instead = preferred;
      const key = words.join(' ').toLowerCase();
      if (!names.has(key)) names.set(key, entry);
      if (words.length > 1) starts.add(words[0]!.toLowerCase());
      most = Math.max(most, words.length);
      if (!exact) {
        const head = key.slice(0, key.length - words.at(-1)!.length);
        for (const form of inflections(words.at(-1)!, file.lang)) inflected.push([head + form, entry]);
      }
    }
  }
  for (const [key, entry] of inflected) if (!names.has(key)) names.set(key, entry);
  return { names, starts, most };
}

/** One name found in a text: where, which concept, and the preferred term when it is deprecated. */
export interface TermMatch {
  start: number;
  end: number;
  id: string;
  instead?: string;
}

/**
 * The names in a text, left to right, the longest at each place, none overlapping. Words of a
 * name may be separated by white space only.
 * @example findTerms(compileNames({ version: 1, lang: 'en', concepts: [{ id: 'bpo', preferred: 'business process outsourcing', admitted: ['BPO'], exactCase: ['BPO'] }, { id: 'outsourcing', preferred: 'outsourcing' }] }), 'Business process outsourcing (BPO) is outsourcing; bpo is not.').map((m) => [m.start, m.end, m.id])
 *   // [[0, 28, 'bpo'], [30, 33, 'bpo'], [38, 49, 'outsourcing']]
 */
export function findTerms(matcher: NameMatcher, text: string): TermMatch[] {
  const at = wordsOf(text);
  const found: TermMatch[] = [];
  for (let i = 0; i < at.length; i += 2) {
    const start = at[i]!;
    const first = text.slice(start, at[i + 1]).toLowerCase();
    for (let n = matcher.starts.has(first) ? Math.min(matcher.most, (at.length - i) / 2) : 1; n > 0; n--) {
      const end = at[i + n * 2 - 1]!;
      // Punctuation between words stays in the key, so it never equals a name's.
      const span = n > 1 ? text.slice(start, end).replace(/\s+/g, ' ') : text.slice(start, end);
      const entry = matcher.names.get(n > 1 ? span.toLowerCase() : first);
      if (!entry || (entry.exact !== undefined && entry.exact !== span)) continue;
      found.push({ start, end, id: entry.id, instead: entry.instead });
      i += n * 2 - 2;
      break;
    }
  }
  return found;
}
