import { describe, expect, it } from '@jest/globals';
import { valueKey, valuesMatch, type DateOrder, type MatchOptions, type Scalar } from '../../../src/compare/normalize.js';
import { ExactNumber } from '../../../src/compare/values.js';

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
    expect(valueKey(expected, plain)).toBe(valueKey(got, plain));
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
    expect(valueKey('ACME  Ltd', { caseInsensitive: true })).toBe(valueKey('acme ltd', { caseInsensitive: true }));
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

describe('numbers compare as exact decimals', () => {
  it.each<[Scalar, Scalar]>([
    [new ExactNumber('9007199254740993'), new ExactNumber('9007199254740993.0')],
    [new ExactNumber('1e999'), new ExactNumber('10e998')],
    ['12345678901234567', new ExactNumber('12345678901234567')],
    [1000, new ExactNumber('1e3')],
    [0.5, new ExactNumber('5.000000000000000000e-1')],
    [-0, 0],
    ['1,234,567,890,123,456,789', new ExactNumber('1234567890123456789')]
  ])('%p equals %p', (expected, got) => {
    expect(valuesMatch(expected, got, plain)).toBe(true);
    expect(valueKey(expected, plain)).toBe(valueKey(got, plain));
  });

  it.each<[Scalar, Scalar]>([
    [new ExactNumber('9007199254740993'), 9007199254740992],
    ['12345678901234567', '12345678901234568'],
    [new ExactNumber('1e999'), new ExactNumber('2e999')],
    [new ExactNumber('0.10000000000000000001'), 0.1]
  ])('%p differs from %p', (expected, got) => {
    expect(valuesMatch(expected, got, plain)).toBe(false);
    expect(valueKey(expected, plain)).not.toBe(valueKey(got, plain));
  });

  it('writes each value one way', () => {
    expect(valueKey(new ExactNumber('1200.00'), plain)).toBe(valueKey(1200, plain));
    expect(valueKey(new ExactNumber('-0.00120'), plain)).toBe(valueKey(-0.0012, plain));
    expect(valueKey(new ExactNumber('1e99999999999999999999'), plain)).toBe(valueKey(new ExactNumber('10e99999999999999999998'), plain));
    expect(valueKey('abc', plain)).not.toBe(valueKey(new ExactNumber('0'), plain));
  });

  it('measures a tolerance in doubles, and never accepts a number past their range', () => {
    const options: MatchOptions = { caseInsensitive: false, tolerance: { absolute: 1 } };
    expect(valuesMatch(new ExactNumber('9007199254740993'), 9007199254740992, options)).toBe(true);
    expect(valuesMatch(new ExactNumber('1e999'), new ExactNumber('2e999'), options)).toBe(false);
  });
});

