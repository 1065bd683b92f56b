// `npm run bench [-- --large] [-- --sizes 100,300] [-- --ext md] [-- --no-browser]`
//
// For each corpus size: generate N concepts × 3 languages (scripts/generate-corpus.ts), build the
// site from it cold with the real `npm run build` path (`node scripts/build.ts`), and measure
// build time by phase, peak memory, output sizes, what an article page loads, the Pagefind
// index per language, and a first search in Chromium. Prints a table and writes it to
// docs/benchmarks.md (between the bench:results markers; the rest of the file is kept).
//
// Builds run in a snapshot of the project (src/, scripts/, config; node_modules linked) under a
// temporary folder, with LEXICON_CONTENT_DIR, LEXICON_OUT_DIR and LEXICON_CACHE_DIR pointing there (src/paths.ts): Astro
// writes .astro/content-modules.mjs into the project root on every build, and a benchmark build
// must not race a normal build or dev server over that file.
import { spawn } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { LOCALES } from '../src/lib/i18n/locales.ts';
import { pathEnv } from '../src/paths.ts';
import { TARGETS } from './bench/targets.ts';
import { buildReportFile, readBuildReport, type BuildReport } from '../src/integration/build-report.ts';
import { conceptIdOfFile } from '../src/corpus/scan.ts';
import { writeCorpus, type CorpusManifest } from './generate-corpus.ts';
import { sampleMemory, type MemoryPeak } from './bench/proc.ts';
import { articlePages, distSize, embedScript, pagefindSize, projectConceptIds, type ArticlePages, type DistSize, type PagefindSize, type Resource } from './bench/site.ts';
import { measureSearch, type SearchMeasure } from './bench/search.ts';
import { measureTagging, namesSizes, type AutolinkTiming, type Size } from './bench/embed.ts';
import { lighthouseTable, measureLighthouse, pageKinds, type LighthouseScore } from './bench/lighthouse.ts';

const ROOT = resolve(import.meta.dirname, '..');

