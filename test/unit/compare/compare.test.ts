import { describe, expect, it } from '@jest/globals';
import { compareResult } from '../../../src/compare/compare.js';

/** The most cells (expected rows × result rows) an array is matched optimally in; larger ones are matched greedily. */
const OPTIMAL_MATCH_CELLS = 4_000_000;
import { parseRules } from '../../../src/compare/rules.js';
import { OneOf, type Scalar } from '../../../src/compare/values.js';

/** The four counts, in the README's order. */
const tally = (matched: number, wrong: number, missing: number, extra: number) => ({ matched, wrong, missing, extra });

const counts = (expected: unknown, got: unknown, rules?: Record<string, unknown>) => {
  const { matched, wrong, missing, extra } = compareResult(expected, got, rules ? parseRules(rules, 'rules.json') : undefined);
  return { matched, wrong, missing, extra };
};

/**
 * Blocks of two expected rows (e0, e1) and two result rows: gA holds 2 fields of e0 and 3 of e1, gB 1 field of e0.
 * Every value is distinctive (its block's own).
 */
function trapTable(blocks: number): { expected: unknown[]; got: unknown[] } {
  const expected: unknown[] = [];
  const got: unknown[] = [];
  for (let k = 0; k < blocks; k++) {
    const row = (prefix: string) => Object.fromEntries([1, 2, 3, 4, 5].map((f) => [`f${f}`, `${prefix}${f}-${k}`]));
    const [e0, e1, other] = [row('a'), row('b'), row('c')];
    expected.push(e0, e1);
    got.push({ f1: e0.f1, f2: e0.f2, f3: e1.f3, f4: e1.f4, f5: e1.f5 }, { ...other, f5: e0.f5 });
  }
  return { expected, got };
}

