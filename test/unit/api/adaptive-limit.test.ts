import { describe, expect, it } from '@jest/globals';
import { AdaptiveLimit } from '../../../src/api/adaptive-limit.js';

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

  it('halves on a refusal, down to one, and grows back by about one per round of acceptances', () => {
    const limit = new AdaptiveLimit(8);
    limit.refused();
    expect(limit.current).toBe(4);
    for (let i = 0; i < 5; i++) limit.refused();
    expect(limit.current).toBe(1);
    limit.accepted();
    expect(limit.current).toBe(2);
    for (let i = 0; i < 100; i++) limit.accepted();
    expect(limit.current).toBe(8);
  });
});
