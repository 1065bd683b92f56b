// Lighthouse 12 (its default: mobile, simulated throttling) on one page of each kind of a built
// site, served as `npm start` serves it, in the Chromium the tests use (scripts/chromium.ts).
// Used by `npm run bench`; on its own: `node scripts/bench/lighthouse.ts [dir] [--query word]` (default: the built site, src/paths.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import { chromiumLaunchOptions } from '../chromium.ts';
import { paths } from '../../src/paths.ts';
import { serveStatic } from '../static-server.ts';

export interface PageKind {
  kind: string;
  path: string;
}

export interface LighthouseScore extends PageKind {
  /** Category scores 0–100. */
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  cls: number;
  lcpMs: number;
  tbtMs: number;
  /** Lighthouse's CPU benchmark of the machine during the run (lower: slower or busier). */
  benchmarkIndex: number;
}

/** A sub-folder of dir, preferring one whose name matches `prefer` (a letter over `0-9`). */
function someDir(dir: string, prefer = /./): string | undefined {
  if (!existsSync(dir)) return undefined;
  const names = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return names.find((name) => prefer.test(name)) ?? names[0];
}

/**
 * One page of each kind in a built site: the language choice, a language's home, A–Z and a
 * letter, a topic, an article, its short link, and the search page opened with a query.
 */
export function pageKinds(dist: string, options: { lang?: string; article: string; query: string }): PageKind[] {
  const { lang = 'en', article, query } = options;
  const letter = someDir(join(dist, lang, 'a-z'), /^\p{L}$/u);
  const topic = someDir(join(dist, lang, 'topics'));
  const kinds: (PageKind | undefined)[] = [
    { kind: 'language choice', path: '/' },
    { kind: 'home', path: `/${lang}/` },
    { kind: 'A–Z index', path: `/${lang}/a-z/` },
    letter ? { kind: 'letter', path: `/${lang}/a-z/${letter}/` } : undefined,
    topic ? { kind: 'topic', path: `/${lang}/topics/${topic}/` } : undefined,
    { kind: 'article', path: `/${lang}/${article}/` },
    { kind: 'short link', path: `/${article}/` },
    { kind: 'search ?q=', path: `/${lang}/search/?q=${encodeURIComponent(query)}` },
  ];
  return kinds.filter((k): k is PageKind => k !== undefined && existsSync(join(dist, k.path.split('?')[0]!, 'index.html')));
}

/** Chromium with a DevTools port for Lighthouse (which drives it over CDP, not Playwright). */
async function startChromium(): Promise<{ port: number; stop: () => void }> {
  const { executablePath, args = [], env } = await chromiumLaunchOptions();
  const profile = mkdtempSync(join(tmpdir(), 'lexicon-lighthouse-'));
  const child: ChildProcess = spawn(executablePath!, [...args, '--headless', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    env: (env as NodeJS.ProcessEnv | undefined) ?? process.env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const stop = () => {
    child.kill();
    rmSync(profile, { recursive: true, force: true });
  };
  const port = await new Promise<number>((done, fail) => {
    let err = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      err += chunk;
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
      if (match) done(Number(match[1]));
    });
    child.once('exit', (code) => fail(new Error(`Chromium exited (${code}) before opening its DevTools port: ${err.split('\n')[0]}`)));
  }).catch((error) => {
    stop();
    throw error;
  });
  return { port, stop };
}

/** Lighthouse on each page, one after another, in one Chromium. */
export async function measureLighthouse(dist: string, kinds: PageKind[], progress: (line: string) => void = () => {}): Promise<LighthouseScore[]> {
  const { server, url } = await serveStatic({ root: dist });
  const chrome = await startChromium();
  try {
    const scores: LighthouseScore[] = [];
    for (const page of kinds) {
      const result = await lighthouse(`${url}${page.path}`, {
        port: chrome.port,
        logLevel: 'error',
        output: 'json',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
      const { categories, audits, runtimeError, environment } = result.lhr;
      if (runtimeError) throw new Error(`Lighthouse on ${page.path}: ${runtimeError.code} ${runtimeError.message}`);
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      scores.push({
        ...page,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
        lcpMs: audits['largest-contentful-paint']?.numericValue ?? NaN,
        tbtMs: audits['total-blocking-time']?.numericValue ?? NaN,
        benchmarkIndex: environment.benchmarkIndex,
      });
      const s = scores.at(-1)!;
      progress(`lighthouse ${page.kind} ${page.path}: performance ${s.performance}, CLS ${s.cls.toFixed(3)}, accessibility ${s.accessibility}, best practices ${s.bestPractices}, SEO ${s.seo}`);
    }
    return scores;
  } finally {
    chrome.stop();
    server.closeAllConnections();
    server.close();
  }
}

/** The scores as a Markdown table. */
export function lighthouseTable(scores: LighthouseScore[]): string {
  return [
    '| page kind | page | performance | CLS | LCP | TBT | accessibility | best practices | SEO | CPU index |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|',
    ...scores.map(
      (s) =>
        `| ${s.kind} | \`${s.path}\` | ${s.performance} | ${s.cls.toFixed(3)} | ${(s.lcpMs / 1000).toFixed(1)} s | ${Math.round(s.tbtMs)} ms | ${s.accessibility} | ${s.bestPractices} | ${s.seo} | ${Math.round(s.benchmarkIndex)} |`,
    ),
  ].join('\n');
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { query: { type: 'string', default: 'outsourcing' }, article: { type: 'string', default: 'outsourcing' } } });
  const dist = positionals[0] ? resolve(positionals[0]) : paths.outDir;
  const scores = await measureLighthouse(dist, pageKinds(dist, { article: values.article!, query: values.query! }), (line) => console.error(line));
  console.log(lighthouseTable(scores));
}
