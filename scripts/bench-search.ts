// `npm run bench:search`: search quality and cost in real Chromium, on a built site.
//
// Quality: every query of bench/search-queries.json is opened as /{lang}/search/?q=… (the same
// engine as the header popup), and the article links of the results, in order, are compared
// with the concept the reader meant: top-1 and top-3 per language and kind.
// Cost: what a reader does (scripts/bench/search.ts): a fresh browser context, an article page,
// a click into the header search, the query typed letter by letter; bytes as received until the
// first results and until the full-text results were painted, for each query of a cost list,
// with the median; keystroke → paint once search is loaded; the name index's size.
//
//   node scripts/bench-search.ts [--dist DIR] [--queries FILE] [--lang nb,sv,en] [--write-docs] [--json FILE]
//                                [--no-quality | --no-cost] [--label TEXT] [--from RESULTS.json]
//
// --from re-reports an earlier run's --json file (e.g. to write the docs) without measuring again.
//
// It builds nothing: run `npm run build` first, or pass --dist with a built site (for a larger
// corpus: `npm run generate-corpus`, then build it with LEXICON_CONTENT_DIR and LEXICON_OUT_DIR).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { KEY_DELAY_MS, launchBenchChromium, measureKeystrokes, measureTypedFirstSearch, type TypedSearch } from './bench/search.ts';
import { serveStatic } from './static-server.ts';
import { paths } from '../src/paths.ts';

const ROOT = resolve(import.meta.dirname, '..');
const LANGS = ['nb', 'sv', 'en'] as const;
type Lang = (typeof LANGS)[number];
const KINDS = ['title', 'alias', 'abbreviation', 'inflected', 'misspelling', 'natural', 'cross-language', 'synonym'] as const;
type Kind = (typeof KINDS)[number];

/** The issue's targets (issue 13), printed as pass/fail. */
const TARGET = { top1: 0.95, top3: 0.99, crossTop3: 0.95, misspellingTop3: 0.95, firstSearchMax: 100_000, firstSearchMedian: 70_000, paintMs: 100, nameIndex150: 15_000 };

/**
 * First searches measured per language, each typed into a fresh browser: names, synonyms, other
 * languages' names, misspellings and plain words, so the median is a reader's, not a best case.
 */
const COST_QUERIES: Record<Lang, { entry: string; firsts: string[]; timed: string[] }> = {
  nb: { entry: '/nb/outsourcing/', firsts: ['leverandør', 'factoring', 'lønn', 'konsulent', 'selvstendig næringsdrivende', 'innleie', 'offentlige anskaffelser', 'uppdragstagare', 'faktorng', 'selge fakturaer'], timed: ['lønnsadministrasjon', 'inkasso', 'fakturabelåning', 'kundefordringer', 'leverandørkjede'] },
  sv: { entry: '/sv/outsourcing/', firsts: ['leverantör', 'factoring', 'bemanning', 'egenföretagare', 'upphandling', 'f-skatt', 'kontraktsproduksjon', 'lönebyrå', 'konkurensutsättning', 'flytta produktion utomlands'], timed: ['lönehantering', 'kundfordringar', 'personaluthyrning', 'legotillverkning', 'upphandling'] },
  en: { entry: '/en/outsourcing/', firsts: ['factoring', 'contractor', 'payroll', 'ir35', 'offshoring', 'vendor', 'public procurement', 'lönehantering', 'konkurranseutsetting', 'money customers owe'], timed: ['payroll', 'nearshoring', 'invoice discounting', 'supplier', 'freelancer'] },
};

interface Query { lang: Lang; query: string; expect: string; kind: Kind }
interface Outcome extends Query {
  /** Result articles in order: the concept id, or `lang:id` for another language's article. */
  got: string[];
  status: string;
  rank: number; // 0-based position of the expected concept, -1 if absent
  error?: string;
}

const { values: args } = parseArgs({
  options: {
    dist: { type: 'string' },
    queries: { type: 'string', default: join(ROOT, 'bench', 'search-queries.json') },
    lang: { type: 'string' },
    'write-docs': { type: 'boolean', default: false },
    docs: { type: 'string', default: join(ROOT, 'docs', 'benchmarks.md') },
    json: { type: 'string' },
    label: { type: 'string' },
    from: { type: 'string' },
    'no-cost': { type: 'boolean', default: false },
    'no-quality': { type: 'boolean', default: false },
  },
});

