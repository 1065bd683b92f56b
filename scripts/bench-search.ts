// `npm run bench:search`: search quality and cost in real Chromium, on a built site.
//
// Quality: every query of bench/search-queries.json is opened as /{lang}/search/?q=…, and the
// article links of the results (in order, "did you mean" suggestions first, sub-results left
// out) are compared with the concept the reader meant: top-1 and top-3 per language and kind.
// Cost, once per language in a fresh context with the cache disabled: bytes of a first search
// from an article page's header field (CDP Network.loadingFinished encodedDataLength), and the
// time from a keystroke to painted results once search is loaded (median of a few queries).
//
//   node scripts/bench-search.ts [--dist DIR] [--queries FILE] [--lang nb,sv,en] [--write-docs] [--json FILE]
//                                [--no-quality | --no-cost]
//
// It builds nothing: run `npm run build` first, or pass --dist with a built site.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page, Request as PwRequest } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { serveStatic } from './static-server.ts';
import { paths } from '../src/paths.ts';

const ROOT = resolve(import.meta.dirname, '..');
const LANGS = ['nb', 'sv', 'en'] as const;
type Lang = (typeof LANGS)[number];
const KINDS = ['title', 'alias', 'abbreviation', 'inflected', 'misspelling', 'natural'] as const;
type Kind = (typeof KINDS)[number];

/** Targets the issue sets; printed as pass/fail. */
const TARGET = { top3: 0.95, firstSearchBytes: 120_000, paintMs: 100 };

/** The first search (from an article page's header field) and the timed searches after it, per language. */
// `first` is measured in detail; `firsts` are more first searches, each in a fresh browser, because
// what a first search costs depends on the query: each index chunk it needs is ~30 kB.
const COST_QUERIES: Record<Lang, { entry: string; first: string; firsts: string[]; timed: string[] }> = {
  nb: { entry: '/nb/outsourcing/', first: 'leverandør', firsts: ['factoring', 'lønn', 'konsulent', 'selvstendig næringsdrivende', 'innleie', 'offentlige anskaffelser'], timed: ['lønnsadministrasjon', 'inkasso', 'fakturabelåning', 'kundefordringer', 'leverandørkjede'] },
  sv: { entry: '/sv/outsourcing/', first: 'leverantör', firsts: ['factoring', 'bemanning', 'egenföretagare', 'upphandling', 'f-skatt', 'lönehantering'], timed: ['lönehantering', 'kundfordringar', 'personaluthyrning', 'legotillverkning', 'upphandling'] },
  en: { entry: '/en/outsourcing/', first: 'factoring', firsts: ['contractor', 'payroll', 'ir35', 'offshoring', 'vendor', 'public procurement'], timed: ['payroll', 'nearshoring', 'invoice discounting', 'supplier', 'freelancer'] },
};

