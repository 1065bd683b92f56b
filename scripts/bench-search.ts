// `npm run bench:search [-- --dist DIR] [--lang nb,sv,en] [--no-quality | --no-cost] [--json FILE] [--write-docs]`
//
// Search quality and cost in real Chromium, on a built site (run `npm run build` first, or pass
// --dist; for a generated corpus: `npm run generate-corpus`, then build it with LEXICON_CONTENT_DIR
// and LEXICON_OUT_DIR).
// Quality: every query of bench/search-queries.json is opened as /{lang}/search/?q=… (the engine
// the header popup uses) and the article links of the results, in order, are compared with the
// concept the reader meant: top-1 and top-3 per language and kind of query.
// Cost: the typed first searches of scripts/bench/search.ts (the measurement `npm run bench` and
// the tests use) per query with their medians, keystroke → paint once loaded, the name index's size.
// --write-docs writes the report into docs/benchmarks.md between its search markers.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { LOCALES, type Locale } from '../src/lib/i18n/locales.ts';
import { paths } from '../src/paths.ts';
import { launchChromium } from './chromium.ts';
import { serveStatic } from './static-server.ts';
import { DOCS, kB, machine, mark, median, pct, ROOT, table, writeBetween } from './bench/report.ts';
import { firstSearchFigures, KEY_DELAY_MS, measureFirstSearches, type FirstSearches } from './bench/search.ts';
import { nameIndexSizes } from './bench/site.ts';
import { TARGETS } from './bench/targets.ts';

const KINDS = ['title', 'alias', 'abbreviation', 'inflected', 'misspelling', 'natural', 'cross-language', 'synonym'] as const;
interface Query { lang: Locale; query: string; expect: string; kind: (typeof KINDS)[number] }
interface Outcome extends Query {
  /** Result articles in order: the concept id, or `lang:id` for another language's article. */
  got: string[];
  /** 0-based position of the expected concept, -1 if absent. */
  rank: number;
  status: string;
}

const { values: args } = parseArgs({
  options: {
    dist: { type: 'string' },
    queries: { type: 'string', default: join(ROOT, 'bench', 'search-queries.json') },
    lang: { type: 'string' },
    'no-quality': { type: 'boolean', default: false },
    'no-cost': { type: 'boolean', default: false },
    json: { type: 'string' },
    'write-docs': { type: 'boolean', default: false },
  },
});
const dist = resolve(args.dist ?? paths.outDir);
if (!existsSync(join(dist, 'pagefind', 'pagefind.js'))) {
  console.error(`No built site with a search index in ${dist}.\nRun \`npm run build\` first, or pass --dist DIR with a built site.`);
  process.exit(1);
}
const langs = args.lang ? (args.lang.split(',').map((l) => l.trim()) as Locale[]) : [...LOCALES];
for (const l of langs) if (!LOCALES.includes(l)) throw new Error(`unknown language ${l}`);
const queries = args['no-quality'] ? [] : (JSON.parse(readFileSync(args.queries, 'utf8')).queries as Query[]).filter((q) => langs.includes(q.lang));
for (const q of queries) {
  if (!KINDS.includes(q.kind)) throw new Error(`query "${q.query}": unknown kind ${q.kind}`);
  if (!existsSync(join(dist, q.lang, q.expect, 'index.html'))) throw new Error(`query "${q.query}": /${q.lang}/${q.expect}/ is not in ${dist}`);
}

// ── Measure ─────────────────────────────────────────────────────────────────────────────────

