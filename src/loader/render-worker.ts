// A worker thread of the Markdown render pool (src/loader/render-pool.ts): the site's own
// pipeline (src/markdown/pipeline.ts), built once per worker, renders batches of articles.
import { parentPort, workerData } from 'node:worker_threads';
import type { AstroMarkdownOptions } from '@astrojs/markdown-remark';
import type { FaqEntry } from '../lib/articles/sections.ts';
import { createArticleProcessor } from '../markdown/article-processor.ts';
import { markdownPipeline } from '../markdown/pipeline.ts';
import { writeHtmlBatch } from './html-store.ts';
import { remarkArticleFacts } from '../markdown/remark-article-facts.ts';
import type { MissingTerm } from '../markdown/remark-term-links.ts';
import type { RenderJob, RenderResult, WorkerSetup } from './render-pool.ts';

const { contentDir, htmlDir, markdown } = workerData as WorkerSetup;
// Missing term links are handed back with each article, so the build can repeat them for an
// article it does not render again.
let missing: MissingTerm[] = [];
const pipeline = markdownPipeline(contentDir, { onMissing: (problem) => missing.push(problem) });
// The summary and FAQ are read off the same tree, so no article is parsed twice.
const processor = await createArticleProcessor({
  ...markdown,
  ...pipeline,
  remarkPlugins: [...(pipeline.remarkPlugins ?? []), [remarkArticleFacts, { contentDir }]],
} as AstroMarkdownOptions);

parentPort!.on('message', async (jobs: RenderJob[]) => {
  const results: Omit<RenderResult, 'html'>[] = [];
  const htmls: string[] = [];
  try {
    for (const job of jobs) {
      missing = [];
      const { code, metadata } = await processor.render(job.content, { frontmatter: {}, fileURL: new URL(job.fileURL) });
      const facts = metadata.frontmatter as { summary: string; faq: FaqEntry[] };
      htmls.push(code);
      results.push({
        headings: metadata.headings,
        imagePaths: metadata.localImagePaths.concat(metadata.remoteImagePaths),
        summary: facts.summary,
        faq: facts.faq,
        missingTerms: missing,
      });
    }
    const slices = writeHtmlBatch(htmlDir, htmls);
    parentPort!.postMessage({ results: results.map((result, i) => ({ ...result, html: slices[i] })) });
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
