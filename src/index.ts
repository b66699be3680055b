import { run } from './main.js';
import { PAGE_WORKER_FLAG } from './lib/constants.js';

// The same file, started as a child process by a run with max-credits, counts one PDF's pages instead
// (start/budget/estimate.ts). The step's clock starts with the process: the timeout covers Node's start-up too.
// (The process's uptime gives its start without loading perf_hooks, as `performance.timeOrigin` would, for
// half a millisecond.) The step ends when its event loop is empty, never by process.exit() once run() returns: an
// exit while V8 still compiles on its background threads can deadlock at shutdown (nodejs/node#54918: on Node 24 it
// hung four runs of six of one short runner-level test).
if (process.argv.includes(PAGE_WORKER_FLAG)) void import('./start/budget/page-worker.js');
else void run(Date.now() - process.uptime() * 1000);
