// `npm run bench [-- --sizes content,100,300,1000] [--large] [--starlight DIR [--runs N]] [--no-browser] [--no-write] [--keep]`
//
// For each size — `content` (the project's own articles) or N generated concepts × 3 languages —
// builds the site cold as `npm run build` does, in a snapshot of the project with its folders in a
// temporary work folder (src/paths.ts; a benchmark build must not race a normal build or dev
// server over .astro/), and measures the build (phases from the build report), its output, an
// article page, the search indexes, typed first searches (scripts/bench/search.ts, as `npm run
// bench:search`), embedding, and Lighthouse on the first size; with --starlight, Starlight's cold
// build of the same articles beside ours. What each figure means: docs/benchmarks.md, where the
// report of the default sizes is written between its markers.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildReportFile, readBuildReport, type BuildReport } from '../src/integration/build-report.ts';
import { scanContentDir } from '../src/corpus/scan.ts';
import { LOCALES } from '../src/lib/i18n/locales.ts';
import { pathEnv } from '../src/paths.ts';
import { writeCorpus } from './generate-corpus.ts';
import { timedRun, type TimedRun } from './bench/build.ts';
import { measureTagging } from './bench/embed.ts';
import { lighthouseTable, measureLighthouse, pageKinds, type LighthouseScore } from './bench/lighthouse.ts';
import { DOCS, int, kB, machine, mark, MB, median, ROOT, sec, table, versionOf, writeBetween } from './bench/report.ts';
import { costQueries, firstSearchFigures, KEY_DELAY_MS, measureFirstSearches, type FirstSearches } from './bench/search.ts';
import { articlePage, distSize, embedSizes, nameIndexSizes, pagefindSize, type ArticlePage, type DistSize } from './bench/site.ts';
import { TARGETS } from './bench/targets.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string' },
    large: { type: 'boolean', default: false },
    seed: { type: 'string', default: 'lexicon' },
    starlight: { type: 'string' },
    runs: { type: 'string', default: '1' },
    'no-browser': { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(`usage: node scripts/bench.ts [--sizes content,100,300,1000] [--large] [--seed S] [--starlight DIR] [--runs N]
                             [--no-browser] [--no-write] [--keep]
  --sizes       content (the project's content/) and concept counts (each 3 × N articles); default content,100,300,1000
  --large       also 10,000 concepts (30,000 articles)
  --starlight   also build each size with the Starlight site in DIR (its src/content/docs is replaced), alternating
  --runs N      cold builds of each size (and Starlight's): the figures are medians (default 1)
  --no-browser  skip the Chromium measurements (first searches, auto-link, Lighthouse)
  --no-write    print only (a run with --sizes is never written to docs/benchmarks.md)
  --keep        keep the corpora, builds and logs in the work folder`);
  process.exit(0);
}
const sizes = (values.sizes ?? `content,100,300,1000${values.large ? ',10000' : ''}`).split(',').map((s) => s.trim());
for (const s of sizes) if (s !== 'content' && !(Number.isInteger(Number(s)) && Number(s) >= 2)) throw new Error(`--sizes: "${s}" is neither "content" nor a number of concepts ≥ 2`);
const runs = Math.max(1, Number(values.runs) || 1);
const starlight = values.starlight ? resolve(values.starlight) : undefined;
if (starlight && !existsSync(join(starlight, 'node_modules', 'astro', 'bin', 'astro.mjs'))) throw new Error(`--starlight: ${starlight} is not a Starlight site with node_modules`);
const work = mkdtempSync(join(tmpdir(), 'lexicon-bench-'));
const log = (message: string) => console.log(`[bench ${sec(performance.now())}] ${message}`);

interface SizeResult {
  size: string;
  articles: number;
  /** The last cold build; `walls` holds every run's wall time. */
  build: TimedRun;
  walls: number[];
  starlight?: TimedRun[];
  report?: BuildReport;
  dist?: DistSize;
  page?: ArticlePage;
  pagefind?: ReturnType<typeof pagefindSize>;
  names?: ReturnType<typeof nameIndexSizes>;
  embed?: ReturnType<typeof embedSizes>;
  problems: string[];
  search?: FirstSearches;
  tagging?: Awaited<ReturnType<typeof measureTagging>>;
  lighthouse?: LighthouseScore[];
  errors: Record<string, string>;
}