describe('compareResult', () => {
  it("scores the README's example: 1 matched, 1 wrong, 1 missing, 1 extra, accuracy 0.25", () => {
    expect(compareResult({ a: 1, b: 2, c: 3 }, { a: 1, b: 5, d: 4 })).toEqual({
      matched: 1,
      wrong: 1,
      missing: 1,
      extra: 1,
      accuracy: 0.25,
      // matched ÷ (matched + wrong + extra), matched ÷ (matched + wrong + missing), and their harmonic mean.
      precision: 1 / 3,
      recall: 1 / 3,
      f1: 1 / 3,
      mismatches: [
        { path: 'b', kind: 'wrong', expected: 2, got: 5 },
        { path: 'c', kind: 'missing', expected: 3 },
        { path: 'd', kind: 'extra', got: 4 }
      ],
      matchedPaths: ['a'],
      approximated: []
    });
  });

  it('treats null as missing on either side, and counts nothing when both lack a field', () => {
    expect(counts({ a: 1, b: null, c: 3 }, { a: 1, b: null, c: null, d: null })).toEqual(tally(1, 0, 1, 0));
    expect(counts({ a: null }, { a: 'x' })).toEqual(tally(0, 0, 0, 1));
    expect(compareResult({}, {}).accuracy).toBe(1);
  });

  it('flattens nested objects to leaf paths, quoting names that are not identifiers', () => {
    const result = compareResult({ vendor: { name: 'Acme', 'VAT id': 'DE1' } }, { vendor: { name: 'Acme Ltd', 'VAT id': 'DE1' } });
    expect(result.mismatches).toEqual([{ path: 'vendor.name', kind: 'wrong', expected: 'Acme', got: 'Acme Ltd' }]);
    expect(compareResult({ vendor: { 'VAT id': 'DE1' } }, {}).mismatches).toEqual([
      { path: 'vendor["VAT id"]', kind: 'missing', expected: 'DE1' }
    ]);
  });

  it('counts a changed shape as the leaves of each side, none in common', () => {
    expect(counts({ address: { city: 'Berlin', zip: '10115' } }, { address: 'Berlin 10115' })).toEqual(tally(0, 0, 2, 1));
  });

  it('matches reordered rows at no cost and reports paths by the expected row', () => {
    const expected = {
      items: [
        { sku: 'A', qty: 1 },
        { sku: 'B', qty: 2 },
        { sku: 'C', qty: 3 }
      ]
    };
    const got = {
      items: [
        { sku: 'C', qty: 3 },
        { sku: 'B', qty: 20 },
        { sku: 'A', qty: 1 }
      ]
    };
    const result = compareResult(expected, got);
    expect(result).toMatchObject({ matched: 5, wrong: 1, missing: 0, extra: 0 });
    expect(result.mismatches).toEqual([{ path: 'items[1].qty', kind: 'wrong', expected: 2, got: 20 }]);
  });

  it('costs a missing row its fields and counts an extra row as extra, by the result index', () => {
    const expected = [
      { sku: 'A', qty: 1 },
      { sku: 'B', qty: 2 }
    ];
    expect(compareResult(expected, [{ sku: 'B', qty: 2 }]).mismatches).toEqual([
      { path: '[0].sku', kind: 'missing', expected: 'A' },
      { path: '[0].qty', kind: 'missing', expected: 1 }
    ]);
    expect(compareResult(expected, [{ sku: 'X', qty: 9 }, ...expected]).mismatches).toEqual([
      { path: '[0].sku', kind: 'extra', got: 'X' },
      { path: '[0].qty', kind: 'extra', got: 9 }
    ]);
  });

  it('pairs rows to maximise matched fields, not by first fit', () => {
    // Greedy first fit would pair expected row 0 with result row 0 (one field) and lose row 1's two.
    const expected = [
      { a: 1, b: 1, c: 1 },
      { a: 1, b: 2, c: 2 }
    ];
    const got = [
      { a: 1, b: 2, c: 2 },
      { a: 9, b: 1, c: 1 }
    ];
    expect(counts(expected, got)).toEqual(tally(5, 1, 0, 0));
  });

  it('leaves rows with nothing in common unpaired: missing and extra, not wrong', () => {
    expect(counts([{ a: 1 }], [{ a: 2 }])).toEqual(tally(0, 0, 1, 1));
  });

  it('compares arrays of values as multisets', () => {
    expect(counts({ tags: ['a', 'b', 'b', 'c'] }, { tags: ['b', 'c', 'a', 'd'] })).toEqual(tally(3, 0, 1, 1));
    expect(compareResult({ tags: ['a', 'b'] }, { tags: ['b', 'x'] }).mismatches).toEqual([
      { path: 'tags[0]', kind: 'missing', expected: 'a' },
      { path: 'tags[1]', kind: 'extra', got: 'x' }
    ]);
    expect(counts([1234.5, null], ['1,234.50'])).toEqual(tally(1, 0, 0, 0));
  });

  it('matches the rows of a grid (a list of lists) as rows, their cells by position', () => {
    expect(
      counts(
        [
          [1, 2],
          [3, 4]
        ],
        [
          [3, 4],
          [1, 5]
        ]
      )
    ).toEqual(tally(3, 1, 0, 0));
    // A reordered grid costs nothing.
    const grid = Array.from({ length: 9 }, (_, i) => [`r${i}`, i, i * 2]);
    expect(compareResult(grid, [...grid].reverse()).accuracy).toBe(1);
  });

  it('reads only own fields: a result without `constructor` lacks it', () => {
    expect(compareResult({ constructor: 'x', toString: 1 }, {}).mismatches).toEqual([
      { path: 'constructor', kind: 'missing', expected: 'x' },
      { path: 'toString', kind: 'missing', expected: 1 }
    ]);
    expect(compareResult(JSON.parse('{"__proto__": 1}'), JSON.parse('{"__proto__": 1}')).matched).toBe(1);
  });

  it('compares a document that is a single value', () => {
    expect(compareResult('x', 'y').mismatches).toEqual([{ path: '', kind: 'wrong', expected: 'x', got: 'y' }]);
  });

  it('walks documents deeper than the call stack', () => {
    let expected: unknown = 1;
    let got: unknown = 2;
    for (let i = 0; i < 20_000; i++) {
      expected = { next: [expected], level: i };
      got = { next: [got], level: i };
    }
    expect(counts(expected, got)).toEqual(tally(20_000, 0, 1, 1));
  });

  it('compares a 10,000-row table, reordered with a few changes, exactly and with an optimal assignment', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => ({ line: i + 1, sku: `SKU-${i}`, qty: 1 + (i % 9), price: (i * 7919) % 500 }));
    // Reversed; rows 9990 and 9980 changed, row 9970 dropped.
    const got: Array<Record<string, unknown>> = [...rows]
      .reverse()
      .map((row, i) => (i === 10 ? { ...row, qty: 99 } : i === 20 ? { ...row, price: 'n/a' } : row));
    got.splice(30, 1);
    got.push({ line: 10_001, sku: 'SKU-NEW', qty: 1, price: 1 });
    const result = compareResult(rows, got);
    expect(result).toMatchObject({ matched: 39_994, wrong: 2, missing: 4, extra: 4, approximated: [] });
    expect(result.mismatches.slice(0, 2)).toEqual([
      { path: '[9969].line', kind: 'missing', expected: 9970 },
      { path: '[9969].sku', kind: 'missing', expected: 'SKU-9969' }
    ]);
    expect(result.mismatches.filter((m) => m.kind === 'wrong').map((m) => m.path)).toEqual(['[9979].price', '[9989].qty']);
  });

  it('pairs rows optimally where matching each row in turn to its best free partner loses (a table past 300 × 300)', () => {
    const { expected, got } = trapTable(500);
    // Greedy: e0 takes gA (2 fields) and e1 is left with nothing in common with gB; the optimum pairs e0-gB and e1-gA.
    expect(compareResult(expected, got)).toMatchObject({
      matched: 2000,
      wrong: 3000,
      missing: 0,
      extra: 0,
      accuracy: 0.4,
      approximated: []
    });
  });

  it('past the optimal bound says how many more fields an optimal matching could match at most', () => {
    const blocks = Math.ceil(Math.sqrt(OPTIMAL_MATCH_CELLS) / 2) + 1;
    const { expected, got } = trapTable(blocks);
    const result = compareResult({ items: expected }, { items: got });
    expect(result).toMatchObject({ matched: 2 * blocks, wrong: 3 * blocks, missing: 5 * blocks, extra: 5 * blocks });
    // The bound: e0 shares at most 2 fields with a row, e1 at most 3; the greedy pairs match 2. The truth is 2 more.
    expect(result.approximated).toEqual([{ path: 'items', gap: 3 * blocks }]);
  });

  it('past the optimal bound matches rows greedily on distinctive values, and says so', () => {
    const side = Math.ceil(Math.sqrt(OPTIMAL_MATCH_CELLS)) + 1;
    const rows = Array.from({ length: side }, (_, i) => ({ id: `R${i}`, amount: i, currency: 'EUR' }));
    // Every row changed (so none is identical) and reordered: the id still pairs each with its own.
    const got = rows.map((row) => ({ ...row, amount: row.amount + 0.5 })).reverse();
    const result = compareResult({ items: rows }, { items: got });
    expect(result).toMatchObject({ matched: 2 * side, wrong: side, missing: 0, extra: 0, approximated: [{ path: 'items', gap: 0 }] });
  });
});

