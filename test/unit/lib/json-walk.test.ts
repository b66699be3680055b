import { describe, expect, it } from '@jest/globals';
import { sampleFieldMetadata, sampleInvoice } from '../../../emulator/emulator.js';
import { jsonPrefix, nestsDeeperThan } from '../../../src/lib/json-walk.js';

/** `{"a":{"a":...{}}}` with `levels` objects, built without recursion. */
function nested(levels: number, leaf: unknown = {}): unknown {
  let value = leaf;
  for (let i = 1; i < levels; i++) value = { a: value };
  return levels > 0 ? value : leaf;
}

describe('jsonPrefix', () => {
  it('writes what JSON.stringify writes, when there is room', () => {
    for (const value of [
      sampleInvoice,
      sampleFieldMetadata,
      [],
      {},
      [[], {}, [1, [2, [3]]]],
      'é "quoted"\n',
      1.5,
      -0,
      true,
      null,
      { 'a b': [null] }
    ]) {
      expect(jsonPrefix(value, 1_000_000)).toBe(JSON.stringify(value));
    }
  });

  it('stops at max characters, cutting inside a long string rather than escaping all of it', () => {
    const text = JSON.stringify(sampleInvoice);
    for (const max of [0, 1, 7, 80]) expect(jsonPrefix(sampleInvoice, max)).toBe(text.slice(0, max));
    expect(jsonPrefix({ note: 'x'.repeat(10_000_000) }, 12)).toBe('{"note":"xxx');
  });

  it('previews a value nested 100,000 levels deep', () => {
    expect(jsonPrefix(nested(100_000), 12)).toBe('{"a":{"a":{"');
  });
});

describe('nestsDeeperThan', () => {
  it('counts the top-level container as level 1, and scalars as no level', () => {
    expect(nestsDeeperThan(1, 0)).toBe(false);
    expect(nestsDeeperThan({}, 0)).toBe(true);
    expect(nestsDeeperThan({}, 1)).toBe(false);
    expect(nestsDeeperThan([{ a: [1] }], 2)).toBe(true);
    expect(nestsDeeperThan([{ a: [1] }], 3)).toBe(false);
  });

  it('measures 100,000 levels without running out of stack', () => {
    expect(nestsDeeperThan(nested(100_000), 1000)).toBe(true);
    expect(nestsDeeperThan(nested(1000), 1000)).toBe(false);
  });
});
