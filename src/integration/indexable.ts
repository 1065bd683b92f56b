import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { join, resolve } from 'node:path';

const NOINDEX = '<meta name="robots" content="noindex"';
const HEAD_END = '</head>';
const CHUNK = 4096;

/**
 * For the sitemap: whether a built page may be indexed. Read from the page itself (its
 * robots meta), so the sitemap can never disagree with what a page says about itself:
 * search pages, short links, alias redirects, embeds and /status/ are `noindex`.
 * The sitemap's i18n grouping would read `/` as a Bokmål page, so the chooser is left out.
 */
export function indexablePage(outDir: string): (pageUrl: string) => boolean {
  const root = resolve(outDir);
  return (pageUrl) => {
    // The language chooser is every language's x-default, not a page of one language.
    if (new URL(pageUrl).pathname === '/') return false;
    const head = headOf(join(root, decodeURIComponent(new URL(pageUrl).pathname), 'index.html'));
    return head !== undefined && !head.includes(NOINDEX);
  };
}

/** The start of a page, far enough to hold its <head> (the sitemap asks of every page); undefined if there is no page. */
function headOf(file: string): string | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    const start = Buffer.alloc(CHUNK);
    const length = readSync(fd, start, 0, CHUNK, 0);
    const text = start.toString('utf8', 0, length);
    // A head longer than the first read (a page with large structured data) is read whole.
    return length < CHUNK || text.includes(HEAD_END) ? text : readFileSync(file, 'utf8');
  } finally {
    closeSync(fd);
  }
}
