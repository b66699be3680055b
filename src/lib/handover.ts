// Items one stage hands to the next as they come, so the next starts on the first while the rest are still
// being made; and the word that no more will come.

export class Handover<T> {
  private items: T[] = [];
  private closed = false;
  private wake: Array<() => void> = [];
  /** One promise for every caller of whenClosed: a waiter is not woken (and made anew) by each item pushed. */
  private markClosed: () => void = () => {};
  private readonly closing = new Promise<void>((resolve) => (this.markClosed = resolve));

  /** A handover of `items` that expects no more. */
  static of<T>(items: readonly T[]): Handover<T> {
    const handover = new Handover<T>();
    for (const item of items) handover.push(item);
    handover.close();
    return handover;
  }

  push(item: T): void {
    if (this.closed) throw new Error('handover closed');
    this.items.push(item);
    this.notify();
  }

  /** No more items will come. */
  close(): void {
    this.closed = true;
    this.notify();
    this.markClosed();
  }

  /** The items come since the last take, oldest first. */
  take(): T[] {
    const taken = this.items;
    this.items = [];
    return taken;
  }

  /** Closed, and everything taken. */
  get done(): boolean {
    return this.closed && this.items.length === 0;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Resolves once an item is waiting or the handover is closed: at once if either already holds. */
  ready(): Promise<void> {
    if (this.closed || this.items.length > 0) return Promise.resolve();
    return new Promise((resolve) => this.wake.push(resolve));
  }

  /** Resolves once the handover is closed. */
  whenClosed(): Promise<void> {
    return this.closing;
  }

  private notify(): void {
    const woken = this.wake;
    this.wake = [];
    for (const resolve of woken) resolve();
  }
}
