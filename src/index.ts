import { run } from './main.js';

// The step's clock starts with the process: the timeout covers Node's start-up too.
void run(performance.timeOrigin);