describe('dates', () => {
  const order = (dateOrder: DateOrder): MatchOptions => ({ caseInsensitive: false, dateOrder });

  it.each<[string, string]>([
    ['12-31-2025', '2025-12-31'], // month first, hyphens: 31 cannot be a month
    ['31-12-2025', '2025-12-31'],
    ['02/01/2025', '02-01-2025'], // ambiguous, the same as written
    ['2/1/2025', '02.01.2025'],
    ['05/05/2025', '2025-05-05'], // the same either way
    ['06/01/09', '06/01/2009'], // a two-digit year
    ['6/15/24', '2024-06-15'],
    ['6/15/69', '1969-06-15'], // the pivot
    ['6/15/68', '2068-06-15'],
    ['Mon, 11 Mar 2024', '2024-03-11'],
    ['Friday, March 15, 2024', '2024-03-15'],
    ['2024-03-15T10:30:00Z', '2024-03-15T12:30:00+02:00'],
    ['2024-03-15T10:30:00.500Z', '2024-03-15 10:30:00.5Z'],
    ['2024-03-15T10:30', '2024-03-15T10:30:00'],
    ['2024-02-29', '29.02.2024'], // a leap day
    ['Sept 1, 2024', '2024-09-01']
  ])('%j is the same date as %j', (expected, got) => {
    expect(valuesMatch(expected, got, plain)).toBe(true);
    expect(valueKey(expected, plain)).toBe(valueKey(got, plain));
  });

  it.each<[string, string]>([
    ['02-01-2025', '2025-01-02'], // ambiguous: never guessed
    ['02-01-2025', '2025-02-01'],
    ['02/01/2025', '01/02/2025'],
    ['Tue, 15 Mar 2024', '2024-03-15'], // the 15th was a Friday: not a date, so compared as text
    ['2024-03-15T10:30:00Z', '2024-03-15T10:30:00'], // an instant and a wall-clock time
    ['2024-03-15T00:00:00Z', '2024-03-15']
  ])('%j is not %j', (expected, got) => {
    expect(valuesMatch(expected, got, plain)).toBe(false);
  });

  it('reads an ambiguous date in the order a rule sets, and an unambiguous one either way', () => {
    expect(valuesMatch('02-01-2025', '2025-01-02', order('day-first'))).toBe(true);
    expect(valuesMatch('02-01-2025', '2025-02-01', order('month-first'))).toBe(true);
    expect(valuesMatch('12-31-2025', '2025-12-31', order('day-first'))).toBe(true);
    expect(valuesMatch('31/12/2025', '2025-12-31', order('month-first'))).toBe(true);
    expect(valueKey('02/01/2025', order('day-first'))).toBe(valueKey('2025-01-02', plain));
  });

  it.each<[string, string]>([
    ['00/05/2025', '00-05-2025'],
    ['13/13/2024', '13.13.2024'],
    ['2023-02-29', '29.02.2023'],
    ['2024-03-15T25:00:00Z', '2024-03-15 25:00:00Z'],
    ['Someday, 15 Mar 2024', '2024-03-15'],
    ['Marchy 1, 2024', '2024-03-01'],
    [`15 March 2024${' '.repeat(40)}`, '2024-03-15'] // too long to be read as a date
  ])('finds no date in %j, so compares it as text with %j', (text, written) => {
    expect(valuesMatch(text, written, plain)).toBe(false);
    expect(valueKey(text, plain)).not.toBe(valueKey(written, plain));
  });
});

describe('text', () => {
  it('compares Unicode forms as one: é composed or decomposed', () => {
    expect(valuesMatch('Café', 'Cafe\u0301', plain)).toBe(true);
    expect(valueKey('Café', plain)).toBe(valueKey('Cafe\u0301', plain));
    expect(valuesMatch('Café', 'café', plain)).toBe(false);
  });

  it('folds case the Unicode way when case-insensitive', () => {
    const folded: MatchOptions = { caseInsensitive: true };
    for (const [a, b] of [
      ['STRASSE', 'straße'],
      ['İstanbul', 'istanbul'],
      ['ΣΊΣΥΦΟΣ', 'σίσυφος'],
      ['CAFE\u0301', 'café']
    ] as const) {
      expect(valuesMatch(a, b, folded)).toBe(true);
      expect(valueKey(a, folded)).toBe(valueKey(b, folded));
    }
    expect(valuesMatch('Straße', 'Strasse', plain)).toBe(false);
  });

  it('accepts text within a similarity threshold (1 − edit distance ÷ length), and no further', () => {
    const options: MatchOptions = { caseInsensitive: false, similarity: 0.9 };
    expect(valuesMatch('Consulting services', 'Consultng services', options)).toBe(true); // 1 edit in 19
    expect(valuesMatch('Consulting services', 'Consultng servces', options)).toBe(false); // 2 in 19: 0.894 < 0.9
    expect(valuesMatch('abcdefghij', 'abcdefghiX', options)).toBe(true);
    expect(valuesMatch('abcdefghij', 'abcdefghXY', options)).toBe(false);
    expect(valuesMatch('short', 'a much longer text', { caseInsensitive: false, similarity: 0.5 })).toBe(false);
    expect(valuesMatch(100, 101, options)).toBe(false);
  });
});
