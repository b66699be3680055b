import { describe, expect, it } from '@jest/globals';
import { RateLimitPause } from '../../../src/api/rate-limit-pause.js';
import { fakeClock } from '../../support/clock.js';

describe('RateLimitPause', () => {
  it('lets requests go at once until a 429, then holds each until the longest pause asked for has passed', async () => {
    const { clock, sleeps } = fakeClock();
    const pause = new RateLimitPause(clock);
    await pause.wait(Infinity);
    expect(sleeps).toEqual([]);
    // Each says how much longer every request is now held: the pause counted in the progress lines.
    expect(pause.refused(400)).toBe(400);
    expect(pause.refused(100)).toBe(0);
    await pause.wait(Infinity);
    expect(sleeps).toEqual([400]);
    await pause.wait(Infinity);
    expect(sleeps).toEqual([400]);
  });

  it('counts an overlapping pause only for what it adds', () => {
    const { clock, advance } = fakeClock();
    const pause = new RateLimitPause(clock);
    expect(pause.refused(1000)).toBe(1000);
    advance(600);
    expect(pause.refused(1000)).toBe(600);
    advance(2000);
    expect(pause.refused(300)).toBe(300);
  });

  it('never holds a request past its deadline', async () => {
    const { clock, sleeps } = fakeClock();
    const pause = new RateLimitPause(clock);
    pause.refused(5000);
    await pause.wait(300);
    expect(sleeps).toEqual([300]);
  });
});
