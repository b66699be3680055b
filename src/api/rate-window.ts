// A published rate limit kept on our side (uploads 50 per 5 s, creates 15 per second): a request waits
// for a free place in the sliding window instead of being refused with a 429.

export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export class RateWindow {
  private readonly starts: number[] = [];
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly clock: Clock
  ) {}

  /** Resolves when one more request may start; callers are served in order. */
  take(signal?: AbortSignal): Promise<void> {
    const turn = this.queue.then(() => this.waitForRoom(signal));
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async waitForRoom(signal?: AbortSignal): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      while ((this.starts[0] ?? Infinity) <= now - this.windowMs) this.starts.shift();
      const oldest = this.starts[0];
      if (oldest === undefined || this.starts.length < this.max) {
        this.starts.push(now);
        return;
      }
      await this.clock.sleep(oldest + this.windowMs - now, signal);
    }
  }
}
