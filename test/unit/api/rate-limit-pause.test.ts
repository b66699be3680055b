import { describe, expect, it } from '@jest/globals';
import { RateLimitPause } from '../../../src/api/rate-limit-pause.js';
import { fakeClock } from '../../support/clock.js';

describe('RateLimitPause', () => {
  it('lets requests go at once until a 429, then holds each until the longest pause asked for has passed', async () => {
    const { clock, sleeps } = fakeClock();
    const pause = new RateLimitPause(clock);
    await pause.wait(Infinity);
    expect(sleeps).toEqual([]);
    pause.refused(400);
    pause.refused(100);
    await pause.wait(Infinity);
    expect(sleeps).toEqual([400]);
    await pause.wait(Infinity);
    expect(sleeps).toEqual([400]);
  });

  it('never holds a request past its deadline', async () => {
    const { clock, sleeps } = fakeClock();
    const pause = new RateLimitPause(clock);
    pause.refused(5000);
    await pause.wait(300);
    expect(sleeps).toEqual([300]);
  });
});
