// Renders Markdown articles with the site's own pipeline (src/markdown/pipeline.ts, through
// Astro's Sätteri processor, as Astro renders Markdown), and reads their summary and FAQ off the
// body's tree: in this thread for a few articles, or on worker threads (render-worker.ts) for many.
import { createSatteriMarkdownProcessor, type SatteriMarkdownProcessorOptions } from '@astrojs/markdown-satteri';
import type { MarkdownHeading } from 'astro';
import { parseBody } from '../lib/articles/body.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import { extractFaq, type FaqEntry } from '../lib/articles/sections.ts';
import { summaryOfTree } from '../lib/articles/summary.ts';
import { markdownPipeline } from '../markdown/pipeline.ts';
import type { MissingTerm } from '../markdown/term-links.ts';
import { writeHtmlBatch, type HtmlSlice } from './html-store.ts';

export interface RenderJob {
  /** The body, frontmatter blanked out so lines match the file. */
  content: string;
  fileURL: string;
  lang: Locale;
}

export interface RenderResult {
  /** Where the article's HTML was written (html-store.ts). */
  html: HtmlSlice;
  headings: MarkdownHeading[];
  imagePaths: string[];
  /** The plain-text summary of the first section (src/lib/articles/summary.ts), for the JSON API. */
  summary: string;
  /** The FAQ of a topic article (src/lib/articles/sections.ts), for its FAQPage data. */
  faq: FaqEntry[];
  /** Term links to concepts not written in the article's language. */
  missingTerms: MissingTerm[];
}

export interface RenderSetup {
  contentDir: string;
  /** The folder the HTML is written into. */
  htmlDir: string;
  /** Every article of this sync as `lang/id`: the concepts term links can point to. */
  concepts: readonly string[];
  /** Astro's own Markdown settings (astro.config.mjs), which the pipeline runs with. */
  markdown: Pick<SatteriMarkdownProcessorOptions, 'syntaxHighlight' | 'gfm' | 'smartypants'>;
}

/** A renderer for batches of articles; each batch's HTML goes into one file. */
export async function createRenderer({ contentDir, htmlDir, concepts, markdown }: RenderSetup): Promise<(jobs: readonly RenderJob[]) => Promise<RenderResult[]>> {
  // Missing term links are handed back with each article, so the build can repeat them for an
  // article it does not render again.
  let missing: MissingTerm[] = [];
  const written = new Set(concepts);
  const processor = await createSatteriMarkdownProcessor({
    ...markdown,
    ...markdownPipeline(contentDir, { onMissing: (problem) => missing.push(problem), exists: (lang, id) => written.has(`${lang}/${id}`) }),
  });
  return async (jobs) => {
    const results: Omit<RenderResult, 'html'>[] = [];
    const htmls: string[] = [];
    for (const job of jobs) {
      missing = [];
      const { code, metadata } = await processor.render(job.content, { frontmatter: {}, fileURL: new URL(job.fileURL) });
      // The body read again as the content checks read it: for Sätteri's Rust parser a fraction
      // of a millisecond, less than walking the tree the plugins see from JavaScript.
      const tree = parseBody(job.content, 'markdown');
      htmls.push(code);
      results.push({ headings: metadata.headings, imagePaths: metadata.localImagePaths.concat(metadata.remoteImagePaths), summary: summaryOfTree(tree, job.lang), faq: extractFaq(tree, job.lang), missingTerms: missing });
    }
    const slices = writeHtmlBatch(htmlDir, htmls);
    return results.map((result, i) => ({ ...result, html: slices[i]! }));
  };
}
