// Where the site is read from and written to, and the build's other settings from the
// environment, for every tool: astro.config.mjs, the integration, scripts/, tests/ and the
// benchmark import these, and nothing else reads these variables (the browser the tests use,
// CHROMIUM_PATH, is chosen in scripts/chromium.ts).
import { join, relative, resolve } from 'node:path';

/** The environment variables, one per folder. */
export const PATH_VARIABLES = {
  contentDir: 'LEXICON_CONTENT_DIR',
  outDir: 'LEXICON_OUT_DIR',
  cacheDir: 'LEXICON_CACHE_DIR',
} as const;

/** Names used before: refused with the new name, so an old command line fails loudly instead of building content/. */
const RENAMED: Record<string, string> = { CONTENT_DIR: PATH_VARIABLES.contentDir, LEXICON_DIST: PATH_VARIABLES.outDir };

export interface ProjectPaths {
  /** The project root: the working directory, as for Astro (every npm script runs there). */
  root: string;
  /** The articles: `content/`. */
  contentDir: string;
  /** The built site: `dist/`. */
  outDir: string;
  /** Astro's cache, with the content store and the rendered article HTML: `node_modules/.astro/`. */
  cacheDir: string;
  /** Where `npm run build` builds before it swaps the result into `outDir`; inside the cache, so nothing else needs ignoring. */
  stagingDir: string;
}

/** The folders, from the environment (absolute paths). */
export function projectPaths(env: Record<string, string | undefined> = process.env, root = process.cwd()): ProjectPaths {
  for (const [old, now] of Object.entries(RENAMED)) {
    if (env[old] !== undefined && env[now] === undefined) throw new Error(`${old} was renamed ${now}; set ${now}=${env[old]} instead`);
  }
  const cacheDir = resolve(root, env[PATH_VARIABLES.cacheDir] || 'node_modules/.astro');
  return {
    root,
    contentDir: resolve(root, env[PATH_VARIABLES.contentDir] || 'content'),
    outDir: resolve(root, env[PATH_VARIABLES.outDir] || 'dist'),
    cacheDir,
    stagingDir: join(cacheDir, 'lexicon-staging'),
  };
}

/**
 * The folders of this process, read from its environment when asked: `npm run build` points the
 * output at its staging folder before Astro, in the same process, reads its config.
 */
export const paths: ProjectPaths = Object.defineProperties(
  {} as ProjectPaths,
  Object.fromEntries((Object.keys(projectPaths()) as (keyof ProjectPaths)[]).map((key) => [key, { enumerable: true, get: () => projectPaths()[key] }])),
);

/** The environment that makes a child process (a build, `astro dev`) use these folders. */
export function pathEnv(folders: Partial<Pick<ProjectPaths, 'contentDir' | 'outDir' | 'cacheDir'>>): Record<string, string> {
  return Object.fromEntries(Object.entries(folders).map(([key, value]) => [PATH_VARIABLES[key as keyof typeof PATH_VARIABLES], value]));
}

/** How messages name a file in the content folder: relative to where the command runs (`content/`). */
export function contentPrefix(dir = paths.contentDir, cwd = process.cwd()): string {
  return `${relative(cwd, dir) || '.'}/`;
}

/** The build's other settings and the environment variables that override them. */
export const SETTING_VARIABLES = {
  /** The heap limit of the build in MB (scripts/build.ts). */
  heapMb: 'LEXICON_HEAP_MB',
  /** Word positions per Pagefind index chunk: Pagefind 1.6 reads this variable itself ("unstable"). */
  searchIndexChunkSize: 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE',
} as const;

export interface BuildSettings {
  /** Heap limit for a build of this many articles; none where Node's default will do. */
  heapMb(articles: number): number | undefined;
  searchIndexChunkSize: number;
}

/**
 * The settings, from the environment or by default. The heap limit grows with the glossary:
 * 10,000 concepts need far more than Node's default, but a limit far above what a build needs
 * lets V8 put off collecting garbage (docs/benchmarks.md); below 1,000 articles Node's default
 * serves, and the build runs in `npm run build`'s own process. Pagefind's default chunk is 20,000
 * word positions (~30 kB a chunk here); 2,000 makes ~3.4 kB chunks, so a first search downloads
 * less, with the same top-1/top-3 (docs/benchmarks.md).
 */
export function buildSettings(env: Record<string, string | undefined> = process.env): BuildSettings {
  const heapMb = Number(env[SETTING_VARIABLES.heapMb]);
  return {
    heapMb: (articles) => heapMb || (articles < 1_000 ? undefined : Math.min(12_288, Math.max(1_536, Math.round(articles / 2)))),
    searchIndexChunkSize: Number(env[SETTING_VARIABLES.searchIndexChunkSize]) || 2000,
  };
}

/** The settings of this process. */
export const settings = buildSettings();
