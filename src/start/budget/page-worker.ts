// The page worker: counts the pages of the PDF named in workerData and posts the count (or nothing it can
// count) back. Started by estimate.ts on the action's own entry file, so it ships in the bundle.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { countPdfPages } from './pdf-pages.js';

const { file } = workerData as { file: string };
countPdfPages(readFileSync(file)).then(
  (pages) => parentPort?.postMessage(pages),
  () => parentPort?.postMessage(null)
);