/** A copy of the project to build in: everything but content, outputs, tests and git. */
function snapshotProject(dest: string) {
  const skip = new Set(['node_modules', 'dist', '.astro', '.git', 'content', 'tests', 'docs']);
  mkdirSync(dest, { recursive: true });
  for (const entry of readdirSync(ROOT)) if (!skip.has(entry) && !entry.endsWith('.log')) cpSync(join(ROOT, entry), join(dest, entry), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dest, 'node_modules'), 'dir');
}

/** Starlight's cold build of the articles copied into its docs (its caches removed first), into a folder of its own. */
function starlightBuild(size: string, run: number): Promise<TimedRun> {
  for (const dir of ['.astro', 'node_modules/.astro']) rmSync(join(starlight!, dir), { recursive: true, force: true });
  const outDir = join(work, `starlight-dist-${size}-${run}`);
  if (!values.keep) leftovers.push(outDir);
  const node = join(starlight!, 'node_modules', '.bin', 'node');
  return timedRun(existsSync(node) ? node : process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], { cwd: starlight!, env: { ...process.env, NO_COLOR: '1' }, logFile: join(work, `starlight-${size}-${run}.log`) });
}

/** Runs `step`, keeping its error message instead of stopping the benchmark. */
async function attempt(r: SizeResult, name: string, step: () => Promise<unknown>) {
  try {
    await step();
  } catch (error) {
    r.errors[name] = (error as Error).message.split('\n')[0]!;
    log(`${r.size}: ${name} failed: ${r.errors[name]}`);
  }
}

/**
 * What the builds leave behind, removed after the last one: on this machine's ext4 (no journal),
 * creating files soon after deleting many is slow, so every cold build (ours and Starlight's)
 * writes into a folder of its own.
 */
const leftovers: string[] = [];

async function runSize(size: string, index: number, buildRoot: string): Promise<SizeResult> {
  const corpus = size === 'content' ? join(ROOT, 'content') : join(work, `corpus-${size}`);
  if (size !== 'content') writeCorpus(corpus, { concepts: Number(size), seed: values.seed });
  const articles = scanContentDir(corpus).articles;
  let [dist, cache] = ['', ''];
  if (!values.keep && size !== 'content') leftovers.push(corpus);
  if (starlight) {
    rmSync(join(starlight, 'src', 'content', 'docs'), { recursive: true, force: true });
    for (const lang of LOCALES) cpSync(join(corpus, lang), join(starlight, 'src', 'content', 'docs', lang), { recursive: true });
  }
  const r: SizeResult = { size, articles: articles.length, build: undefined!, walls: [], starlight: starlight ? [] : undefined, problems: [], errors: {} };
  for (let run = 0; run < runs; run++) {
    // The figures below are read from the last run's output.
    [dist, cache] = [join(work, `dist-${size}-${run}`), join(work, `cache-${size}-${run}`)];
    if (!values.keep) leftovers.push(dist, cache);
    log(`${size}: cold build ${run + 1}/${runs} of ${int(articles.length)} articles → ${dist}`);
    const env = { ...process.env, ...pathEnv({ contentDir: corpus, outDir: dist, cacheDir: cache }), NO_COLOR: '1' };
    r.build = await timedRun(process.execPath, ['scripts/build.ts'], { cwd: buildRoot, env, logFile: join(work, `build-${size}-${run}.log`) });
    r.walls.push(r.build.wallMs);
    log(`${size}:   ${r.build.ok ? 'built' : `FAILED (exit ${r.build.exit})`} in ${sec(r.build.wallMs)}; largest process ${MB(r.build.peak.bytes)}${r.build.ok ? '' : `\n${r.build.tail.join('\n')}`}`);
    if (!r.build.ok) return r;
    if (starlight) {
      r.starlight!.push(await starlightBuild(size, run));
      log(`${size}:   Starlight ${r.starlight!.at(-1)!.ok ? 'built' : 'FAILED'} in ${sec(r.starlight!.at(-1)!.wallMs)}`);
    }
  }
  r.report = existsSync(buildReportFile(cache)) ? readBuildReport(cache) : undefined;
  r.dist = distSize(dist);
  r.page = articlePage(dist, articles.map((a) => `/${a.lang}/${a.id}/`));
  r.pagefind = pagefindSize(dist);
  r.names = nameIndexSizes(dist);
  r.embed = embedSizes(dist);
  if (r.page.found < r.page.expected) r.problems.push(`${r.page.found} of ${r.page.expected} article pages present`);
  if ((r.report?.searchIndex.pages ?? 0) < articles.length) r.problems.push(`the search index has ${r.report?.searchIndex.pages ?? '?'} pages for ${articles.length} articles`);
  if (size !== 'content') {
    const ours = new Set(articles.map((a) => `${a.lang}/${a.id}`));
    // A concept id of content/ could be a generated one too; more than a handful means the build read content/.
    const stray = scanContentDir(join(ROOT, 'content')).articles.filter((a) => !ours.has(`${a.lang}/${a.id}`) && existsSync(join(dist, a.lang, a.id, 'index.html'))).length;
    if (stray > 3) r.problems.push(`${stray} pages of the project's content/ are in the output`);
  }
  log(`${size}: ${r.problems.length ? `NOT VERIFIED: ${r.problems.join('; ')}` : 'verified: every article page and every article indexed'}`);
  if (values['no-browser']) return r;
  await attempt(r, 'first searches', async () => {
    r.search = await measureFirstSearches(dist);
    const [first, full] = [r.search.firsts.map((f) => f.bytesToFirstResults), r.search.firsts.map((f) => f.bytesToFullText)];
    log(`${size}: ${r.search.firsts.length} typed first searches: first results median ${kB(median(first))}, full text median ${kB(median(full))} (max ${kB(Math.max(...full))})`);
  });
  await attempt(r, 'auto-link', async () => {
    r.tagging = await measureTagging(dist);
    log(`${size}: auto-link tagged ${r.tagging.marked} terms, median ${r.tagging.medianMs} ms`);
  });
  if (index === 0) {
    const en = articles.find((a) => a.lang === 'en')!;
    await attempt(r, 'Lighthouse', async () => (r.lighthouse = await measureLighthouse(dist, pageKinds(dist, en.id, costQueries(dist, 'en').firsts[0]!), (line) => log(`${size}: ${line}`))));
  }
  return r;
}

