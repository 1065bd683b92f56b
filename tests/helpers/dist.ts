import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { paths } from '../../src/paths.ts';

/** The built site: dist/, or LEXICON_OUT_DIR (src/paths.ts), to test a build of one's own. */
export const DIST = paths.outDir;
export const CONTENT = paths.contentDir;

/** Every file in dist/ as a site path (`/nb/outsourcing/index.html`). */
export function distFiles(ext = '.html'): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(ext)) out.push(`/${relative(DIST, full).split(sep).join('/')}`);
    }
  };
  walk(DIST);
  return out.sort();
}

/** The HTML of a page by its URL path (`/nb/outsourcing/`). */
export function page(path: string): string {
  return readFileSync(fileFor(path), 'utf8');
}

/** The file in dist/ a URL path is served from, or undefined. */
export function fileFor(path: string): string {
  const clean = decodeURIComponent(path.split('#')[0]!.split('?')[0]!);
  return join(DIST, clean.endsWith('/') ? `${clean}index.html` : clean);
}

export function exists(path: string): boolean {
  return existsSync(fileFor(path));
}

/** Whether a built page is a redirect (alias pages): a meta refresh and nothing else. */
export function isRedirect(path: string): boolean {
  return page(path).includes('http-equiv="refresh"');
}
