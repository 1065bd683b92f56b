import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { createRenderer, type RenderJob, type RenderResult, type RenderSetup } from './render.ts';

export type { RenderJob, RenderResult, RenderSetup };

/** Articles per message: large enough to keep messaging cheap, small enough to share work. */
const BATCH = 16;

/**
 * Below this many articles to render, this thread renders them: a worker's start-up (its own
 * copy of the pipeline, compiled again) costs more than a second core saves (docs/benchmarks.md).
 */
export const WORKERS_FROM = 300;

/**
 * Renders articles through the site's Markdown pipeline: on every core when there are many
 * (Markdown parsing is most of content sync, and one thread left the second core idle), in this
 * thread when there are few (an author's rebuild, a small glossary).
 */
export async function renderArticles(jobs: RenderJob[], setup: RenderSetup): Promise<RenderResult[]> {
  if (!jobs.length) return [];
  if (jobs.length < WORKERS_FROM || availableParallelism() < 2) return (await createRenderer(setup))(jobs);
  const results: RenderResult[] = new Array(jobs.length);
  const count = Math.min(availableParallelism(), Math.ceil(jobs.length / (BATCH * 4)));
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
