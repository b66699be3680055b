// The page counter: a child process of the action's own entry file (started by estimate.ts, so it ships in the
// bundle) that counts the pages of the PDF named after the flag and sends the count, 'stream' for a stream
// over the bound, or null for a PDF it cannot count.
import { readFileSync } from 'node:fs';
import { PAGE_WORKER_FLAG } from '../../lib/constants.js';
import { countPdfPages, StreamTooLarge } from './pdf-pages.js';

const file = process.argv[process.argv.indexOf(PAGE_WORKER_FLAG) + 1] ?? '';
countPdfPages(readFileSync(file)).then(
  (pages) => process.send?.(pages),
  (error: unknown) => process.send?.(error instanceof StreamTooLarge ? 'stream' : null)
);
