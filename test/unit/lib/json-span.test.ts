import { describe, expect, it } from '@jest/globals';
import { compactJson, itemSpans, memberSpans, valueStart } from '../../../src/lib/json-span.js';

describe('compactJson', () => {
  it('removes whitespace between tokens only', () => {
    expect(compactJson(Buffer.from('{\n  "a b": [1.10, "x  y"],\t"c" : {}\r\n}'))).toBe('{"a b":[1.10,"x  y"],"c":{}}');
  });
});

describe('memberSpans and itemSpans', () => {
  const text = Buffer.from(' { "a" : [ 1.10 , "x]}\\"" , {"b":[[]]} , true ] ,\n "\\u0063": -2e-3,"a":{ "d" : null } , "e":"}" }\n');
  const shown = (span: { start: number; end: number }): string => text.toString('utf8', span.start, span.end);

  it('give each member and item its exact bytes, keys read as JSON.parse reads them, the last of a repeated key', () => {
    const members = memberSpans(text, valueStart(text));
    expect([...members.keys()]).toEqual(['a', 'c', 'e']);
    expect(shown(members.get('a')!)).toBe('{ "d" : null }');
    expect(shown(members.get('c')!)).toBe('-2e-3');
    expect(shown(members.get('e')!)).toBe('"}"');
    const first = text.indexOf('[');
    expect(itemSpans(text, first).map(shown)).toEqual(['1.10', '"x]}\\""', '{"b":[[]]}', 'true']);
    expect(itemSpans(Buffer.from('[ ]'), 0)).toEqual([]);
    expect(memberSpans(Buffer.from('{}'), 0).size).toBe(0);
  });

  it('walk values of any depth without recursion', () => {
    const deep = Buffer.from(`{"x":${'['.repeat(100_000)}${']'.repeat(100_000)},"y":1}`);
    expect(memberSpans(deep, 0).get('y')).toEqual({ start: deep.length - 2, end: deep.length - 1 });
  });
});
