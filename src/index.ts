import { run } from './main.js';
import { PAGE_WORKER_FLAG } from './lib/constants.js';

// The same file, started as a child process by a run with max-credits, counts one PDF's pages instead
// (start/budget/estimate.ts). The step's clock starts with the process: the timeout covers Node's start-up too.
// (The process's uptime gives its start without loading perf_hooks, as `performance.timeOrigin` would, for
// half a millisecond.)
// Once run() has returned, every file, output and log line is written (all synchronously): the step exits then,
// with the exit code it set, instead of waiting for its kept-alive sockets to close and for the garbage collection
// V8 schedules for idle time (about 3 ms of Node 24's start-up; 4.9 million instructions under callgrind).
if (process.argv.includes(PAGE_WORKER_FLAG)) void import('./start/budget/page-worker.js');
else void run(Date.now() - process.uptime() * 1000).then(() => process.exit());
