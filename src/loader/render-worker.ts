// A worker thread of the Markdown render pool (render-pool.ts): one renderer (render.ts), built
// once per worker, renders batches of articles.
import { parentPort, workerData } from 'node:worker_threads';
import { createRenderer, type RenderJob, type RenderSetup } from './render.ts';

const render = await createRenderer(workerData as RenderSetup);

parentPort!.on('message', async (jobs: RenderJob[]) => {
  try {
    parentPort!.postMessage({ results: await render(jobs) });
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