const dist = resolve(args.dist ?? paths.outDir);
if (!existsSync(join(dist, 'pagefind', 'pagefind.js')) || !existsSync(join(dist, 'index.html'))) {
  console.error(`No built site with a search index in ${dist}.\nRun \`npm run build\` first, or pass --dist DIR with a built site.`);
  process.exit(1);
}
const langs = (args.lang ? args.lang.split(',').map((l) => l.trim()) : [...LANGS]) as Lang[];
for (const l of langs) if (!LANGS.includes(l)) throw new Error(`unknown language ${l}`);

const allQueries: Query[] = JSON.parse(readFileSync(args.queries, 'utf8')).queries;
const queries = args['no-quality'] ? [] : allQueries.filter((q) => langs.includes(q.lang));
for (const q of queries) {
  if (!KINDS.includes(q.kind)) throw new Error(`query "${q.query}": unknown kind ${q.kind}`);
  if (!existsSync(join(dist, q.lang, q.expect, 'index.html'))) throw new Error(`query "${q.query}": /${q.lang}/${q.expect}/ is not in ${dist}`);
}

// ---------------------------------------------------------------- quality

/** A result link as a concept id (`vendor`), `nb:vendor` for another language, or the path. */
function conceptOf(href: string, lang: Lang): string {
  const m = /^\/(nb|sv|en)\/([a-z0-9-]+)\/$/.exec(new URL(href).pathname);
  if (!m) return new URL(href).pathname;
  return m[1] === lang ? m[2]! : `${m[1]}:${m[2]}`;
}

async function runQuery(page: Page, base: string, q: Query): Promise<Outcome> {
  const outcome: Outcome = { ...q, got: [], status: '', rank: -1 };
  try {
    await page.goto(`${base}/${q.lang}/search/?q=${encodeURIComponent(q.query)}`);
    await page.locator('#search-results[data-state=done]').waitFor({ timeout: 15_000 });
    await page.locator('#search-results [role=status]:not(:empty)').waitFor({ timeout: 5_000 });
    outcome.status = (await page.locator('#search-results [role=status]').textContent()) ?? '';
    const links = await page.locator('#search-results li.search-result > a[data-result-link]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of links) {
      const id = conceptOf(href, q.lang);
      if (!outcome.got.includes(id)) outcome.got.push(id);
    }
    outcome.rank = outcome.got.indexOf(q.expect);
  } catch (error) {
    outcome.error = (error as Error).message.split('\n')[0];
  }
  return outcome;
}

interface Tally { n: number; top1: number; top3: number }
const tally = (list: Outcome[]): Tally => ({
  n: list.length,
  top1: list.filter((o) => o.rank === 0).length,
  top3: list.filter((o) => o.rank >= 0 && o.rank < 3).length,
});
const pct = (part: number, whole: number) => (whole ? `${Math.round((1000 * part) / whole) / 10} %` : '–');
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : NaN;
};
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const passFail = (ok: boolean) => (ok ? '**pass**' : '**FAIL**');

/**
 * For a generated corpus (`npm run generate-corpus`), which has none of our concepts: titles and
 * aliases spread over its name index, in this language and the others, and two body words.
 */
function generatedCostQueries(lang: Lang): { entry: string; firsts: string[]; timed: string[] } {
  const index = JSON.parse(readFileSync(join(dist, lang, 'search', 'names.json'), 'utf8')) as { concepts: { id: string; lang: string; names: Record<string, string[]> }[] };
  const own = index.concepts.filter((c) => c.lang === lang);
  const pick = (i: number) => own[Math.floor(((i + 0.5) * own.length) / 8)]!;
  const other = LANGS.find((l) => l !== lang)!;
  const firsts = [
    ...[0, 1, 2, 3].map((i) => pick(i).names[lang]![0]!),
    ...[4, 5].map((i) => pick(i).names[lang]!.at(-1)!),
    ...[6, 7].map((i) => pick(i).names[other]?.[0] ?? pick(i).names[lang]![0]!),
    'threshold',
    'service provider negotiates',
  ];
  return { entry: `/${lang}/${own[0]!.id}/`, firsts, timed: [1, 3, 5, 7].map((i) => pick(i).names[lang]![0]!) };
}

// ---------------------------------------------------------------- run

