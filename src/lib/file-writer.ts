// Files appear whole or not at all: written to a temporary file beside the target, then renamed.
// Synchronous: the files are written once every job has ended, when nothing else waits on the event loop,
// and a step writes a few small files where each asynchronous call would cost a trip through the thread pool.
import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, ftruncateSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync, writevSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ActionError } from './errors.js';

const COPY_BLOCK_BYTES = 1024 * 1024;
/** A spool gathers this much before each write: a few large writes, not one per network chunk. */
const SPOOL_BATCH_BYTES = 1024 * 1024;

/** Temporary files being written, removed if the process is stopped mid-write. */
const unfinished = new Set<string>();

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

/** A new spool file; one not moved into place is removed by `discard` or, at the step's end, by removeUnfinishedFiles. */
export function openSpool(): Spool {
  const file = path.join(process.env.RUNNER_TEMP || os.tmpdir(), `.llx-result-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined = openSync(file, 'wx', 0o600);
  unfinished.add(file);
  let size = 0;
  let batch: Buffer[] = [];
  let batched = 0;
  let moved = false;
  // Synchronous: the answer's bytes go to disk as they come, so none pile up in memory.
  const flush = (): void => {
    if (fd === undefined || batched === 0) return;
    writeAll(fd, batch);
    batch = [];
    batched = 0;
  };
  const close = (): void => {
    flush();
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
  };
  return {
    path: file,
    get size() {
      return size;
    },
    write(bytes) {
      if (fd === undefined) throw new Error(`spool ${file} is closed`);
      batch.push(bytes);
      batched += bytes.length;
      size += bytes.length;
      if (batched >= SPOOL_BATCH_BYTES) flush();
    },
    finish: close,
    discard() {
      close();
      if (!moved) rmSync(file, { force: true });
      unfinished.delete(file);
    },
    moveTo(target, tail) {
      close();
      if (moved) return false;
      withFile(file, 'a', (appended) => writeAll(appended, tail));
      chmodSync(file, 0o644);
      try {
        renameSync(file, target);
      } catch (error) {
        // Another file system (EXDEV): the caller copies instead; the tail is trimmed off again.
        if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
        withFile(file, 'r+', (reopened) => ftruncateSync(reopened, size));
        return false;
      }
      moved = true;
      unfinished.delete(file);
      return true;
    }
  };
}

/** Written to a file: bytes in memory, or a spool's contents. */
export type FilePart = Buffer | Spool;

/**
 * A short fixed-length name beside the target: it fits wherever the target's name does (a name near the
 * 255-byte limit plus a suffix would not), and the same folder keeps the rename atomic.
 */
function tempNameFor(file: string): string {
  return path.join(path.dirname(file), `.llx-${randomBytes(6).toString('hex')}.tmp`);
}

export function writeFileAtomic(file: string, chunks: FilePart[], what: string): void {
  const temp = tempNameFor(file);
  let step = 'creating its folder';
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    step = 'writing';
    // A file that is one spool (and a newline) is the spool itself, renamed into place: no copy.
    const [first, ...tail] = chunks;
    if (first && !Buffer.isBuffer(first) && tail.every((part) => Buffer.isBuffer(part)) && first.moveTo(file, tail)) return;
    unfinished.add(temp);
    withFile(temp, 'wx', (fd) => writeParts(fd, chunks), 0o644);
    step = 'moving it into place';
    renameSync(temp, file);
  } catch (error) {
    // The cleanup fails too when the folder is unusable (ENOTDIR): the first error is the one to report.
    try {
      rmSync(temp, { force: true });
    } catch {
      // the error that matters is the first one
    }
    throw new ActionError(
      `Could not write ${what} to '${file}' (${reasonOf(error)}, while ${step}). Check that the path is a writable file location in the workspace.`
    );
  } finally {
    unfinished.delete(temp);
  }
}

/** Runs `use` on `file` opened with `flags`, and closes it whatever happens. */
function withFile<T>(file: string, flags: string, use: (fd: number) => T, mode?: number): T {
  const fd = openSync(file, flags, mode);
  try {
    return use(fd);
  } finally {
    closeSync(fd);
  }
}

function writeParts(fd: number, parts: FilePart[]): void {
  let block: Buffer | undefined;
  for (let i = 0; i < parts.length;) {
    const part = parts[i]!;
    if (!Buffer.isBuffer(part)) {
      // A spool is copied through one reused block: a large result never sits in memory, nor leaves garbage.
      const copy = (block ??= Buffer.allocUnsafe(COPY_BLOCK_BYTES));
      withFile(part.path, 'r', (source) => {
        for (let read; (read = readSync(source, copy, 0, copy.length, null)) > 0;) writeAll(fd, [copy.subarray(0, read)]);
      });
      i++;
      continue;
    }
    let end = i;
    while (end < parts.length && Buffer.isBuffer(parts[end])) end++;
    writeAll(fd, parts.slice(i, end) as Buffer[]);
    i = end;
  }
}

/** Every byte of `buffers`: writev may stop short (a full disk) and is carried on until all is written or it fails. */
function writeAll(fd: number, buffers: Buffer[]): void {
  const total = buffers.reduce((sum, chunk) => sum + chunk.length, 0);
  let done = writevSync(fd, buffers);
  if (done === total) return;
  const rest = Buffer.concat(buffers).subarray(done);
  for (done = 0; done < rest.length;) {
    const wrote = writeSync(fd, rest, done, rest.length - done);
    // Nothing written and no error: a short file must never be renamed into place.
    if (wrote === 0) throw new Error(`only ${total - rest.length + done} of ${total} bytes were written; is the disk full?`);
    done += wrote;
  }
}

/** At the step's end and on a stop by signal: leaves no temporary file or spool behind. */
export function removeUnfinishedFiles(): void {
  for (const temp of unfinished) rmSync(temp, { force: true });
  unfinished.clear();
}

/** A job without a result leaves no file from an earlier run at its path (self-hosted runners keep workspaces). */
export function removeStaleFile(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch (error) {
    throw new ActionError(
      `Could not remove the earlier result at '${file}' (${reasonOf(error)}). Point the output path at a file, not a folder.`
    );
  }
}

/** `ENOTDIR: not a directory`: Node's code and words, without the syscall and temporary path it appends. */
export function reasonOf(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  return /^E[A-Z]+: [^,]+/.exec(message)?.[0] ?? code ?? message;
}
