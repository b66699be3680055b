// Takes a job answer as it arrives, in one pass: masks the secrets, checks the JSON syntax of the whole
// body, and routes the bytes of `extract_result` aside: kept in memory when small, written to a spool file
// as they come when large, so a 100 MB result never sits in memory. What is left of the job (its other
// members, with `null` where the result was) is small and parsed as usual. A list of jobs carries each job's
// result too, which no sweep or look-up reads: those are dropped as they pass.
// A job answer that ends small is split whole instead: JSON.parse checks it natively and the result's bytes
// are found by their span, a fraction of the scanner's cost in a step that reads one job. One that is not
// valid JSON still goes through the scanner, which says where it broke.
import { JsonScanner, JsonSyntaxError } from '../lib/json-scan.js';
import { members, valueStart } from '../lib/json-span.js';
import type { Spool, Spools } from '../lib/spool.js';
import { createMasker, type Masker } from '../runner/redact.js';
import { BadPayloadError } from './api-errors.js';
import { RESULT_PLACEHOLDER } from '../model/result-body.js';

const RESULT_KEY = 'extract_result';
/** The members of a listed job that may be large and are never read from a list: `null` stands for each. */
const LISTED_ASIDE = new Set([RESULT_KEY, 'extract_metadata']);
/** A list's jobs are the members of the objects in its `items` array: `{ "items": [ { … } ] }`. */
const LISTED_JOB_DEPTH = 3;
/** Results up to this size stay in memory and are parsed once (the gates and the summary read the value). */
export const KEEP_RESULT_BYTES = 8 * 1024 * 1024;
const HEAD_BYTES = 800;
/** A job answer up to this size is held until its end and split whole. */
const WHOLE_BODY_BYTES = 64 * 1024;

/** The answer, split: `rest` is the job with `null` for its result, which is `json` (small) or `spool` (large). */
export interface JobBodyParts {
  rest: Buffer;
  /** Offset in `rest` of the `null` that stands for the result; undefined without an `extract_result`. */
  resultAt?: number;
  json?: Buffer;
  spool?: Spool;
  /** The answer's first bytes, for error messages. */
  head: Buffer;
}

export class JobBody {
  private readonly masker: Masker = createMasker();
  private readonly scanner: JsonScanner;
  /** Absolute offset of the masked stream's next byte. */
  private offset = 0;
  private readonly rest: Buffer[] = [];
  private restBytes = 0;
  private resultAt?: number;
  /** Routing is inside the result's value. */
  private inResult = false;
  /** The scanner is inside the result's value (it runs ahead of the routing, one piece at a time). */
  private scanningResult = false;
  private started = false;
  private json: Buffer[] = [];
  private jsonBytes = 0;
  private spool?: Spool;
  private head: Buffer[] = [];
  private headBytes = 0;
  private marks: Array<{ at: number; start: boolean }> = [];
  /** A job answer's masked bytes while it is small enough to be split whole; undefined once scanned. */
  private whole?: Buffer[];
  private wholeBytes = 0;

  /** `spools` holds a result too large for memory until it is written out or discarded; none: the body is a list of jobs. */
  constructor(private readonly spools?: Spools) {
    const list = spools === undefined;
    if (!list) this.whole = [];
    this.scanner = new JsonScanner(
      {
        valueStart: (name, at) => {
          if (list ? !LISTED_ASIDE.has(name ?? '') : name !== RESULT_KEY) return;
          this.scanningResult = true;
          this.marks.push({ at, start: true });
        },
        valueEnd: (at) => {
          if (!this.scanningResult) return;
          this.scanningResult = false;
          this.marks.push({ at, start: false });
        }
      },
      list ? LISTED_JOB_DEPTH : 1
    );
  }

  /** Takes the next bytes as served; throws BadPayloadError (and keeps nothing) as soon as they cannot be JSON. */
  write(chunk: Buffer): void {
    this.checked(() => this.takeAll(this.masker.write(chunk)));
  }

  /** The parts once the whole answer has arrived; throws BadPayloadError unless it was one JSON object. */
  end(): JobBodyParts {
    this.checked(() => this.takeAll(this.masker.end()));
    const whole = this.whole && this.splitWhole(Buffer.concat(this.whole, this.wholeBytes));
    if (whole) return whole;
    this.checked(() => {
      this.scanHeld();
      this.scanner.end();
    });
    const parts: JobBodyParts = { rest: Buffer.concat(this.rest, this.restBytes), head: this.firstBytes(), resultAt: this.resultAt };
    if (this.resultAt === undefined) return parts;
    if (this.spool) {
      this.spool.finish();
      parts.spool = this.spool;
    } else parts.json = Buffer.concat(this.json, this.jsonBytes);
    return parts;
  }

