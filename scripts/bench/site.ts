// Measurements of a built dist/: sizes, article pages, what an article page loads, Pagefind.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LOCALES, type Locale } from '../../src/lib/i18n/locales.ts';
import { ARTICLE_FILE, conceptIdOfFile } from '../../src/corpus/scan.ts';

/** gzip at zlib's default level (6), what most hosts use for on-the-fly compression. */
export const gzipSize = (bytes: Uint8Array | string) => gzipSync(bytes).length;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)]! : 0;
};

function walk(dir: string, visit: (path: string, size: number) => void) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, visit);
    else visit(full, statSync(full).size);
  }
}

export interface DistSize {
  bytes: number;
  files: number;
  html: number;
  pagefind: number;
  assets: number;
}

export function distSize(dist: string): DistSize {
  const size: DistSize = { bytes: 0, files: 0, html: 0, pagefind: 0, assets: 0 };
  walk(dist, (path, bytes) => {
    size.bytes += bytes;
    size.files++;
    const rel = path.slice(dist.length + 1);
    if (rel.startsWith('pagefind/')) size.pagefind += bytes;
    else if (path.endsWith('.html')) size.html += bytes;
    else size.assets += bytes;
  });
  return size;
}

export interface Resource {
  url: string;
  raw: number;
  gzip: number;
}

