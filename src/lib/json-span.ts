// Compacts JSON text without building objects for it, so numbers and strings keep their exact bytes.
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
