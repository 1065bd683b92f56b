// `npm run generate-corpus -- --concepts N --out DIR [--seed S] [--ext mdx|md]`
//
// Writes a synthetic glossary of N concepts in nb, sv and en (3 × N articles) in the site's
// article format (docs/writing-articles.md), for benchmarks: `LEXICON_CONTENT_DIR=DIR npm run build`.
// Deterministic: the same N, seed and extension give byte-identical files.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { conceptIdProblem } from '../src/lib/urls/concept-id.ts';
import { LOCALES, LOCALE_INFO, type Locale } from '../src/lib/i18n/locales.ts';
import { TOPICS } from '../src/lib/i18n/topics.ts';
import { RESERVED_SEGMENTS } from '../src/lib/urls/concept-id.ts';

/**
 * Word banks (scripts/corpus-words.json): small, hand-written, per language, so generated articles
 * read like Norwegian, Swedish and English glossary text. Nothing in them is meant to be true.
 */
interface Bank {
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

const BANKS = JSON.parse(readFileSync(join(import.meta.dirname, 'corpus-words.json'), 'utf8')) as Record<Locale, Bank>;

export interface CorpusOptions {
  concepts: number;
  seed?: string;
  ext?: 'mdx' | 'md';
}

export interface CorpusManifest {
  generator: string;
  concepts: number;
  seed: string;
  ext: 'mdx' | 'md';
  articles: number;
  /** Concept ids that term links point to but that no language has (rare, on purpose). */
  missingLinkTargets: string[];
  /** A few ids that exist in every language, to check a build used this corpus. */
  sampleIds: string[];
  /** Words from generated titles, good first search queries. */
  searchWords: Record<Locale, string[]>;
  /** Share of term links whose target exists in the article's language. */
  linksResolved: number;
  words: { min: number; median: number; max: number };
}

/** Marks a folder as written by this script, so it may be overwritten. */
const MANIFEST = 'manifest.json';

// ── Seeded PRNG: cyrb128 hash of the seed into sfc32 ────────────────────────────────────────

function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703, h2 = 3144134277, h3 = 1013904242, h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

class Random {
  #a: number;
  #b: number;
  #c: number;
  #d: number;
  constructor(seed: string) {
    [this.#a, this.#b, this.#c, this.#d] = cyrb128(seed);
    for (let i = 0; i < 15; i++) this.next();
  }
  /** sfc32: a float in [0, 1). */
  next(): number {
    this.#a >>>= 0; this.#b >>>= 0; this.#c >>>= 0; this.#d >>>= 0;
    let t = (this.#a + this.#b) | 0;
    this.#a = this.#b ^ (this.#b >>> 9);
    this.#b = (this.#c + (this.#c << 3)) | 0;
    this.#c = (this.#c << 21) | (this.#c >>> 11);
    this.#d = (this.#d + 1) | 0;
    t = (t + this.#d) | 0;
    this.#c = (this.#c + t) | 0;
    return (t >>> 0) / 4294967296;
  }
  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** `count` distinct items (fewer if there are not that many). */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length) out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]!);
    return out;
  }
}

// ── Text helpers ────────────────────────────────────────────────────────────────────────────

const capitalize = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** A title as it reads mid-sentence: lower-case first letter unless it starts an acronym (QA-, VAT, 3PL). */
function inSentence(title: string): string {
  return /^[\p{Lu}\p{N}][\p{Lu}\p{N}]/u.test(title) ? title : title[0]!.toLowerCase() + title.slice(1);
}

