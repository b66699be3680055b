// The runner masks registered secrets in the log, but not in files, outputs or the summary we write:
// everything that leaves the action passes through here, so an API that echoes the key leaks nothing.
import * as core from '@actions/core';

const MASK = '***';
const MASK_BYTES = Buffer.from(MASK);
/**
 * Process-wide, as the runner's own mask list is (`core.setSecret` cannot be undone): the key is added once, when
 * read, and never removed, and every layer's text leaves through here; a masker handed down would have to reach each.
 */
const secrets: string[] = [];

/** Masks `secret` in the runner log and in everything redacted from now on. */
export function registerSecret(secret: string): void {
  if (!secret || secrets.includes(secret)) return;
  core.setSecret(secret);
  secrets.push(secret);
}

export function redact(text: string): string {
  // Text without a backslash holds no escaped secret: the plain ones are replaced as they are.
  if (text.includes('\\')) return redactBuffer(Buffer.from(text)).toString();
  let out = text;
  for (const secret of secrets) out = out.split(secret).join(MASK);
  return out;
}

/** Masks a byte stream as it passes: a secret cut across chunks is masked all the same. */
export interface Masker {
  /** The bytes of `chunk` (and of earlier chunks) that are settled, masked; views of `chunk` where nothing changed. */
  write(chunk: Buffer): Buffer[];
  /** The bytes held back at the end, as a secret's start that never completed. */
  end(): Buffer[];
}

/** A masker for every secret registered so far, applied one after the other as redact does. */
export function createMasker(): Masker {
  const stages = secrets.map((secret) => new SecretMatcher(Buffer.from(secret)));
  const through = (pieces: Buffer[], stage: SecretMatcher): Buffer[] => pieces.flatMap((piece) => stage.write(piece));
  return {
    write: (chunk) => stages.reduce(through, [chunk]),
    end: () => stages.reduce<Buffer[]>((pieces, stage) => [...through(pieces, stage), ...stage.end()], [])
  };
}

/**
 * `data` with every secret masked, byte for byte otherwise (no text round trip, so no string size limit);
 * `data` itself when it holds no secret, so large results are not copied.
 */
export function redactBuffer(data: Buffer): Buffer {
  const masker = createMasker();
  const pieces = [...masker.write(data), ...masker.end()];
  return pieces.length === 1 && pieces[0]?.length === data.length ? data : Buffer.concat(pieces);
}

const BACKSLASH = 0x5c;
/** What `\x` stands for, by x, for JSON's two-character escapes. */
const SHORT_ESCAPES = new Map([...'"\\/bfnrt'].map((c, i) => [c.charCodeAt(0), [0x22, 0x5c, 0x2f, 0x08, 0x0c, 0x0a, 0x0d, 0x09][i]!]));
/** A unit no secret byte equals: a `\u` escape of a character beyond ASCII. */
const NO_BYTE = 0x100;
const INCOMPLETE = -1;

/**
 * The character at `at`, as `length * 512 + unit`: a byte as it is, or a JSON escape (`\u006c`, `\/`) as the
 * byte it stands for; INCOMPLETE when `data` ends inside an escape. A backslash that starts no escape is itself.
 */
function characterAt(data: Buffer, at: number): number {
  const byte = data[at]!;
  if (byte !== BACKSLASH) return 512 + byte;
  if (at + 1 >= data.length) return INCOMPLETE;
  const next = data[at + 1]!;
  if (next !== 0x75) return SHORT_ESCAPES.has(next) ? 2 * 512 + SHORT_ESCAPES.get(next)! : 512 + byte;
  if (at + 6 > data.length) return INCOMPLETE;
  let code = 0;
  for (let i = at + 2; i < at + 6; i++) {
    const digit = hexValue(data[i]!);
    if (digit < 0) return 512 + byte;
    code = code * 16 + digit;
  }
  return 6 * 512 + (code < 0x80 ? code : NO_BYTE);
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const lower = c | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
}

/**
 * One secret over a stream, plain or JSON-escaped in any mix (`\u006c\u006cx-…`: an API that echoes the key
 * inside a JSON string may escape any of its characters). Knuth-Morris-Pratt runs over the characters as they
 * decode; while no match is under way it skips by native search to the next byte that could start one (the
 * secret's first byte, or a backslash). Only a match under way, or an escape cut by the chunk's end, is held
 * back, and re-read with the next chunk. Every byte is looked at a bounded number of times.
 */
class SecretMatcher {
  private readonly fail: Int32Array;
  /** Raw offsets of the last characters read, by character number modulo the secret's length. */
  private readonly starts: Int32Array;
  private held: Buffer = Buffer.alloc(0);

  constructor(private readonly secret: Buffer) {
    this.fail = new Int32Array(secret.length);
    this.starts = new Int32Array(secret.length);
    for (let i = 1, k = 0; i < secret.length; i++) {
      while (k > 0 && secret[i] !== secret[k]) k = this.fail[k - 1]!;
      if (secret[i] === secret[k]) k++;
      this.fail[i] = k;
    }
  }

  write(chunk: Buffer): Buffer[] {
    const { secret, starts } = this;
    const m = secret.length;
    const data = this.held.length ? Buffer.concat([this.held, chunk]) : chunk;
    const n = data.length;
    const out: Buffer[] = [];
    let emitted = 0;
    let q = 0;
    let count = 0;
    let at = 0;
    // Where the next candidate bytes are, found once and kept until passed, so no stretch is searched twice.
    let nextFirst = -1;
    let nextSlash = -1;
    let holdFrom = n;
    while (at < n) {
      if (q === 0) {
        if (nextFirst !== Infinity && nextFirst < at) nextFirst = data.indexOf(secret[0]!, at);
        if (nextFirst === -1) nextFirst = Infinity;
        if (nextSlash !== Infinity && nextSlash < at) nextSlash = data.indexOf(BACKSLASH, at);
        if (nextSlash === -1) nextSlash = Infinity;
        at = Math.min(nextFirst, nextSlash);
        if (at === Infinity) break;
      }
      const character = characterAt(data, at);
      if (character === INCOMPLETE) {
        holdFrom = q > 0 ? starts[(count - q) % m]! : at;
        break;
      }
      starts[count % m] = at;
      count++;
      at += Math.floor(character / 512);
      q = this.step(q, character % 512);
      if (q === m) {
        const start = starts[(count - m) % m]!;
        if (start > emitted) out.push(data.subarray(emitted, start));
        out.push(MASK_BYTES);
        emitted = at;
        q = 0;
      }
    }
    if (holdFrom === n && q > 0) holdFrom = starts[(count - q) % m]!;
    if (holdFrom > emitted) out.push(data.subarray(emitted, holdFrom));
    this.held = Buffer.from(data.subarray(Math.max(holdFrom, emitted)));
    return out;
  }

  end(): Buffer[] {
    const held = this.held;
    this.held = Buffer.alloc(0);
    return held.length ? [held] : [];
  }

  /** The matched length after byte `c`, from `q` matched. */
  private step(q: number, c: number): number {
    let k = q;
    while (k > 0 && this.secret[k] !== c) k = this.fail[k - 1]!;
    return this.secret[k] === c ? k + 1 : k;
  }
}
