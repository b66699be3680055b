import { describe, expect, it } from '@jest/globals';
import { Handover } from '../../../src/lib/handover.js';

describe('Handover', () => {
  it('hands over what came since the last take, and is done once closed and emptied', () => {
    const handover = new Handover<number>();
    handover.push(1);
    handover.push(2);
    expect(handover.take()).toEqual([1, 2]);
    expect(handover.take()).toEqual([]);
    handover.push(3);
    handover.close();
    expect([handover.isClosed, handover.done]).toEqual([true, false]);
    expect(handover.take()).toEqual([3]);
    expect(handover.done).toBe(true);
    expect(() => handover.push(4)).toThrow('handover closed');
  });

  it('of: the items given, closed', () => {
    const handover = Handover.of(['a', 'b']);
    expect([handover.isClosed, handover.take()]).toEqual([true, ['a', 'b']]);
  });

  it('ready resolves when an item comes or the handover closes; whenClosed only when it closes', async () => {
    const handover = new Handover<string>();
    const events: string[] = [];
    const ready = handover.ready().then(() => events.push('ready'));
    const closed = handover.whenClosed().then(() => events.push('closed'));
    handover.push('x');
    await ready;
    expect(events).toEqual(['ready']);
    // Already holding an item: at once.
    await handover.ready();
    handover.take();
    const again = handover.ready().then(() => events.push('ready again'));
    handover.close();
    await Promise.all([again, closed]);
    expect(events).toEqual(['ready', 'ready again', 'closed']);
    await handover.whenClosed();
  });

  it('whenClosed, asked at every look of a long wait, is one promise: no waiter piles up to be woken by each item', () => {
    const handover = new Handover<number>();
    const first = handover.whenClosed();
    handover.push(1);
    expect(handover.whenClosed()).toBe(first);
  });
});
