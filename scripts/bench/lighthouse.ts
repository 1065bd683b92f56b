// Lighthouse 12 (its default: mobile, simulated throttling) on one page of each kind of a built
// site, served as `npm start` serves it, in the Chromium the tests use (scripts/chromium.ts).
// Used by `npm run bench`; alone: `node scripts/bench/lighthouse.ts [dist] [--article id] [--query word]`.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import { paths } from '../../src/paths.ts';
import { chromiumLaunchOptions } from '../chromium.ts';
import { serveStatic } from '../static-server.ts';
import { table } from './report.ts';

export type LighthouseScore = Awaited<ReturnType<typeof measureLighthouse>>[number];

/** One page of each kind: the language choice, a home, A–Z and a letter, a topic, an article, its short link, the search page with `?q=`. */
export function pageKinds(dist: string, article: string, query: string, lang = 'en'): { kind: string; path: string }[] {
  const sub = (dir: string, prefer = /./) => {
    const names = existsSync(join(dist, dir)) ? readdirSync(join(dist, dir), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort() : [];
    return names.find((name) => prefer.test(name)) ?? names[0];
  };
  const kinds = [
    ['language choice', '/'],
    ['home', `/${lang}/`],
    ['A–Z index', `/${lang}/a-z/`],
    ['letter', `/${lang}/a-z/${sub(`${lang}/a-z`, /^\p{L}$/u)}/`],
    ['topic', `/${lang}/topics/${sub(`${lang}/topics`)}/`],
    ['article', `/${lang}/${article}/`],
    ['short link', `/${article}/`],
    ['search ?q=', `/${lang}/search/?q=${encodeURIComponent(query)}`],
  ];
  return kinds.map(([kind, path]) => ({ kind: kind!, path: path! })).filter((k) => existsSync(join(dist, k.path.split('?')[0]!, 'index.html')));
}

/** Lighthouse on each page, one after another, in one Chromium with a DevTools port (Lighthouse drives it over CDP). */
export async function measureLighthouse(dist: string, kinds: { kind: string; path: string }[], progress: (line: string) => void = () => {}) {
  const { server, url } = await serveStatic({ root: dist });
  const { executablePath, args = [], env } = await chromiumLaunchOptions();
  const profile = mkdtempSync(join(tmpdir(), 'lexicon-lighthouse-'));
  const chrome = spawn(executablePath!, [...args, '--headless', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], { env: (env as NodeJS.ProcessEnv | undefined) ?? process.env, stdio: ['ignore', 'ignore', 'pipe'] });
  try {
    const port = await new Promise<number>((done, fail) => {
      let err = '';
      chrome.stderr.on('data', (chunk: Buffer) => {
        err += chunk;
        const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
        if (match) done(Number(match[1]));
      });
      chrome.once('exit', (code) => fail(new Error(`Chromium exited (${code}) before opening its DevTools port: ${err.split('\n')[0]}`)));
    });
    const scores = [];
    for (const page of kinds) {
      const result = await lighthouse(`${url}${page.path}`, { port, logLevel: 'error', output: 'json', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
      if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
      const { categories, audits, runtimeError, environment } = result.lhr;
      if (runtimeError) throw new Error(`Lighthouse on ${page.path}: ${runtimeError.code} ${runtimeError.message}`);
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      const audit = (id: string) => audits[id]?.numericValue ?? NaN;
      // Category scores 0–100; benchmarkIndex is Lighthouse's CPU benchmark of the machine during the run (lower: slower or busier).
      const s = { ...page, performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo'), cls: audit('cumulative-layout-shift'), lcpMs: audit('largest-contentful-paint'), tbtMs: audit('total-blocking-time'), benchmarkIndex: environment.benchmarkIndex };
      scores.push(s);
      progress(`lighthouse ${page.kind} ${page.path}: performance ${s.performance}, CLS ${s.cls.toFixed(3)}, accessibility ${s.accessibility}, best practices ${s.bestPractices}, SEO ${s.seo}`);
    }
    return scores;
  } finally {
    chrome.kill();
    rmSync(profile, { recursive: true, force: true });
    server.closeAllConnections();
    server.close();
  }
}

/** The scores as a Markdown table. */
export const lighthouseTable = (scores: LighthouseScore[]) =>
  table(
    ['page kind', 'page', 'performance', 'CLS', 'LCP', 'TBT', 'accessibility', 'best practices', 'SEO', 'CPU index'],
    scores.map((s) => [s.kind, `\`${s.path}\``, s.performance, s.cls.toFixed(3), `${(s.lcpMs / 1000).toFixed(1)} s`, `${Math.round(s.tbtMs)} ms`, s.accessibility, s.bestPractices, s.seo, Math.round(s.benchmarkIndex)]),
  );

if (import.meta.main) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { query: { type: 'string', default: 'outsourcing' }, article: { type: 'string', default: 'outsourcing' } } });
  const dist = positionals[0] ? resolve(positionals[0]) : paths.outDir;
  console.log(lighthouseTable(await measureLighthouse(dist, pageKinds(dist, values.article, values.query), (line) => console.error(line))));
}
