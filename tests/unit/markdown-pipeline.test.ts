import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { afterAll, describe, expect, it } from 'vitest';
import { markdownPipeline } from '../../src/markdown/pipeline.ts';
import type { MissingTerm } from '../../src/markdown/term-links.ts';

// A content folder of its own: the term links resolve against the concepts written in it.
const contentDir = mkdtempSync(join(tmpdir(), 'lexicon-pipeline-'));
afterAll(() => rmSync(contentDir, { recursive: true, force: true }));
for (const [lang, id] of [['nb', 'leverandor'], ['nb', 'factoring'], ['en', 'factoring']]) {
  mkdirSync(join(contentDir, lang!), { recursive: true });
  writeFileSync(join(contentDir, lang!, `${id}.mdx`), '---\ntitle: x\n---\n');
}

async function render(lang: string, body: string) {
  const missing: MissingTerm[] = [];
  const processor = await createSatteriMarkdownProcessor({ syntaxHighlight: false, ...markdownPipeline(contentDir, { onMissing: (problem) => missing.push(problem) }) });
  const { code, metadata } = await processor.render(body, { fileURL: pathToFileURL(join(contentDir, lang, 'article.mdx')), frontmatter: {} });
  return { html: code, metadata, missing };
}

describe('the Markdown pipeline (Sätteri with our plugins)', () => {
  it('links terms in the article’s language, and marks a term not written in it, with its line and column', async () => {
    const { html, missing } = await render('nb', '## Kort\n\nSe [leverandøren](/leverandor) og [factoring](/en/factoring/).\n\nOgså [underleverandør](/subcontracting#x).\n');
    expect(html).toContain('<a href="/nb/leverandor/" class="term-link">leverandøren</a>');
    expect(html).toContain('<a href="/nb/factoring/" class="term-link">factoring</a>');
    expect(html).toMatch(/<span class="term-missing" title="[^"]+" data-missing-term="subcontracting">underleverandør<\/span>/);
    expect(missing).toEqual([{ file: expect.stringContaining('article.mdx'), line: 5, column: 6, id: 'subcontracting', lang: 'nb' }]);
  });

  it('gives every heading a unique id, and ## and ### headings an anchor beside them, labelled in the article’s language', async () => {
    const { html, metadata } = await render('en', '## What it is\n\nText.\n\n### What it is\n\n#### Deeper\n');
    expect(html).toContain('<div class="heading heading-h2"><h2 id="what-it-is">What it is</h2><a class="heading-anchor" aria-label="Link to section: What it is" data-pagefind-ignore="" data-copied="Link to “What it is” copied" href="#what-it-is"><span aria-hidden="true">#</span></a></div>');
    expect(html).toContain('<h3 id="what-it-is-1">');
    expect(html).toContain('<h4 id="deeper">Deeper</h4>');
    expect(html).not.toContain('href="#deeper"');
    expect(metadata.headings).toEqual([
      { depth: 2, slug: 'what-it-is', text: 'What it is' },
      { depth: 3, slug: 'what-it-is-1', text: 'What it is' },
      { depth: 4, slug: 'deeper', text: 'Deeper' },
    ]);
  });

  it('puts each table in a labelled, focusable scroll region: named by the heading above it, else numbered', async () => {
    const { html } = await render('en', '| a | b |\n|---|---|\n| 1 | 2 |\n\n## Costs\n\n| a | b |\n|---|---|\n| 1 | 2 |\n');
    expect(html).toContain('<section class="table-scroll" aria-label="Table 1" tabindex="0"><table>');
    expect(html).toMatch(/<section class="table-scroll" aria-label="[^"]*Costs[^"]*" tabindex="0"><table>/);
  });

  it('keeps raw HTML, collects images for Astro’s image step, and leaves quotes as typed', async () => {
    const { html, metadata } = await render('en', 'Pay <abbr title="within">in</abbr> 30 "days".\n\n![A chart](./chart.png)\n');
    expect(html).toContain('<abbr title="within">in</abbr> 30 "days"');
    expect(metadata.localImagePaths).toEqual(['./chart.png']);
  });
});
