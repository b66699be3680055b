import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { sleep } from '../../../src/lib/clock.js';

afterEach(() => {
  jest.useRealTimers();
  jest.restoreAllMocks();
});

describe('sleep', () => {
  it('waits the time given, on the wall clock', async () => {
    const started = Date.now();
    await sleep(60);
    expect(Date.now() - started).toBeGreaterThanOrEqual(60);
  });

  it('waits again for what is left when its timer ends before the wall clock has moved that far', async () => {
    // Node counts a timer from the event loop's cached time, which can lag Date.now() by a few milliseconds.
    jest.useFakeTimers({ doNotFake: ['Date'] });
    const now = jest.spyOn(Date, 'now').mockReturnValue(1000);
    let done = false;
    const waiting = sleep(300).then(() => (done = true));
    now.mockReturnValue(1297);
    await jest.advanceTimersByTimeAsync(300);
    expect(done).toBe(false);
    now.mockReturnValue(1300);
    await jest.advanceTimersByTimeAsync(3);
    await waiting;
    expect(done).toBe(true);
  });

  it("rejects with the signal's reason, at once when already aborted", async () => {
    const reason = new Error('stop');
    await expect(sleep(10_000, AbortSignal.abort(reason))).rejects.toBe(reason);
    const stop = new AbortController();
    setTimeout(() => stop.abort(reason), 20);
    await expect(sleep(10_000, stop.signal)).rejects.toBe(reason);
  });
});
