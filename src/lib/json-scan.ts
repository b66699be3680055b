// A validating JSON scanner that builds nothing: it checks the full grammar of RFC 8259 in one linear pass,
// chunk by chunk as bytes arrive, and reports where the values of the top-level object's members (or of a
// list's items' members) begin and end. A body of any size is thus known to be valid JSON before its result is
// written, at the cost of one look at each byte, and a large `extract_result` can go to disk as it arrives.

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    /** Where the JSON broke (bytes from the start) and what was due there; no text of the input. */
    readonly at?: { offset: number; expected: string }
  ) {
    super(message);
  }
}

/** Where a reported member's value sits in the stream: byte offsets from the first byte written. */
interface MemberEvents {
  /** `name` is the key as JSON.parse reads it; undefined for keys too long to be asked about. */
  valueStart?(name: string | undefined, offset: number): void;
  valueEnd?(offset: number): void;
}

// The scanner's states, as numeric literals in the code (`case 6 /* String */`): a switch over literals
// compiles to a jump table, where an enum object would cost a property load per case and byte.
//    0 Value: a value must come (after '[', ':', ',' in an array, or at the top)
//    1 ValueOrEnd: right after '[': a value or ']'
//    2 KeyOrEnd: right after '{': a key or '}'
//    3 Key: after ',' in an object
//    4 Colon
//    5 AfterValue: ',' or the container's close, or the end at the top
//    6 String
//    7 Escape
//    8 Unicode: `left` hex digits to go
//    9 Minus: after '-': a digit
//   10 Zero: after a leading 0
//   11 Int: integer digits
//   12 Dot: after '.': a digit
//   13 Frac
//   14 Exp: after 'e': sign or digit
//   15 ExpSign: after the exponent's sign: a digit
//   16 ExpDigits
//   17 Literal: `literal` bytes to match from `left`
//   18 Done: the top-level value has ended: only whitespace

const OBJECT = 1;
const ARRAY = 2;
/** Keys longer than this (raw bytes) are never a member anyone asks about; they are still validated. */
const MAX_KEY_BYTES = 256;
const TRUE = Buffer.from('true');
const FALSE = Buffer.from('false');
const NULL = Buffer.from('null');

/** A byte class: 1 for the bytes in `ranges` (inclusive), filled, so that loading the module calls nothing per byte. */
function byteClass(ranges: ReadonlyArray<readonly [number, number]>, except = ''): Uint8Array {
  const table = new Uint8Array(256);
  for (const [from, to] of ranges) table.fill(1, from, to + 1);
  for (let i = 0; i < except.length; i++) table[except.charCodeAt(i)] = 0;
  return table;
}
const SPACE = byteClass([
  [0x09, 0x0a],
  [0x0d, 0x0d],
  [0x20, 0x20]
]);
const DIGIT = byteClass([[0x30, 0x39]]);
const HEX = byteClass([
  [0x30, 0x39],
  [0x41, 0x46],
  [0x61, 0x66]
]);
/** Bytes a string holds as they are: not a quote, a backslash or a control character. */
const PLAIN = byteClass([[0x20, 0xff]], '"\\');
/** What may follow a backslash, \u aside. */
const ESCAPE = byteClass([...'"\\/bfnrt'].map((c) => [c.charCodeAt(0), c.charCodeAt(0)] as const));

export class JsonScanner {
  private state: number = 0; /* Value */
  /** Open containers, innermost last (iterative: no depth can overflow a stack). */
  private stack = new Uint8Array(64);
  private depth = 0;
  private offset = 0;
  private left = 0;
  private literal = NULL;
  private inKey = false;
  /** The raw bytes of the reported object's key being read, while short enough to matter. */
  private keyParts: Buffer[] = [];
  private keyBytes = 0;
  private key: string | undefined;
  /** Inside a reported member's value (depth counts from the top-level value). */
  private memberOpen = false;

  /**
   * `memberDepth`: the depth of the objects whose members are reported: 1 for the top-level object's, 3 for those
   * of the objects in a top-level member's array (a list's items).
   */
  constructor(
    private readonly events: MemberEvents = {},
    private readonly memberDepth = 1
  ) {}

