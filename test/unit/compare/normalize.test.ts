import { describe, expect, it } from '@jest/globals';
import { asIsoDate, valueKey, valuesMatch, type MatchOptions, type Scalar } from '../../../src/compare/normalize.js';

const plain: MatchOptions = { caseInsensitive: false };

describe('valuesMatch', () => {
  it.each<[Scalar, Scalar]>([
    ['Acme GmbH', '  Acme   GmbH '],
    ['a\tb\nc', 'a b c'],
    [1234.5, '1,234.50'],
    [1234.5, '1234.5'],
    ['1,234.50', 1234.5],
    ['1,234.50', '1234.5'],
    [-3, '-3'],
    [0.5, '0.50'],
    ['2024-03-15', '15.03.2024'],
    ['2024-03-15', '03/15/2024'],
    ['2024-03-15', '15/03/2024'],
    ['2024-03-15', 'March 15, 2024'],
    ['2024-03-15', '15 Mar 2024'],
    ['2024-03-05', '5th March 2024'],
    ['2024-03-05', '2024/3/5'],
    [true, true],
    [null, null]
  ])('%j matches %j', (expected, got) => {
    expect(valuesMatch(expected, got, plain)).toBe(true);
    // Equal values share a key, so they pair in one pass.
    expect(valueKey(expected, false)).toBe(valueKey(got, false));
  });

  it.each<[Scalar, Scalar]>([
    ['Acme', 'acme'],
    [1, 1.0001],
    ['01234', 1234],
    ['1.234,50', 1234.5],
    ['12,34', 1234],
    [true, 'true'],
    [1, true],
    [0, null],
    ['2024-03-15', '2024-03-16'],
    ['2024-03-15', '2024-03-15T00:00:00Z'],
    ['2024-02-30', '2024-03-01'],
    ['abc', 5]
  ])('%j does not match %j', (expected, got) => {
    expect(valuesMatch(expected, got, plain)).toBe(false);
  });

  it('ignores case only when asked', () => {
    expect(valuesMatch('ACME  Ltd', 'acme ltd', { caseInsensitive: true })).toBe(true);
    expect(valueKey('ACME  Ltd', true)).toBe(valueKey('acme ltd', true));
  });

  it('accepts a difference within an absolute or a relative tolerance, and no more', () => {
    expect(valuesMatch(10, 10.01, { caseInsensitive: false, tolerance: { absolute: 0.01 } })).toBe(true);
    expect(valuesMatch(10, '10.02', { caseInsensitive: false, tolerance: { absolute: 0.01 } })).toBe(false);
    expect(valuesMatch(0.3, 0.1 + 0.2, { caseInsensitive: false, tolerance: { absolute: 0 } })).toBe(true);
    expect(valuesMatch(200, 202, { caseInsensitive: false, tolerance: { relative: 1 } })).toBe(true);
    expect(valuesMatch(200, 197.9, { caseInsensitive: false, tolerance: { relative: 1 } })).toBe(false);
  });

  it('accepts any-of alternatives, normalised like the expected value', () => {
    const options: MatchOptions = { caseInsensitive: true, anyOf: ['€', 'Euro'] };
    expect(valuesMatch('EUR', ' euro ', options)).toBe(true);
    expect(valuesMatch('EUR', '€', options)).toBe(true);
    expect(valuesMatch('EUR', 'USD', options)).toBe(false);
  });
});

describe('asIsoDate', () => {
  it('reads only real calendar dates', () => {
    expect(asIsoDate('2024-02-29')).toBe('2024-02-29');
    expect(asIsoDate('2023-02-29')).toBeUndefined();
    expect(asIsoDate('13/13/2024')).toBeUndefined();
    expect(asIsoDate('Sept 1, 2024')).toBe('2024-09-01');
    expect(asIsoDate('Marchy 1, 2024')).toBeUndefined();
    expect(asIsoDate('2024')).toBeUndefined();
    expect(asIsoDate('INV-2024-0042')).toBeUndefined();
  });
});