// ── Report ──────────────────────────────────────────────────────────────────────────────────

/** Build phases from the build report's hook times (ms since the Astro process started) and our wall time. */
const PHASES: [string, (h: Record<string, number>, doneAt: number, wallMs: number) => number][] = [
  ['startup (config, content checks)', (h) => h['astro:config:done']!],
  ['content sync, types', (h) => h['astro:build:start']! - h['astro:config:done']!],
  ['bundling, rendering pages and the search index beside them', (h) => h['astro:build:generated']! - h['astro:build:start']!],
  ['sitemap, Brotli copies of the first-search files', (h) => h['astro:build:done']! - h['astro:build:generated']!],
  ['waiting for files beside the pages (JSON, redirects, search index), _headers', (h, doneAt) => doneAt - h['astro:build:done']!],
  ['Node start-up, shutdown, swap dist', (_, doneAt, wallMs) => wallMs - doneAt],
];

const sizeName = (r: SizeResult) => (r.size === 'content' ? `content/ (${int(r.articles)} articles)` : `${int(Number(r.size))} concepts (${int(r.articles)})`);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
/**
 * Ours ÷ Starlight's: the median of the ratios of the runs built back to back. Each pair shares
 * the machine's state of the moment, which on a shared machine moves by more than the difference
 * measured (docs/benchmarks.md); the ratio of the two medians mixes runs from different moments.
 */
const pairRatios = (r: SizeResult) => (r.starlight?.length && r.starlight.every((s) => s.ok) ? r.starlight.map((s, i) => r.walls[i]! / s.wallMs) : undefined);
const starlightRatio = (r: SizeResult) => {
  const ratios = pairRatios(r);
  return ratios ? median(ratios) : undefined;
};

