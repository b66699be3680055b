// A job's `extract_result` exactly as served (numbers keep every digit), held the way its size allows: a small
// one in memory, parsed once on arrival; a large one in the spool file it went to as it arrived, so it is only
// ever streamed to its file, and read back only when a check needs its value.
import { readFileSync } from 'node:fs';
import type { FilePart, FileRange } from '../lib/atomic-file.js';
import type { Spool } from '../lib/spool.js';

/** What stands for the result in the rest of the job as kept: the job's other members stay small. */
export const RESULT_PLACEHOLDER = Buffer.from('null');

export interface ResultBody {
  /** Bytes as served. */
  readonly size: number;
  /** The bytes, when kept in memory: a spooled one is too large for an output, a preview or the run report. */
  readonly bytes?: Buffer;
  /** The value; throws when a spooled result cannot be read back. */
  value(): unknown;
  /** The JSON text as served, for a reader that keeps numbers exact. */
  text(): string;
  /** What a file of the result is written from. */
  readonly part: FilePart;
  /** The result will not be written: a spooled one's file is removed now, not at the step's end. */
  discard(): void;
}

export class KeptResult implements ResultBody {
  constructor(
    readonly bytes: Buffer,
    private readonly parsed: unknown
  ) {}

  get size(): number {
    return this.bytes.length;
  }

  get part(): FilePart {
    return this.bytes;
  }

  value(): unknown {
    return this.parsed;
  }

  text(): string {
    return this.bytes.toString('utf8');
  }

  discard(): void {
    // Memory only: nothing to remove.
  }
}

export class SpooledResult implements ResultBody {
  /** Read back once: the schema gate and the comparison share one reading of a large file. */
  private readBack?: { value: unknown };

  constructor(private readonly spool: Spool) {}

  get size(): number {
    return this.spool.size;
  }

  get part(): FilePart {
    return this.spool;
  }

  value(): unknown {
    this.readBack ??= { value: JSON.parse(this.text()) };
    return this.readBack.value;
  }

  text(): string {
    return readFileSync(this.spool.path, 'utf8');
  }

  discard(): void {
    this.spool.discard();
  }
}

/**
 * A result once written to its file: nothing of it stays in memory, and whatever still needs it (the run
 * report, the summary's preview, the change against a baseline) reads it back from there, as served.
 */
export class WrittenResult implements ResultBody {
  /** `kept`: the result was small enough to be kept in memory when read, so it may be again, briefly. */
  constructor(
    private readonly path: string,
    readonly size: number,
    private readonly kept: boolean
  ) {}

  /** Made when asked for: one is kept for every document until the step's end. */
  get part(): FileRange {
    return { path: this.path, size: this.size };
  }

  get bytes(): Buffer | undefined {
    return this.kept ? this.read() : undefined;
  }

  value(): unknown {
    return JSON.parse(this.text());
  }

  text(): string {
    return this.read().toString('utf8');
  }

  discard(): void {
    // Written: the file is the user's.
  }

  /** The bytes as served: the file has a newline after them. */
  private read(): Buffer {
    return readFileSync(this.path).subarray(0, this.size);
  }
}

/** The whole job as served, as parts of a file: `rest` (the job with the placeholder at `resultAt`) with the result back in place. */
export function servedJob(rest: Buffer, resultAt: number | undefined, result: ResultBody | undefined): FilePart[] {
  if (!result || resultAt === undefined) return [rest];
  return [rest.subarray(0, resultAt), result.part, rest.subarray(resultAt + RESULT_PLACEHOLDER.length)];
}