const outcomes: Outcome[] = [];
if (queries.length) {
  const { server, url } = await serveStatic({ root: dist });
  const browser = await launchChromium();
  const page = await browser.newPage();
  for (const q of queries) {
    const outcome: Outcome = { ...q, got: [], rank: -1, status: '' };
    try {
      await page.goto(`${url}/${q.lang}/search/?q=${encodeURIComponent(q.query)}`);
      await page.locator('#search-results[data-state=done] [role=status]:not(:empty)').waitFor({ timeout: 15_000 });
      outcome.status = (await page.locator('#search-results [role=status]').textContent()) ?? '';
      for (const path of await page.locator('#search-results li.search-result > a[data-result-link]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))) {
        const [, lang, id] = /^\/(nb|sv|en)\/([a-z0-9-]+)\/$/.exec(path) ?? [, '', path];
        const key = lang === q.lang || !lang ? id! : `${lang}:${id}`;
        if (!outcome.got.includes(key)) outcome.got.push(key);
      }
      outcome.rank = outcome.got.indexOf(q.expect);
    } catch (error) {
      outcome.status = `error: ${(error as Error).message.split('\n')[0]}`;
    }
    outcomes.push(outcome);
  }
  await browser.close();
  server.closeAllConnections();
  server.close();
}
const cost: FirstSearches | undefined = args['no-cost'] ? undefined : await measureFirstSearches(dist, langs);
const allNames = nameIndexSizes(dist);
const names = allNames.filter((n) => langs.includes(n.lang as Locale));
const articles = allNames.reduce((sum, n) => sum + n.articles, 0);

// ── Report ──────────────────────────────────────────────────────────────────────────────────

const tally = (list: Outcome[]) => ({ n: list.length, top1: list.filter((o) => o.rank === 0).length, top3: list.filter((o) => o.rank >= 0 && o.rank < 3).length });
const ofLang = (lang: Locale, kinds: readonly string[] = KINDS) => tally(outcomes.filter((o) => o.lang === lang && kinds.includes(o.kind)));
const sections: string[] = [];
if (outcomes.length) {
  const cells = (t: ReturnType<typeof tally>) => (t.n ? [`${t.top1}/${t.n}`, `${t.top3}/${t.n}`] : ['–', '–']);
  const quality = table(
    ['kind', ...langs.flatMap((l) => [`${l} top-1`, `${l} top-3`])],
    [
      ...KINDS.filter((kind) => outcomes.some((o) => o.kind === kind)).map((kind) => [kind, ...langs.flatMap((l) => cells(ofLang(l, [kind])))]),
      ['**all**', ...langs.flatMap((l) => { const t = ofLang(l); return [`**${t.top1}/${t.n}** (${pct(t.top1, t.n)})`, `**${t.top3}/${t.n}** (${pct(t.top3, t.n)})`]; })],
    ],
  );
  const misses = outcomes.filter((o) => o.rank !== 0).map((o) => [o.lang, o.kind, `\`${o.query}\``, o.expect, o.rank < 0 ? 'miss' : `#${o.rank + 1}`, o.got.slice(0, 3).join(', ') || '–', o.status]);
  sections.push(`### Quality

${outcomes.length} queries from [bench/search-queries.json](../bench/search-queries.json), each opened as
\`/{lang}/search/?q=…\` (the engine the header popup uses). A hit counts the article links in the
order shown (sub-result links ignored); the expected concept must be in the page's own language.

${quality}

#### Misses and hits below rank 1

${table(['lang', 'kind', 'query', 'expected', 'rank', 'got (top 3)', 'status'], misses)}`);
}
if (cost) {
  const { firsts, keystrokes } = cost;
  const perQuery = firsts.map((f) => [f.lang, `\`${f.query}\``, kB(f.bytesToFirstResults), kB(f.bytesToFullText), `${f.requests.length} (${f.requests.filter((r) => r.url.startsWith('/pagefind/')).length} Pagefind)`, `${f.lastKeyToPaintMs} ms`, `${f.lastKeyToFullTextMs} ms`, f.results.slice(0, 3).join(', ')]);
  const medians = (label: string, list: typeof firsts) => [label, ...(['bytesToFirstResults', 'bytesToFullText'] as const).map((k) => `${kB(median(list.map((f) => f[k])))} (${kB(Math.max(...list.map((f) => f[k])))})`)];
  const rows = Math.max(...Object.values(keystrokes).map((k) => k.length));
  const GROUPS: [RegExp, string][] = [[/^\/pagefind\/index\//, 'Pagefind index chunks'], [/^\/pagefind\/fragment\//, 'Pagefind fragments'], [/\/wasm\./, 'Pagefind WebAssembly'], [/^\/pagefind\//, 'Pagefind script, entry, metadata'], [/\/names\.json$/, 'name index'], [/\/pages\.json$/, 'Pagefind page → article map'], [/./, 'search UI (JS, CSS)']];
  const byGroup = new Map<string, { bytes: number; files: number }>();
  for (const { url, transferred } of firsts.flatMap((f) => f.requests)) {
    const group = GROUPS.find(([test]) => test.test(url))![1];
    const g = byGroup.get(group) ?? { bytes: 0, files: 0 };
    byGroup.set(group, { bytes: g.bytes + transferred, files: g.files + 1 });
  }
  sections.push(`### Cost of a first search

What a reader does (scripts/bench/search.ts): for each query a fresh browser context (empty
cache), an article page, a click into the header search, the query typed letter by letter
(${KEY_DELAY_MS} ms a key). Bytes are CDP \`encodedDataLength\` (headers and body as received: gzip,
or the Brotli files the build writes) of every response that ended before the moment named:
*first results* when the popup first showed results for the whole query (the name index's hits,
or full text where no name matches), *full text* when Pagefind's hits were painted. Keystroke →
first results: \`keydown\` to two animation frames after the popup shows results for the whole
query, once search is loaded.

${table(['lang', 'first query (typed)', 'first results: bytes', 'full text: bytes', 'requests', 'last key → first results', 'last key → full text', 'top results'], perQuery)}

${table(['median (max)', 'first results', 'full text'], [...langs.map((l) => medians(l, firsts.filter((f) => f.lang === l))), medians('**all**', firsts)])}

${table(['per first search, by file (mean)', 'bytes', 'files'], [...byGroup].sort((a, b) => b[1].bytes - a[1].bytes).map(([group, g]) => [group, kB(g.bytes / firsts.length), (g.files / firsts.length).toFixed(1)]))}

${table(['keystroke → first results, once loaded', ...langs], Array.from({ length: rows }, (_, i) => [i + 1, ...langs.map((l) => { const k = keystrokes[l]?.[i]; return k ? `\`${k.query}\` ${k.ms === null ? 'no paint' : `${k.ms} ms`}` : ''; })]))}`);
}
sections.push(table(['name index', 'raw', 'gzip -9', 'Brotli (as served)'], names.map((n) => [`\`/${n.lang}/search/names.json\``, kB(n.raw), kB(n.gzip), kB(n.br)])));

