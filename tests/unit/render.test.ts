import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/generate-corpus.ts';
import { scanContentDir } from '../../src/corpus/scan.ts';
import { readHtml } from '../../src/loader/html-store.ts';
import { WORKERS_FROM, startRenderPool } from '../../src/loader/render-pool.ts';
import { createRenderer } from '../../src/loader/render.ts';

const work = mkdtempSync(join(tmpdir(), 'lexicon-render-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('rendering articles: in this thread for a few, on workers for many', () => {
  it('gives the same HTML, summary, FAQ and missing terms either way', async () => {
    const content = join(work, 'content');
    writeCorpus(content, { concepts: Math.ceil(WORKERS_FROM / 3), seed: 'render' });
    const jobs = scanContentDir(content).articles.map((a) => ({ content: parseFrontmatter(readFileSync(join(content, a.file), 'utf8'), { frontmatter: 'empty-with-lines' }).content, fileURL: pathToFileURL(join(content, a.file)).href, lang: a.lang }));
    expect(jobs.length).toBeGreaterThanOrEqual(WORKERS_FROM);
    const concepts = scanContentDir(content).articles.map((a) => `${a.lang}/${a.id}`);
    const setup = (dir: string) => ({ contentDir: content, htmlDir: join(work, dir), concepts, markdown: { syntaxHighlight: false as const, gfm: true, smartypants: false } });
    // Workers started ahead (a sync with nothing to keep), and started when the work is known.
    const startedAhead = await startRenderPool(setup('ahead'), jobs.length).render(jobs);
    const startedLater = await startRenderPool(setup('later'), 0).render(jobs);
    const here = await (await createRenderer(setup('here')))(jobs);
    const plain = (results: typeof here) => results.map(({ html, ...rest }) => ({ ...rest, html: readHtml(html) }));
    expect(plain(startedAhead)).toEqual(plain(here));
    expect(plain(startedLater)).toEqual(plain(here));
    expect(startedAhead.some((r) => r.missingTerms.length > 0)).toBe(true);
  }, 120_000);
});
