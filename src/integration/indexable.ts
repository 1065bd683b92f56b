import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

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
    const file = join(root, decodeURIComponent(new URL(pageUrl).pathname), 'index.html');
    return existsSync(file) && !/<meta name="robots" content="noindex"/.test(readFileSync(file, 'utf8'));
  };
}