  /** Scans `chunk`; throws JsonSyntaxError at the first byte that cannot continue valid JSON. */
  write(chunk: Buffer): void {
    const n = chunk.length;
    let i = 0;
    // The state lives in a local while the loop runs: the hot paths (string bodies, digits, whitespace)
    // are tight loops over a lookup table, not a dispatch per byte.
    let state = this.state;
    // A reported object's key cut by the chunk boundary goes on from the chunk's first byte.
    let keyFrom =
      this.inKey && this.depth === this.memberDepth && (state === 6 /* String */ || state === 7 /* Escape */ || state === 8) /* Unicode */
        ? 0
        : -1;
    while (i < n) {
      switch (state) {
        case 6 /* String */: {
          while (i < n && PLAIN[chunk[i]!] === 1) i++;
          if (i === n) break;
          const d = chunk[i++]!;
          if (d === 0x5c) {
            state = 7; /* Escape */
            break;
          }
          if (d !== 0x22) this.fail(i - 1, 'a control character inside a string');
          if (this.inKey) {
            if (keyFrom >= 0) this.keyPart(chunk.subarray(keyFrom, i));
            keyFrom = -1;
            this.inKey = false;
            if (this.depth === this.memberDepth) this.endKey();
            state = 4; /* Colon */
          } else state = this.memberOpen ? this.endValue(i) : this.depth === 0 ? 18 /* Done */ : 5; /* AfterValue */
          break;
        }
        case 7 /* Escape */: {
          const c = chunk[i++]!;
          if (c === 0x75) {
            state = 8; /* Unicode */
            this.left = 4;
          } else if (ESCAPE[c] === 1) state = 6; /* String */
          else this.fail(i - 1, 'an invalid escape in a string');
          break;
        }
        case 8 /* Unicode */:
          if (HEX[chunk[i++]!] !== 1) this.fail(i - 1, 'an invalid \\u escape');
          if (--this.left === 0) state = 6; /* String */
          break;
        case 0 /* Value */:
        case 1 /* ValueOrEnd */: {
          while (i < n && SPACE[chunk[i]!] === 1) i++;
          if (i === n) break;
          const c = chunk[i]!;
          if (c === 0x5d && state === 1 /* ValueOrEnd */) {
            this.depth--;
            state = this.endValue(++i);
          } else if (c === 0x22) {
            this.memberStart(i);
            this.inKey = false;
            state = 6; /* String */
            i++;
          } else state = this.startValue(chunk, i++, c);
          break;
        }
        case 2 /* KeyOrEnd */:
        case 3 /* Key */: {
          while (i < n && SPACE[chunk[i]!] === 1) i++;
          if (i === n) break;
          const c = chunk[i]!;
          if (c === 0x22) {
            state = 6; /* String */
            this.inKey = true;
            if (this.depth === this.memberDepth) {
              this.keyParts = [];
              this.keyBytes = 0;
              keyFrom = i;
            }
            i++;
          } else if (c === 0x7d && state === 2 /* KeyOrEnd */) {
            this.depth--;
            state = this.endValue(++i);
          } else this.fail(i, state === 3 /* Key */ ? 'a key after a comma' : "a key or '}'");
          break;
        }
        case 4 /* Colon */:
          while (i < n && SPACE[chunk[i]!] === 1) i++;
          if (i === n) break;
          if (chunk[i]! !== 0x3a) this.fail(i, "':' after a key");
          state = 0; /* Value */
          i++;
          // The usual value inside the result, straight away: a string, or a number's first digit.
          if (i < n && this.depth > this.memberDepth) {
            const c = chunk[i]!;
            if (c === 0x22) {
              this.inKey = false;
              state = 6; /* String */
              i++;
            } else if (c >= 0x31 && c <= 0x39) {
              state = 11; /* Int */
              i++;
            }
          }
          break;
        case 5 /* AfterValue */: {
          while (i < n && SPACE[chunk[i]!] === 1) i++;
          if (i === n) break;
          const c = chunk[i]!;
          const top = this.stack[this.depth - 1];
          if (c === 0x2c) {
            i++;
            // The usual next token, straight away: a key in an object, a string value in an array.
            if (i < n && chunk[i]! === 0x22) {
              i++;
              state = 6; /* String */
              this.inKey = top === OBJECT;
              if (this.inKey && this.depth === this.memberDepth) {
                this.keyParts = [];
                this.keyBytes = 0;
                keyFrom = i - 1;
              }
            } else state = top === OBJECT ? 3 /* Key */ : 0; /* Value */
          } else if ((c === 0x7d && top === OBJECT) || (c === 0x5d && top === ARRAY)) {
            this.depth--;
            state = this.endValue(++i);
          } else this.fail(i, top === OBJECT ? "',' or '}'" : "',' or ']'");
          break;
        }
        case 9 /* Minus */: {
          const c = chunk[i++]!;
          if (c === 0x30) state = 10; /* Zero */
          else if (DIGIT[c] === 1) state = 11; /* Int */
          else this.fail(i - 1, "a digit after '-'");
          break;
        }
        case 10 /* Zero */:
        case 11 /* Int */: {
          if (state === 11 /* Int */) {
            while (i < n && DIGIT[chunk[i]!] === 1) i++;
            if (i === n) break;
          }
          const c = chunk[i]!;
          if (c === 0x2e) {
            state = 12; /* Dot */
            i++;
          } else if (c === 0x65 || c === 0x45) {
            state = 14; /* Exp */
            i++;
          } else state = this.memberOpen ? this.endValue(i) : this.depth === 0 ? 18 /* Done */ : 5; /* AfterValue */ // the byte is the next token's: looked at again
          break;
        }
        case 12 /* Dot */:
          if (DIGIT[chunk[i++]!] !== 1) this.fail(i - 1, "a digit after '.'");
          state = 13; /* Frac */
          break;
        case 13 /* Frac */: {
          while (i < n && DIGIT[chunk[i]!] === 1) i++;
          if (i === n) break;
          const c = chunk[i]!;
          if (c === 0x65 || c === 0x45) {
            state = 14; /* Exp */
            i++;
          } else state = this.endValue(i);
          break;
        }
        case 14 /* Exp */: {
          const c = chunk[i++]!;
          if (c === 0x2b || c === 0x2d) state = 15; /* ExpSign */
          else if (DIGIT[c] === 1) state = 16; /* ExpDigits */
          else this.fail(i - 1, 'a digit in an exponent');
          break;
        }
        case 15 /* ExpSign */:
          if (DIGIT[chunk[i++]!] !== 1) this.fail(i - 1, 'a digit in an exponent');
          state = 16; /* ExpDigits */
          break;
        case 16 /* ExpDigits */:
          while (i < n && DIGIT[chunk[i]!] === 1) i++;
          if (i < n) state = this.endValue(i);
          break;
        case 17 /* Literal */:
          if (chunk[i]! !== this.literal[this.left]) this.fail(i, `'${this.literal.toString()}'`);
          i++;
          if (++this.left === this.literal.length) state = this.endValue(i);
          break;
        case 18 /* Done */:
          while (i < n && SPACE[chunk[i]!] === 1) i++;
          if (i < n) this.fail(i, 'the end after the JSON value');
          break;
      }
    }
    if (keyFrom >= 0) this.keyPart(chunk.subarray(keyFrom, n));
    this.state = state;
    this.offset += n;
  }

