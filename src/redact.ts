// The runner masks registered secrets in the log, but not in files, outputs or the summary we write:
// everything that leaves the action passes through here, so an API that echoes the key leaks nothing.
import * as core from '@actions/core';

const MASK = '***';
const MASK_BYTES = Buffer.from(MASK);
const secrets: string[] = [];

/** Masks `secret` in the runner log and in everything redacted from now on. */
export function registerSecret(secret: string): void {
  if (!secret || secrets.includes(secret)) return;
  core.setSecret(secret);
  secrets.push(secret);
}

export function redact(text: string): string {
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

/**
 * One secret over a stream. Within a chunk the secret is found by Node's native search (Boyer-Moore-Horspool,
 * no copies); across chunk boundaries by Knuth-Morris-Pratt, whose state (how much of the secret the stream
 * ends with) is all that is held back. Those held bytes are the secret's own first bytes, so they are
 * re-emitted from the secret when the match fails. Every byte is looked at a bounded number of times.
 */
class SecretMatcher {
  private readonly fail: Int32Array;
  /** Bytes of the secret matched so far, at the end of what was written. */
  private matched = 0;

  constructor(private readonly secret: Buffer) {
    this.fail = new Int32Array(secret.length);
    for (let i = 1, k = 0; i < secret.length; i++) {
      while (k > 0 && secret[i] !== secret[k]) k = this.fail[k - 1]!;
      if (secret[i] === secret[k]) k++;
      this.fail[i] = k;
    }
  }

  write(chunk: Buffer): Buffer[] {
    const { secret } = this;
    const m = secret.length;
    const n = chunk.length;
    const carried = this.matched;
    const out: Buffer[] = [];
    // Positions are relative to the chunk; the carried bytes sit at -carried..-1 and equal secret[0..carried).
    let emitted = -carried;
    const emitUpTo = (to: number): void => {
      if (to <= emitted) return;
      if (emitted < 0) {
        const end = Math.min(to, 0);
        out.push(secret.subarray(emitted + carried, end + carried));
        emitted = end;
      }
      if (to > emitted) {
        out.push(chunk.subarray(emitted, to));
        emitted = to;
      }
    };
    const mask = (end: number): void => {
      emitUpTo(end - m);
      out.push(MASK_BYTES);
      emitted = end;
    };
    // A match begun in an earlier chunk: carried on byte by byte until it completes or falls through.
    let i = 0;
    let q = carried;
    while (q > 0 && i < n) {
      q = this.step(q, chunk[i++]!);
      if (q === m) {
        mask(i);
        q = 0;
      }
    }
    // Whole matches inside the chunk, by native search.
    for (let at = q === 0 ? chunk.indexOf(secret, i) : -1; at >= 0; at = chunk.indexOf(secret, i)) {
      i = at + m;
      mask(i);
    }
    // What the chunk ends with of the secret's start: only the last m - 1 bytes can hold it.
    if (q === 0) {
      for (let j = Math.max(i, n - m + 1); j < n; j++) q = this.step(q, chunk[j]!);
    }
    emitUpTo(n - q);
    this.matched = q;
    return out;
  }

  end(): Buffer[] {
    const held = this.secret.subarray(0, this.matched);
    this.matched = 0;
    return held.length ? [held] : [];
  }

  /** The matched length after byte `c`, from `q` matched. */
  private step(q: number, c: number): number {
    let k = q;
    while (k > 0 && this.secret[k] !== c) k = this.fail[k - 1]!;
    return this.secret[k] === c ? k + 1 : k;
  }
}
