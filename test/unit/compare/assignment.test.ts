import { describe, expect, it } from '@jest/globals';
import { maxWeightAssignment } from '../../../src/compare/assignment.js';

/** For each row its column (-1 for none), from weights written as rows. */
const assign = (weights: number[][]): number[] => [
  ...(maxWeightAssignment(Int32Array.from(weights.flat()), weights.length, weights[0]?.length ?? 0) ?? [])
];

/** A deterministic stream of small weights: many ties, as field counts have. */
function weightsFrom(seed: number, range: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) % range;
}

/** The best total by the Hungarian algorithm with potentials (the textbook O(n²m) form), for rows ≤ columns. */
function hungarian(weights: number[][]): number {
  const n = weights.length;
  const m = weights[0]?.length ?? 0;
  const cost = (i: number, j: number): number => -(weights[i - 1]?.[j - 1] ?? 0);
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(m + 1).fill(0);
  const p = new Array<number>(m + 1).fill(0);
  const way = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(m + 1).fill(Infinity);
    const used = new Array<boolean>(m + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0] as number;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost(i0, j) - (u[i0] as number) - (v[j] as number);
        if (cur < (minv[j] as number)) {
          minv[j] = cur;
          way[j] = j0;
        }
        if ((minv[j] as number) < delta) {
          delta = minv[j] as number;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j] as number] = (u[p[j] as number] as number) + delta;
          v[j] = (v[j] as number) - delta;
        } else {
          minv[j] = (minv[j] as number) - delta;
        }
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0] as number;
      p[j0] = p[j1] as number;
      j0 = j1;
    } while (j0 !== 0);
  }
  let total = 0;
  for (let j = 1; j <= m; j++) if ((p[j] as number) > 0) total += weights[(p[j] as number) - 1]?.[j - 1] ?? 0;
  return total;
}

/** The best total by trying every way to pair rows with distinct columns. */
function bruteForce(weights: number[][], row = 0, used = new Set<number>()): number {
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
}

/** The assignment is one-to-one, covers min(rows, columns) rows, and its total. */
function checkedTotal(weights: number[][]): number {
  const assigned = assign(weights);
  const columns = weights[0]?.length ?? 0;
  expect(new Set(assigned.filter((column) => column >= 0)).size).toBe(Math.min(weights.length, columns));
  return assigned.reduce((sum, column, row) => sum + (column >= 0 ? (weights[row]?.[column] ?? 0) : 0), 0);
}

describe('maxWeightAssignment', () => {
  it('finds the best total for square and rectangular matrices', () => {
    expect(
      assign([
        [1, 2],
        [2, 4]
      ])
    ).toEqual([0, 1]);
    expect(
      assign([
        [3, 1, 0],
        [3, 0, 0]
      ])
    ).toEqual([1, 0]);
    expect(assign([[1], [5], [2]])).toEqual([-1, 0, -1]);
    expect(assign([])).toEqual([]);
    expect(assign([[7]])).toEqual([0]);
  });

  it.each([
    [4, 4],
    [3, 6],
    [6, 3],
    [5, 5],
    [1, 4],
    [7, 7]
  ])('matches brute force on random %i × %i weights', (rows, columns) => {
    const next = weightsFrom(rows * 31 + columns, 7);
    for (let round = 0; round < 30; round++) {
      const weights = Array.from({ length: rows }, () => Array.from({ length: columns }, next));
      expect(checkedTotal(weights)).toBe(bruteForce(weights));
    }
  });

  it.each([
    [20, 20, 3],
    [30, 45, 10],
    [40, 40, 2],
    [60, 60, 50],
    [25, 80, 6]
  ])('matches the Hungarian algorithm on random %i × %i weights below %i', (rows, columns, range) => {
    const next = weightsFrom(rows * 7 + columns * 13 + range, range);
    for (let round = 0; round < 10; round++) {
      const weights = Array.from({ length: rows }, () => Array.from({ length: columns }, next));
      expect(checkedTotal(weights)).toBe(hungarian(weights));
    }
  });

  it('gives up, rather than run long, when the search needs more cells than its budget', () => {
    const next = weightsFrom(99, 10);
    const weights = Int32Array.from({ length: 200 * 200 }, next);
    expect(maxWeightAssignment(weights, 200, 200, 1000)).toBeUndefined();
    expect(maxWeightAssignment(weights, 200, 200)).toHaveLength(200);
  });
});
