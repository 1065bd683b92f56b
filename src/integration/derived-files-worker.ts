// The worker thread of src/integration/derived-files.ts: reads the term snapshot, writes the files.
import { parentPort, workerData } from 'node:worker_threads';
import { readTermSnapshot } from '../loader/term-snapshot.ts';
import { writeDerivedFiles } from './derived-files.ts';

const { snapshot, staging, site } = workerData as { snapshot: string; staging: string; site: string };
try {
  parentPort!.postMessage({ count: writeDerivedFiles(staging, readTermSnapshot(snapshot), site) });
} catch (error) {
  parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
