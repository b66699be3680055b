import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import * as core from '../../__fixtures__/core.js';

jest.unstable_mockModule('@actions/core', () => core);
const { countQuietRetry, countRateLimited, Progress, PROGRESS_EVERY_MS } = await import('../../../src/runner/progress.js');

/** A clock that moves only when told: what the lines say never depends on the machine. */
function clock(start = 1_000_000): { now: () => number; advance: (ms: number) => void } {
  let at = start;
  return { now: () => at, advance: (ms) => void (at += ms) };
}

beforeEach(() => {
  jest.clearAllMocks();
});

describe('Progress', () => {
  it('logs the first report, then one every few seconds, and the last whatever the interval', () => {
    const time = clock();
    const progress = new Progress(100, time.now() - 2000, time);
    for (let done = 1; done <= 100; done++) {
      time.advance(250);
      progress.report(done, () => `${done} of 100 done`);
    }
    // 25 s in all: the first at 1 (too soon for a rate), then each 5 s (20 reports) later, and the hundredth.
    expect(core.messages(core.info)).toEqual([
      '1 of 100 done (2.3s)',
      '21 of 100 done; 4 a second, about 19.8s left (7.3s)',
      '41 of 100 done; 4 a second, about 14.8s left (12.3s)',
      '61 of 100 done; 4 a second, about 9.8s left (17.3s)',
      '81 of 100 done; 4 a second, about 4.8s left (22.3s)',
      '100 of 100 done (27s)'
    ]);
    expect(PROGRESS_EVERY_MS).toBe(5000);
  });

  it('says a slow rate per minute, and nothing of pace before the first is done', () => {
    const time = clock();
    const progress = new Progress(1000, time.now(), time);
    progress.report(0, () => 'none yet');
    time.advance(60_000);
    progress.report(30, () => 'thirty');
    time.advance(1000);
    progress.report(31, () => 'not logged: too soon');
    expect(core.messages(core.info)).toEqual(['none yet (0s)', 'thirty; 30 a minute, about 32m 20s left (1m 00s)']);
  });

  it('does not log the end twice', () => {
    const time = clock();
    const progress = new Progress(2, time.now(), time);
    progress.report(2, () => 'all');
    time.advance(10_000);
    progress.report(2, () => 'all again');
    time.advance(1000);
    progress.report(2, () => 'too soon');
    expect(core.messages(core.info)).toEqual(['all (0s)', 'all again (10s)']);
  });

  // Last: the counts are the step's, kept for every later line.
  it('counts, from then on, the requests rate limits held back and the retries not logged', () => {
    const time = clock();
    const progress = new Progress(3, time.now(), time);
    progress.report(1, () => 'one');
    countRateLimited(1000);
    countRateLimited(500);
    countQuietRetry();
    time.advance(PROGRESS_EVERY_MS);
    progress.report(2, () => 'two');
    countQuietRetry();
    progress.report(3, () => 'three');
    expect(core.messages(core.info)).toEqual([
      'one (0s)',
      'two; 24 a minute, about 2.5s left; 2 requests refused by rate limits (429) and retried, 1.5s paused in all; 1 retry after faults not logged (5s)',
      'three; 2 requests refused by rate limits (429) and retried, 1.5s paused in all; 2 retries after faults not logged (5s)'
    ]);
  });
});