  private checked(step: () => void): void {
    try {
      step();
    } catch (error) {
      if (!(error instanceof JsonSyntaxError)) throw error;
      this.abort();
      throw new BadPayloadError(`not a JSON object (${error.message})`);
    }
  }

  /** The first bytes seen (masked), for saying what came instead of a job. */
  firstBytes(): Buffer {
    return Buffer.concat(this.head);
  }

  /** The answer broke off or failed: nothing of it is kept. */
  abort(): void {
    this.spool?.discard();
    this.spool = undefined;
  }

  /** The head first, so an error on the chunk's first byte can still show what came. */
  private takeAll(pieces: Buffer[]): void {
    for (const piece of pieces) {
      if (this.headBytes >= HEAD_BYTES) break;
      this.head.push(piece.subarray(0, HEAD_BYTES - this.headBytes));
      this.headBytes += Math.min(piece.length, HEAD_BYTES - this.headBytes);
    }
    if (!this.whole) {
      for (const piece of pieces) this.take(piece);
      return;
    }
    for (const piece of pieces) {
      this.whole.push(piece);
      this.wholeBytes += piece.length;
    }
    if (this.wholeBytes > WHOLE_BODY_BYTES) this.scanHeld();
  }

  /** The answer held so far goes through the scanner, and what comes after it too. */
  private scanHeld(): void {
    const held = this.whole ?? [];
    this.whole = undefined;
    for (const piece of held) this.take(piece);
  }

  /**
   * A job's parts from its whole (masked) answer, as the scanner would give them: every `extract_result`
   * member `null` in `rest`, the last one's bytes the result. Undefined unless the answer is a JSON object.
   */
  private splitWhole(body: Buffer): JobBodyParts | undefined {
    const start = valueStart(body);
    if (body[start] !== 0x7b) return undefined;
    try {
      JSON.parse(body.toString());
    } catch {
      return undefined;
    }
    const rest: Buffer[] = [];
    let restBytes = 0;
    let from = 0;
    let result: Buffer | undefined;
    let resultAt: number | undefined;
    for (const [name, span] of members(body, start)) {
      if (name !== RESULT_KEY) continue;
      rest.push(body.subarray(from, span.start), RESULT_PLACEHOLDER);
      restBytes += span.start - from;
      resultAt = restBytes;
      restBytes += RESULT_PLACEHOLDER.length;
      from = span.end;
      result = body.subarray(span.start, span.end);
    }
    rest.push(body.subarray(from));
    const parts: JobBodyParts = { rest: Buffer.concat(rest), head: this.firstBytes(), resultAt };
    if (result) parts.json = result;
    return parts;
  }

  private take(piece: Buffer): void {
    if (!this.started) this.checkStart(piece);
    const base = this.offset;
    this.marks = [];
    try {
      this.scanner.write(piece);
    } finally {
      this.offset += piece.length;
    }
    // Route the piece: bytes inside the result's value aside, the rest (with `null` for it) to `rest`.
    let from = 0;
    for (const mark of this.marks) {
      const at = mark.at - base;
      if (mark.start) {
        this.toRest(piece.subarray(from, at));
        this.startResult();
      } else {
        this.toResult(piece.subarray(from, at));
        this.inResult = false;
      }
      from = at;
    }
    if (this.inResult) this.toResult(piece.subarray(from));
    else this.toRest(piece.subarray(from));
  }

  /** A job is an object: anything else (an HTML page, a list) is named at its first byte. */
  private checkStart(piece: Buffer): void {
    const first = piece.findIndex((c) => c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09);
    if (first < 0) return;
    this.started = true;
    if (piece[first] !== 0x7b) throw new JsonSyntaxError(`expected '{' at byte ${this.offset + first}`);
  }

  /** A (last-wins) `extract_result` member begins: an earlier one is dropped, as JSON.parse would. A listed job's is dropped. */
  private startResult(): void {
    this.inResult = true;
    if (!this.spools) return this.toRest(RESULT_PLACEHOLDER);
    this.abort();
    this.json = [];
    this.jsonBytes = 0;
    this.resultAt = this.restBytes;
    this.toRest(RESULT_PLACEHOLDER);
  }

  private toRest(bytes: Buffer): void {
    if (bytes.length === 0) return;
    this.rest.push(bytes);
    this.restBytes += bytes.length;
  }

  private toResult(bytes: Buffer): void {
    if (bytes.length === 0 || !this.spools) return;
    if (this.spool) return this.spool.write(bytes);
    this.json.push(bytes);
    this.jsonBytes += bytes.length;
    if (this.jsonBytes > KEEP_RESULT_BYTES) {
      this.spool = this.spools.open();
      for (const part of this.json) this.spool.write(part);
      this.json = [];
    }
  }
}
