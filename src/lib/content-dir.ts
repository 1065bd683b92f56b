import { resolve } from 'node:path';

/**
 * The folder articles are read from: `content/`, or `CONTENT_DIR` to build the site from
 * another corpus (the benchmark does) without touching `content/`.
 */
export function contentDir(root = process.cwd()): string {
  return resolve(root, process.env.CONTENT_DIR || 'content');
}
