// A published rate limit kept on our side (uploads 50 per 5 s, creates 15 per second): a request waits
// for a free place in the sliding window instead of being refused with a 429.
import type { Clock } from '../lib/clock.js';

/** A place in the window; `ended()` counts the request from that moment (once; later calls do nothing). */
interface Slot {
  ended(): void;
}

export class RateWindow {
  /** When each counted request ended, oldest first. */
  private readonly endedAt: number[] = [];
  /** Places given out whose request has not ended yet: they hold their place until it does. */
  private reserved = 0;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly clock: Clock
  ) {}

  /**
   * Resolves with a place once one more request fits, callers served in order; undefined at once when the
   * place would come only after `until` (epoch ms), which is not waited for. The request is counted from
   * when its answer came (or it failed), not from when it was sent: it reached the server no later than
   * that, so the request a window after it reaches the server a window after it too, however long a busy
   * runner or network took to carry either. Counted from its sending, a delayed request could share the
   * server's window with one sent a window later, and be refused.
   */
  reserve(until: number, signal?: AbortSignal): Promise<Slot | undefined> {
    const turn = this.queue.then(() => this.waitForRoom(until, signal));
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async waitForRoom(until: number, signal?: AbortSignal): Promise<Slot | undefined> {
    for (;;) {
      const now = this.clock.now();
      while ((this.endedAt[0] ?? Infinity) <= now - this.windowMs) this.endedAt.shift();
      if (this.endedAt.length + this.reserved < this.max) {
        this.reserved++;
        let counted = false;
        return {
          ended: () => {
            if (counted) return;
            counted = true;
            this.reserved--;
            this.endedAt.push(this.clock.now());
          }
        };
      }
      // With every place reserved, none leaves the window sooner than a window from now.
      const free = (this.endedAt[0] ?? now) + this.windowMs;
      if (free >= until) return undefined;
      await this.clock.sleep(free - now, signal);
    }
  }
}