const earlier = args.from ? JSON.parse(readFileSync(args.from, 'utf8')) : undefined;
const loadAtStart: number = earlier?.loadAtStart ?? os.loadavg()[0]!;
const outcomes: Outcome[] = earlier?.outcomes ?? [];
const firsts: TypedSearch[] = earlier?.firsts ?? [];
const keystrokes: Record<string, { query: string; ms: number | null }[]> = earlier?.keystrokes ?? {};
if (!earlier) await measure();

async function measure() {
const { server, url: base } = await serveStatic({ root: dist });
const browser = await launchBenchChromium();
try {
  if (queries.length) {
    const page = await browser.newPage();
    for (const q of queries) outcomes.push(await runQuery(page, base, q));
    await page.close();
  }
  if (!args['no-cost']) {
    for (const lang of langs) {
      const { entry, firsts: list, timed } = existsSync(join(dist, COST_QUERIES[lang].entry.slice(1), 'index.html')) ? COST_QUERIES[lang] : generatedCostQueries(lang);
      const at = entry;
      for (const query of list) firsts.push(await measureTypedFirstSearch(browser, base, lang, at, query));
      keystrokes[lang] = await measureKeystrokes(browser, base, at, timed);
    }
  }
} finally {
  await browser.close();
  server.closeAllConnections();
  server.close();
}
}

// ---------------------------------------------------------------- report

const articles = readdirSync(join(dist, 'pagefind', 'fragment')).filter((f) => f.endsWith('.pf_fragment')).length;
const nameIndex = langs.map((lang) => {
  const file = join(dist, lang, 'search', 'names.json');
  const raw = readFileSync(file);
  const br = existsSync(`${file}.br`) ? statSync(`${file}.br`).size : NaN;
  return { lang, raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length, br };
});

const lines: string[] = [];
const byLang = (lang: Lang) => outcomes.filter((o) => o.lang === lang);
const cell = (t: Tally, which: 'top1' | 'top3') => (t.n ? `${t[which]}/${t.n}` : '–');
lines.push(`| kind | ${langs.map((l) => `${l} top-1 | ${l} top-3`).join(' | ')} |`);
lines.push(`|---|${langs.map(() => '---:|---:').join('|')}|`);
for (const kind of KINDS) {
  const ts = langs.map((l) => tally(byLang(l).filter((o) => o.kind === kind)));
  if (ts.every((t) => !t.n)) continue;
  lines.push(`| ${kind} | ${ts.map((t) => `${cell(t, 'top1')} | ${cell(t, 'top3')}`).join(' | ')} |`);
}
const totals = langs.map((l) => tally(byLang(l)));
lines.push(`| **all** | ${totals.map((t) => `**${cell(t, 'top1')}** (${pct(t.top1, t.n)}) | **${cell(t, 'top3')}** (${pct(t.top3, t.n)})`).join(' | ')} |`);
const qualityTable = lines.join('\n');

