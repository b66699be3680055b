// Compacts JSON text, and finds where values sit in it, without building objects for it, so numbers and strings
// keep their exact bytes.
import { JsonSyntaxError } from './json-scan.js';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

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

function skipSpace(text: Buffer, i: number): number {
  let j = i;
  while (text[j] === 0x20 || text[j] === 0x0a || text[j] === 0x0d || text[j] === 0x09) j++;
  return j;
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

/** Index just past the value that starts at `i` of valid JSON (JSON.parse accepted it); no depth limit, no recursion. */
function skipValue(text: Buffer, i: number): number {
  const c = text[i];
  if (c === QUOTE) return skipString(text, i);
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    const d = text[j];
    if (d === QUOTE) j = skipString(text, j) - 1;
    else if (d === 0x7b || d === 0x5b) depth++;
    else if (d === 0x7d || d === 0x5d || d === 0x2c) {
      // A close or a comma ends a number or a literal; a close that balances ends the container.
      if (depth === 0) return j;
      if (d !== 0x2c && --depth === 0) return j + 1;
    } else if (depth === 0 && (d === 0x20 || d === 0x0a || d === 0x0d || d === 0x09)) return j;
  }
  return text.length;
}

/** A value's bytes: `text.subarray(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** Each member of the object whose `{` is at `i`, in valid JSON, in order: its key as JSON.parse reads it, and its value's span. */
export function* members(text: Buffer, i: number): Generator<[string, Span]> {
  for (let j = skipSpace(text, i + 1); j < text.length && text[j] !== 0x7d;) {
    const keyEnd = skipString(text, j);
    const key = JSON.parse(text.toString('utf8', j, keyEnd)) as string;
    const start = skipSpace(text, skipSpace(text, keyEnd) + 1);
    const end = skipValue(text, start);
    yield [key, { start, end }];
    j = skipSpace(text, end);
    if (text[j] === 0x2c) j = skipSpace(text, j + 1);
  }
}

/** The members of the object whose `{` is at `i`, in valid JSON; a key given twice keeps its last value, as JSON.parse does. */
export function memberSpans(text: Buffer, i: number): Map<string, Span> {
  return new Map(members(text, i));
}

/** The spans of the items of the array whose `[` is at `i`, in valid JSON. */
export function itemSpans(text: Buffer, i: number): Span[] {
  const items: Span[] = [];
  for (let j = skipSpace(text, i + 1); j < text.length && text[j] !== 0x5d;) {
    const end = skipValue(text, j);
    items.push({ start: j, end });
    j = skipSpace(text, end);
    if (text[j] === 0x2c) j = skipSpace(text, j + 1);
  }
  return items;
}

/** Where the first value of the text begins (after leading whitespace). */
export function valueStart(text: Buffer): number {
  return skipSpace(text, 0);
}
