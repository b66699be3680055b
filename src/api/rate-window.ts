// A published rate limit kept on our side (uploads 50 per 5 s, creates 15 per second): a request waits
// for a free place in the sliding window instead of being refused with a 429.
import type { Clock } from '../lib/clock.js';

/** A place in the window; `sent()` counts the request from that moment (once; later calls do nothing). */
interface Slot {
  sent(): void;
}

export class RateWindow {
  /** When each counted request went out, oldest first. */
  private readonly sentAt: number[] = [];
  /** Places given out whose request has not gone out yet: they hold their place until it does. */
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
   * when it goes out, not from now: a wait for a connection or a 429 pause in between would otherwise let
   * it reach the server after its window had already moved on.
   */
  reserve(until: number, signal?: AbortSignal): Promise<Slot | undefined> {
    const turn = this.queue.then(() => this.waitForRoom(until, signal));
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async waitForRoom(until: number, signal?: AbortSignal): Promise<Slot | undefined> {
    for (;;) {
      const now = this.clock.now();
      while ((this.sentAt[0] ?? Infinity) <= now - this.windowMs) this.sentAt.shift();
      if (this.sentAt.length + this.reserved < this.max) {
        this.reserved++;
        let counted = false;
        return {
          sent: () => {
            if (counted) return;
            counted = true;
            this.reserved--;
            this.sentAt.push(this.clock.now());
          }
        };
      }
      // With every place reserved, none leaves the window sooner than a window from now.
      const free = (this.sentAt[0] ?? now) + this.windowMs;
      if (free >= until) return undefined;
      await this.clock.sleep(free - now, signal);
    }
  }
}
