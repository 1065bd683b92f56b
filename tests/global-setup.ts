import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Builds the site once (pages and search index, through `npm run build`) before the build
 * and e2e tests. `LEXICON_TEST_REUSE_DIST=1` reuses an existing dist/ while iterating locally;
 * `LEXICON_DIST` builds into and tests another folder.
 */
export default function setup() {
  const root = resolve(import.meta.dirname, '..');
  if (process.env.LEXICON_TEST_REUSE_DIST === '1' && existsSync(resolve(root, process.env.LEXICON_DIST || 'dist', 'index.html'))) return;
  const result = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: root, encoding: 'utf8', env: process.env });
  if (result.status !== 0) {
    throw new Error(`npm run build failed:\n${result.stdout}\n${result.stderr}`);
  }
}
