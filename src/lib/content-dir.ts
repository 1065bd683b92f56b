import { relative, resolve } from 'node:path';

/**
 * The folder articles are read from: `content/`, or `CONTENT_DIR` to build the site from
 * another corpus (the benchmark does) without touching `content/`.
 */
export function contentDir(root = process.cwd()): string {
  return resolve(root, process.env.CONTENT_DIR || 'content');
}

/**
 * How messages name files in the content folder: relative to where the command runs.
 * @example contentPrefix('/work/main/content', '/work/main') // 'content/'
 */
export function contentPrefix(dir: string, cwd = process.cwd()): string {
  return `${relative(cwd, dir) || '.'}/`;
}
