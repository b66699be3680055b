import type { Clock } from '../../src/lib/clock.js';

/** A clock that only moves when a waiter sleeps (each sleep jumps to its end) or a test moves it. */
export function fakeClock(start = 0): { clock: Clock; sleeps: number[]; advance: (ms: number) => number } {
  let now = start;
  const sleeps: number[] = [];
  return {
    clock: {
      now: () => now,
      sleep: (ms: number) => {
        sleeps.push(ms);
        now += ms;
        return Promise.resolve();
      }
    },
    sleeps,
    advance: (ms: number) => (now += ms)
  };
}
