import { describe, expect, it } from '@jest/globals';
import { JsonScanner, JsonSyntaxError } from '../../../src/lib/json-scan.js';
import { seededRandom } from '../../../emulator/emulator.js';

/** The scanner's verdict on `text` fed in pieces cut at `cuts`, and the members it reported (at `memberDepth`). */
function scan(text: string | Buffer, cuts: number[] = [], memberDepth = 1): { ok: boolean; members: Array<[string | undefined, string]> } {
  const bytes = Buffer.isBuffer(text) ? text : Buffer.from(text);
  const members: Array<[string | undefined, string]> = [];
  let open: { name: string | undefined; start: number } | undefined;
  const scanner = new JsonScanner(
    {
      valueStart: (name, start) => (open = { name, start }),
      valueEnd: (end) => {
        if (open) members.push([open.name, bytes.toString('utf8', open.start, end)]);
        open = undefined;
      }
    },
    memberDepth
  );
  try {
    let from = 0;
    for (const cut of [...cuts, bytes.length]) {
      scanner.write(bytes.subarray(from, cut));
      from = cut;
    }
    scanner.end();
    return { ok: true, members };
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return { ok: false, members };
  }
}

const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

const VALID = [
  '{}',
  '[]',
  '0',
  '-0.5e+10',
  '"x"',
  'true',
  ' null ',
  '{"a":[1,{"b":"}]\\"{["},-2.5E-3,true,false,null],"c":"\\u00e9\\n\\/"}',
  '[[[[[]]]]]',
  '{"extract\\u005fresult":{"k":[1,2]},"id":"x"}',
  '\t{ "a" : 1 ,\r\n "b" : [ ] }\n'
];
const INVALID = [
  '',
  ' ',
  '{',
  '{"a":1,}',
  '[1,]',
  '[1 2]',
  '{"a" 1}',
  '{1:2}',
  '01',
  '1.',
  '.5',
  '-',
  '1e',
  '1e+',
  '+1',
  'tru',
  'nul',
  'True',
  '"a',
  '"\\x"',
  '"\\u12g4"',
  '"tab\there"',
  '{"a":1}}',
  '{"a":1} x',
  '[1]]',
  '<html>',
  '{"a":[}',
  '{"a":{]}',
  'NaN',
  '[Infinity]'
];

describe('JsonScanner', () => {
  it.each(VALID)('accepts %p, whole and cut at every byte', (text) => {
    expect(scan(text).ok).toBe(true);
    for (let cut = 0; cut <= text.length; cut++) expect(scan(text, [cut]).ok).toBe(true);
  });

  it.each(INVALID)('refuses %p, whole and cut at every byte', (text) => {
    expect(parses(text)).toBe(false);
    expect(scan(text).ok).toBe(false);
    for (let cut = 0; cut <= text.length; cut++) expect(scan(text, [cut]).ok).toBe(false);
  });

  it('agrees with JSON.parse on thousands of mutated documents', () => {
    const random = seededRandom(7);
    const base = JSON.stringify({ id: 'x', rows: [{ a: 1.5, b: 'q"\\z', c: [true, false, null, -0, 1e-7] }], n: -12 });
    const alphabet = '{}[]",:.-+eE0123456789 \\tfnrua';
    for (let n = 0; n < 5000; n++) {
      const chars = [...base];
      const edits = 1 + Math.floor(random() * 3);
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(random() * chars.length);
        const pick = alphabet[Math.floor(random() * alphabet.length)] ?? '';
        const kind = random();
        if (kind < 0.33) chars.splice(at, 1);
        else if (kind < 0.66) chars.splice(at, 0, pick);
        else chars[at] = pick;
      }
      const text = chars.join('');
      const cut = Math.floor(random() * text.length);
      expect([text, scan(text, [cut]).ok]).toEqual([text, parses(text)]);
    }
  });

  it("reports each top-level member's value byte for byte, and keys as JSON.parse reads them", () => {
    const text = '{"id":"x", "extract\\u005fresult" : {"total":12345678901234567890,"n":1.10} ,"n":-1.5e3,"t":true}';
    const expected: Array<[string, string]> = [
      ['id', '"x"'],
      ['extract_result', '{"total":12345678901234567890,"n":1.10}'],
      ['n', '-1.5e3'],
      ['t', 'true']
    ];
    expect(scan(text).members).toEqual(expected);
    for (let cut = 0; cut <= text.length; cut++) expect(scan(text, [cut]).members).toEqual(expected);
  });

  it("reports the members of a list's items, and none of the top level's or of deeper objects", () => {
    const text =
      '{"extract_result":1,"items":[{"id":"a","extract_result":{"x":{"id":"deep"},"s":"}]\\"{"}},[{"id":"in-array"}],' +
      '{"status":"RUNNING","extract_metadata":[1,{"a":2}],"n":0}],"next_page_token":null}';
    const expected: Array<[string, string]> = [
      ['id', '"a"'],
      ['extract_result', '{"x":{"id":"deep"},"s":"}]\\"{"}'],
      ['status', '"RUNNING"'],
      ['extract_metadata', '[1,{"a":2}]'],
      ['n', '0']
    ];
    expect(parses(text)).toBe(true);
    expect(scan(text, [], 3).members).toEqual(expected);
    for (let cut = 0; cut <= text.length; cut++) expect(scan(text, [cut], 3).members).toEqual(expected);
  });

  it('walks nesting of any depth without recursion', () => {
    const depth = 200_000;
    expect(scan(`{"a":${'['.repeat(depth)}${']'.repeat(depth)}}`).ok).toBe(true);
    expect(scan(`{"a":${'['.repeat(depth)}${']'.repeat(depth - 1)}}`).ok).toBe(false);
  });

  it('says where the JSON went wrong', () => {
    const scanner = new JsonScanner();
    expect(() => scanner.write(Buffer.from('{"a":1,,}'))).toThrow('expected a key after a comma at byte 7');
    const cut = new JsonScanner();
    cut.write(Buffer.from('{"a":[1,2'));
    expect(() => cut.end()).toThrow('the JSON ends early, after 9 bytes');
  });
});
