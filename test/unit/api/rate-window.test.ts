import { describe, expect, it } from '@jest/globals';
import { RateWindow } from '../../../src/api/rate-window.js';

/** A clock that only moves when a waiter sleeps: each sleep jumps to its end. */
function fakeClock() {
  let now = 0;
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
    at: () => now
  };
}

describe('RateWindow', () => {
  it('lets `max` requests start per window, then waits for the oldest to leave it', async () => {
    const { clock, sleeps } = fakeClock();
    const window = new RateWindow(3, 1000, clock);
    const starts: number[] = [];
    await Promise.all(Array.from({ length: 7 }, () => window.take(Infinity).then(() => starts.push(clock.now()))));
    expect(starts).toEqual([0, 0, 0, 1000, 1000, 1000, 2000]);
    expect(sleeps).toEqual([1000, 1000]);
  });

  it('stops waiting when the step is cancelled', async () => {
    const window = new RateWindow(1, 1000, { now: () => 0, sleep: (_ms, signal) => Promise.reject(signal?.reason) });
    await window.take(Infinity);
    const stop = new AbortController();
    stop.abort(new Error('stopped'));
    await expect(window.take(Infinity, stop.signal)).rejects.toThrow('stopped');
    // The queue goes on after a cancelled waiter.
    const next = new RateWindow(1, 1000, { now: () => 0, sleep: () => Promise.resolve() });
    await expect(next.take(Infinity)).resolves.toBe(true);
  });

  it('does not wait for a place that comes only after `until`: the request is not sent', async () => {
    const { clock, sleeps } = fakeClock();
    const window = new RateWindow(2, 1000, clock);
    const taken = await Promise.all(Array.from({ length: 3 }, () => window.take(1000)));
    expect(taken).toEqual([true, true, false]);
    expect(sleeps).toEqual([]);
    expect(await window.take(1001)).toBe(true);
    expect(clock.now()).toBe(1000);
  });
});