interface Query { lang: Lang; query: string; expect: string; kind: Kind }
interface Outcome extends Query {
  /** Result articles in order: the concept id, or `lang:id` for another language's article. */
  got: string[];
  /** Positions (0-based) that came from a "did you mean" suggestion. */
  suggested: number[];
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
const queries = allQueries.filter((q) => langs.includes(q.lang));
for (const q of queries) {
  if (!KINDS.includes(q.kind)) throw new Error(`query "${q.query}": unknown kind ${q.kind}`);
  if (!existsSync(join(dist, q.lang, q.expect, 'index.html'))) throw new Error(`query "${q.query}": /${q.lang}/${q.expect}/ is not in ${dist}`);
}

function launch(): Promise<Browser> {
  return launchChromium();
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((done) => server.close(() => done()));
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

// ---------------------------------------------------------------- quality

/** A result link as a concept id (`vendor`), `nb:vendor` for another language, or the path. */
function conceptOf(href: string, lang: Lang): string {
  const path = new URL(href).pathname;
  const m = /^\/(nb|sv|en)\/([a-z0-9-]+)\/$/.exec(path);
  if (!m) return path;
  return m[1] === lang ? m[2]! : `${m[1]}:${m[2]}`;
}

async function runQuery(page: Page, base: string, q: Query): Promise<Outcome> {
  const outcome: Outcome = { ...q, got: [], suggested: [], status: '', rank: -1 };
  try {
    await page.goto(`${base}/${q.lang}/search/?q=${encodeURIComponent(q.query)}`);
    await page.locator('#search-results [role=status]:not(:empty)').waitFor({ timeout: 15_000 });
    outcome.status = (await page.locator('#search-results [role=status]').textContent()) ?? '';
    const links = await page
      .locator('#search-results a[data-result-link]')
      .evaluateAll((as) => as.map((a) => ({ href: (a as HTMLAnchorElement).href, suggestion: a.closest('.search-suggestions') !== null })));
    for (const link of links) {
      if (new URL(link.href).hash || link.href.includes('#')) continue; // sub-results
      const id = conceptOf(link.href, q.lang);
      if (outcome.got.includes(id)) continue;
      if (link.suggestion) outcome.suggested.push(outcome.got.length);
      outcome.got.push(id);
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

// ---------------------------------------------------------------- cost

interface Req { url: string; phase: 'page' | 'search'; bytes: number; done: boolean; started: number }
interface Cost {
  lang: Lang;
  mode: 'one input' | 'typed';
  query: string;
  pageBytes: number;
  searchBytes: number;
  searchRequests: number;
  byKind: Record<string, { n: number; bytes: number }>;
  paintMs: number[];
  /** Each timed query: its time, and the requests its search made (index chunks, fragments). */
  timed: { query: string; ms: number; requests: number; bytes: number; files: string[] }[];
}

function kindOf(url: string): string {
  const path = new URL(url).pathname;
  if (path.startsWith('/pagefind/')) {
    if (path.endsWith('.pagefind')) return 'pagefind wasm';
    if (path.includes('/fragment/')) return 'pagefind fragments';
    if (path.includes('/index/')) return 'pagefind index chunks';
    if (path.endsWith('.pf_meta')) return 'pagefind meta';
    if (path.endsWith('/pagefind-worker.js')) return 'pagefind worker js';
    if (path.includes('/filter/')) return 'pagefind filters';
    return 'pagefind js/entry';
  }
  if (path.startsWith('/assets/search')) return 'search ui (js/css)';
  if (path.endsWith('suggest.json')) return 'suggestions';
  return 'other';
}

async function waitQuiet(reqs: Req[], quietMs = 400, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const pending = reqs.some((r) => !r.done);
    const last = Math.max(0, ...reqs.map((r) => r.started));
    if (!pending && Date.now() - last >= quietMs) return;
    await sleep(50);
  }
}

/**
 * Bytes on the wire, from CDP `Network.loadingFinished.encodedDataLength` as Playwright collects
 * it for the page and for its workers (Pagefind searches in a web worker, which a page-level CDP
 * session does not see). Chromium reports no body size for a dedicated worker's own script; for
 * that one request the size of the file served is added to its headers.
 */
async function transferSize(request: PwRequest): Promise<number> {
  const sizes = await request.sizes().catch(() => undefined);
  if (!sizes) return 0;
  let body = sizes.responseBodySize;
  if (body === 0) {
    let path = decodeURIComponent(new URL(request.url()).pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = join(dist, path);
    if (existsSync(file) && statSync(file).isFile()) body = statSync(file).size;
  }
  return sizes.responseHeadersSize + body;
}

async function measureCost(browser: Browser, base: string, lang: Lang, mode: Cost['mode'], first = COST_QUERIES[lang].first): Promise<Cost> {
  const spec = COST_QUERIES[lang];
  const context = await browser.newContext();
  const page = await context.newPage();
  // Cache disabled for the page and, through a second (non-flat) attachment, for its workers.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  let messageId = 0;
  const sendToTarget = (sessionId: string, method: string, params: object = {}) =>
    cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: ++messageId, method, params }) }).catch(() => undefined);
  cdp.on('Target.attachedToTarget', async ({ sessionId }) => {
    await sendToTarget(sessionId, 'Network.enable');
    await sendToTarget(sessionId, 'Network.setCacheDisabled', { cacheDisabled: true });
    await sendToTarget(sessionId, 'Runtime.runIfWaitingForDebugger');
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });

  const reqs: Req[] = [];
  const byRequest = new Map<PwRequest, Req>();
  let phase: Req['phase'] = 'page';
  context.on('request', (request) => {
    const r: Req = { url: request.url(), phase, bytes: 0, done: false, started: Date.now() };
    reqs.push(r);
    byRequest.set(request, r);
  });
  context.on('requestfinished', async (request) => {
    const r = byRequest.get(request);
    if (!r) return;
    r.bytes = await transferSize(request);
    r.done = true;
  });
  context.on('requestfailed', (request) => {
    const r = byRequest.get(request);
    if (r) r.done = true;
  });

  await page.goto(`${base}${spec.entry}`, { waitUntil: 'load' });
  await waitQuiet(reqs, 600);
  phase = 'search';
  const field = page.locator('#site-search');
  await field.click();
  if (mode === 'one input') await field.fill(first);
  else await page.keyboard.type(first, { delay: 120 });
  await page.locator('#search-results-popup .search-status:not(:empty)').waitFor({ timeout: 15_000 });
  await waitQuiet(reqs);

  const searchReqs = reqs.filter((r) => r.phase === 'search');
  const byKind: Cost['byKind'] = {};
  for (const r of searchReqs) {
    const k = (byKind[kindOf(r.url)] ??= { n: 0, bytes: 0 });
    k.n++;
    k.bytes += r.bytes;
  }
  const cost: Cost = {
    lang,
    mode,
    query: first,
    pageBytes: reqs.filter((r) => r.phase === 'page').reduce((s, r) => s + r.bytes, 0),
    searchBytes: searchReqs.reduce((s, r) => s + r.bytes, 0),
    searchRequests: searchReqs.length,
    byKind,
    paintMs: [],
    timed: [],
  };

  if (mode === 'one input' && first === spec.first) {
    // Search is loaded now; time a keystroke to painted results for other queries. The field
    // gets all but the last letter without an input event, so the keystroke runs one search.
    for (const query of spec.timed) {
      await field.evaluate((input: HTMLInputElement, prefix) => {
        input.value = prefix;
        const list = document.querySelector('#search-results-popup .search-results-list')!;
        (window as unknown as { __paint: Promise<number> }).__paint = new Promise<number>((done, fail) => {
          let start = NaN;
          addEventListener('keydown', () => (start = performance.now()), { once: true, capture: true });
          const observer = new MutationObserver(() => {
            observer.disconnect();
            requestAnimationFrame(() => done(performance.now() - start));
          });
          observer.observe(list, { childList: true });
          setTimeout(() => fail(new Error('no results within 10 s')), 10_000);
        });
      }, query.slice(0, -1));
      const before = reqs.length;
      await page.keyboard.press(query.slice(-1));
      const ms = await page.evaluate(() => (window as unknown as { __paint: Promise<number> }).__paint);
      await waitQuiet(reqs, 200);
      const made = reqs.slice(before);
      cost.paintMs.push(ms);
      cost.timed.push({ query, ms, requests: made.length, bytes: made.reduce((sum, r) => sum + r.bytes, 0), files: made.map((r) => kindOf(r.url)) });
    }
  }
  await context.close();
  return cost;
}

const median = (xs: number[]) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const passFail = (ok: boolean) => (ok ? 'pass' : 'FAIL');

// ---------------------------------------------------------------- run

const loadAtStart = os.loadavg()[0]!;
const { server, url: base } = await serveStatic({ root: dist });
const browser = await launch();
const outcomes: Outcome[] = [];
const costs: Cost[] = [];
const firstSearches: Cost[] = [];
const pageErrors: string[] = [];
let chromiumVersion = '';
try {
  chromiumVersion = browser.version();
  const started = performance.now();
  // One page per language, the languages side by side.
  const perLang = await Promise.all(
    (args['no-quality'] ? [] : langs).map(async (lang) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      page.on('pageerror', (e) => pageErrors.push(`${lang}: ${e.message}`));
      const done: Outcome[] = [];
      for (const q of queries.filter((x) => x.lang === lang)) done.push(await runQuery(page, base, q));
      await context.close();
      return done;
    }),
  );
  outcomes.push(...perLang.flat());
  console.error(`${outcomes.length} queries in ${Math.round((performance.now() - started) / 1000)} s`);
  if (!args['no-cost']) {
    for (const lang of langs) {
      costs.push(await measureCost(browser, base, lang, 'one input'));
      costs.push(await measureCost(browser, base, lang, 'typed'));
      for (const query of COST_QUERIES[lang].firsts) firstSearches.push(await measureCost(browser, base, lang, 'one input', query));
    }
  }
} finally {
  await browser.close();
  await closeServer(server);
}

