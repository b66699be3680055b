import { describe, expect, it } from '@jest/globals';
import { pollGapMs, sweepGapMs } from '../../../src/wait/schedule.js';

const lookTimes = (count: number, maxGapMs: number): number[] => {
  const times = [0];
  for (let looks = 1; looks < count; looks++) times.push(times[looks - 1]! + pollGapMs(looks, maxGapMs));
  return times.map((ms) => ms / 1000);
};

describe('pollGapMs', () => {
  it('looks at once, then after 4 s, then every poll-interval', () => {
    expect(lookTimes(8, 5000)).toEqual([0, 4, 9, 14, 19, 24, 29, 34]);
  });
  it('ramps up by a second per look to a longer poll-interval', () => {
    expect(lookTimes(6, 8000)).toEqual([0, 4, 9, 15, 22, 30]);
  });
  it("never spends more looks than the SDK's grid (1, 3, 6, 10, 15 s, then every 5 s) on a job that runs over 5 s", () => {
    const sdk = [1, 3, 6, 10, 15, ...Array.from({ length: 40 }, (_, i) => 20 + 5 * i)];
    const ours = lookTimes(50, 5000);
    for (let endsAt = 5.01; endsAt < 200; endsAt += 0.25) {
      expect(ours.findIndex((t) => t >= endsAt)).toBeLessThanOrEqual(sdk.findIndex((t) => t >= endsAt));
    }
  });
  it('never waits longer than poll-interval', () => {
    expect(lookTimes(4, 1000)).toEqual([0, 1, 2, 3]);
    expect(Math.max(...Array.from({ length: 30 }, (_, looks) => pollGapMs(looks, 30_000)))).toBe(30_000);
  });
});

describe('sweepGapMs', () => {
  it('spends the per-job request budget on fresher news, down to once a second', () => {
    expect(sweepGapMs(1, 5000, 200)).toBe(1000);
    expect(sweepGapMs(1, 5000, 2)).toBe(2500);
    expect(sweepGapMs(5, 5000, 3)).toBeCloseTo(1666.7, 0);
  });
});
