import { describe, expect, it } from '@jest/globals';
import { sleep } from '../../../src/lib/clock.js';

describe('sleep', () => {
  it('waits the time given', async () => {
    const started = Date.now();
    await sleep(60);
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
  });

  it("rejects with the signal's reason, at once when already aborted", async () => {
    const reason = new Error('stop');
    await expect(sleep(10_000, AbortSignal.abort(reason))).rejects.toBe(reason);
    const stop = new AbortController();
    setTimeout(() => stop.abort(reason), 20);
    await expect(sleep(10_000, stop.signal)).rejects.toBe(reason);
  });
});