// ---------------------------------------------------------------- report

const lines: string[] = [];
const byLang = (lang: Lang) => outcomes.filter((o) => o.lang === lang);
const cell = (t: Tally, which: 'top1' | 'top3') => (t.n ? `${t[which]}/${t.n}` : '–');

lines.push(`| kind | ${langs.map((l) => `${l} top-1 | ${l} top-3`).join(' | ')} |`);
lines.push(`|---|${langs.map(() => '---:|---:').join('|')}|`);
for (const kind of KINDS) {
  const ts = langs.map((l) => tally(byLang(l).filter((o) => o.kind === kind)));
  lines.push(`| ${kind} | ${ts.map((t) => `${cell(t, 'top1')} | ${cell(t, 'top3')}`).join(' | ')} |`);
}
const totals = langs.map((l) => tally(byLang(l)));
lines.push(`| **all** | ${totals.map((t) => `**${cell(t, 'top1')}** (${pct(t.top1, t.n)}) | **${cell(t, 'top3')}** (${pct(t.top3, t.n)})`).join(' | ')} |`);
const qualityTable = lines.join('\n');

const targetLines = args['no-quality'] ? [] : langs.map((l, i) => {
  const t = totals[i]!;
  return `- ${l}: top-3 ${pct(t.top3, t.n)} (target ≥ ${TARGET.top3 * 100} %): **${passFail(t.top3 / t.n >= TARGET.top3)}**`;
});

