import { describe, expect, it } from '@jest/globals';
import { pollGapMs, sweepGapMs } from '../../../src/poll/schedule.js';

const lookTimes = (count: number, maxGapMs: number): number[] => {
  const times = [0];
  for (let looks = 1; looks < count; looks++) times.push(times[looks - 1]! + pollGapMs(looks, maxGapMs));
  return times.map((ms) => ms / 1000);
};

describe('pollGapMs', () => {
  it("looks at once, then on the SDK's grid (1, 3, 6, 10, 15 s...) without its 1 s look", () => {
    expect(lookTimes(8, 5000)).toEqual([0, 3, 6, 10, 15, 20, 25, 30]);
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
