// What `npm run bench` and `npm run bench:search` share for their reports: one set of units
// (kB = 1,000 bytes, MB = 10^6), medians, the machine line, and writing a block of
// docs/benchmarks.md between its markers (the rest of the file is kept).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const DOCS = join(ROOT, 'docs', 'benchmarks.md');

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
export const MB = (bytes: number) => `${(bytes / 1e6).toFixed(bytes < 10e6 ? 1 : 0)} MB`;
export const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
export const int = (x: number) => x.toLocaleString('en-GB');
export const pct = (part: number, whole: number) => (whole ? `${Math.round((1000 * part) / whole) / 10} %` : '–');
export const mark = (ok: boolean | undefined) => (ok === undefined ? '–' : ok ? '**pass**' : '**FAIL**');

/** The median (mean of the middle two for an even count); NaN for none. */
export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length ? (s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2) : NaN;
}

export const versionOf = (pkg: string, project = ROOT): string => (JSON.parse(readFileSync(join(project, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;

/** The machine, the versions that matter and the load average now: every figure depends on them. */
export function machine(): string {
  const load = loadavg().map((x) => x.toFixed(1)).join(' / ');
  return `${cpus().length} cores (${cpus()[0]?.model.trim() ?? '?'}), ${Math.round(totalmem() / 2 ** 30)} GiB RAM; Node ${process.version}, Astro ${versionOf('astro')}, Pagefind ${versionOf('pagefind')}; load average ${load} (1 / 5 / 15 min) at the end; ${new Date().toISOString().slice(0, 10)}`;
}

/** A Markdown table from a header row and rows of cells; columns of figures are right-aligned. */
export function table(head: string[], rows: (string | number)[][]): string {
  const align = head.map((_, i) => (i > 0 && rows.every((r) => /^\**[\d–?]/.test(String(r[i]))) ? '---:' : '---'));
  return [`| ${head.join(' | ')} |`, `|${align.join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/**
 * Replaces what lies between `start` and `end` in `file` (markers included) with `block`; where
 * the markers are not there yet, puts it before `<!-- bench:analysis -->`, or at the end.
 */
export function writeBetween(file: string, start: string, end: string, block: string): void {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const whole = `${start}\n${block.trim()}\n${end}`;
  const [from, to] = [text.indexOf(start), text.indexOf(end)];
  const anchor = text.indexOf('<!-- bench:analysis -->');
  const next =
    from >= 0 && to > from
      ? text.slice(0, from) + whole + text.slice(to + end.length)
      : anchor >= 0
        ? `${text.slice(0, anchor)}${whole}\n\n${text.slice(anchor)}`
        : `${text.trimEnd()}\n\n${whole}\n`;
  writeFileSync(file, next);
}
