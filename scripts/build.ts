// `npm run build`: builds the site and its search index into a temporary folder, and
// replaces dist/ only when all of it succeeded, so a failed build never leaves a broken site.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { paths, pathEnv, PATH_VARIABLES, settings } from '../src/paths.ts';
import { scanContentDir } from '../src/corpus/scan.ts';

const { root, outDir: dist, stagingDir, contentDir: content } = paths;
const next = join(stagingDir, `dist-${process.pid}`);
const old = join(stagingDir, `old-${process.pid}`);

mkdirSync(stagingDir, { recursive: true });
rmSync(next, { recursive: true, force: true });

// Astro with this same Node (24), whatever `node` on PATH is.
const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
if (!existsSync(content)) {
  const variable = PATH_VARIABLES.contentDir;
  console.error(`Build failed: there is no content folder at ${content} (${variable}${process.env[variable] ? ` is "${process.env[variable]}"` : ' is not set, so content/ is used'}).`);
  process.exit(1);
}
const articles = scanContentDir(content).articles.length;
const heapMb = settings.heapMb(articles);
const result = spawnSync(process.execPath, [`--max-old-space-size=${heapMb}`, astro, 'build', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ...pathEnv({ outDir: next }) },
});

const complete = result.status === 0 && existsSync(join(next, 'index.html')) && existsSync(join(next, 'pagefind', 'pagefind.js'));
if (!complete) {
  rmSync(next, { recursive: true, force: true });
  const kept = existsSync(dist) ? `the previous ${dist} is unchanged` : `there is no ${dist} yet`;
  console.error(`\nBuild failed (${result.error?.message ?? `exit ${result.status}`}); ${kept}.`);
  process.exit(result.status || 1);
}

if (existsSync(dist)) renameSync(dist, old);
renameSync(next, dist);
rmSync(old, { recursive: true, force: true });
console.log(`\nBuilt ${dist}`);
