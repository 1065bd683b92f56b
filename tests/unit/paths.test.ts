import { describe, expect, it } from 'vitest';
import { pathEnv, projectPaths } from '../../src/paths.ts';

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