const misses = outcomes.filter((o) => o.rank < 0 || o.rank > 0);
const describeGot = (o: Outcome) =>
  o.error ? `error: ${o.error}` : o.got.length ? o.got.slice(0, 3).map((g, i) => (o.suggested.includes(i) ? `${g} (did you mean)` : g)).join(', ') : '(nothing)';
const missLines = misses
  .sort((a, b) => LANGS.indexOf(a.lang) - LANGS.indexOf(b.lang) || Number(b.rank < 0 || b.rank > 2) - Number(a.rank < 0 || a.rank > 2))
  .map((o) => {
    const where = o.rank < 0 ? 'miss' : o.rank > 2 ? `#${o.rank + 1}` : `top-3 (#${o.rank + 1})`;
    return `| ${o.lang} | ${o.kind} | \`${o.query}\` | ${o.expect} | ${where} | ${describeGot(o)} | ${o.status.replace(/\|/g, '\\|')} |`;
  });
const missTable = ['| lang | kind | query | expected | rank | got (top 3) | status |', '|---|---|---|---|---|---|---|', ...missLines].join('\n');

const costLines: string[] = [];
const oneInput = costs.filter((c) => c.mode === 'one input');
if (costs.length) {
  costLines.push('| lang | first query | search: requests | search: bytes | page + search | typed letter by letter: bytes | keystroke → painted, median (min–max) |');
  costLines.push('|---|---|---:|---:|---:|---:|---:|');
  for (const c of oneInput) {
    const typed = costs.find((t) => t.lang === c.lang && t.mode === 'typed');
    costLines.push(
      `| ${c.lang} | \`${c.query}\` | ${c.searchRequests} | ${kb(c.searchBytes)} | ${kb(c.pageBytes + c.searchBytes)} | ${typed ? `${kb(typed.searchBytes)} (${typed.searchRequests} req.)` : '–'} | ${median(c.paintMs).toFixed(1)} ms (${Math.min(...c.paintMs).toFixed(1)}–${Math.max(...c.paintMs).toFixed(1)}) |`,
    );
  }
  costLines.push('');
  costLines.push(`| keystroke → painted, each query | ${oneInput.map((c) => c.lang).join(' | ')} |`);
  costLines.push(`|---|${oneInput.map(() => '---|').join('')}`);
  for (let i = 0; i < Math.max(...oneInput.map((c) => c.timed.length)); i++) {
    costLines.push(`| ${i + 1} | ${oneInput.map((c) => {
      const t = c.timed[i];
      if (!t) return '–';
      const chunks = t.files.filter((f) => f === 'pagefind index chunks').length;
      const fragments = t.files.filter((f) => f === 'pagefind fragments').length;
      return `\`${t.query}\` ${t.ms.toFixed(0)} ms (${chunks} index chunk${chunks === 1 ? '' : 's'}, ${fragments} fragments, ${kb(t.bytes)})`;
    }).join(' | ')} |`);
  }
  costLines.push('');
  const kinds = [...new Set(oneInput.flatMap((c) => Object.keys(c.byKind)))].sort();
  costLines.push(`| first search, by file | ${oneInput.map((c) => c.lang).join(' | ')} |`);
  costLines.push(`|---|${oneInput.map(() => '---:').join('|')}|`);
  for (const k of kinds) costLines.push(`| ${k} | ${oneInput.map((c) => (c.byKind[k] ? `${kb(c.byKind[k]!.bytes)} (${c.byKind[k]!.n})` : '–')).join(' | ')} |`);
  costLines.push('');
  costLines.push(`| first search, by query (fresh browser each) | ${oneInput.map((c) => c.lang).join(' | ')} |`);
  costLines.push(`|---|${oneInput.map(() => '---').join('|')}|`);
  const firstsOf = (c: Cost) => [c, ...firstSearches.filter((f) => f.lang === c.lang)];
  for (let i = 0; i < Math.max(...oneInput.map((c) => firstsOf(c).length)); i++) {
    costLines.push(`| ${i + 1} | ${oneInput.map((c) => {
      const f = firstsOf(c)[i];
      return f ? `\`${f.query}\` ${kb(f.searchBytes)} (${f.byKind['pagefind index chunks']?.n ?? 0} index chunk(s), ${f.byKind['pagefind fragments']?.n ?? 0} fragments)` : '–';
    }).join(' | ')} |`);
  }
  for (const c of oneInput) {
    const bytes = firstsOf(c).map((f) => f.searchBytes);
    targetLines.push(
      `- ${c.lang}: first search ${kb(median(bytes))} transferred, median of ${bytes.length} first queries (${kb(Math.min(...bytes))}–${kb(Math.max(...bytes))}; target ≤ ${kb(TARGET.firstSearchBytes)}): **${passFail(median(bytes) <= TARGET.firstSearchBytes)}**` +
        `, ${bytes.filter((b) => b <= TARGET.firstSearchBytes).length} of ${bytes.length} within it`,
    );
    targetLines.push(`- ${c.lang}: keystroke → painted results ${median(c.paintMs).toFixed(1)} ms median (target ≤ ${TARGET.paintMs} ms): **${passFail(median(c.paintMs) <= TARGET.paintMs)}**`);
  }
}
const costTable = costLines.join('\n');

let cpu = os.cpus()[0]?.model ?? 'unknown CPU';
cpu = cpu.replace(/\s+/g, ' ').trim();
let osName = `${os.type()} ${os.release()}`;
try {
  osName = /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? osName;
} catch {}
const machine = `${cpu}, ${os.cpus().length} logical CPUs, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ${osName}; Node ${process.version}, Chromium ${chromiumVersion} (headless); load average ${loadAtStart.toFixed(1)} at start`;
const date = new Date().toISOString().slice(0, 10);
let pagefindVersion = '';
try {
  pagefindVersion = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'pagefind', 'package.json'), 'utf8')).version;
} catch {}

console.log(`\nSearch quality — ${queries.length} queries from ${args.queries.replace(`${ROOT}/`, '')}, site ${dist}\n`);
console.log(qualityTable);
console.log(`\nMisses and hits below rank 1 (${misses.length}):\n`);
console.log(missTable);
if (costs.length) {
  console.log('\nCost — fresh context, cache disabled; bytes are CDP encodedDataLength as served by scripts/static-server.ts (gzip, precompressed Brotli)\n');
  console.log(costTable);
}
console.log('\nTargets\n');
console.log(targetLines.join('\n'));
if (pageErrors.length) console.log(`\nPage errors (${pageErrors.length}):\n${[...new Set(pageErrors)].join('\n')}`);
console.log(`\n${date} · ${machine}`);

if (args.json) writeFileSync(args.json, JSON.stringify({ date, machine, dist, outcomes, costs }, null, 2));

if (args['write-docs']) {
  const section = `<!-- search:start -->
