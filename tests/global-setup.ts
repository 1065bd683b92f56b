import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { paths } from '../src/paths.ts';

/**
 * Builds the site once (pages and search index, through `npm run build`) before the build
 * and e2e tests. `LEXICON_TEST_REUSE_DIST=1` reuses an existing dist/ while iterating locally;
 * `LEXICON_OUT_DIR` builds into and tests another folder (src/paths.ts).
 */
export default function setup() {
  if (process.env.LEXICON_TEST_REUSE_DIST === '1' && existsSync(join(paths.outDir, 'index.html'))) return;
  const result = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: paths.root, encoding: 'utf8', env: process.env });
  if (result.status !== 0) {
    throw new Error(`npm run build failed:\n${result.stdout}\n${result.stderr}`);
  }
}