/** The ratio's cell: the median of the pairs, each pair, and the ratio of the medians beside them. */
function starlightRatioCell(r: SizeResult): string {
  const ratios = pairRatios(r);
  if (!ratios) return 'Starlight failed';
  return `${median(ratios).toFixed(2)} (${ratios.map((x) => x.toFixed(2)).join(', ')}; ratio of the medians ${(median(r.walls) / median(r.starlight!.map((s) => s.wallMs))).toFixed(2)})`;
}

/** One size's figures: [row, cell]; `previous` is the next smaller generated size that built. */
function figures(r: SizeResult, previous?: SizeResult): [string, string][] {
  const { build, report, dist, page, pagefind, names, embed, search, tagging } = r;
  const wall = [runs > 1 ? `build wall time, median of ${runs}` : 'build wall time', build.ok ? sec(median(r.walls)) : `FAILED (exit ${build.exit}) after ${sec(build.wallMs)}`] as [string, string];
  if (!build.ok || !dist || !page || !pagefind || !names || !embed) return [['articles (files built)', int(r.articles)], wall];
  const medianOf = (key: 'bytesToFirstResults' | 'bytesToFullText') => (search ? `${kB(median(search.firsts.map((f) => f[key])))} (${kB(Math.max(...search.firsts.map((f) => f[key])))})` : (r.errors['first searches'] ?? '–'));
  return [
    ['articles (files built)', `${int(r.articles)} (${int(sum(Object.values(report?.routes ?? {})))})`],
    wall,
    ...PHASES.map(([label, of]): [string, string] => {
      const ms = report ? of(report.hooks, report.doneAt, build.wallMs) : NaN;
      return [`– ${label}`, `${sec(ms)} (${Math.round((ms / build.wallMs) * 100)} %)`];
    }),
    ['CPU time, user + sys (load average before)', `${build.cpuMs === undefined ? '?' : sec(build.cpuMs)} (${build.loadBefore.toFixed(2)})`],
    ...(r.starlight ? [
      ['Starlight cold build (load average before)', `${sec(median(r.starlight.map((s) => s.wallMs)))} (${r.starlight.map((s) => s.loadBefore.toFixed(2)).join(', ')})`],
      ['ours ÷ Starlight, median of the pairs built back to back', starlightRatioCell(r)],
    ] as [string, string][] : []),
    ['time per article', `${(median(r.walls) / r.articles).toFixed(1)} ms`],
    ['marginal time per added article', previous ? `${((median(r.walls) - median(previous.walls)) / (r.articles - previous.articles)).toFixed(1)} ms (${int(previous.articles)} → ${int(r.articles)})` : '–'],
    ['files by route (largest five)', Object.entries(report?.routes ?? {}).sort((a, b) => b[1] - a[1]).slice(0, 5).map(([route, n]) => `${route} ${int(n)}`).join('<br>')],
    ['peak RSS, largest process', `${MB(build.peak.bytes)} (${build.peak.name})`],
    ['peak RSS, whole build tree', MB(build.peak.tree)],
    ['dist/ size (files)', `${MB(dist.bytes)} (${int(dist.files)})`],
    ['– HTML / pagefind / other', `${MB(dist.html)} / ${MB(dist.pagefind)} / ${MB(dist.other)}`],
    ['largest pages and files', dist.largest.map((f) => `${f.path} ${kB(f.bytes)}`).join('<br>')],
    ['article HTML, median raw / gzip', `${kB(page.htmlRaw)} / ${kB(page.htmlGzip)}`],
    ['article CSS, gzip', kB(page.cssGzip)],
    ['article HTML + CSS, gzip', kB(page.htmlGzip + page.cssGzip)],
    ['article JS run before interaction', page.scripts.length ? `${kB(page.jsGzip)} gzip: ${page.scripts.join(', ')}` : page.anyRunsJs ? 'none on the median page; some article pages run JS' : 'none'],
    ...LOCALES.map((lang): [string, string] => [`Pagefind index, ${lang}`, ((l) => (l ? `${MB(l.bytes)} (${int(l.fragments)} fragments, ${int(l.chunks)} index chunks)` : '–'))(pagefind.languages[lang])]),
    ['Pagefind total (with shared JS and UI)', MB(pagefind.total)],
    ['name index per language, Brotli', names.map((n) => `${n.lang} ${kB(n.br)}`).join(', ')],
    ['first search: bytes until first results, median (max)', medianOf('bytesToFirstResults')],
    ['first search: bytes until full text, median (max)', medianOf('bytesToFullText')],
    ['first search: last key → first results / full text, median', search ? `${median(search.firsts.map((f) => f.lastKeyToPaintMs))} / ${median(search.firsts.map((f) => f.lastKeyToFullTextMs))} ms` : '–'],
    ['embed.js, gzip', embed.script ? kB(embed.script) : 'not in dist/'],
    ['auto-link names files nb + sv + en, gzip', kB(sum(Object.values(embed.names)))],
    ['auto-link: 5,000-word host page tagged, median', tagging ? `${tagging.medianMs} ms (${tagging.marked} terms)` : (r.errors['auto-link'] ?? '–')],
  ];
}

