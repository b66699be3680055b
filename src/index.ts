import { run } from './main.js';

// The step's clock starts with the process: the timeout covers Node's start-up too. (The process's uptime
// gives its start without loading perf_hooks, as `performance.timeOrigin` would, for half a millisecond.)
void run(Date.now() - process.uptime() * 1000);
