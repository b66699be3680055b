// Files appear whole or not at all: written to a temporary file beside the target, then renamed.
// Synchronous: the files are written once every job has ended, when nothing else waits on the event loop,
// and a step writes a few small files where each asynchronous call would cost a trip through the thread pool.
// It also means no signal handler runs between creating the temporary file and renaming or removing it, so
// none is left behind by a stop.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readSync, renameSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { ActionError, reasonOf } from './errors.js';
import { withFile, writeAll } from './file-io.js';
import type { Spool } from './spool.js';

const COPY_BLOCK_BYTES = 1024 * 1024;

/** The first `size` bytes of a file on disk: a result already written, copied rather than held in memory. */
export interface FileRange {
  readonly path: string;
  readonly size: number;
}

/** Written to a file: bytes in memory, a spool's contents, or the start of a file already written. */
export type FilePart = Buffer | Spool | FileRange;

/**
 * A short fixed-length name beside the target: it fits wherever the target's name does (a name near the
 * 255-byte limit plus a suffix would not), and the same folder keeps the rename atomic.
 */
function tempNameFor(file: string): string {
  return path.join(path.dirname(file), `.llx-${randomBytes(6).toString('hex')}.tmp`);
}

/** `chunks` may be made as they are written (a generator), so a large file never sits whole in memory. */
export function writeFileAtomic(file: string, chunks: Iterable<FilePart>, what: string): void {
  const temp = tempNameFor(file);
  let step = 'creating its folder';
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    step = 'writing';
    // A file that is one spool (and a newline) is the spool itself, renamed into place: no copy.
    if (Array.isArray(chunks)) {
      const [first, ...tail] = chunks as FilePart[];
      if (first && isSpool(first) && tail.every((part) => Buffer.isBuffer(part)) && first.moveTo(file, tail)) return;
    }
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
  }
}

function isSpool(part: FilePart): part is Spool {
  return 'moveTo' in part;
}

/** Bytes in memory are gathered up to a block before each write: a few large writes, not one per part. */
function writeParts(fd: number, parts: Iterable<FilePart>): void {
  let block: Buffer | undefined;
  let gathered: Buffer[] = [];
  let gatheredBytes = 0;
  const flush = (): void => {
    writeAll(fd, gathered);
    gathered = [];
    gatheredBytes = 0;
  };
  for (const part of parts) {
    if (Buffer.isBuffer(part)) {
      gathered.push(part);
      gatheredBytes += part.length;
      if (gatheredBytes >= COPY_BLOCK_BYTES) flush();
      continue;
    }
    flush();
    // A spool or a written file is copied through one reused block: a large result never sits in memory, nor leaves garbage.
    const copy = (block ??= Buffer.allocUnsafe(COPY_BLOCK_BYTES));
    withFile(part.path, 'r', (source) => {
      for (
        let left = part.size, read;
        left > 0 && (read = readSync(source, copy, 0, Math.min(copy.length, left), null)) > 0;
        left -= read
      ) {
        writeAll(fd, [copy.subarray(0, read)]);
      }
    });
  }
  flush();
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