/** The concept id an English title gives: ASCII kebab-case. */
function slugOf(title: string): string {
  return title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Words of body text, not counting Markdown syntax or link targets. */
export function countWords(markdown: string): number {
  return markdown.replace(/\]\([^)]*\)/g, ']').match(/[\p{L}\p{N}][\p{L}\p{N}'’/-]*/gu)?.length ?? 0;
}

const yaml = (s: string) => JSON.stringify(s);

// ── Concepts and titles ─────────────────────────────────────────────────────────────────────

interface Title {
  text: string;
  /** Mid-sentence form. */
  lower: string;
  /** Definite form mid-sentence ("leverandøravtalen i offentlig sektor", "the vendor audit"). */
  definite: string;
  /** Another form a reader might type (plural or definite), for aliases. */
  variant: string;
  firstWord: string;
}

interface Concept {
  id: string;
  titles: Record<Locale, Title>;
  topics: string[];
  related: string[];
  links: string[];
}

/** Head and tail as one title: "Leverandør" + "avtale", "QA-" + "avtale", "Vendor" + " " + "audit". */
function compose(bank: Bank, head: string, tail: string): string {
  return `${head}${bank.joiner}${tail}`;
}

function makeTitle(rng: Random, lang: Locale, used: Set<string>): Title {
  const bank = BANKS[lang];
  const letters = LOCALE_INFO[lang].alphabet as readonly string[];
  for (let attempt = 0; attempt < 200; attempt++) {
    const letter = rng.chance(0.035) ? '#' : rng.pick(letters);
    const head = rng.pick(bank.heads[letter]!);
    const [tail, tailVariant] = rng.pick(bank.tails).split('|') as [string, string];
    if (head.trim().toLowerCase() === tail) continue;
    const qualifier = attempt >= 4 || rng.chance(0.25) ? rng.pick(bank.qualifiers) : '';
    const q = qualifier ? ` ${qualifier}` : '';
    const text = compose(bank, head, tail) + q;
    if (used.has(text.toLowerCase())) continue;
    used.add(text.toLowerCase());
    const lower = inSentence(text);
    const variant = inSentence(compose(bank, head, tailVariant) + q);
    const definite = lang === 'en' ? `the ${lower}` : variant;
    const firstWord = text.split(/[\s-]/)[0]!;
    return { text, lower, definite, variant, firstWord };
  }
  throw new Error(`the ${lang} word banks ran out of distinct titles; use fewer --concepts`);
}

function makeConcepts(rng: Random, count: number): Concept[] {
  const usedTitles = Object.fromEntries(LOCALES.map((l) => [l, new Set<string>()])) as Record<Locale, Set<string>>;
  const usedIds = new Set<string>(RESERVED_SEGMENTS);
  const concepts: Concept[] = [];
  while (concepts.length < count) {
    const en = makeTitle(rng, 'en', usedTitles.en);
    const id = slugOf(en.text);
    if (usedIds.has(id) || conceptIdProblem(id) || !id.includes('-')) continue;
    usedIds.add(id);
    const titles = { en } as Record<Locale, Title>;
    for (const lang of LOCALES) if (lang !== 'en') titles[lang] = makeTitle(rng, lang, usedTitles[lang]);
    const topics = rng.sample(TOPICS, rng.chance(0.3) ? 2 : 1);
    concepts.push({ id, titles, topics, related: [], links: [] });
  }
  return concepts;
}

// ── Articles ────────────────────────────────────────────────────────────────────────────────

class Filler {
  readonly rng: Random;
  readonly bank: Bank;
  readonly title: Title;
  constructor(rng: Random, bank: Bank, title: Title) {
    this.rng = rng;
    this.bank = bank;
    this.title = title;
  }

  /** A compound noun from the title banks, mid-sentence ("leverandørrisiko", "vendor risk"). */
  compound(): string {
    const letter = this.rng.pick(Object.keys(this.bank.heads));
    const head = this.rng.pick(this.bank.heads[letter]!);
    const tail = this.rng.pick(this.bank.tails).split('|')[0]!;
    return inSentence(compose(this.bank, head, tail));
  }

  fill(template: string, link = ''): string {
    const { rng, bank, title } = this;
    const subjects = rng.sample(bank.subjects, 2);
    const objects = rng.sample(bank.objects, 3);
    const verbsInf = rng.sample(bank.verbsInf, 2);
    return template.replace(/\{(\w+)\}/g, (_, key: string) => {
      switch (key) {
        case 'T': return title.lower;
        case 'Tc': return capitalize(title.text);
        case 'Tl': return title.lower;
        case 'Td': return title.definite;
        case 'S': return subjects[0]!;
        case 'S_': return capitalize(subjects[0]!);
        case 'S2': return subjects[1]!;
        case 'O': return objects[0]!;
        case 'O2': return objects[1]!;
        case 'O3': return objects[2]!;
        case 'Vi': return verbsInf[0]!;
        case 'Vi2': return verbsInf[1]!;
        case 'Vp': return rng.pick(bank.verbsPres);
        case 'A': return rng.pick(bank.complements);
        case 'Law': return rng.pick(bank.laws);
        case 'C': return rng.pick(bank.connectors);
        case 'N': return String(rng.pick([5, 10, 14, 20, 30, 45, 60, 90]));
        case 'U': return rng.pick(bank.units);
        case 'U2': return rng.pick(bank.perUnits);
        case 'Y': return String(rng.int(2008, 2025));
        case 'X': return this.compound();
        case 'L': return link;
        default: throw new Error(`unknown placeholder {${key}}`);
      }
    });
  }
}

type Block = { kind: 'p'; sentences: string[] } | { kind: 'raw'; text: string };

interface Article {
  text: string;
  words: number;
  links: { id: string; resolved: boolean }[];
}

function writeArticle(
  rng: Random,
  lang: Locale,
  concept: Concept,
  byId: Map<string, Concept>,
  exists: (id: string) => boolean,
): Article {
  const bank = BANKS[lang];
  const title = concept.titles[lang];
  const f = new Filler(rng, bank, title);

  // Frontmatter
  let description = '';
  for (let i = 0; i < 100 && !(description && description.length <= 200); i++) description = f.fill(rng.pick(bank.descriptions));
  if (description.length > 200) description = `${capitalize(title.text)}.`;
  const aliases = lang === 'en' ? [title.variant] : [concept.titles.en.lower, ...(rng.chance(0.5) ? [title.variant] : [])];
  const keywordList = Array.from({ length: rng.int(2, 4) }, () => f.compound());
  const keywords = rng.chance(0.1) ? yaml(keywordList.join(',')) : `[${keywordList.map(yaml).join(', ')}]`;
  const start = Date.UTC(2023, 0, 1);
  const updated = new Date(start + rng.int(0, 1419) * 86_400_000).toISOString().slice(0, 10);
  const sources = rng.sample(bank.sources, rng.int(1, 3));
  const front = [
    '---',
    `title: ${yaml(title.text)}`,
    `description: ${yaml(description)}`,
    `aliases: [${aliases.map(yaml).join(', ')}]`,
    `keywords: ${keywords}`,
    `topics: [${concept.topics.join(', ')}]`,
    `related: [${concept.related.join(', ')}]`,
    `updated: ${updated}`,
    'sources:',
    ...sources.flatMap((s) => [`  - title: ${yaml(s.title)}`, `    url: ${s.url}`]),
    '---',
    '',
  ].join('\n');

  // Body: H2 sections of paragraphs, with lists, steps, subsections and sometimes a table.
  const target = rng.int(550, 630);
  const blocks: Block[] = [];
  let words = 0;
  const add = (block: Block) => {
    blocks.push(block);
    words += countWords(block.kind === 'p' ? block.sentences.join(' ') : block.text);
  };
  const paragraph = () => {
    const sentences: string[] = [];
    const templates = rng.sample(bank.sentences, rng.int(3, 5));
    while (sentences.length < templates.length && (sentences.length < 2 || words + countWords(sentences.join(' ')) < target)) {
      sentences.push(capitalize(f.fill(templates[sentences.length]!)));
    }
    add({ kind: 'p', sentences });
  };
  const headings = rng.sample(bank.headings, bank.headings.length).map((h) => f.fill(h));
  const wantsTable = rng.chance(0.35);
  let tabled = false;
  for (let s = 0; words < target - 15; s++) {
    add({ kind: 'raw', text: `## ${capitalize(headings[s % headings.length]!)}` });
    paragraph();
    const extra = rng.next();
    if (words >= target - 40) {
      // no room for more than a paragraph
    } else if (wantsTable && !tabled && s >= 1) {
      tabled = true;
      const rows = Array.from({ length: rng.int(3, 5) }, () =>
        `| ${capitalize(f.compound())} | ${rng.pick(bank.table.cells)} | ${rng.pick(bank.table.cells)} |`,
      );
      const [a, b, c] = bank.table.header;
      add({ kind: 'raw', text: `${bank.table.intro}\n\n| ${a} | ${b} | ${c} |\n|---|---|---|\n${rows.join('\n')}` });
    } else if (extra < 0.3) {
      const items = Array.from({ length: rng.int(3, 5) }, () => `- ${f.fill(rng.pick(bank.listItems))}`);
      add({ kind: 'raw', text: `${rng.pick(bank.listIntros)}\n\n${items.join('\n')}` });
    } else if (extra < 0.42) {
      const steps = rng.sample(bank.steps, bank.steps.length).map((st, i) => `${i + 1}. ${capitalize(f.fill(st))}`);
      add({ kind: 'raw', text: steps.join('\n') });
    } else if (extra < 0.55 && words < target - 60) {
      for (const sub of rng.sample(bank.subheadings, 2)) {
        add({ kind: 'raw', text: `### ${sub}` });
        paragraph();
      }
    }
    if (words < target - 15 && rng.chance(0.5)) paragraph();
  }

  // Term links: 3–6, spread over the paragraphs, each replacing one sentence.
  const slots: [Block & { kind: 'p' }, number][] = [];
  for (const block of blocks) if (block.kind === 'p') block.sentences.forEach((_, i) => slots.push([block, i]));
  const links: Article['links'] = [];
  const count = Math.min(concept.links.length, slots.length);
  for (let k = 0; k < count; k++) {
    const lo = Math.floor((k * slots.length) / count);
    const hi = Math.floor(((k + 1) * slots.length) / count) - 1;
    const [block, i] = slots[rng.int(lo, Math.max(lo, hi))]!;
    const target = byId.get(concept.links[k]!)!;
    const link = `[${target.titles[lang].lower}](/${target.id})`;
    block.sentences[i] = capitalize(f.fill(rng.pick(bank.linkSentences), link));
    links.push({ id: target.id, resolved: exists(target.id) });
  }

  const body = blocks.map((b) => (b.kind === 'p' ? b.sentences.join(' ') : b.text)).join('\n\n');
  return { text: `${front}\n${body}\n`, words: countWords(body), links };
}

// ── The corpus ──────────────────────────────────────────────────────────────────────────────

/**
 * Generates the corpus in memory and hands each file to `write` (relative path, text), in a
 * fixed order. Returns the manifest.
 */
export function generateCorpus(
  options: CorpusOptions,
  write: (path: string, text: string) => void,
): CorpusManifest {
  const { concepts: n, seed = 'lexicon', ext = 'mdx' } = options;
  if (!Number.isInteger(n) || n < 2) throw new Error('--concepts must be an integer ≥ 2');
  const rng = new Random(`${seed}`);
  // A few more concepts than are written: links to them are links to terms not written yet.
  const planned = Math.max(2, Math.ceil(n / 100));
  const all = makeConcepts(rng, n + planned);
  const written = all.slice(0, n);
  const missing = all.slice(n);
  const byId = new Map(all.map((c) => [c.id, c]));
  const writtenIds = new Set(written.map((c) => c.id));

  for (const [i, c] of written.entries()) {
    const others = () => {
      let j = rng.int(0, n - 2);
      if (j >= i) j++;
      return written[j]!.id;
    };
    const related = new Set<string>();
    const wantRelated = Math.min(rng.int(2, 4), n - 1);
    while (related.size < wantRelated) related.add(others());
    c.related = [...related];
    const links = new Set<string>(c.related.slice(0, 2));
    const wantLinks = Math.min(rng.int(3, 6), n - 1 + missing.length);
    while (links.size < wantLinks) links.add(rng.chance(0.02) ? rng.pick(missing).id : others());
    c.links = rng.sample([...links], links.size);
  }

  const wordCounts: number[] = [];
  let linkTotal = 0;
  let linkResolved = 0;
  for (const lang of LOCALES) {
    for (const c of written) {
      const article = writeArticle(rng, lang, c, byId, (id) => writtenIds.has(id));
      write(`${lang}/${c.id}.${ext}`, article.text);
      wordCounts.push(article.words);
      linkTotal += article.links.length;
      linkResolved += article.links.filter((l) => l.resolved).length;
    }
  }
  wordCounts.sort((a, b) => a - b);

  const searchWords = Object.fromEntries(
    LOCALES.map((lang) => [
      lang,
      [...new Set(written.map((c) => c.titles[lang].firstWord.toLowerCase()).filter((w) => /^\p{L}{4,}$/u.test(w)))].slice(0, 5),
    ]),
  ) as Record<Locale, string[]>;

  return {
    generator: 'scripts/generate-corpus.ts',
    concepts: n,
    seed,
    ext,
    articles: n * LOCALES.length,
    missingLinkTargets: missing.map((c) => c.id),
    sampleIds: written.slice(0, 5).map((c) => c.id),
    searchWords,
    linksResolved: Math.round((linkResolved / linkTotal) * 10000) / 10000,
    words: { min: wordCounts[0]!, median: wordCounts[Math.floor(wordCounts.length / 2)]!, max: wordCounts.at(-1)! },
  };
}

/**
 * Writes the corpus into `dir` (`dir/{nb,sv,en}/<id>.mdx` and `dir/manifest.json`). An existing
 * folder is only replaced if this script wrote it (it has our manifest) or it is empty.
 */
export function writeCorpus(dir: string, options: CorpusOptions): CorpusManifest {
  const out = resolve(dir);
  const projectContent = resolve(import.meta.dirname, '..', 'content');
  if (out === projectContent) throw new Error(`refusing to write into the project's own content folder (${out})`);
  if (existsSync(out) && readdirSync(out).length > 0) {
    if (!existsSync(join(out, MANIFEST))) {
      throw new Error(`${out} exists, is not empty and was not written by generate-corpus; choose another --out`);
    }
    for (const lang of LOCALES) rmSync(join(out, lang), { recursive: true, force: true });
  }
  for (const lang of LOCALES) mkdirSync(join(out, lang), { recursive: true });
  const manifest = generateCorpus(options, (path, text) => writeFileSync(join(out, path), text));
  writeFileSync(join(out, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      concepts: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: 'lexicon' },
      ext: { type: 'string', default: 'mdx' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || !values.concepts || !values.out || !['mdx', 'md'].includes(values.ext)) {
    console.log('usage: node scripts/generate-corpus.ts --concepts N --out DIR [--seed S] [--ext mdx|md]');
    process.exit(values.help ? 0 : 1);
  }
  const started = performance.now();
  let manifest: CorpusManifest;
  try {
    manifest = writeCorpus(values.out, { concepts: Number(values.concepts), seed: values.seed, ext: values.ext as 'mdx' | 'md' });
  } catch (error) {
    console.error(`generate-corpus: ${(error as Error).message}`);
    process.exit(1);
  }
  const ms = Math.round(performance.now() - started);
  console.log(
    `Wrote ${manifest.articles} articles (${manifest.concepts} concepts × ${LOCALES.length} languages, .${manifest.ext}) to ${resolve(values.out)} in ${ms} ms; ` +
      `body words ${manifest.words.min}–${manifest.words.max} (median ${manifest.words.median}), ` +
      `${(manifest.linksResolved * 100).toFixed(1)}% of term links resolve.`,
  );
}