const targets = [
  ...langs.filter((l) => ofLang(l).n).map((l) => {
    const [all, cross, miss] = [ofLang(l), ofLang(l, ['cross-language']), ofLang(l, ['misspelling'])];
    return `- ${l}: top-1 ${pct(all.top1, all.n)} (≥ ${TARGETS.top1 * 100} %) ${mark(all.top1 >= TARGETS.top1 * all.n)}; top-3 ${pct(all.top3, all.n)} (≥ ${TARGETS.top3 * 100} %) ${mark(all.top3 >= TARGETS.top3 * all.n)}; cross-language top-3 ${pct(cross.top3, cross.n)} (≥ ${TARGETS.crossLanguageTop3 * 100} %) ${mark(cross.top3 >= TARGETS.crossLanguageTop3 * cross.n)}; misspellings top-3 ${pct(miss.top3, miss.n)} (≥ ${TARGETS.misspellingTop3 * 100} %) ${mark(miss.top3 >= TARGETS.misspellingTop3 * miss.n)}`;
  }),
  ...(cost ? firstSearchFigures(cost).map(([what, measured, ok]) => `- ${what}: ${measured} ${mark(ok)}`) : []),
  `- name index ≤ ${kB(TARGETS.nameIndexBytes)} (Brotli) at 150 articles: ${kB(Math.max(...names.map((n) => n.br)))} at ${articles} articles ${articles <= 150 ? mark(Math.max(...names.map((n) => n.br)) <= TARGETS.nameIndexBytes) : '(the target is set for 150)'}`,
];
const text = `## Search

Measured with \`npm run bench:search\` (scripts/bench-search.ts) on \`${relative(ROOT, dist).startsWith('..') ? dist : relative(ROOT, dist)}\` (${articles} articles).
Machine: ${machine()}.

${sections.join('\n\n')}

### Targets

${targets.join('\n')}`;
console.log(`\n${text}`);
if (args.json) writeFileSync(args.json, JSON.stringify({ dist, articles, outcomes, cost, names }, null, 2));
if (args['write-docs']) {
  writeBetween(DOCS, '<!-- search:start -->', '<!-- search:end -->', text);
  console.log(`\nWrote the search section of ${DOCS}`);
}
