// Article HTML kept beside Astro's data store instead of in it (articles-loader.ts says why):
// a render worker writes each batch of articles into one file, and an entry keeps where its
// HTML is in it. One file per batch, not per article: creating 3,000 small files cost the
// content sync ~2 s on the 2-core machine, ~190 files almost nothing.
import { closeSync, existsSync, mkdirSync, openSync, readSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';

/** Where an article's HTML is: a byte range of a batch file. */
export interface HtmlSlice {
  file: string;
  start: number;
  length: number;
}

/** Writes a batch of HTML documents into one new file in `dir`; returns where each one is. */
export function writeHtmlBatch(dir: string, htmls: readonly string[]): HtmlSlice[] {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${randomUUID()}.html`);
  const buffers = htmls.map((html) => Buffer.from(html));
  let start = 0;
  const slices = buffers.map((buffer) => {
    const slice = { file, start, length: buffer.length };
    start += buffer.length;
    return slice;
  });
  writeFileSync(file, Buffer.concat(buffers));
  return slices;
}

/** The HTML at a slice. */
export function readHtml(slice: HtmlSlice): string {
  const fd = openSync(slice.file, 'r');
  try {
    const buffer = Buffer.alloc(slice.length);
    readSync(fd, buffer, 0, slice.length, slice.start);
    return buffer.toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** Whether a stored value is a slice whose file is still there (a cache may have been cleared). */
export function isLiveSlice(value: unknown): value is HtmlSlice {
  const slice = value as HtmlSlice | undefined;
  return typeof slice?.file === 'string' && typeof slice.start === 'number' && typeof slice.length === 'number' && existsSync(slice.file);
}

/** Removes the batch files in `dir` that no entry points to any more. */
export function removeUnusedBatches(dir: string, used: ReadonlySet<string>): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) if (!used.has(join(dir, name))) rmSync(join(dir, name), { force: true });
}
