import { describe, expect, it } from '@jest/globals';
import { RateWindow } from '../../../src/api/rate-window.js';
import { fakeClock } from '../../support/clock.js';

describe('RateWindow', () => {
  it('lets `max` requests go out per window, then waits for the oldest to leave it', async () => {
    const { clock, sleeps } = fakeClock();
    const window = new RateWindow(3, 1000, clock);
    const starts: number[] = [];
    await Promise.all(
      Array.from({ length: 7 }, async () => {
        (await window.reserve(Infinity))!.ended();
        starts.push(clock.now());
      })
    );
    expect(starts).toEqual([0, 0, 0, 1000, 1000, 1000, 2000]);
    expect(sleeps).toEqual([1000, 1000]);
  });

  it('counts a request from when it goes out, not from when its place was given', async () => {
    const { clock, advance } = fakeClock();
    const window = new RateWindow(1, 1000, clock);
    const first = (await window.reserve(Infinity))!;
    advance(400); // a wait for an in-flight place, or a 429 pause
    first.ended();
    first.ended(); // counted once
    let nextAt: number | undefined;
    await window.reserve(Infinity).then(() => (nextAt = clock.now()));
    expect(nextAt).toBe(1400);
  });

  it('holds a reserved place until its request goes out', async () => {
    const { clock, sleeps } = fakeClock();
    const window = new RateWindow(1, 1000, clock);
    const held = (await window.reserve(Infinity))!;
    const next = window.reserve(Infinity);
    await Promise.resolve();
    // Every place is reserved: the waiter looks again a window later, then waits for the request sent meanwhile.
    held.ended();
    await next;
    expect(sleeps).toEqual([1000, 1000]);
  });

  it('stops waiting when the step is cancelled', async () => {
    const window = new RateWindow(1, 1000, { now: () => 0, sleep: (_ms, signal) => Promise.reject(signal?.reason) });
    (await window.reserve(Infinity))!.ended();
    const stop = new AbortController();
    stop.abort(new Error('stopped'));
    await expect(window.reserve(Infinity, stop.signal)).rejects.toThrow('stopped');
    // The queue goes on after a cancelled waiter.
    const next = new RateWindow(1, 1000, { now: () => 0, sleep: () => Promise.resolve() });
    await expect(next.reserve(Infinity)).resolves.toMatchObject({ ended: expect.any(Function) });
  });

  it('does not wait for a place that comes only after `until`: the request is not sent', async () => {
    const { clock, sleeps } = fakeClock();
    const window = new RateWindow(2, 1000, clock);
    const taken = await Promise.all(Array.from({ length: 3 }, () => window.reserve(1000)));
    for (const slot of taken) slot?.ended();
    expect(taken.map(Boolean)).toEqual([true, true, false]);
    expect(sleeps).toEqual([]);
    expect(await window.reserve(1001)).toBeDefined();
    expect(clock.now()).toBe(1000);
  });
});