/** One size's targets: [target, `measured pass|FAIL`, or '–' where the target is not set for this size or not measured]. */
function judged(r: SizeResult): [string, string][] {
  const { build, page, names, embed, search, tagging, lighthouse } = r;
  const [ratio, namesFiles, brotli] = [starlightRatio(r), sum(Object.values(embed?.names ?? {})), Math.max(...(names ?? []).map((n) => n.br))];
  const targets: [string, boolean | undefined, () => [string, boolean]][] = [
    [`build + index ≤ ${sec(TARGETS.buildWallMs)} wall at 1,000 concepts`, r.size === '1000', () => [sec(median(r.walls)), build.ok && median(r.walls) <= TARGETS.buildWallMs]],
    [`largest process ≤ ${TARGETS.peakBytes / 1e9} GB at 1,000 concepts`, r.size === '1000', () => [MB(build.peak.bytes), build.peak.bytes <= TARGETS.peakBytes]],
    ['10,000 concepts build', r.size === '10000', () => [build.ok ? `in ${sec(build.wallMs)}` : (build.tail.find((l) => /heap out of memory|ENOMEM|Killed/i.test(l)) ?? `exit ${build.exit}`), build.ok]],
    [`cold build ≤ ${TARGETS.starlightRatio} × Starlight's`, ratio !== undefined, () => [`${ratio!.toFixed(2)} ×`, ratio! <= TARGETS.starlightRatio]],
    [`article HTML + CSS ≤ ${kB(TARGETS.htmlCssGzipBytes)} gzip`, page && build.ok, () => [kB(page!.htmlGzip + page!.cssGzip), page!.htmlGzip + page!.cssGzip <= TARGETS.htmlCssGzipBytes]],
    ['no script run before interaction', page && build.ok, () => [page!.anyRunsJs ? 'some article pages run JS' : 'none', !page!.anyRunsJs]],
    ...(search ? firstSearchFigures(search) : []).map(([what, measured, ok]): [string, boolean, () => [string, boolean]] => [what, build.ok, () => [measured, ok]]),
    [`name index ≤ ${kB(TARGETS.nameIndexBytes)} Brotli at 150 articles`, r.size === 'content' && names && build.ok, () => [`${kB(brotli)} (largest)`, brotli <= TARGETS.nameIndexBytes]],
    [`embed.js ≤ ${kB(TARGETS.embedScriptGzipBytes)} gzip`, embed && build.ok, () => [kB(embed!.script), embed!.script > 0 && embed!.script <= TARGETS.embedScriptGzipBytes]],
    [`auto-link names files ≤ ${kB(TARGETS.namesFilesGzipBytes)} gzip together at 150 articles`, r.size === 'content' && embed && build.ok, () => [kB(namesFiles), namesFiles <= TARGETS.namesFilesGzipBytes]],
    [`auto-link tagging ≤ ${TARGETS.taggingMs} ms`, !!tagging, () => [`${tagging!.medianMs} ms`, tagging!.medianMs <= TARGETS.taggingMs]],
    [`Lighthouse performance ≥ ${TARGETS.lighthousePerformance}, CLS ≤ ${TARGETS.lighthouseCls} on every page kind`, !!lighthouse, () => [
      `performance ${Math.min(...lighthouse!.map((s) => s.performance))}, CLS ${Math.max(...lighthouse!.map((s) => s.cls)).toFixed(3)} (worst)`,
      lighthouse!.every((s) => s.performance >= TARGETS.lighthousePerformance && s.cls <= TARGETS.lighthouseCls),
    ]],
  ];
  return targets.map(([what, applies, judge]) => [what, applies ? ((m) => `${m[0]} ${mark(m[1])}`)(judge()) : '–']);
}