const { values } = parseArgs({
  options: {
    large: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    ext: { type: 'string', default: 'mdx' },
    seed: { type: 'string', default: 'lexicon' },
    work: { type: 'string' },
    keep: { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
    out: { type: 'string' },
    'no-write': { type: 'boolean', default: false },
    'mem-guard': { type: 'string', default: '16' },
    snapshot: { type: 'string' },
    from: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help) {
  console.log(`usage: node scripts/bench.ts [--large] [--sizes 100,300,1000] [--ext mdx|md] [--seed S]
                             [--no-browser] [--keep] [--work DIR] [--out FILE] [--no-write]
  --large       also 10,000 concepts (30,000 articles)
  --sizes       concept counts (each gives 3 × N articles); default 50,100,300,1000 (50: the size of content/)
  --ext md      generate .md instead of .mdx articles (for comparison)
  --no-browser  skip the Chromium measurements (first search; Lighthouse on the first size)
  --keep        keep the generated corpora, builds and logs (they are in the work folder)
  --out FILE    where the results go (default docs/benchmarks.md; with --ext md or --sizes: not written unless --out)
  --snapshot DIR  build in this existing project snapshot (a previous run's <work>/project,
                kept with --keep) instead of a fresh copy: A/B runs against the same code
  --from FILE   no builds: print (and write) the report of an earlier run's results.json
  --no-write    print only
  --mem-guard G stop a build whose processes together use more than G GB (default 16), so a
                runaway build cannot starve the rest of the machine`);
  process.exit(0);
}

const fromResults = values.from ? (JSON.parse(readFileSync(values.from, 'utf8')) as SizeResult[]) : undefined;
const sizes = (fromResults ? fromResults.map((r) => String(r.concepts)).join(',') : values.sizes ?? (values.large ? '50,100,300,1000,10000' : '50,100,300,1000'))
  .split(',')
  .map((s) => Number(s.replace(/[_\s]/g, '')))
  .filter((n) => Number.isInteger(n) && n >= 2);
const ext = fromResults?.[0]?.ext === 'md' || values.ext === 'md' ? 'md' : 'mdx';
const withBrowser = !values['no-browser'];
const memGuard = Number(values['mem-guard']) * 1024 ** 3;
const outFile = values['no-write']
  ? undefined
  : values.out
    ? resolve(values.out)
    : ext === 'mdx' && (!values.sizes || fromResults)
      ? join(ROOT, 'docs', 'benchmarks.md')
      : undefined;

const work = values.work ? resolve(values.work) : mkdtempSync(join(tmpdir(), 'lexicon-bench-'));
mkdirSync(work, { recursive: true });
const benchStart = performance.now();

function progress(message: string) {
  const s = Math.round((performance.now() - benchStart) / 1000);
  const stamp = `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
  console.log(`[bench ${stamp}] ${message}`);
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(bytes < 10e6 ? 1 : 0)} MB`;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const n = (x: number) => x.toLocaleString('en-GB');

// ── Workspace ───────────────────────────────────────────────────────────────────────────────

/** A snapshot of the project to build in: everything but content, outputs, tests and git. */
function snapshotProject(dest: string) {
  const skip = new Set(['node_modules', 'dist', '.build', '.astro', '.git', 'content', 'tests', 'docs', '.ci']);
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  for (const entry of readdirSync(ROOT)) {
    if (skip.has(entry) || entry.endsWith('.log')) continue;
    cpSync(join(ROOT, entry), join(dest, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dest, 'node_modules'), 'dir');
}

// ── Build ───────────────────────────────────────────────────────────────────────────────────

/** Phases of a build, from the times the build report gives its integration hooks (src/integration/build-report.ts). */
interface Phases {
  /** Astro start → config done: config, integrations, content checks. */
  startup: number;
  /** Config done → build start: content sync and types. */
  contentSync: number;
  /** Build start → pages generated: bundling (Vite/Rolldown) and rendering the pages. */
  bundlingAndRendering: number;
  /** Pages generated → our build:done hook: sitemap and other integrations. */
  postRender: number;
  /** Per-term JSON files, _headers and the search index, side by side. */
  filesAfterPages: number;
  /** Node and Astro start-up before the config, Astro shutdown, scripts/build.ts swapping the output into place. */
  finish: number;
}

interface BuildResult {
  ok: boolean;
  exit: number | null;
  wallMs: number;
  phases?: Phases;
  memory: MemoryPeak;
  /** GNU time's maximum resident set size (largest process), bytes. */
  gnuTimeMaxRss?: number;
  /** CPU time of the build (user + system, all processes), ms, from GNU time. */
  cpuMs?: number;
  /** 1-minute load average just before the build started (other work on the machine). */
  loadBefore: number;
  /** Set when the build was stopped by --mem-guard. */
  stoppedByGuard?: string;
  report?: BuildReport;
  log: string;
  tail: string[];
}

const GNU_TIME = '/usr/bin/time';
const hasGnuTime = existsSync(GNU_TIME);

async function runBuild(label: string, buildRoot: string, env: Record<string, string>, logFile: string): Promise<BuildResult> {
  const timeFile = `${logFile}.time`;
  const cmd = hasGnuTime ? GNU_TIME : process.execPath;
  const buildArgs = ['scripts/build.ts'];
  const args = hasGnuTime ? ['-f', '%e %M %U %S', '-o', timeFile, process.execPath, ...buildArgs] : buildArgs;
  const loadBefore = loadavg()[0]!;
  const start = performance.now();
  const child = spawn(cmd, args, {
    cwd: buildRoot,
    env: { ...process.env, ...env, PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env.PATH}`, NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so the guard can stop the whole build
  });
  let stoppedByGuard: string | undefined;
  const memory = sampleMemory(child.pid!, 100, (m) => {
    if (!stoppedByGuard && m.current > memGuard) {
      stoppedByGuard = `stopped by --mem-guard: the build's processes used ${mb(m.current)} (> ${mb(memGuard)}) after ${sec(performance.now() - start)}`;
      progress(`${label} ${stoppedByGuard}`);
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  });
  const log = createWriteStream(logFile);
  const tail: string[] = [];
  const onLine = (raw: string) => {
    const line = raw.replace(/\x1b\[[0-9;]*m/g, '');
    log.write(`+${((performance.now() - start) / 1000).toFixed(3)}s ${line}\n`);
    tail.push(line);
    if (tail.length > 40) tail.shift();
  };
  createInterface({ input: child.stdout! }).on('line', onLine);
  createInterface({ input: child.stderr! }).on('line', onLine);
  const heartbeat = setInterval(() => {
    const m = memory.peak();
    progress(`${label} building ${sec(performance.now() - start)}; RSS now ${mb(m.current)}, peak process ${mb(m.largest)}`);
  }, 15_000);
  const exit = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const wallMs = performance.now() - start;
  clearInterval(heartbeat);
  const peak = memory.stop();
  await new Promise<void>((resolve) => log.end(resolve));

  let gnuTimeMaxRss: number | undefined;
  let cpuMs: number | undefined;
  if (hasGnuTime && existsSync(timeFile)) {
    const last = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) ?? '';
    const [, kbytes, user, sys] = last.split(' ').map(Number);
    if (Number.isFinite(kbytes)) gnuTimeMaxRss = kbytes! * 1024;
    if (Number.isFinite(user) && Number.isFinite(sys)) cpuMs = (user! + sys!) * 1000;
  }

  const report = exit === 0 && existsSync(buildReportFile(env.LEXICON_CACHE_DIR!)) ? readBuildReport(env.LEXICON_CACHE_DIR!) : undefined;
  let phases: Phases | undefined;
  if (report) {
    const h = report.hooks;
    phases = {
      startup: h['astro:config:done']!,
      contentSync: h['astro:build:start']! - h['astro:config:done']!,
      bundlingAndRendering: h['astro:build:generated']! - h['astro:build:start']!,
      postRender: h['astro:build:done']! - h['astro:build:generated']!,
      filesAfterPages: report.doneAt - h['astro:build:done']!,
      finish: wallMs - report.doneAt,
    };
  }
  return { ok: exit === 0, exit, wallMs, phases, report, memory: peak, gnuTimeMaxRss, cpuMs, loadBefore, stoppedByGuard, log: logFile, tail };
}

// ── One size ────────────────────────────────────────────────────────────────────────────────

interface SizeResult {
  concepts: number;
  articles: number;
  ext: string;
  generateMs: number;
  manifest: CorpusManifest;
  build: BuildResult;
  verified?: { ok: boolean; detail: string };
  dist?: DistSize;
  pages?: ArticlePages;
  pagefind?: PagefindSize;
  search?: SearchMeasure;
  searchError?: string;
  /** Lighthouse per page kind, on the first size's site only. */
  lighthouse?: LighthouseScore[];
  lighthouseError?: string;
  embed?: Resource;
  /** The auto-link names files (/api/v1/{lang}/names.json). */
  names?: Partial<Record<string, Size>>;
  autolink?: AutolinkTiming;
  autolinkError?: string;
  perArticleMs: number;
  /** The largest pages and files in dist/ (those that grow with the glossary). */
  largest?: { path: string; bytes: number }[];
}


function largestFiles(dist: string, count = 4): { path: string; bytes: number }[] {
  const all: { path: string; bytes: number }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(full);
      } else if (/\.(html|json|xml)$/.test(entry.name)) all.push({ path: full.slice(dist.length), bytes: statSync(full).size });
    }
  };
  walk(dist);
  return all.sort((a, b) => b.bytes - a.bytes).slice(0, count);
}

function verify(dist: string, manifest: CorpusManifest, pages: ArticlePages, build: BuildResult): { ok: boolean; detail: string } {
  const problems: string[] = [];
  if (pages.found !== pages.expected) problems.push(`${pages.found} of ${pages.expected} article pages present`);
  for (const id of manifest.sampleIds) {
    for (const lang of LOCALES) if (!existsSync(join(dist, lang, id, 'index.html'))) problems.push(`missing /${lang}/${id}/`);
  }
  const ours = new Set(manifest.sampleIds);
  let stray = 0;
  for (const [lang, ids] of projectConceptIds(join(ROOT, 'content'))) {
    for (const id of ids) if (!ours.has(id) && existsSync(join(dist, lang, id, 'index.html'))) stray++;
  }
  // A project concept id could collide with a generated one; more than a handful means the
  // build read content/.
  if (stray > 3) problems.push(`${stray} pages of the project's own content/ are in the output`);
  const html = readFileSync(join(dist, 'en', manifest.sampleIds[0]!, 'index.html'), 'utf8');
  if (!html.includes('data-pagefind-body')) problems.push('article page has no data-pagefind-body');
  const indexed = build.report?.searchIndex.pages ?? 0;
  if (indexed < manifest.articles) {
    problems.push(`search index has ${indexed} pages for ${manifest.articles} articles`);
  }
  return {
    ok: problems.length === 0,
    detail: problems.length
      ? problems.slice(0, 5).join('; ')
      : `${n(pages.found)} article pages from the corpus, none from content/, ${n(indexed)} pages indexed`,
  };
}

async function runSize(concepts: number, buildRoot: string, index: number): Promise<SizeResult> {
  const label = `N=${n(concepts)} [${index + 1}/${sizes.length}]`;
  const corpus = join(work, `corpus-${concepts}-${ext}`);
  const dist = join(work, `dist-${concepts}-${ext}`);
  const cache = join(work, `cache-${concepts}-${ext}`);
  const logFile = join(work, `build-${concepts}-${ext}.log`);

  progress(`${label} 1/4 generating ${n(concepts * 3)} articles (.${ext}) into ${corpus}`);
  let t = performance.now();
  const manifest = writeCorpus(corpus, { concepts, seed: values.seed, ext });
  const generateMs = performance.now() - t;
  progress(`${label}    generated in ${sec(generateMs)}; body words ${manifest.words.min}–${manifest.words.max}`);

  progress(`${label} 2/4 cold build (fresh cache) → ${dist}; log ${logFile}`);
  rmSync(dist, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  const build = await runBuild(label, buildRoot, pathEnv({ contentDir: corpus, outDir: dist, cacheDir: cache }), logFile);
  const result: SizeResult = { concepts, articles: manifest.articles, ext, generateMs, manifest, build, perArticleMs: build.wallMs / manifest.articles };
  if (!build.ok) {
    progress(`${label}    BUILD FAILED (${build.stoppedByGuard ?? `exit ${build.exit}`}) after ${sec(build.wallMs)}; peak process ${mb(build.memory.largest)}. Last lines:\n${build.tail.slice(-15).join('\n')}`);
    return result;
  }
  progress(`${label}    built in ${sec(build.wallMs)}; peak process ${mb(Math.max(build.memory.largest, build.gnuTimeMaxRss ?? 0))}, tree ${mb(build.memory.tree)}`);

  progress(`${label} 3/4 measuring dist/`);
  t = performance.now();
  result.dist = distSize(dist);
  const ids = readdirSync(join(corpus, 'en')).map(conceptIdOfFile).sort();
  result.pages = articlePages(dist, ids);
  result.pagefind = pagefindSize(dist);
  result.embed = embedScript(dist);
  result.names = namesSizes(dist);
  result.largest = largestFiles(dist);
  result.verified = verify(dist, manifest, result.pages, build);
  progress(`${label}    ${result.verified.ok ? 'verified' : 'NOT VERIFIED'}: ${result.verified.detail} (${sec(performance.now() - t)})`);

  if (withBrowser) {
    progress(`${label} 4/4 first search in Chromium ("${manifest.searchWords.en[0]}")`);
    try {
      result.search = await measureSearch({ dist, lang: 'en', queries: manifest.searchWords.en });
      const s = result.search;
      progress(`${label}    ${s.mode === 'ui' ? 'search UI' : 'Pagefind JS API (no search UI yet)'}: ${kb(s.bytesTransferred)} transferred (${kb(s.bytesRaw)} in files), results painted at ${s.timeToResultsMs} ms, keystroke→paint median ${s.keystrokeMedianMs ?? '–'} ms`);
    } catch (error) {
      result.searchError = (error as Error).message.split('\n')[0];
      progress(`${label}    search measurement failed: ${result.searchError}`);
    }
    progress(`${label}    auto-link on a generated 5,000-word host page`);
    try {
      result.autolink = await measureTagging(dist);
      progress(`${label}    ${result.autolink.marked} terms marked, median ${result.autolink.medianMs} ms`);
    } catch (error) {
      result.autolinkError = (error as Error).message.split('\n')[0];
      progress(`${label}    auto-link measurement failed: ${result.autolinkError}`);
    }
    if (index === 0) {
      progress(`${label}    Lighthouse 12 (mobile) on each page kind`);
      try {
        result.lighthouse = await measureLighthouse(dist, pageKinds(dist, { article: ids[0]!, query: manifest.searchWords.en[0]! }), (line) => progress(`${label}    ${line}`));
      } catch (error) {
        result.lighthouseError = (error as Error).message.split('\n')[0];
        progress(`${label}    Lighthouse failed: ${result.lighthouseError}`);
      }
    }
  } else progress(`${label} 4/4 browser skipped (--no-browser)`);

  if (!values.keep) leftovers.push(cache, corpus, dist);
  return result;
}

/**
 * What a size leaves behind, removed after the last build rather than between builds: on this
 * machine's ext4 (no journal), creating files within ~30 s of deleting many others is slow (the
 * kernel skips recently freed inodes one by one), and one size's cleanup made the next size's
 * build write its files 1.5–2× slower.
 */
const leftovers: string[] = [];

// ── Report ──────────────────────────────────────────────────────────────────────────────────


const mark = (ok: boolean | undefined) => (ok === undefined ? '–' : ok ? 'PASS' : 'FAIL');
const peakOf = (b: BuildResult) => Math.max(b.memory.largest, b.gnuTimeMaxRss ?? 0);

function versionOf(pkg: string): string {
  try {
    return (JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}

function machine() {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /^model name\s*:\s*(.*)$/m.exec(cpuinfo)?.[1] ?? cpus()[0]?.model ?? '?';
  return {
    cores: cpus().length,
    memory: `${Math.round(totalmem() / 1024 ** 3)} GB`,
    cpu: model,
    node: process.version,
    astro: versionOf('astro'),
    mdx: versionOf('@astrojs/mdx'),
    pagefind: versionOf('pagefind'),
    date: new Date().toISOString().slice(0, 10),
  };
}

function report(results: SizeResult[], chromium: string | undefined): string {
  const ok = results.filter((r) => r.build.ok);
  const cols = results.map((r) => `${n(r.concepts)} concepts`);
  const row = (label: string, f: (r: SizeResult) => string) => `| ${label} | ${results.map((r) => (r.build.ok || label.startsWith('build') ? f(r) : 'build failed')).join(' | ')} |`;
  const ph = (k: keyof Phases) => (r: SizeResult) => (r.build.phases ? `${sec(r.build.phases[k])} (${Math.round((r.build.phases[k] / r.build.wallMs) * 100)}%)` : '?');
  const lines = [
    `| | ${cols.join(' | ')} |`,
    `|---|${cols.map(() => '---:').join('|')}|`,
    row('articles (files built)', (r) => `${n(r.articles)} (${n(Object.values(r.build.report?.routes ?? {}).reduce((a, b) => a + b, 0))})`),
    row('build wall time', (r) => (r.build.ok ? sec(r.build.wallMs) : `FAILED (${r.build.stoppedByGuard ?? `exit ${r.build.exit}`}) after ${sec(r.build.wallMs)}`)),
    row('– startup (config, content checks)', ph('startup')),
    row('– content sync, types', ph('contentSync')),
    row('– bundling and rendering pages', ph('bundlingAndRendering')),
    row('– sitemap etc.', ph('postRender')),
    row('– JSON files, _headers, search index', ph('filesAfterPages')),
    row('– Node start-up, shutdown, swap dist', ph('finish')),
    row('CPU time, user + sys (load avg before)', (r) => `${r.build.cpuMs !== undefined ? sec(r.build.cpuMs) : '?'} (${r.build.loadBefore.toFixed(2)})`),
    row('time per article', (r) => `${r.perArticleMs.toFixed(1)} ms`),
    row('marginal time per added article', (r) => {
      const prev = ok.filter((p) => p.articles < r.articles).at(-1);
      return prev ? `${((r.build.wallMs - prev.build.wallMs) / (r.articles - prev.articles)).toFixed(1)} ms (${n(prev.articles)} → ${n(r.articles)})` : '–';
    }),
    row('files by route (largest five)', (r) =>
      Object.entries(r.build.report?.routes ?? {}).sort((a, b) => b[1] - a[1]).slice(0, 5).map(([route, files]) => `${route} ${n(files)}`).join('<br>'),
    ),
    row('peak RSS, largest process', (r) => `${mb(peakOf(r.build))} (${r.build.memory.largestName})`),
    row('peak RSS, whole build tree', (r) => mb(r.build.memory.tree)),
    row('dist/ size (files)', (r) => (r.dist ? `${mb(r.dist.bytes)} (${n(r.dist.files)})` : '?')),
    row('– HTML / pagefind / other', (r) => (r.dist ? `${mb(r.dist.html)} / ${mb(r.dist.pagefind)} / ${mb(r.dist.assets)}` : '?')),
    row('largest pages/files (grow with N)', (r) => (r.largest ?? []).map((f) => `${f.path} ${kb(f.bytes)}`).join('<br>')),
    row('article HTML, median raw / gzip', (r) => (r.pages ? `${kb(r.pages.medianRaw)} / ${kb(r.pages.medianGzip)}` : '?')),
    row('article CSS loaded, raw / gzip', (r) => (r.pages ? `${kb(r.pages.cssRaw)} / ${kb(r.pages.cssGzip)} (${r.pages.stylesheets.length} file)` : '?')),
    row('article HTML + CSS, gzip', (r) => (r.pages ? kb(r.pages.medianGzip + r.pages.cssGzip) : '?')),
    row('article JS run before interaction', (r) => (r.pages ? `${r.pages.scripts.length ? `${kb(r.pages.jsRaw)} (${kb(r.pages.jsGzip)} gzip), ${r.pages.scripts.length} script(s)` : '0 bytes, no script'}${r.pages.anyPageRunsJs && !r.pages.scripts.length ? ' (some article pages do run JS)' : ''}${r.pages.handlerBytes ? `; ${kb(r.pages.handlerBytes)} of event-handler attributes in the HTML, run on interaction` : ''}` : '?')),
    ...LOCALES.map((lang) =>
      row(`Pagefind index, ${lang}`, (r) => {
        const l = r.pagefind?.languages.find((x) => x.lang === lang);
        return l ? `${mb(l.bytes)} (${n(l.fragmentFiles)} fragments, ${n(l.indexFiles)} index chunks)` : '?';
      }),
    ),
    row('Pagefind total (incl. shared JS/UI)', (r) => (r.pagefind ? mb(r.pagefind.total) : '?')),
    row('first search: transferred (files)', (r) => (r.search ? `${kb(r.search.bytesTransferred)} (${kb(r.search.bytesRaw)}), ${r.search.requests.length} requests` : (r.searchError ?? '–'))),
    row('– of which Pagefind', (r) => (r.search ? kb(r.search.pagefindTransferred) : '–')),
    row('first search: results painted after', (r) => (r.search ? `${r.search.timeToResultsMs} ms${r.search.searchOnlyMs !== undefined ? ` (${r.search.searchOnlyMs} ms after load)` : ''}` : '–')),
    row('keystroke → results painted, median', (r) => (r.search ? (r.search.keystrokeMedianMs === null ? 'no change seen' : `${r.search.keystrokeMedianMs} ms`) : '–')),
    row('embed script (dist/embed.js), gzip', (r) => (r.embed ? kb(r.embed.gzip) : 'not in dist/')),
    row('auto-link names files (nb + sv + en), gzip', (r) => (r.names?.total ? `${kb(r.names.total.gzip)} (largest one ${kb(Math.max(...['nb', 'sv', 'en'].map((l) => r.names![l]?.gzip ?? 0)))})` : 'not in dist/')),
    row('auto-link: 5,000-word host page tagged, median', (r) => (r.autolink ? `${r.autolink.medianMs} ms (${r.autolink.marked} terms)` : (r.autolinkError ?? '–'))),
  ];

  // Targets
  const at = (articles: number) => ok.find((r) => r.articles === articles);
  const r3000 = at(3000);
  const r300 = at(300);
  const r30k = results.find((r) => r.articles === 30_000);
  const largest = ok.at(-1);
  const ratio = r3000 && r300 ? r3000.perArticleMs / r300.perArticleMs : undefined;
  const maxHtmlCss = ok.length ? Math.max(...ok.filter((r) => r.pages).map((r) => r.pages!.medianGzip + r.pages!.cssGzip)) : undefined;
  const jsPages = ok.filter((r) => r.pages && r.pages.scripts.length > 0);
  const anyJs = jsPages.length > 0;
  const jsText = anyJs ? `${kb(jsPages[0]!.pages!.jsRaw)} (${kb(jsPages[0]!.pages!.jsGzip)} gzip) run on load: ${jsPages[0]!.pages!.scripts.map((x) => x.url.split('/').at(-1)).join(', ')}` : 'no script runs on load (event-handler attributes only)';
  const searched = ok.filter((r) => r.search);
  const maxSearch = searched.length ? Math.max(...searched.map((r) => r.search!.bytesTransferred)) : undefined;
  const search3000 = r3000?.search ? `${kb(r3000.search.bytesTransferred)} at 3,000 articles; ` : '';
  const keys = searched.map((r) => r.search!.keystrokeMedianMs).filter((x): x is number => x !== null);
  const maxKey = keys.length ? Math.max(...keys) : undefined;
  const targets = [
    '| target | measured | |',
    '|---|---|---|',
    `| 3,000 articles build + index ≤ 25 s wall | ${r3000 ? sec(r3000.build.wallMs) : 'not measured'} | ${mark(r3000 ? r3000.build.wallMs <= TARGETS.buildWallMs : undefined)} |`,
    `| 3,000 articles peak memory ≤ 1.5 GB (largest process) | ${r3000 ? `${mb(peakOf(r3000.build))} (whole tree ${mb(r3000.build.memory.tree)})` : 'not measured'} | ${mark(r3000 ? peakOf(r3000.build) <= TARGETS.peakBytes : undefined)} |`,
    `| time per article at 3,000 articles ≤ 1.2 × at 300 articles | ${ratio !== undefined ? `${ratio.toFixed(2)} × (${r3000!.perArticleMs.toFixed(1)} vs ${r300!.perArticleMs.toFixed(1)} ms)` : 'not measured'} | ${mark(ratio !== undefined ? ratio <= TARGETS.perArticleRatio : undefined)} |`,
    `| article page HTML + CSS ≤ 10 kB gzip | ${maxHtmlCss !== undefined ? `${kb(maxHtmlCss)} (median page, largest corpus)` : '–'} | ${mark(maxHtmlCss !== undefined ? maxHtmlCss <= TARGETS.htmlCssGzipBytes : undefined)} |`,
    `| 0 bytes of JS executed before interaction | ${ok.length ? jsText : '–'} | ${mark(ok.length ? !anyJs : undefined)} |`,
    `| first search ≤ 100 kB transferred | ${maxSearch !== undefined ? `${search3000}${kb(maxSearch)} at the largest corpus` : 'not measured'} | ${mark(maxSearch !== undefined ? maxSearch <= TARGETS.firstSearchBytes : undefined)} |`,
    `| keystroke-to-paint ≤ 100 ms once loaded | ${maxKey !== undefined ? `${maxKey} ms (worst median over sizes)` : 'not measured'} | ${mark(maxKey !== undefined ? maxKey <= TARGETS.keystrokeMs : undefined)} |`,
    `| 10,000 concepts build without running out of memory | ${r30k ? (r30k.build.ok ? `built in ${sec(r30k.build.wallMs)}, peak ${mb(peakOf(r30k.build))} (whole tree ${mb(r30k.build.memory.tree)})` : `failed (${r30k.build.stoppedByGuard ?? `exit ${r30k.build.exit}`}: ${r30k.build.tail.find((l) => /heap out of memory|ENOMEM|Killed/i.test(l)) ?? 'see log'}) after ${sec(r30k.build.wallMs)}, peak ${mb(peakOf(r30k.build))}`) : 'not measured (run with --large)'} | ${mark(r30k ? r30k.build.ok : undefined)} |`,
  ];

  const m = machine();
  const notes = [
    `- Machine: ${m.cores} cores, ${m.memory} RAM, ${m.cpu}; Node ${m.node}, Astro ${m.astro}, @astrojs/mdx ${m.mdx}, Pagefind ${m.pagefind}${chromium ? `, Chromium ${chromium}` : ''}; ${m.date}.`,
    `- Corpus: \`scripts/generate-corpus.ts\`, seed "${values.seed}", .${ext}; N concepts × 3 languages, ${results[0] ? `${results[0].manifest.words.min}–${results[0].manifest.words.max}` : ''} body words, 3–6 term links each (~1% to concepts not written).`,
    '- Build: `node scripts/build.ts` (what `npm run build` runs), cold (fresh `LEXICON_CACHE_DIR`), in a snapshot of the project; phases from the build report (hook times, src/integration/build-report.ts); peak RSS from /proc VmHWM sampled every 100 ms' + (hasGnuTime ? ' and GNU time' : '') + '.',
    `- Article page: median by gzip size (zlib level 6) over ${ok[0]?.pages ? `up to ${n(ok.at(-1)!.pages!.sampled)}` : 'a sample of'} article pages; CSS/JS are the stylesheets and non-data scripts the page references.`,
    `- First search: ${searched[0]?.search?.mode === 'ui' ? 'the search UI at' : 'Pagefind JS API in the page at'} \`/en/search/?q=…\` in headless Chromium, served by \`scripts/static-server.ts\` as \`npm start\` serves it (text gzipped, precompressed Brotli for the files every first search needs); bytes are what Chromium received (CDP encodedDataLength, headers included) for each request the server logged until the results were painted, with the search page itself.`,
    ...results.filter((r) => r.verified && !r.verified.ok).map((r) => `- **N=${n(r.concepts)}: the build was not verified to use the corpus:** ${r.verified!.detail}`),
  ];
  return [
    `### Results: ${sizes.map(n).join(', ')} concepts, .${ext} (${m.date})`,
    '',
    ...notes,
    '',
    ...lines,
    '',
    ...lighthouseSection(results[0]),
    '### Targets',
    '',
    ...targets,
    '',
  ].join('\n');
}

/** Lighthouse per page kind (first size only): its table, or why there is none. */
function lighthouseSection(first: SizeResult | undefined): string[] {
  if (!first?.lighthouse && !first?.lighthouseError) return [];
  const head = `### Lighthouse 12 per page kind (N=${n(first.concepts)}; mobile, simulated throttling; target: performance ≥ 95, CLS ≤ 0.05)`;
  return [head, '', first.lighthouse ? lighthouseTable(first.lighthouse) : `Lighthouse failed: ${first.lighthouseError}`, ''];
}

/** Each kind of run has its own block in the doc, so `--large` does not replace the default run. */
const blockId = [ext, sizes.join(',')].join(' ');

function writeDoc(file: string, table: string) {
  const START = `<!-- bench:results ${blockId} start -->`;
  const END = `<!-- bench:results ${blockId} end -->`;
  const block = `${START}\n<!-- written by \`npm run bench\`; edit outside these markers -->\n\n${table}\n${END}`;
  let text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (text.includes(START) && text.includes(END)) {
    text = text.slice(0, text.indexOf(START)) + block + text.slice(text.indexOf(END) + END.length);
  } else {
    const anchor = text.indexOf('<!-- bench:analysis -->');
    text = anchor >= 0 ? `${text.slice(0, anchor)}${block}\n\n${text.slice(anchor)}` : `${text || '# Benchmarks\n'}\n${block}\n`;
  }
  writeFileSync(file, text);
}

// ── Main ────────────────────────────────────────────────────────────────────────────────────

progress(`sizes ${sizes.map(n).join(', ')} concepts (× 3 languages), .${ext}; work folder ${work}${values.keep ? ' (kept)' : ''}`);
const buildRoot = values.snapshot ? resolve(values.snapshot) : join(work, 'project');
if (fromResults) {
  progress(`report from ${values.from}`);
} else if (values.snapshot) {
  if (!existsSync(join(buildRoot, 'scripts', 'build.ts'))) throw new Error(`${buildRoot} is not a project snapshot`);
  progress(`building in the existing snapshot ${buildRoot}`);
} else {
  snapshotProject(buildRoot);
  progress(`project snapshot in ${buildRoot}`);
}
const results: SizeResult[] = fromResults ?? [];
for (const [i, concepts] of (fromResults ? [] : sizes).entries()) {
  results.push(await runSize(concepts, buildRoot, i));
  writeFileSync(join(work, 'results.json'), JSON.stringify(results, null, 2));
}
for (const path of leftovers) rmSync(path, { recursive: true, force: true });
const table = report(results, results.find((r) => r.search)?.search?.chromium);
console.log(`\n${table}`);
if (outFile) {
  writeDoc(outFile, table);
  progress(`results written to ${outFile}`);
}
if (!fromResults) progress(`raw results: ${join(work, 'results.json')}; build logs in ${work}`);
if (!values.keep && !values.snapshot) rmSync(buildRoot, { recursive: true, force: true });
if (values.from && !values.work) rmSync(work, { recursive: true, force: true });