export interface ArticlePages {
  /** Article pages found in dist/ for the corpus' concepts (all languages). */
  found: number;
  expected: number;
  sampled: number;
  medianRaw: number;
  medianGzip: number;
  maxGzip: number;
  /** The page whose gzip size is the median. */
  medianPage: string;
  stylesheets: Resource[];
  cssRaw: number;
  cssGzip: number;
  /** Scripts the page runs on load (module, classic, inline), i.e. before any interaction. */
  scripts: Resource[];
  jsRaw: number;
  jsGzip: number;
  /** Data blocks (JSON-LD and the like): not executed. */
  dataScripts: number;
  /** Inline event-handler attributes (`on…=`), in the page's HTML: they run only on interaction. */
  handlerBytes: number;
  /** Union over all sampled pages: does any article page run JS on load? */
  anyPageRunsJs: boolean;
  modulePreloads: number;
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
const attrValue = (tag: string, name: string) => {
  const m = attr(tag, name);
  return m ? (m[2] ?? m[3] ?? m[4] ?? '') : undefined;
};
const DATA_TYPES = /^(application\/(ld\+)?json|text\/template|importmap|speculationrules)$/i;

function scriptsOf(html: string): { src?: string; inline?: string; data: boolean }[] {
  const out: { src?: string; inline?: string; data: boolean }[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const tag = `<script ${m[1]}>`;
    const type = attrValue(tag, 'type') ?? '';
    const data = DATA_TYPES.test(type.trim());
    const src = attrValue(tag, 'src');
    out.push(src !== undefined ? { src, data } : { inline: m[2] ?? '', data });
  }
  return out;
}

function stylesheetsOf(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attrValue(m[0], 'rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('stylesheet')) out.push(attrValue(m[0], 'href') ?? '');
  }
  return out;
}

function fileFor(dist: string, url: string): string {
  const path = decodeURIComponent(new URL(url, 'http://x/').pathname);
  return join(dist, path.endsWith('/') ? `${path}index.html` : path);
}

function resource(dist: string, url: string): Resource {
  const file = fileFor(dist, url);
  const bytes = existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
  return { url, raw: bytes.length, gzip: gzipSize(bytes) };
}

/**
 * Article pages of the corpus: up to `sampleMax` pages spread evenly over all concepts and
 * languages are read and gzipped; the page with the median gzip size is parsed for the CSS
 * and JS it loads.
 */
export function articlePages(dist: string, ids: readonly string[], sampleMax = 900): ArticlePages {
  const pages: string[] = [];
  for (const lang of LOCALES) for (const id of ids) pages.push(`/${lang}/${id}/`);
  const found = pages.filter((p) => existsSync(fileFor(dist, p))).length;
  const step = Math.max(1, pages.length / sampleMax);
  const sample: { page: string; raw: number; gzip: number; html: string }[] = [];
  for (let i = 0; i < pages.length; i += step) {
    const page = pages[Math.floor(i)]!;
    const file = fileFor(dist, page);
    if (!existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    sample.push({ page, raw: Buffer.byteLength(html), gzip: gzipSize(html), html });
  }
  const byGzip = [...sample].sort((a, b) => a.gzip - b.gzip);
  const mid = byGzip[Math.floor(byGzip.length / 2)];
  let anyPageRunsJs = false;
  for (const s of sample) if (scriptsOf(s.html).some((x) => !x.data)) anyPageRunsJs = true;
  const html = mid?.html ?? '';
  const stylesheets = stylesheetsOf(html).map((href) => resource(dist, href));
  const found_scripts = scriptsOf(html);
  const scripts = found_scripts
    .filter((s) => !s.data)
    .map((s) => (s.src !== undefined ? resource(dist, s.src) : { url: '(inline)', raw: Buffer.byteLength(s.inline!), gzip: gzipSize(s.inline!) }));
  return {
    found,
    expected: pages.length,
    sampled: sample.length,
    medianRaw: median(sample.map((s) => s.raw)),
    medianGzip: mid?.gzip ?? 0,
    maxGzip: byGzip.at(-1)?.gzip ?? 0,
    medianPage: mid?.page ?? '',
    stylesheets,
    cssRaw: stylesheets.reduce((n, r) => n + r.raw, 0),
    cssGzip: stylesheets.reduce((n, r) => n + r.gzip, 0),
    scripts,
    jsRaw: scripts.reduce((n, r) => n + r.raw, 0),
    jsGzip: scripts.reduce((n, r) => n + r.gzip, 0),
    dataScripts: found_scripts.filter((s) => s.data).length,
    handlerBytes: [...html.matchAll(/<[a-z][^>]*>/gi)].flatMap((tag) => [...tag[0].matchAll(/\son[a-z]+\s*=\s*("[^"]*"|'[^']*')/gi)]).reduce((n, m) => n + m[1]!.length - 2, 0),
    anyPageRunsJs,
    modulePreloads: (html.match(/<link\b[^>]*rel\s*=\s*["']?modulepreload/gi) ?? []).length,
  };
}

export interface PagefindLanguage {
  lang: string;
  pages: number;
  /** pf_meta + index chunks + fragments + the language's wasm, bytes as stored (already compressed). */
  bytes: number;
  meta: number;
  index: number;
  indexFiles: number;
  fragments: number;
  fragmentFiles: number;
  wasm: number;
}

export interface PagefindSize {
  languages: PagefindLanguage[];
  /** Files every language shares: pagefind.js, worker, UI bundles, … */
  shared: number;
  total: number;
}

export function pagefindSize(dist: string): PagefindSize {
  const dir = join(dist, 'pagefind');
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  };
  const sizeOf = (path: string) => (existsSync(path) ? statSync(path).size : 0);
  const list = (sub: string) => (existsSync(join(dir, sub)) ? readdirSync(join(dir, sub)) : []);
  const indexFiles = list('index');
  const fragmentFiles = list('fragment');
  const counted = new Set<string>();
  const languages = Object.entries(entry.languages)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([lang, info]): PagefindLanguage => {
      const meta = `pagefind.${info.hash}.pf_meta`;
      const wasm = info.wasm ? `wasm.${info.wasm}.pagefind` : '';
      const idx = indexFiles.filter((f) => f.startsWith(`${lang}_`));
      const frag = fragmentFiles.filter((f) => f.startsWith(`${lang}_`));
      counted.add(meta);
      if (wasm) counted.add(wasm);
      const result = {
        lang,
        pages: info.page_count,
        meta: sizeOf(join(dir, meta)),
        index: idx.reduce((n, f) => n + sizeOf(join(dir, 'index', f)), 0),
        indexFiles: idx.length,
        fragments: frag.reduce((n, f) => n + sizeOf(join(dir, 'fragment', f)), 0),
        fragmentFiles: frag.length,
        wasm: wasm ? sizeOf(join(dir, wasm)) : 0,
        bytes: 0,
      };
      result.bytes = result.meta + result.index + result.fragments + result.wasm;
      return result;
    });
  let shared = 0;
  let total = 0;
  walk(dir, (path, bytes) => {
    total += bytes;
    const rel = path.slice(dir.length + 1);
    if (!rel.includes('/') && !counted.has(rel)) shared += bytes;
  });
  return { languages, shared, total };
}

/** Concept ids of the project's own content/, to check a benchmark build did not use them. */
export function projectConceptIds(contentDir: string): Map<Locale, string[]> {
  const map = new Map<Locale, string[]>();
  for (const lang of LOCALES) {
    const dir = join(contentDir, lang);
    map.set(lang, existsSync(dir) ? readdirSync(dir).filter((f) => ARTICLE_FILE.test(f)).map(conceptIdOfFile) : []);
  }
  return map;
}

/** Size of dist/embed.js (the embed script), if the site has one. */
export function embedScript(dist: string): Resource | undefined {
  const file = join(dist, 'embed.js');
  return existsSync(file) ? resource(dist, '/embed.js') : undefined;
}
