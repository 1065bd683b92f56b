// Measurements of a built site: sizes, the median article page and what it loads, Pagefind's
// index per language, the name index and the embedding files.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import { apiNamesUrl, EMBED_SCRIPT_URL, nameIndexUrl } from '../../src/lib/urls/urls.ts';

/** gzip at zlib's default level (6), what most hosts use for on-the-fly compression. */
export const gzipSize = (bytes: Uint8Array | string) => gzipSync(bytes).length;

function walk(dir: string, visit: (path: string, bytes: number) => void) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, visit);
    else visit(full, statSync(full).size);
  }
}

export type DistSize = ReturnType<typeof distSize>;

/** Bytes and files of dist/, by kind, and the largest pages and data files (those that grow with the glossary). */
export function distSize(dist: string) {
  const size = { bytes: 0, files: 0, html: 0, pagefind: 0, other: 0, largest: [] as { path: string; bytes: number }[] };
  walk(dist, (path, bytes) => {
    const rel = path.slice(dist.length);
    size.bytes += bytes;
    size.files++;
    if (rel.startsWith('/pagefind/')) size.pagefind += bytes;
    else if (rel.endsWith('.html')) size.html += bytes;
    else size.other += bytes;
    if (/\.(html|json|xml)$/.test(rel) && !rel.startsWith('/_astro/')) size.largest.push({ path: rel, bytes });
  });
  size.largest = size.largest.sort((a, b) => b.bytes - a.bytes).slice(0, 4);
  return size;
}

export type ArticlePage = ReturnType<typeof articlePage>;

const RUNS = /<script\b(?![^>]*\btype=["']?(application\/(ld\+)?json|importmap|speculationrules))([^>]*)>([\s\S]*?)<\/script>/gi;
const fileOf = (dist: string, url: string) => join(dist, decodeURIComponent(new URL(url, 'http://x/').pathname).replace(/\/$/, '/index.html'));
const gzipOfFile = (dist: string, url: string) => (existsSync(fileOf(dist, url)) ? gzipSize(readFileSync(fileOf(dist, url))) : 0);

/**
 * Up to `sampleMax` of the corpus's article pages (`found` of `expected` in dist/), spread evenly,
 * read and gzipped; the one with the median gzip size parsed for the stylesheets it references
 * and the scripts it runs on load (before any interaction); `anyRunsJs` if any sampled page runs one.
 */
export function articlePage(dist: string, paths: string[], sampleMax = 900) {
  const present = paths.filter((p) => existsSync(fileOf(dist, p)));
  const step = Math.max(1, present.length / sampleMax);
  const sample: { page: string; html: string; gzip: number }[] = [];
  for (let i = 0; i < present.length; i += step) {
    const html = readFileSync(fileOf(dist, present[Math.floor(i)]!), 'utf8');
    sample.push({ page: present[Math.floor(i)]!, html, gzip: gzipSize(html) });
  }
  const mid = sample.sort((a, b) => a.gzip - b.gzip)[Math.floor(sample.length / 2)] ?? { page: '', html: '', gzip: 0 };
  const css = [...mid.html.matchAll(/<link\b[^>]*\brel=["']?stylesheet[^>]*>/gi)].map((m) => /(?:^|\s)href=["']?([^"'\s>]+)/.exec(m[0])?.[1] ?? '');
  const scripts = [...mid.html.matchAll(RUNS)].map((m) => ({ src: /(?:^|\s)src=["']?([^"'\s>]+)/.exec(m[3] ?? '')?.[1], inline: m[4] ?? '' }));
  return {
    found: present.length,
    expected: paths.length,
    sampled: sample.length,
    page: mid.page,
    htmlRaw: Buffer.byteLength(mid.html),
    htmlGzip: mid.gzip,
    cssGzip: css.reduce((n, href) => n + gzipOfFile(dist, href), 0),
    scripts: scripts.map((s) => s.src ?? '(inline)'),
    jsGzip: scripts.reduce((n, s) => n + (s.src ? gzipOfFile(dist, s.src) : gzipSize(s.inline)), 0),
    anyRunsJs: sample.some((s) => [...s.html.matchAll(RUNS)].length > 0),
  };
}

/** Pagefind's files per language (meta, index chunks, fragments, WebAssembly), bytes as stored (already compressed), and all of pagefind/. */
export function pagefindSize(dist: string): { languages: Record<string, { bytes: number; fragments: number; chunks: number }>; total: number } {
  const dir = join(dist, 'pagefind');
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string; wasm: string | null }> };
  const languages: Record<string, { bytes: number; fragments: number; chunks: number }> = {};
  for (const [lang, { hash, wasm }] of Object.entries(entry.languages)) {
    const size = (sub: string) => readdirSync(join(dir, sub)).filter((f) => f.startsWith(`${lang}_`)).map((f) => statSync(join(dir, sub, f)).size);
    const [chunks, fragments] = [size('index'), size('fragment')];
    const own = [`pagefind.${hash}.pf_meta`, wasm ? `wasm.${wasm}.pagefind` : ''].filter((f) => f && existsSync(join(dir, f)));
    languages[lang] = { bytes: [...chunks, ...fragments, ...own.map((f) => statSync(join(dir, f)).size)].reduce((a, b) => a + b, 0), fragments: fragments.length, chunks: chunks.length };
  }
  let total = 0;
  walk(dir, (_, bytes) => (total += bytes));
  return { languages, total };
}

/** Each language's search name index (/{lang}/search/names.json): raw, gzip -9, the Brotli file served, and the language's articles in it. */
export function nameIndexSizes(dist: string): { lang: string; raw: number; gzip: number; br: number; articles: number }[] {
  return LOCALES.filter((lang) => existsSync(join(dist, nameIndexUrl(lang)))).map((lang) => {
    const file = join(dist, nameIndexUrl(lang));
    const raw = readFileSync(file);
    const articles = (JSON.parse(raw.toString()) as { concepts: { lang: string }[] }).concepts.filter((c) => c.lang === lang).length;
    return { lang, raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length, br: existsSync(`${file}.br`) ? statSync(`${file}.br`).size : NaN, articles };
  });
}

/** What embedding costs another site: dist/embed.js and the three auto-link names files, gzip. */
export function embedSizes(dist: string): { script: number; names: Record<string, number> } {
  return { script: gzipOfFile(dist, EMBED_SCRIPT_URL), names: Object.fromEntries(LOCALES.map((lang) => [lang, gzipOfFile(dist, apiNamesUrl(lang))])) };
}
