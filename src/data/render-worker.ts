// A worker thread of the Markdown render pool (src/data/render-pool.ts): the site's own
// pipeline (src/markdown/pipeline.ts), built once per worker, renders batches of articles.
import { parentPort, workerData } from 'node:worker_threads';
import { createMarkdownProcessor, type AstroMarkdownOptions } from '@astrojs/markdown-remark';
import { markdownPipeline } from '../markdown/pipeline.ts';
import { summarize } from '../lib/summary.ts';
import type { RenderJob, RenderResult, WorkerSetup } from './render-pool.ts';

const { contentDir, markdown } = workerData as WorkerSetup;
const processor = await createMarkdownProcessor({ ...markdown, ...markdownPipeline(contentDir) } as AstroMarkdownOptions);

parentPort!.on('message', async (jobs: RenderJob[]) => {
  const results: RenderResult[] = [];
  try {
    for (const job of jobs) {
      const { code, metadata } = await processor.render(job.content, { frontmatter: {}, fileURL: new URL(job.fileURL) });
      results.push({
        html: code,
        headings: metadata.headings,
        imagePaths: metadata.localImagePaths.concat(metadata.remoteImagePaths),
        summary: summarize(job.content, job.lang, { mdx: job.mdx }),
      });
    }
    parentPort!.postMessage({ results });
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
