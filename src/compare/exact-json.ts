// Results and expected files read for the comparison with every number as exact as it was written, and written
// back (update-expected) the same way. JSON.parse is kept wherever it loses nothing: a text without a number of
// 16 or more digits or a 3-digit exponent holds only numbers a double represents uniquely (15 significant digits
// survive a round trip), so only other texts take the slower reading below.
import { keyPath, indexPath } from '../lib/field-path.js';
import { ExactNumber, isRecord, isScalar, OneOf } from './values.js';

/**
 * A number of 16 digits or more (a decimal point allowed between them), or with an exponent of 3 digits, where a
 * value starts (the text's start, or after `:`, `,` or `[`). A digit string ("12345678901234567") starts with a
 * quote, so it does not trip it; text inside a string that looks like this only costs speed.
 */
const LONG_NUMBER = /(?:^|[:,[])\s*-?(?:\d(?:\.?\d){15}|[\d.]+[eE][+-]?\d{3})/;

/** `parsed` is JSON.parse's reading of `text` (it throws for text that is not JSON, before the reader below sees it). */
export function parseExact(text: string, parsed: () => unknown): unknown {
  const value = parsed();
  return LONG_NUMBER.test(text) ? readExact(text) : value;
}

/** A number token: a JS number when a double holds it exactly as far as 15 significant digits go, else its text. */
function numberOf(token: string): number | ExactNumber {
  return LONG_NUMBER.test(token) ? new ExactNumber(token) : Number(token);
}

const WHITESPACE = new Set([0x20, 0x0a, 0x0d, 0x09]);

/** A reader of valid JSON with its own stack (values nest deeper than the call stack), JSON.parse's semantics otherwise. */
function readExact(text: string): unknown {
  // Each open container with the key its next value goes under.
  const open: Array<{ container: unknown[] | Record<string, unknown>; key?: string }> = [];
  let at = 0;
  let root: unknown;
  const skip = (): void => {
    while (WHITESPACE.has(text.charCodeAt(at))) at++;
  };
  const readString = (): string => {
    const start = at;
    let escaped = false;
    at++;
    for (;;) {
      const code = text.charCodeAt(at);
      if (code === 0x22) break;
      if (code === 0x5c) {
        escaped = true;
        at++;
      }
      at++;
    }
    at++;
    return escaped ? (JSON.parse(text.slice(start, at)) as string) : text.slice(start + 1, at - 1);
  };
  const place = (value: unknown): void => {
    const top = open.at(-1);
    if (!top) {
      root = value;
    } else if (Array.isArray(top.container)) {
      top.container.push(value);
    } else {
      setOwn(top.container, top.key as string, value);
      top.key = undefined;
    }
  };
  for (;;) {
    skip();
    const top = open.at(-1);
    const char = text[at];
    if (char === ',') {
      at++;
      continue;
    }
    if (char === ']' || char === '}') {
      at++;
      const closed = open.pop();
      place(closed?.container);
      if (open.length === 0) return root;
      continue;
    }
    if (top && !Array.isArray(top.container) && top.key === undefined) {
      top.key = readString();
      skip();
      at++; // ':'
      continue;
    }
    let value: unknown;
    let container: unknown[] | Record<string, unknown> | undefined;
    if (char === '{') container = {};
    else if (char === '[') container = [];
    else if (char === '"') value = readString();
    else if (char === 't' || char === 'f' || char === 'n') {
      value = char === 't' ? true : char === 'f' ? false : null;
      at += char === 'f' ? 5 : 4;
    } else {
      const start = at;
      while (at < text.length && /[-+.\deE]/.test(text[at] as string)) at++;
      value = numberOf(text.slice(start, at));
    }
    if (container) {
      at++;
      open.push({ container });
      continue;
    }
    if (!top) return value;
    place(value);
  }
}

/** `__proto__` too, as JSON.parse makes it: an own field, never the prototype. */
function setOwn(object: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
  else object[key] = value;
}

const ONE_OF = '$one-of';
const LITERAL = '$literal';

/**
 * An expected file's markers read: `{"$one-of": [a, b]}` is one field with alternate readings, `{"$literal": x}` is
 * x as it is (how a result holding such an object is written back). Returns the problem's text for a bad marker.
 */
export function decodeExpected(document: unknown): unknown {
  const stack: Array<{ value: unknown; path: string; set: (value: unknown) => void }> = [];
  let root = document;
  stack.push({ value: document, path: '', set: (value) => (root = value) });
  while (stack.length > 0) {
    const { value, path, set } = stack.pop() as (typeof stack)[number];
    const marker = markerOf(value);
    if (marker === ONE_OF) {
      const values = (value as Record<string, unknown>)[ONE_OF];
      if (!Array.isArray(values) || values.length === 0 || !values.every(isScalar)) {
        throw new MarkerError(
          `'${path || '(the whole file)'}': "${ONE_OF}" must list the accepted values, e.g. {"${ONE_OF}": ["ACME Inc.", "ACME"]}`
        );
      }
      set(new OneOf(values));
    } else if (marker === LITERAL) {
      set((value as Record<string, unknown>)[LITERAL]);
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => stack.push({ value: item, path: indexPath(path, index), set: (next) => (value[index] = next) }));
    } else if (isRecord(value)) {
      for (const key of Object.keys(value)) {
        stack.push({ value: value[key], path: keyPath(path, key), set: (next) => setOwn(value, key, next) });
      }
    }
  }
  return root;
}

export class MarkerError extends Error {}

function markerOf(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined;
  const keys = Object.keys(value);
  const [key] = keys;
  return keys.length === 1 && (key === ONE_OF || key === LITERAL) ? key : undefined;
}

/** A document as update-expected writes it, pretty-printed as JSON.stringify(value, null, 2) does, numbers as written. */
export function stringifyExpected(document: unknown): string {
  let out = '';
  // Work items: a value to write at a depth (`raw`: inside a literal, nothing is a marker), or text to emit.
  const stack: Array<{ value: unknown; depth: number; raw: boolean } | string> = [{ value: document, depth: 0, raw: false }];
  while (stack.length > 0) {
    const item = stack.pop() as (typeof stack)[number];
    if (typeof item === 'string') {
      out += item;
      continue;
    }
    const { value, depth, raw } = item;
    const indent = '\n' + '  '.repeat(depth + 1);
    const close = '\n' + '  '.repeat(depth);
    if (value instanceof ExactNumber) {
      out += value.text;
    } else if (value instanceof OneOf) {
      stack.push({ value: { [ONE_OF]: [...value.values] }, depth, raw: true });
    } else if (!raw && markerOf(value) !== undefined) {
      // A result's own object that reads as a marker is written as a literal, so it reads back as itself.
      stack.push(`${close}}`, { value, depth: depth + 1, raw: true }, `{${indent}${JSON.stringify(LITERAL)}: `);
    } else if (Array.isArray(value) || isRecord(value)) {
      const entries: Array<[string | undefined, unknown]> = Array.isArray(value)
        ? value.map((child) => [undefined, child])
        : Object.keys(value)
            .filter((key) => value[key] !== undefined)
            .map((key) => [key, value[key]]);
      const [start, end] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
      if (entries.length === 0) {
        out += start + end;
        continue;
      }
      out += start;
      stack.push(close + end);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i] as [string | undefined, unknown];
        stack.push({ value: child === undefined ? null : child, depth: depth + 1, raw });
        stack.push((i > 0 ? ',' : '') + indent + (key === undefined ? '' : `${JSON.stringify(key)}: `));
      }
    } else {
      out += JSON.stringify(value) ?? 'null';
    }
  }
  return out;
}
