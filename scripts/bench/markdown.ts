// `node scripts/bench/markdown.ts [--concepts 300]`: how long the Markdown pipeline takes per
// article, outside Astro: the site's own processor (astro.config.mjs), the render workers' one
// (no rehype-raw where it changes nothing), plain unified + GFM, and Astro's Rust processor
// Sätteri without plugins.
// Content sync renders every article once with the site's processor, so this is most of
// that phase's cost.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parseFrontmatter, unified } from '@astrojs/markdown-remark';
import type { AstroMarkdownOptions, MarkdownProcessor, MarkdownRenderer } from '@astrojs/internal-helpers/markdown';
import { satteri } from '@astrojs/markdown-satteri';
import { writeCorpus } from '../generate-corpus.ts';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import { createArticleProcessor } from '../../src/markdown/article-processor.ts';
import { markdownPipeline } from '../../src/markdown/pipeline.ts';
import { readFileSync, readdirSync } from 'node:fs';

const { values } = parseArgs({ options: { concepts: { type: 'string', default: '300' }, rounds: { type: 'string', default: '3' } } });
const dir = mkdtempSync(join(tmpdir(), 'lexicon-md-'));
process.env.LEXICON_CONTENT_DIR = dir;
writeCorpus(dir, { concepts: Number(values.concepts), seed: 'lexicon' });
const files = LOCALES.flatMap((lang) => readdirSync(join(dir, lang)).map((f) => join(dir, lang, f)));
const articles = files.map((path) => ({ url: pathToFileURL(path), body: parseFrontmatter(readFileSync(path, 'utf8')).content }));

const config = (await import('../../astro.config.mjs')).default as { markdown: { processor: MarkdownProcessor<{ remarkPlugins: unknown[]; rehypePlugins: unknown[]; gfm?: boolean }> } };
const site = config.markdown.processor;
const renderer = (processor: MarkdownProcessor) => processor.createRenderer({ syntaxHighlight: false });
const variants: [string, () => Promise<MarkdownRenderer>][] = [
  ['site processor (astro.config.mjs)', () => renderer(site)],
  ['render workers (src/markdown/article-processor.ts)', () => createArticleProcessor({ syntaxHighlight: false, ...markdownPipeline(dir, { onMissing: () => {} }) } as AstroMarkdownOptions)],
  ['unified + GFM, no plugins', () => renderer(unified({}))],
  ['unified + GFM, no plugins, smartypants: false', () => renderer(unified({ smartypants: false }))],
  ['Sätteri (Rust), no plugins', () => renderer(satteri())],
];

console.log(`${articles.length} articles, ${values.rounds} rounds each; ms per article (best round)`);
for (const [name, create] of variants) {
  const render = await create();
  let best = Infinity;
  const warn = console.warn;
  console.warn = () => {}; // missing-term warnings
  for (let round = 0; round < Number(values.rounds); round++) {
    const start = performance.now();
    for (const a of articles) await render.render(a.body, { fileURL: a.url });
    best = Math.min(best, performance.now() - start);
  }
  console.warn = warn;
  console.log(`${name.padEnd(52)} ${(best / articles.length).toFixed(2)} ms`);
}
rmSync(dir, { recursive: true, force: true });