const misses = outcomes.filter((o) => o.rank !== 0);
const missTable = [
  '| lang | kind | query | expected | rank | got (top 3) | status |',
  '|---|---|---|---|---|---|---|',
  ...misses.map((o) => `| ${o.lang} | ${o.kind} | \`${o.query}\` | ${o.expect} | ${o.rank < 0 ? 'miss' : `#${o.rank + 1}`} | ${o.got.slice(0, 3).join(', ') || '–'} | ${o.error ?? o.status} |`),
].join('\n');

const costLines: string[] = [];
if (firsts.length) {
  costLines.push('| lang | first query (typed) | first results: bytes | full text: bytes | requests | last key → first results | last key → full text | top results |');
  costLines.push('|---|---|---:|---:|---:|---:|---:|---|');
  for (const f of firsts) {
    const pagefind = f.requests.filter((r) => r.url.startsWith('/pagefind/'));
    costLines.push(`| ${f.lang} | \`${f.query}\` | ${kb(f.bytesToFirstResults)} | ${kb(f.bytesToFullText)} | ${f.requests.length} (${pagefind.length} Pagefind) | ${f.lastKeyToPaintMs} ms | ${f.lastKeyToFullTextMs} ms | ${f.results.slice(0, 3).join(', ')} |`);
  }
  costLines.push('');
  costLines.push('| | first results | full text |');
  costLines.push('|---|---:|---:|');
  for (const lang of langs) {
    const mine = firsts.filter((f) => f.lang === lang);
    costLines.push(`| ${lang}: median (max) | ${kb(median(mine.map((f) => f.bytesToFirstResults)))} (${kb(Math.max(...mine.map((f) => f.bytesToFirstResults)))}) | ${kb(median(mine.map((f) => f.bytesToFullText)))} (${kb(Math.max(...mine.map((f) => f.bytesToFullText)))}) |`);
  }
  costLines.push(`| **all: median (max)** | **${kb(median(firsts.map((f) => f.bytesToFirstResults)))}** (${kb(Math.max(...firsts.map((f) => f.bytesToFirstResults)))}) | **${kb(median(firsts.map((f) => f.bytesToFullText)))}** (${kb(Math.max(...firsts.map((f) => f.bytesToFullText)))}) |`);
  costLines.push('');
  const byFile = new Map<string, { bytes: number; n: number }>();
  const groupOf = (url: string) =>
    url.startsWith('/pagefind/index/') ? 'Pagefind index chunks' : url.startsWith('/pagefind/fragment/') ? 'Pagefind fragments' : url.includes('/wasm.') ? 'Pagefind WebAssembly' : url.startsWith('/pagefind/') ? 'Pagefind script, entry, metadata' : url.endsWith('/names.json') ? 'name index' : url.endsWith('/pages.json') ? 'Pagefind page → article map' : 'search UI (JS, CSS)';
  for (const f of firsts) for (const r of f.requests) {
    const g = byFile.get(groupOf(r.url)) ?? { bytes: 0, n: 0 };
    g.bytes += r.transferred;
    g.n++;
    byFile.set(groupOf(r.url), g);
  }
  costLines.push('| per first search, by file (mean) | bytes | files |');
  costLines.push('|---|---:|---:|');
  for (const [group, g] of [...byFile].sort((a, b) => b[1].bytes - a[1].bytes)) costLines.push(`| ${group} | ${kb(g.bytes / firsts.length)} | ${(g.n / firsts.length).toFixed(1)} |`);
  costLines.push('');
  costLines.push(`| keystroke → first results, once loaded | ${langs.map((l) => l).join(' | ')} |`);
  costLines.push(`|---|${langs.map(() => '---').join('|')}|`);
  const rows = Math.max(...langs.map((l) => keystrokes[l]?.length ?? 0));
  for (let i = 0; i < rows; i++) costLines.push(`| ${i + 1} | ${langs.map((l) => { const k = keystrokes[l]?.[i]; return k ? `\`${k.query}\` ${k.ms === null ? 'no paint' : `${k.ms} ms`}` : ''; }).join(' | ')} |`);
}
const costTable = costLines.join('\n');
const nameTable = [
  '| name index | raw | gzip -9 | Brotli (as served) |',
  '|---|---:|---:|---:|',
  ...nameIndex.map((n) => `| \`/${n.lang}/search/names.json\` | ${kb(n.raw)} | ${kb(n.gzip)} | ${kb(n.br)} |`),
].join('\n');

const targetLines: string[] = [];
const inKinds = (lang: Lang, kinds: Kind[]) => tally(byLang(lang).filter((o) => kinds.includes(o.kind)));
if (outcomes.length) {
  for (const lang of langs) {
    const all = tally(byLang(lang));
    const cross = inKinds(lang, ['cross-language']);
    const miss = inKinds(lang, ['misspelling']);
    targetLines.push(`- ${lang}: top-1 ${pct(all.top1, all.n)} (target ≥ ${TARGET.top1 * 100} %): ${passFail(all.top1 >= TARGET.top1 * all.n)}; top-3 ${pct(all.top3, all.n)} (≥ ${TARGET.top3 * 100} %): ${passFail(all.top3 >= TARGET.top3 * all.n)}; cross-language top-3 ${pct(cross.top3, cross.n)} (≥ ${TARGET.crossTop3 * 100} %): ${passFail(cross.top3 >= TARGET.crossTop3 * cross.n)}; misspellings top-3 ${pct(miss.top3, miss.n)} (≥ ${TARGET.misspellingTop3 * 100} %): ${passFail(miss.top3 >= TARGET.misspellingTop3 * miss.n)}`);
  }
}
if (firsts.length) {
  const full = firsts.map((f) => f.bytesToFullText);
  const first = firsts.map((f) => f.bytesToFirstResults);
  targetLines.push(`- every first search ≤ ${kb(TARGET.firstSearchMax)} until painted: first results max ${kb(Math.max(...first))} ${passFail(Math.max(...first) <= TARGET.firstSearchMax)}; full text max ${kb(Math.max(...full))} ${passFail(Math.max(...full) <= TARGET.firstSearchMax)} (${full.filter((b) => b <= TARGET.firstSearchMax).length} of ${full.length} within)`);
  targetLines.push(`- median first search ≤ ${kb(TARGET.firstSearchMedian)}: first results ${kb(median(first))} ${passFail(median(first) <= TARGET.firstSearchMedian)}; full text ${kb(median(full))} ${passFail(median(full) <= TARGET.firstSearchMedian)}`);
  const keys = Object.values(keystrokes).flat().map((k) => k.ms).filter((ms): ms is number => ms !== null);
  targetLines.push(`- keystroke → first results painted once loaded ≤ ${TARGET.paintMs} ms: median ${median(keys)} ms, max ${Math.max(...keys)} ms ${passFail(median(keys) <= TARGET.paintMs)}; last keystroke → first results in a first search: median ${median(firsts.map((f) => f.lastKeyToPaintMs))} ms`);
}
const maxBr = Math.max(...nameIndex.map((n) => n.br));
targetLines.push(`- name index ≤ ${kb(TARGET.nameIndex150)} (Brotli) at 150 articles: ${kb(maxBr)} at ${articles} articles${articles <= 150 ? ` ${passFail(maxBr <= TARGET.nameIndex150)}` : ' (the target is set for 150)'}`);