  /** Throws unless the bytes written so far are one whole JSON value. */
  end(): void {
    // A number may end with the input: `1` alone is whole.
    if (this.state === 10 /* Zero */ || this.state === 11 /* Int */ || this.state === 13 /* Frac */ || this.state === 16 /* ExpDigits */)
      this.state = this.endValue(0, true);
    if (this.state !== 18 /* Done */) {
      throw new JsonSyntaxError(this.offset === 0 ? 'the answer is empty' : `the JSON ends early, after ${this.offset} bytes`, {
        offset: this.offset,
        expected: this.offset === 0 ? 'a JSON value' : 'the rest of the JSON value'
      });
    }
  }

  /** A reported member's value begins at byte `i` of the current chunk. */
  private memberStart(i: number): void {
    if (this.depth === this.memberDepth && !this.memberOpen && this.stack[this.memberDepth - 1] === OBJECT) {
      this.memberOpen = true;
      this.events.valueStart?.(this.key, this.offset + i);
    }
  }

  /** The state after the first byte `c` (at `i`) of a value other than a string. */
  private startValue(chunk: Buffer, i: number, c: number): number {
    this.memberStart(i);
    switch (c) {
      case 0x7b:
        this.push(OBJECT);
        return 2; /* KeyOrEnd */
      case 0x5b:
        this.push(ARRAY);
        return 1; /* ValueOrEnd */
      case 0x2d:
        return 9; /* Minus */
      case 0x74:
      case 0x66:
      case 0x6e:
        this.literal = c === 0x74 ? TRUE : c === 0x66 ? FALSE : NULL;
        this.left = 1;
        return 17; /* Literal */
      default:
        if (DIGIT[c] !== 1) this.fail(i, chunk[i]! === 0x3c ? "a JSON value, not '<' (HTML?)" : 'a JSON value');
        return c === 0x30 ? 10 /* Zero */ : 11; /* Int */
    }
  }

  /** A value ended just before byte `i` of the current chunk (`atEnd`: at the end of the input); the next state. */
  private endValue(i: number, atEnd = false): number {
    if (this.memberOpen && this.depth === this.memberDepth) {
      this.memberOpen = false;
      this.events.valueEnd?.(atEnd ? this.offset : this.offset + i);
    }
    return this.depth === 0 ? 18 /* Done */ : 5; /* AfterValue */
  }

  private push(kind: number): void {
    if (this.depth === this.stack.length) {
      const grown = new Uint8Array(this.stack.length * 2);
      grown.set(this.stack);
      this.stack = grown;
    }
    this.stack[this.depth++] = kind;
  }

  private keyPart(part: Buffer): void {
    if (this.keyBytes > MAX_KEY_BYTES) return;
    this.keyParts.push(part);
    this.keyBytes += part.length;
  }

  /** A reported object's key has ended: what it says, as JSON.parse reads it. */
  private endKey(): void {
    this.key = this.keyBytes <= MAX_KEY_BYTES ? (JSON.parse(Buffer.concat(this.keyParts).toString('utf8')) as string) : undefined;
    this.keyParts = [];
  }

  private fail(i: number, expected: string): never {
    const offset = this.offset + i;
    throw new JsonSyntaxError(`expected ${expected} at byte ${offset}`, { offset, expected });
  }
}
