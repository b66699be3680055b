import { describe, expect, it } from '@jest/globals';
import { decodeExpected, MarkerError, parseExact, stringifyExpected } from '../../../src/compare/exact-json.js';
import { ExactNumber, OneOf } from '../../../src/compare/values.js';

const exact = (text: string): unknown => parseExact(text, () => JSON.parse(text));

describe('parseExact', () => {
  it('keeps JSON.parse’s value when no number could lose digits', () => {
    const parsed = { a: [1, 2.5, -3e10] };
    expect(parseExact('{"a": [1, 2.5, -3e10]}', () => parsed)).toBe(parsed);
  });

  it('keeps a number a double cannot hold as written, and every other value as JSON.parse reads it', () => {
    const text =
      '{"id": 9007199254740993, "big": 1e999, "small": 1.5, "neg": -12345678901234567890.5, "s": "a\\"b\\u00e9", ' +
      '"list": [true, false, null, [], {}], "__proto__": {"x": 1}, "e": 2E+3}';
    const value = exact(text) as Record<string, unknown>;
    expect(value.id).toEqual(new ExactNumber('9007199254740993'));
    expect(value.big).toEqual(new ExactNumber('1e999'));
    expect(value.neg).toEqual(new ExactNumber('-12345678901234567890.5'));
    expect(value.small).toBe(1.5);
    expect(value.e).toBe(2000);
    expect(value.s).toBe('a"bé');
    expect(value.list).toEqual([true, false, null, [], {}]);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.hasOwn(value, '__proto__')).toBe(true);
  });

  it('reads a document nested deeper than the call stack, and a bare value', () => {
    const depth = 50_000;
    const value = exact(`${'['.repeat(depth)}12345678901234567${']'.repeat(depth)}`);
    let node = value;
    for (let i = 0; i < depth; i++) node = (node as unknown[])[0];
    expect(node).toEqual(new ExactNumber('12345678901234567'));
    expect(exact(' 12345678901234567 ')).toEqual(new ExactNumber('12345678901234567'));
    expect(exact('"12345678901234567"')).toBe('12345678901234567');
  });
});

describe('alternate readings in an expected file', () => {
  it('reads {"$one-of": [...]} as one field, and {"$literal": x} as x', () => {
    const value = decodeExpected({ name: { '$one-of': ['ACME', 'ACME Inc.'] }, raw: { $literal: { '$one-of': 1 } } });
    expect(value).toEqual({ name: new OneOf(['ACME', 'ACME Inc.']), raw: { '$one-of': 1 } });
    expect(decodeExpected({ '$one-of': [1] })).toEqual(new OneOf([1]));
  });

  it('refuses a $one-of that lists no values, naming the field', () => {
    expect(() => decodeExpected({ items: [{ name: { '$one-of': [] } }] })).toThrow(MarkerError);
    expect(() => decodeExpected({ items: [{ name: { '$one-of': [{ a: 1 }] } }] })).toThrow(
      `'items[0].name': "$one-of" must list the accepted values`
    );
  });
});

describe('stringifyExpected', () => {
  it('writes as JSON.stringify(value, null, 2) does', () => {
    const value = { a: [1, { b: 'x', c: [] }, null], d: {}, e: 'é"', f: -0.5, g: undefined, h: [undefined] };
    expect(stringifyExpected(value)).toBe(JSON.stringify(value, null, 2));
    expect(stringifyExpected('x')).toBe('"x"');
    expect(stringifyExpected([])).toBe('[]');
  });

  it('writes exact numbers as read and alternate readings as markers; a result’s own marker-shaped object as a literal', () => {
    const value = { id: new ExactNumber('9007199254740993'), name: new OneOf(['ACME', new ExactNumber('1e999')]), odd: { $literal: 1 } };
    const text = stringifyExpected(value);
    expect(text).toBe(
      '{\n  "id": 9007199254740993,\n  "name": {\n    "$one-of": [\n      "ACME",\n      1e999\n    ]\n  },\n' +
        '  "odd": {\n    "$literal": {\n      "$literal": 1\n    }\n  }\n}'
    );
    // Read back, it is the same document.
    expect(decodeExpected(exact(text))).toEqual(value);
  });
});

describe('which texts take the exact reading', () => {
  it('only those with a long number where a value starts, not a long digit string', () => {
    const fast = { ids: ['12345678901234567'] };
    expect(parseExact('{"ids": ["12345678901234567"]}', () => fast)).toBe(fast);
    expect(parseExact('[1, -1.5e-300]', () => [1, 0])).toEqual([1, new ExactNumber('-1.5e-300')]);
    expect(parseExact('{"a":\n  12345678901234567}', () => ({}))).toEqual({ a: new ExactNumber('12345678901234567') });
  });
});

describe('leaf values in JSON another module writes', () => {
  it('are the exact digits, and alternate readings as written in an expected file', () => {
    const mismatch = { expected: new OneOf(['a', new ExactNumber('9007199254740993')]), got: new ExactNumber('1e999') };
    expect(JSON.stringify(mismatch)).toBe('{"expected":{"$one-of":["a","9007199254740993"]},"got":"1e999"}');
  });
});
