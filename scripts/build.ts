// `npm run build`: builds the site and its search index into a temporary folder, and
// replaces dist/ only when all of it succeeded, so a failed build never leaves a broken site.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { paths, pathEnv, PATH_VARIABLES, settings } from '../src/paths.ts';
import { scanContentDir } from '../src/corpus/scan.ts';

const { root, outDir: dist, stagingDir, contentDir: content } = paths;
const next = join(stagingDir, `dist-${process.pid}`);
const old = join(stagingDir, `old-${process.pid}`);

mkdirSync(stagingDir, { recursive: true });
rmSync(next, { recursive: true, force: true });

const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const astroArgs = [astro, 'build', ...process.argv.slice(2)];
if (!existsSync(content)) {
  const variable = PATH_VARIABLES.contentDir;
  console.error(`Build failed: there is no content folder at ${content} (${variable}${process.env[variable] ? ` is "${process.env[variable]}"` : ' is not set, so content/ is used'}).`);
  process.exit(1);
}

/** Swaps the finished build into place, or removes what a failed one left; returns the exit code. */
function finish(status: number | null, error?: string): number {
  const complete = status === 0 && existsSync(join(next, 'index.html')) && existsSync(join(next, 'pagefind', 'pagefind.js'));
  if (!complete) {
    rmSync(next, { recursive: true, force: true });
    const kept = existsSync(dist) ? `the previous ${dist} is unchanged` : `there is no ${dist} yet`;
    console.error(`\nBuild failed (${error ?? `exit ${status}`}); ${kept}.`);
    return status || 1;
  }
  if (existsSync(dist)) renameSync(dist, old);
  renameSync(next, dist);
  rmSync(old, { recursive: true, force: true });
  console.log(`\nBuilt ${dist}`);
  return 0;
}

// The count only: the content checks read every file when Astro starts.
const heapMb = settings.heapMb(scanContentDir(content, { readFiles: false }).articles.length);
if (heapMb === undefined) {
  // Astro's command line in this process, with its own error messages: one Node start-up fewer
  // than a child process (docs/benchmarks.md). It ends the process itself, so the result is
  // swapped in as the process exits.
  Object.assign(process.env, pathEnv({ outDir: next }));
  process.argv = [process.execPath, ...astroArgs];
  process.once('exit', (code) => (process.exitCode = finish(code)));
  await import(pathToFileURL(astro).href);
} else {
  // A heap of its own size: Astro in a child process, with this same Node (24).
  const result = spawnSync(process.execPath, [`--max-old-space-size=${heapMb}`, ...astroArgs], { cwd: root, stdio: 'inherit', env: { ...process.env, ...pathEnv({ outDir: next }) } });
  process.exit(finish(result.status, result.error?.message));
}
