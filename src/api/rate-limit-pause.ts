// A 429 speaks for the whole key: every request holds off until the pause it asked for has passed, not
// just the one refused.
import type { Clock } from '../lib/clock.js';

export class RateLimitPause {
  /** Epoch ms until which no request goes out. */
  private until = 0;

  constructor(private readonly clock: Clock) {}

  /** A 429 asked for `ms` before the next request; a longer pause already running stays. Returns how much longer the pause now lasts. */
  refused(ms: number): number {
    const now = this.clock.now();
    const until = Math.max(this.until, now + ms);
    const added = until - Math.max(this.until, now);
    this.until = until;
    return added;
  }

  /** Waits out the pause, but not past `deadline` (epoch ms). */
  async wait(deadline: number, signal?: AbortSignal): Promise<void> {
    const pause = Math.min(this.until, deadline) - this.clock.now();
    if (pause > 0) await this.clock.sleep(pause, signal);
  }
}
