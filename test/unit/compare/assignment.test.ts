import { describe, expect, it } from '@jest/globals';
import { maxWeightAssignment } from '../../../src/compare/assignment.js';

describe('maxWeightAssignment', () => {
  it('finds the best total for square and rectangular matrices', () => {
    expect(
      maxWeightAssignment([
        [1, 2],
        [2, 4]
      ])
    ).toEqual([0, 1]);
    expect(
      maxWeightAssignment([
        [3, 1, 0],
        [3, 0, 0]
      ])
    ).toEqual([1, 0]);
    expect(maxWeightAssignment([[1], [5], [2]])).toEqual([-1, 0, -1]);
    expect(maxWeightAssignment([])).toEqual([]);
  });
});

describe('maxWeightAssignment against every permutation', () => {
  /** The best total by trying every way to pair rows with distinct columns. */
  const bruteForce = (weights: number[][], row = 0, used = new Set<number>()): number => {
    const line = weights[row];
    if (!line) return 0;
    let best = used.size >= line.length ? 0 : -Infinity;
    if (weights.length - row > line.length - used.size) best = Math.max(best, bruteForce(weights, row + 1, used));
    line.forEach((weight, column) => {
      if (used.has(column)) return;
      used.add(column);
      best = Math.max(best, weight + bruteForce(weights, row + 1, used));
      used.delete(column);
    });
    return best;
  };

  it.each([
    [4, 4],
    [3, 6],
    [6, 3],
    [5, 5]
  ])('finds the best total for %i × %i weights', (rows, columns) => {
    let seed = rows * 31 + columns;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 7;
    for (let round = 0; round < 20; round++) {
      const weights = Array.from({ length: rows }, () => Array.from({ length: columns }, next));
      const assigned = maxWeightAssignment(weights);
      expect(new Set(assigned.filter((column) => column >= 0)).size).toBe(Math.min(rows, columns));
      const total = assigned.reduce((sum, column, row) => sum + (column >= 0 ? (weights[row]?.[column] ?? 0) : 0), 0);
      expect(total).toBe(bruteForce(weights));
    }
  });
});