/** Per-size cells merged into one table: a row per label, '–' where a size has none; rows that no size measured are left out. */
function merged(head: string, results: SizeResult[], cells: (r: SizeResult) => [string, string][]): string {
  const columns = results.map((r) => new Map(cells(r)));
  const rows = [...new Set(columns.flatMap((c) => [...c.keys()]))].map((label) => [label, ...columns.map((c) => c.get(label) ?? '–')]);
  return table([head, ...results.map(sizeName)], rows.filter((row) => row.slice(1).some((cell) => cell !== '–')));
}

function report(results: SizeResult[]): string {
  const first = results[0]!;
  const notes = [
    `- Machine: ${machine()}.`,
    `- Corpora: \`content/\` is the project's own articles; N concepts are \`scripts/generate-corpus.ts\` with seed "${values.seed}" (3 × N articles of 500–700 words, 3–6 term links each).`,
    `- Build: \`node scripts/build.ts\` (what \`npm run build\` runs), cold (a fresh cache and output folder for every run, all removed after the last build), in a snapshot of the project${runs > 1 ? `, ${runs} runs per size (wall time: the median; the rest: the last run)` : ''}; phases from the build report's hook times; peak RSS from /proc (VmHWM, every 100 ms) and GNU time.`,
    ...(starlight ? [`- Starlight ${versionOf('@astrojs/starlight', starlight)} in \`${starlight}\`: the same articles in its src/content/docs, \`astro build --outDir\` cold (.astro and node_modules/.astro removed, a fresh output folder for every run), alternating with ours.`] : []),
    '- Article page: the median by gzip size (zlib level 6) of up to 900 article pages, with the stylesheets and scripts it references.',
    `- First searches: \`scripts/bench/search.ts\`, as \`npm run bench:search\` measures them: 10 queries per language, each in a fresh browser context from an article page, typed letter by letter (${KEY_DELAY_MS} ms a key); bytes received (CDP encodedDataLength, headers included) until the first results and until the full-text results were painted.`,
    ...results.filter((r) => r.problems.length).map((r) => `- **${sizeName(r)}: not verified:** ${r.problems.join('; ')}`),
  ];
  const lighthouse = first.lighthouse ? lighthouseTable(first.lighthouse) : first.errors.Lighthouse ? `Lighthouse failed: ${first.errors.Lighthouse}` : undefined;
  return [
    `### Results: ${sizes.join(', ')} (${new Date().toISOString().slice(0, 10)})`,
    notes.join('\n'),
    merged('', results, (r) => figures(r, results.filter((p) => p.build.ok && p.size !== 'content' && r.size !== 'content' && p.articles < r.articles).sort((a, b) => a.articles - b.articles).at(-1))),
    ...(lighthouse ? [`### Lighthouse 12 per page kind (${sizeName(first)}; mobile, simulated throttling)`, lighthouse] : []),
    '### Targets',
    merged('target', results, judged),
  ].join('\n\n');
}

// ── Main ────────────────────────────────────────────────────────────────────────────────────

const buildRoot = join(work, 'project');
snapshotProject(buildRoot);
log(`sizes ${sizes.join(', ')}; ${runs} run(s) each${starlight ? `, alternating with Starlight in ${starlight}` : ''}; work folder ${work}`);
const results: SizeResult[] = [];
for (const [i, size] of sizes.entries()) results.push(await runSize(size, i, buildRoot));
for (const path of leftovers) rmSync(path, { recursive: true, force: true });
const text = report(results);
console.log(`\n${text}`);
if (!values['no-write'] && !values.sizes) {
  const id = `bench:results ${sizes.join(',')}`;
  writeBetween(DOCS, `<!-- ${id} start -->`, `<!-- ${id} end -->`, `<!-- written by \`npm run bench\`; edit outside these markers -->\n\n${text}`);
  log(`written to ${DOCS}`);
}
if (!values.keep) rmSync(work, { recursive: true, force: true });
else log(`corpora, builds and logs kept in ${work}`);
