import { describe, expect, it } from '@jest/globals';
import { compareResult, OPTIMAL_MATCH_CELLS } from '../../../src/compare/compare.js';
import { parseRules } from '../../../src/compare/rules.js';

/** The four counts, in the README's order. */
const tally = (matched: number, wrong: number, missing: number, extra: number) => ({ matched, wrong, missing, extra });

const counts = (expected: unknown, got: unknown, rules?: Record<string, unknown>) => {
  const { matched, wrong, missing, extra } = compareResult(expected, got, rules ? parseRules(rules, 'rules.json') : undefined);
  return { matched, wrong, missing, extra };
};

describe('compareResult', () => {
  it("scores the README's example: 1 matched, 1 wrong, 1 missing, 1 extra, accuracy 0.25", () => {
    expect(compareResult({ a: 1, b: 2, c: 3 }, { a: 1, b: 5, d: 4 })).toEqual({
      matched: 1,
      wrong: 1,
      missing: 1,
      extra: 1,
      accuracy: 0.25,
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

  it('compares lists of lists element by element', () => {
    expect(counts([[1, 2], [3]], [[2, 1], [4]])).toEqual(tally(2, 0, 1, 1));
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

  it('past the optimal bound matches rows greedily on distinctive values, and says so', () => {
    const side = Math.ceil(Math.sqrt(OPTIMAL_MATCH_CELLS)) + 1;
    const rows = Array.from({ length: side }, (_, i) => ({ id: `R${i}`, amount: i, currency: 'EUR' }));
    // Every row changed (so none is identical) and reordered: the id still pairs each with its own.
    const got = rows.map((row) => ({ ...row, amount: row.amount + 0.5 })).reverse();
    const result = compareResult({ items: rows }, { items: got });
    expect(result).toMatchObject({ matched: 2 * side, wrong: side, missing: 0, extra: 0, approximated: ['items'] });
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
});
