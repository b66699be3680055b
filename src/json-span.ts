// Finds where one top-level member's value sits in a JSON object's bytes without building objects
// for it: a 100 MB `extract_result` is written as served, never parsed and re-serialised.

export interface Span {
  start: number;
  end: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

export class JsonSyntaxError extends Error {}

/** The byte span of `key`'s value in the top-level object `text`, or undefined when the key is absent. */
export function findMember(text: Buffer, key: string): Span | undefined {
  let found: Span | undefined;
  let i = skipSpace(text, 0);
  expect(text, i, 0x7b);
  i = skipSpace(text, i + 1);
  if (text[i] === 0x7d) return undefined;
  for (;;) {
    expect(text, i, QUOTE);
    const keyEnd = skipString(text, i);
    const name = JSON.parse(text.toString('utf8', i, keyEnd)) as string;
    i = skipSpace(text, keyEnd);
    expect(text, i, 0x3a);
    const start = skipSpace(text, i + 1);
    const end = skipValue(text, start);
    if (name === key) found = { start, end };
    i = skipSpace(text, end);
    if (text[i] === 0x7d) break;
    expect(text, i, 0x2c);
    i = skipSpace(text, i + 1);
  }
  if (skipSpace(text, i + 1) !== text.length) throw new JsonSyntaxError('unexpected data after the JSON object');
  return found;
}

function skipValue(text: Buffer, i: number): number {
  const first = text[i];
  if (first === QUOTE) return skipString(text, i);
  if (first !== 0x7b && first !== 0x5b) return skipScalar(text, i);
  // Objects and arrays: count brackets, jumping over strings (where brackets do not count).
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    const c = text[j];
    if (c === QUOTE) j = skipString(text, j) - 1;
    else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) {
      if (--depth === 0) return j + 1;
    }
  }
  throw new JsonSyntaxError('the JSON ends inside an object or array');
}

/** Index just past the closing quote of the string that opens at `i`. */
function skipString(text: Buffer, i: number): number {
  let j = i + 1;
  for (;;) {
    j = text.indexOf(QUOTE, j);
    if (j < 0) throw new JsonSyntaxError('the JSON ends inside a string');
    let slashes = 0;
    while (text[j - 1 - slashes] === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return j + 1;
    j++;
  }
}

function skipScalar(text: Buffer, i: number): number {
  let j = i;
  while (isScalarByte(text[j])) j++;
  if (j === i) throw new JsonSyntaxError(`unexpected character at byte ${i}`);
  return j;
}

/** Whether `byte` can be part of a number, `true`, `false` or `null`; past the end there is no byte. */
function isScalarByte(byte: number | undefined): boolean {
  return byte !== undefined && /[-+.\w]/.test(String.fromCharCode(byte));
}

function skipSpace(text: Buffer, i: number): number {
  let j = i;
  while (text[j] === 0x20 || text[j] === 0x0a || text[j] === 0x0d || text[j] === 0x09) j++;
  return j;
}

function expect(text: Buffer, i: number, byte: number): void {
  if (text[i] !== byte) throw new JsonSyntaxError(`expected '${String.fromCharCode(byte)}' at byte ${i}`);
}

/** The same JSON without whitespace between tokens; numbers and strings stay byte for byte. */
export function compactJson(text: Buffer): string {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === QUOTE) i = skipString(text, i) - 1;
    else if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
      out.push(text.toString('utf8', from, i));
      from = skipSpace(text, i);
      i = from - 1;
    }
  }
  out.push(text.toString('utf8', from));
  return out.join('');
}
