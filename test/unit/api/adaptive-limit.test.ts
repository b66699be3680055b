import { describe, expect, it } from '@jest/globals';
import { AdaptiveLimit } from '../../../src/api/adaptive-limit.js';

/** How many requests the limit lets out at once now; each is released again, and so is the one it queued. */
async function room(limit: AdaptiveLimit): Promise<number> {
  const held: Array<() => void> = [];
  for (;;) {
    const next = limit.acquire();
    // A request let out is let out within the pending promise jobs, before an immediate runs.
    const release = await Promise.race([next, new Promise<undefined>((resolve) => setImmediate(() => resolve(undefined)))]);
    if (!release) {
      for (const releaseHeld of held) releaseHeld();
      (await next)();
      return held.length;
    }
    held.push(release);
  }
}

describe('AdaptiveLimit', () => {
  it('lets up to the limit through and queues the rest until a release', async () => {
    const limit = new AdaptiveLimit(2);
    const first = await limit.acquire();
    await limit.acquire();
    let third = false;
    const pending = limit.acquire().then(() => (third = true));
    await Promise.resolve();
    expect(third).toBe(false);
    first();
    await pending;
    expect(third).toBe(true);
  });

  it('halves on a refusal, down to one, and grows back by about one per round of acceptances', async () => {
    const limit = new AdaptiveLimit(8);
    limit.refused();
    expect(await room(limit)).toBe(4);
    for (let i = 0; i < 5; i++) limit.refused();
    expect(await room(limit)).toBe(1);
    limit.accepted();
    expect(await room(limit)).toBe(2);
    for (let i = 0; i < 100; i++) limit.accepted();
    expect(await room(limit)).toBe(8);
  });
});
