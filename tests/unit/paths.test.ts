import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSettings, pathEnv, paths, projectPaths } from '../../src/paths.ts';

describe('projectPaths: every folder from one set of variables', () => {
  it('defaults to content/, dist/ and Astro cache, with staging inside the cache', () => {
    expect(projectPaths({}, '/site')).toEqual({
      root: '/site',
      contentDir: '/site/content',
      outDir: '/site/dist',
      cacheDir: '/site/node_modules/.astro',
      stagingDir: '/site/node_modules/.astro/lexicon-staging',
    });
  });

  it('reads what pathEnv writes, relative to the root', () => {
    const env = pathEnv({ contentDir: 'corpus', outDir: '/tmp/out', cacheDir: 'c' });
    expect(env).toEqual({ LEXICON_CONTENT_DIR: 'corpus', LEXICON_OUT_DIR: '/tmp/out', LEXICON_CACHE_DIR: 'c' });
    expect(projectPaths(env, '/site')).toMatchObject({ contentDir: '/site/corpus', outDir: '/tmp/out', cacheDir: '/site/c', stagingDir: '/site/c/lexicon-staging' });
  });

  it('refuses the old variable names, naming the new one', () => {
    expect(() => projectPaths({ CONTENT_DIR: '/x' }, '/site')).toThrow('CONTENT_DIR was renamed LEXICON_CONTENT_DIR');
    expect(() => projectPaths({ LEXICON_DIST: '/x' }, '/site')).toThrow('LEXICON_DIST was renamed LEXICON_OUT_DIR');
  });
});

describe('paths: the folders of this process', () => {
  const before = process.env.LEXICON_OUT_DIR;
  afterEach(() => (before === undefined ? delete process.env.LEXICON_OUT_DIR : (process.env.LEXICON_OUT_DIR = before)));

  // npm run build sets the staging folder after it has read the others, and Astro's config, in the same process, must see it.
  it('follows the environment as it is when asked', () => {
    process.env.LEXICON_OUT_DIR = '/tmp/staging-a';
    expect(paths.outDir).toBe('/tmp/staging-a');
    process.env.LEXICON_OUT_DIR = 'relative-out';
    expect(paths.outDir).toBe(resolve('relative-out'));
    expect(Object.keys(paths)).toEqual(['root', 'contentDir', 'outDir', 'cacheDir', 'stagingDir']);
  });
});

describe('buildSettings: the heap limit', () => {
  it('is Node\'s own below 1,000 articles (the build runs in npm run build\'s process), and grows with the glossary from there', () => {
    const { heapMb } = buildSettings({});
    expect(heapMb(150)).toBeUndefined();
    expect(heapMb(999)).toBeUndefined();
    expect(heapMb(3_000)).toBe(1_536);
    expect(heapMb(10_000)).toBe(5_000);
    expect(heapMb(100_000)).toBe(12_288);
  });

  it('is LEXICON_HEAP_MB when set, whatever the size', () => {
    expect(buildSettings({ LEXICON_HEAP_MB: '2048' }).heapMb(150)).toBe(2_048);
  });
});
