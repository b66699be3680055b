// A published rate limit kept on our side (uploads 50 per 5 s, creates 15 per second): a request waits
// for a free place in the sliding window instead of being refused with a 429.

export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export class RateWindow {
  private readonly starts: number[] = [];
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly clock: Clock
  ) {}

  /**
   * Resolves true when one more request may start, callers served in order; false at once when its place
   * would come only after `until` (epoch ms), which is not waited for.
   */
  take(until: number, signal?: AbortSignal): Promise<boolean> {
    const turn = this.queue.then(() => this.waitForRoom(until, signal));
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async waitForRoom(until: number, signal?: AbortSignal): Promise<boolean> {
    for (;;) {
      const now = this.clock.now();
      while ((this.starts[0] ?? Infinity) <= now - this.windowMs) this.starts.shift();
      const oldest = this.starts[0];
      if (oldest === undefined || this.starts.length < this.max) {
        this.starts.push(now);
        return true;
      }
      if (oldest + this.windowMs >= until) return false;
      await this.clock.sleep(oldest + this.windowMs - now, signal);
    }
  }
}
