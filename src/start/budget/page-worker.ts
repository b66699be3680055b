// The page worker: counts the pages of the PDF named in workerData and posts the count, 'stream' for a stream
// over the bound, or null for a PDF it cannot count. Started by estimate.ts on the action's own entry file, so
// it ships in the bundle.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { countPdfPages, StreamTooLarge } from './pdf-pages.js';

const { file } = workerData as { file: string };
countPdfPages(readFileSync(file)).then(
  (pages) => parentPort?.postMessage(pages),
  (error: unknown) => parentPort?.postMessage(error instanceof StreamTooLarge ? 'stream' : null)
);
