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