const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
const machine: string = earlier?.machine ?? `${cpu}, ${os.cpus().length} logical CPUs, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM; Node ${process.version}; load average ${loadAtStart.toFixed(1)} at start`;
const date: string = earlier?.date ?? new Date().toISOString().slice(0, 10);
const pagefindVersion = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'pagefind', 'package.json'), 'utf8')).version;
const site = `${args.label ?? dist} (${articles} articles)`;

if (outcomes.length) console.log(`\nQuality (${outcomes.length} queries)\n\n${qualityTable}\n\n${missTable}`);
if (costTable) console.log(`\nCost\n\n${costTable}`);
console.log(`\n${nameTable}\n\nTargets\n\n${targetLines.join('\n')}\n\n${date} · ${site} · ${machine}`);
if (args.json) writeFileSync(args.json, JSON.stringify({ date, machine, loadAtStart, dist, articles, outcomes, firsts, keystrokes, nameIndex }, null, 2));

if (args['write-docs']) {
  const section = `<!-- search:start -->
## Search

Measured with \`npm run bench:search -- --write-docs\` (scripts/bench-search.ts) on ${date}, on ${site}.
Machine: ${machine}. Pagefind ${pagefindVersion}.

### Quality

${outcomes.length} queries from [bench/search-queries.json](../bench/search-queries.json), each opened as
\`/{lang}/search/?q=…\` (the engine the header popup uses). A hit counts the article links in the
order shown (sub-result links ignored); the expected concept must be in the page's own language.

${qualityTable}

#### Misses and hits below rank 1

${missTable}

### Cost of a first search

What a reader does: for each query, a fresh browser context (empty cache), \`/{lang}/outsourcing/\`,
a click into the header search, the query typed letter by letter (${KEY_DELAY_MS} ms a key). Bytes are
Resource Timing \`transferSize\` (headers and body as received: gzip, or the Brotli files the build
writes) of every response that ended before the moment named: *first results* when the popup
first showed results for the whole query (the name index's hits, or full text where no name
matches), *full text* when Pagefind's hits were painted below them. Pagefind is loaded when the
reader pauses (300 ms) or as soon as no name matches; focusing the field costs the search UI and
the name index only. Keystroke → first results: \`keydown\` to two animation frames after the
popup shows results for the whole query, once search is loaded.

${costTable}

${nameTable}

### Targets

${targetLines.join('\n')}
<!-- search:end -->`;
  const docs = args.docs;
  const old = existsSync(docs) ? readFileSync(docs, 'utf8') : '';
  const pattern = /<!-- search:start -->[\s\S]*?<!-- search:end -->/;
  const next = pattern.test(old) ? old.replace(pattern, () => section) : old ? `${old.replace(/\s*$/, '')}\n\n${section}\n` : `# Benchmarks\n\n${section}\n`;
  writeFileSync(docs, next);
  console.log(`\nWrote the search section of ${docs}`);
}
