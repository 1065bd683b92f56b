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
 * When at least `expected` articles are sure to be rendered (a sync with nothing to keep), the
 * workers start now, so that their start-up overlaps the reading of the articles; `stop` ends
 * them if the sync fails before it renders.
 */
export function startRenderPool(setup: RenderSetup, expected: number): { render: (jobs: RenderJob[]) => Promise<RenderResult[]>; stop: () => Promise<unknown> } {
  let workers: { worker: Worker; ended: Promise<never> }[] = [];
  const start = (articles: number) => {
    if (workers.length || articles < WORKERS_FROM || availableParallelism() < 2) return;
    const count = Math.min(availableParallelism(), Math.ceil(articles / (BATCH * 4)));
    workers = Array.from({ length: count }, () => {
      const worker = new Worker(new URL('render-worker.ts', workerBase), { workerData: setup });
      // A worker that fails, even before it is given work, fails the sync that gives it work.
      const ended = new Promise<never>((_, reject) => {
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`a Markdown render worker stopped (exit ${code})`)));
      });
      ended.catch(() => {});
      return { worker, ended };
    });
  };
  const stop = () => Promise.all(workers.splice(0).map(({ worker }) => worker.terminate()));
  start(expected);

  async function render(jobs: RenderJob[]): Promise<RenderResult[]> {
    if (jobs.length < WORKERS_FROM || availableParallelism() < 2) {
      await stop();
      return jobs.length ? (await createRenderer(setup))(jobs) : [];
    }
    start(jobs.length);
    const results: RenderResult[] = new Array(jobs.length);
    let next = 0;
    try {
      await Promise.all(
        workers.map(({ worker, ended }) => {
          const done = new Promise<void>((resolve, reject) => {
            let first = 0;
            const send = () => {
              if (next >= jobs.length) return resolve();
              first = next;
              next += BATCH;
              worker.postMessage(jobs.slice(first, next));
            };
            worker.on('message', (message: { results?: RenderResult[]; error?: string }) => {
              if (message.error) return reject(new Error(message.error));
              message.results!.forEach((result, i) => (results[first + i] = result));
              send();
            });
            send();
          });
          return Promise.race([done, ended]);
        }),
      );
    } finally {
      await stop();
    }
    return results;
  }
  return { render, stop };
}

// Held in a variable so bundlers do not take `new URL(…, import.meta.url)` for an asset.
const workerBase = import.meta.url;
