import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { MarkdownHeading } from '@astrojs/markdown-remark';
import type { FaqEntry } from '../lib/articles/sections.ts';
import type { MissingTerm } from '../markdown/remark-term-links.ts';
import type { HtmlSlice } from './html-store.ts';

export interface RenderJob {
  /** The body, frontmatter blanked out so lines match the file. */
  content: string;
  fileURL: string;
}

export interface RenderResult {
  /** Where the worker wrote the article's HTML (html-store.ts). */
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

export interface WorkerSetup {
  contentDir: string;
  /** The folder the workers write the HTML into. */
  htmlDir: string;
  /** Astro's own Markdown settings (astro.config.mjs), which the pipeline runs with. */
  markdown: { syntaxHighlight: unknown; gfm?: boolean; smartypants?: unknown };
}

/** Articles per message: large enough to keep messaging cheap, small enough to share work. */
const BATCH = 16;

/**
 * Renders articles through the site's Markdown pipeline on every core: Markdown parsing was
 * most of content sync, and one thread left the second core idle.
 */
export async function renderInWorkers(jobs: RenderJob[], setup: WorkerSetup): Promise<RenderResult[]> {
  if (!jobs.length) return [];
  const results: RenderResult[] = new Array(jobs.length);
  const count = Math.max(1, Math.min(availableParallelism(), Math.ceil(jobs.length / (BATCH * 4))));
  const workers = Array.from({ length: count }, () => new Worker(new URL('render-worker.ts', workerBase), { workerData: setup }));
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let start = 0;
            const send = () => {
              if (next >= jobs.length) return resolve();
              start = next;
              next += BATCH;
              worker.postMessage(jobs.slice(start, next));
            };
            worker.on('message', (message: { results?: RenderResult[]; error?: string }) => {
              if (message.error) return reject(new Error(message.error));
              message.results!.forEach((result, i) => (results[start + i] = result));
              send();
            });
            worker.once('error', reject);
            worker.once('exit', (code) => reject(new Error(`a Markdown render worker stopped (exit ${code})`)));
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}

// Held in a variable so bundlers do not take `new URL(…, import.meta.url)` for an asset.
const workerBase = import.meta.url;