## Search

Measured with \`npm run bench:search -- --write-docs\` (scripts/bench-search.ts) on ${date}.
Machine: ${machine}. Pagefind ${pagefindVersion}.

### Quality

${queries.length} queries from [bench/search-queries.json](../bench/search-queries.json), each opened as
\`/{lang}/search/?q=…\`. A hit counts the article links in the order shown ("did you mean" links
first, sub-result links ignored); the expected concept must be in the page's own language.

${qualityTable}

### Misses and hits below rank 1

${missTable}

### Cost

Once per language, in a fresh browser context with the cache disabled: the reader opens
\`/{lang}/outsourcing/\`, clicks the header search field and enters the first query (as one input
event; "typed" is the same query typed letter by letter at 120 ms a key). *Search* bytes are the
CDP \`encodedDataLength\` of every request after the page has loaded (search UI, Pagefind, index,
fragments), served as \`npm start\` serves them: text gzipped, and the files every first search
needs (Pagefind's script, metadata and WebAssembly, our search UI) as the Brotli files the build
writes beside them. A first search costs one more ~30 kB index chunk when its word lies on a
chunk boundary, so it is measured for several first queries, each in a fresh browser, and the
target is judged on their median (the range is printed too). Keystroke →
painted is \`performance.now()\` at \`keydown\` to the \`requestAnimationFrame\` after the results
list changes, for five further queries once search is loaded, each entered by its last keystroke.
These times depend on what else the machine runs (see the load average above): with other jobs on
two CPUs a single query can take several times its usual time, so compare medians across runs.

${costTable}

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
