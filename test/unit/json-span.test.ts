import { describe, expect, it } from '@jest/globals';
import { compactJson, findMember, JsonSyntaxError } from '../../src/json-span.js';

const span = (json: string, key: string): string | undefined => {
  const buffer = Buffer.from(json);
  const found = findMember(buffer, key);
  return found && buffer.toString('utf8', found.start, found.end);
};

describe('findMember', () => {
  it('finds an object value byte for byte, numbers untouched', () => {
    expect(span('{"id":"a","extract_result":{"total":12345678901234567890,"n":1.10},"status":"X"}', 'extract_result')).toBe(
      '{"total":12345678901234567890,"n":1.10}'
    );
  });

  it('skips brackets and quotes inside strings, and escaped quotes', () => {
    const json = '{ "a" : "}]\\"{[", "extract_result" : [ {"x": "\\\\"}, "]" ] , "z": null }';
    expect(span(json, 'extract_result')).toBe('[ {"x": "\\\\"}, "]" ]');
  });

  it('finds scalars and null, and reports a missing key', () => {
    expect(span('{"extract_result":null}', 'extract_result')).toBe('null');
    expect(span('{"a":-1.5e3,"b":true}', 'a')).toBe('-1.5e3');
    expect(span('{"a":1}', 'extract_result')).toBeUndefined();
    expect(span('{}', 'extract_result')).toBeUndefined();
  });

  it('matches keys written with escapes', () => {
    expect(span('{"extract\\u005fresult":[1]}', 'extract_result')).toBe('[1]');
  });

  it.each(['', '[1]', '{"a":', '{"extract_result":[1,2', '{"a":"unterminated', '{"a":1} trailing', '<html>'])('throws on %p', (json) => {
    expect(() => findMember(Buffer.from(json), 'extract_result')).toThrow(JsonSyntaxError);
  });
});

describe('compactJson', () => {
  it('removes whitespace between tokens only', () => {
    expect(compactJson(Buffer.from('{\n  "a b": [1.10, "x  y"],\t"c" : {}\r\n}'))).toBe('{"a b":[1.10,"x  y"],"c":{}}');
  });
});