describe('rules', () => {
  const invoice = {
    total: 100,
    vendor: { name: 'ACME', note: 'x' },
    items: [
      { sku: 'A', amount: 10 },
      { sku: 'B', amount: 20 }
    ]
  };

  it('ignore drops a field and everything under it from both sides', () => {
    const got = { ...invoice, vendor: { name: 'ACME', note: 'y' } };
    expect(counts(invoice, got, { 'vendor.note': { ignore: true } })).toEqual(tally(6, 0, 0, 0));
    expect(counts(invoice, { total: 100 }, { vendor: { ignore: true }, items: { ignore: true } })).toEqual(tally(1, 0, 0, 0));
  });

  it('tolerance, absolute or relative, applies to the field and below; [] and * match any index and key', () => {
    const got = {
      ...invoice,
      total: 100.4,
      items: [
        { sku: 'A', amount: 10.05 },
        { sku: 'B', amount: 19.9 }
      ]
    };
    expect(counts(invoice, got, { total: { tolerance: '0.5%' }, 'items[].amount': { tolerance: 0.1 } })).toMatchObject({ wrong: 0 });
    expect(counts(invoice, got, { items: { tolerance: 0.1 } })).toMatchObject({ wrong: 1 });
    expect(
      counts({ a: { x: 'Q' }, b: { x: 'Q' } }, { a: { x: 'q' }, b: { x: 'q' } }, { '*.x': { 'case-insensitive': true } })
    ).toMatchObject({
      matched: 2
    });
  });

  it('case-insensitive and any-of change how values compare', () => {
    const got = { ...invoice, vendor: { name: 'Acme', note: 'X' } };
    expect(counts(invoice, got, { 'vendor.name': { 'case-insensitive': true }, 'vendor.note': { 'any-of': ['X', 'ex'] } })).toMatchObject({
      wrong: 0
    });
  });

  it('key matches rows by a field instead of by assignment', () => {
    const expected = [
      { id: 1, name: 'a', qty: 1 },
      { id: 2, name: 'b', qty: 2 }
    ];
    const got = [
      { id: 2, name: 'a', qty: 1 },
      { id: 1, name: 'b', qty: 2 }
    ];
    // By assignment the names and quantities line up; by id every name and quantity is wrong.
    expect(counts(expected, got)).toEqual(tally(4, 2, 0, 0));
    expect(counts({ rows: expected }, { rows: got }, { rows: { key: 'id' } })).toEqual(tally(2, 4, 0, 0));
  });

  it('date-order reads ambiguous dates of that field (or of the whole file with *) in that order', () => {
    expect(counts({ d: '02/01/2025' }, { d: '2025-01-02' })).toEqual(tally(0, 1, 0, 0));
    expect(counts({ d: '02/01/2025' }, { d: '2025-01-02' }, { d: { 'date-order': 'day-first' } })).toEqual(tally(1, 0, 0, 0));
    expect(counts({ a: { d: '02/01/2025' } }, { a: { d: '2025-02-01' } }, { '*': { 'date-order': 'month-first' } })).toEqual(
      tally(1, 0, 0, 0)
    );
  });

  it('credit-null counts a field null or absent on both sides as matched, in rows and under a missing object too', () => {
    const expected = { a: 1, b: null, c: { d: null, e: 2 }, rows: [{ x: null, y: 1 }] };
    const got = { a: 1, b: null, rows: [{ y: 1 }], z: null };
    expect(counts(expected, got)).toEqual(tally(2, 0, 1, 0));
    // b, c.d (under a missing c), rows[0].x (an identical row) and z.
    expect(counts(expected, got, { '*': { 'credit-null': true } })).toEqual(tally(6, 0, 1, 0));
    expect(counts([null, 1], [1], { '[]': { 'credit-null': true } })).toEqual(tally(1, 0, 0, 0));
    // A null the result's row holds and the expected row lacks counts too, the rows being otherwise identical.
    expect(counts([{ a: 1 }], [{ a: 1, b: null }], { '*': { 'credit-null': true }, '[]': { 'credit-null': true } })).toEqual(
      tally(2, 0, 0, 0)
    );
  });

  it('similarity accepts text within the threshold, in rows and in lists of values', () => {
    const rules = { '*': { similarity: 0.9 } };
    expect(counts({ d: 'Consulting services' }, { d: 'Consultng services' }, rules)).toEqual(tally(1, 0, 0, 0));
    expect(counts({ d: 'Consulting services' }, { d: 'Consultng services' })).toEqual(tally(0, 1, 0, 0));
    const rows = [
      { name: 'Northwind Traders', note: 'first delivery' },
      { name: 'Contoso Limited', note: 'second delivery' }
    ];
    const got = [
      { name: 'Contoso Limted', note: 'second delivery' },
      { name: 'Northwind Trader', note: 'first delivery' }
    ];
    expect(counts({ rows }, { rows: got }, { 'rows[].name': { similarity: 0.9 } })).toEqual(tally(4, 0, 0, 0));
    expect(counts({ tags: ['invoice total'] }, { tags: ['invoice totl'] }, { tags: { similarity: 0.9 } })).toEqual(tally(1, 0, 0, 0));
  });

  it('F1 of precision and recall beside accuracy', () => {
    const result = compareResult({ a: 1, b: 2, c: 3, d: 4 }, { a: 1, b: 2, c: 0 });
    expect(result).toMatchObject({ accuracy: 0.5, precision: 2 / 3, recall: 0.5 });
    expect(result.f1).toBeCloseTo(4 / 7, 12);
    expect(compareResult({ a: 1 }, { b: 1 })).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(compareResult({}, {})).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });
});

describe('alternate readings ($one-of in an expected file)', () => {
  const readings = (values: unknown[]) => new OneOf(values as Scalar[]);

  it('matches any of the readings, and shows them all when none matches', () => {
    const expected = { vendor: readings(['ACME Inc.', 'ACME Incorporated']), total: 5 };
    expect(counts(expected, { vendor: 'ACME Incorporated', total: 5 })).toEqual(tally(2, 0, 0, 0));
    expect(compareResult(expected, { vendor: 'ACME', total: 5 }).mismatches).toEqual([
      { path: 'vendor', kind: 'wrong', expected: expected.vendor, got: 'ACME' }
    ]);
  });

  it('pairs rows and list items on any reading', () => {
    const expected = [
      { id: 1, name: readings(['A', 'Alpha']) },
      { id: 2, name: 'B' }
    ];
    expect(
      counts(expected, [
        { id: 2, name: 'B' },
        { id: 1, name: 'Alpha' }
      ])
    ).toEqual(tally(4, 0, 0, 0));
    expect(counts([readings(['x', 'y']), 'z'], ['z', 'y'])).toEqual(tally(2, 0, 0, 0));
  });
});
