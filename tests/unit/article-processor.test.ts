import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor, parseFrontmatter, type AstroMarkdownOptions } from '@astrojs/markdown-remark';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/generate-corpus.ts';
import { createArticleProcessor, needsFullProcessor } from '../../src/markdown/article-processor.ts';
import { markdownPipeline } from '../../src/markdown/pipeline.ts';
import { remarkArticleFacts } from '../../src/markdown/remark-article-facts.ts';

// The render workers' options, as src/loader/render-worker.ts builds them.
function workerOptions(contentDir: string): AstroMarkdownOptions {
  const pipeline = markdownPipeline(contentDir, { onMissing: () => {} });
  return { syntaxHighlight: false, ...pipeline, remarkPlugins: [...(pipeline.remarkPlugins ?? []), [remarkArticleFacts, { contentDir }]] } as AstroMarkdownOptions;
}

function articlesIn(contentDir: string) {
  return readdirSync(contentDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(contentDir, d.name)).map((f) => join(contentDir, d.name, f)))
    .map((path) => ({ path, body: parseFrontmatter(readFileSync(path, 'utf8')).content }));
}

/** Every article renders to the same HTML, headings, summary and FAQ as with Astro's own processor. */
async function expectSameAsAstro(contentDir: string, articles: { path: string; body: string }[]) {
  const options = workerOptions(contentDir);
  const astro = await createMarkdownProcessor(options);
  const ours = await createArticleProcessor(options);
  for (const { path, body } of articles) {
    const render = { fileURL: pathToFileURL(path), frontmatter: {} };
    expect(await ours.render(body, render), path).toEqual(await astro.render(body, render));
  }
}

const corpus = mkdtempSync(join(tmpdir(), 'lexicon-processor-'));
afterAll(() => rmSync(corpus, { recursive: true, force: true }));

describe('the render workers’ Markdown processor', () => {
  it('renders every article of the site as Astro’s processor does', async () => {
    const content = resolve(import.meta.dirname, '../../content');
    const articles = articlesIn(content);
    expect(articles.length).toBeGreaterThanOrEqual(150);
    expect(articles.filter((a) => !needsFullProcessor(a.body)).length).toBeGreaterThan(100);
    await expectSameAsAstro(content, articles);
  }, 120_000);

  it('renders generated articles (tables, lists, links to missing terms) as Astro’s processor does', async () => {
    writeCorpus(corpus, { concepts: 40, seed: 'processor' });
    await expectSameAsAstro(corpus, articlesIn(corpus));
  }, 120_000);

  it('leaves raw HTML and images to Astro’s processor', async () => {
    const body = '## Note\n\nPay <abbr title="within">in</abbr> 30 days.\n\n![A chart](./chart.png)\n\n| a | b |\n|---|---|\n| 1 < 2 | x |\n';
    expect(needsFullProcessor(body)).toBe(true);
    expect(needsFullProcessor('## Plain\n\nText with a [link](/en/vendor/).')).toBe(false);
    const contentDir = resolve(import.meta.dirname, '../../content');
    await expectSameAsAstro(contentDir, [{ path: join(contentDir, 'en', 'note.md'), body }]);
    const ours = await createArticleProcessor(workerOptions(contentDir));
    const result = await ours.render(body, { fileURL: pathToFileURL(join(contentDir, 'en', 'note.md')) });
    expect(result.code).toContain('<abbr title="within">in</abbr>');
    expect(result.metadata.localImagePaths).toEqual(['./chart.png']);
  });
});
