// Renders Markdown articles with the site's own pipeline (src/markdown/pipeline.ts), reading
// the summary and FAQ off the same tree: in this thread for a few articles, or on worker
// threads (render-worker.ts) for many.
import type { AstroMarkdownOptions, MarkdownHeading } from '@astrojs/markdown-remark';
import type { FaqEntry } from '../lib/articles/sections.ts';
import { createArticleProcessor } from '../markdown/article-processor.ts';
import { markdownPipeline } from '../markdown/pipeline.ts';
import { remarkArticleFacts } from '../markdown/remark-article-facts.ts';
import type { MissingTerm } from '../markdown/remark-term-links.ts';
import { writeHtmlBatch, type HtmlSlice } from './html-store.ts';

export interface RenderJob {
  /** The body, frontmatter blanked out so lines match the file. */
  content: string;
  fileURL: string;
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
  /** Astro's own Markdown settings (astro.config.mjs), which the pipeline runs with. */
  markdown: { syntaxHighlight: unknown; gfm?: boolean; smartypants?: unknown };
}

/** A renderer for batches of articles; each batch's HTML goes into one file. */
export async function createRenderer({ contentDir, htmlDir, markdown }: RenderSetup): Promise<(jobs: readonly RenderJob[]) => Promise<RenderResult[]>> {
  // Missing term links are handed back with each article, so the build can repeat them for an
  // article it does not render again.
  let missing: MissingTerm[] = [];
  const pipeline = markdownPipeline(contentDir, { onMissing: (problem) => missing.push(problem) });
  const processor = await createArticleProcessor({
    ...markdown,
    ...pipeline,
    remarkPlugins: [...(pipeline.remarkPlugins ?? []), [remarkArticleFacts, { contentDir }]],
  } as AstroMarkdownOptions);
  return async (jobs) => {
    const results: Omit<RenderResult, 'html'>[] = [];
    const htmls: string[] = [];
    for (const job of jobs) {
      missing = [];
      const { code, metadata } = await processor.render(job.content, { frontmatter: {}, fileURL: new URL(job.fileURL) });
      const facts = metadata.frontmatter as { summary: string; faq: FaqEntry[] };
      htmls.push(code);
      results.push({ headings: metadata.headings, imagePaths: metadata.localImagePaths.concat(metadata.remoteImagePaths), summary: facts.summary, faq: facts.faq, missingTerms: missing });
    }
    const slices = writeHtmlBatch(htmlDir, htmls);
    return results.map((result, i) => ({ ...result, html: slices[i]! }));
  };
}
