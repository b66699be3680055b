// How many requests may be in flight at once: halved on every 429, grown back by one per round of answers
// that were not refused (additive increase, multiplicative decrease, as TCP does), so many readers settle
// at the rate the API accepts instead of each collecting its own refusals.

export class AdaptiveLimit {
  private limit: number;
  private inFlight = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly max: number) {
    this.limit = max;
  }

  /** Resolves to the release function once a request may go out. */
  async acquire(): Promise<() => void> {
    while (this.inFlight >= Math.floor(this.limit)) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.inFlight++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.inFlight--;
      this.waiting.shift()?.();
    };
  }

  refused(): void {
    this.limit = Math.max(1, this.limit / 2);
  }

  accepted(): void {
    const before = Math.floor(this.limit);
    this.limit = Math.min(this.max, this.limit + 1 / this.limit);
    // A slot that opened up goes to a waiting request at once.
    if (Math.floor(this.limit) > before) this.waiting.shift()?.();
  }
}
