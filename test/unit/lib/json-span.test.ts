import { describe, expect, it } from '@jest/globals';
import { compactJson } from '../../../src/lib/json-span.js';

describe('compactJson', () => {
  it('removes whitespace between tokens only', () => {
    expect(compactJson(Buffer.from('{\n  "a b": [1.10, "x  y"],\t"c" : {}\r\n}'))).toBe('{"a b":[1.10,"x  y"],"c":{}}');
  });
});
