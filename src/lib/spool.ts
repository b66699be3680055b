// Bytes that arrive too large to keep in memory go to a file of the runner's temp folder as they come, and
// stay there until they are moved into place as a result file or discarded.
import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, ftruncateSync, openSync, renameSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { withFile, writeAll } from './file-io.js';

/** A spool gathers this much before each write: a few large writes, not one per network chunk. */
const SPOOL_BATCH_BYTES = 1024 * 1024;

/** Bytes that arrived too large to keep in memory, in a file of the runner's temp folder until written out. */
export interface Spool {
  readonly path: string;
  readonly size: number;
  write(bytes: Buffer): void;
  /** Everything has been written: the file is closed, and stays until `discard`. */
  finish(): void;
  discard(): void;
  /** Moves the finished spool, plus `tail`, to `file` (a rename, when on the same file system); false if it cannot. */
  moveTo(file: string, tail: Buffer[]): boolean;
}

/**
 * The spools of one run. One neither discarded nor moved into place is removed by `removeAll`, which the run
 * calls at its end and on a stop by signal: a response may be spooling when the signal comes.
 */
export class Spools {
  private readonly unfinished = new Set<string>();

  open(): Spool {
    const file = path.join(process.env.RUNNER_TEMP || os.tmpdir(), `.llx-result-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
    const spool = new FileSpool(file, () => this.unfinished.delete(file));
    this.unfinished.add(file);
    return spool;
  }

  removeAll(): void {
    for (const file of this.unfinished) rmSync(file, { force: true });
    this.unfinished.clear();
  }
}

class FileSpool implements Spool {
  private fd?: number;
  private written = 0;
  private batch: Buffer[] = [];
  private batched = 0;
  private moved = false;

  constructor(
    readonly path: string,
    /** Called once the file is gone or in place: nothing is left to remove. */
    private readonly settled: () => void
  ) {
    this.fd = openSync(path, 'wx', 0o600);
  }

  get size(): number {
    return this.written;
  }

  write(bytes: Buffer): void {
    if (this.fd === undefined) throw new Error(`spool ${this.path} is closed`);
    this.batch.push(bytes);
    this.batched += bytes.length;
    this.written += bytes.length;
    if (this.batched >= SPOOL_BATCH_BYTES) this.flush();
  }

  finish(): void {
    this.flush();
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  discard(): void {
    this.finish();
    if (!this.moved) rmSync(this.path, { force: true });
    this.settled();
  }

  moveTo(target: string, tail: Buffer[]): boolean {
    this.finish();
    if (this.moved) return false;
    withFile(this.path, 'a', (appended) => writeAll(appended, tail));
    chmodSync(this.path, 0o644);
    try {
      renameSync(this.path, target);
    } catch (error) {
      // Another file system (EXDEV): the caller copies instead; the tail is trimmed off again.
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      withFile(this.path, 'r+', (reopened) => ftruncateSync(reopened, this.written));
      return false;
    }
    this.moved = true;
    this.settled();
    return true;
  }

  /** Synchronous: the answer's bytes go to disk as they come, so none pile up in memory. */
  private flush(): void {
    if (this.fd === undefined || this.batched === 0) return;
    writeAll(this.fd, this.batch);
    this.batch = [];
    this.batched = 0;
  }
}
