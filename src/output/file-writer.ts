// Files appear whole or not at all: written to a temporary file beside the target, then renamed.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import * as path from 'node:path';
import { ActionError } from '../errors.js';

/** Temporary files being written, removed if the process is stopped mid-write. */
const unfinished = new Set<string>();

/**
 * A short fixed-length name beside the target: it fits wherever the target's name does (a name near the
 * 255-byte limit plus a suffix would not), and the same folder keeps the rename atomic.
 */
function tempNameFor(file: string): string {
  return path.join(path.dirname(file), `.llx-${randomBytes(6).toString('hex')}.tmp`);
}

export async function writeFileAtomic(file: string, chunks: Buffer[], what: string): Promise<void> {
  const temp = tempNameFor(file);
  let step = 'creating its folder';
  try {
    await mkdir(path.dirname(file), { recursive: true });
    step = 'writing';
    unfinished.add(temp);
    const handle = await open(temp, 'wx', 0o644);
    try {
      const { bytesWritten } = await handle.writev(chunks);
      // writev can stop short without an error (a full disk): a short file must never be renamed into place.
      const total = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
      if (bytesWritten !== total) throw new Error(`only ${bytesWritten} of ${total} bytes were written; is the disk full?`);
    } finally {
      await handle.close();
    }
    step = 'moving it into place';
    await rename(temp, file);
  } catch (error) {
    // The cleanup fails too when the folder is unusable (ENOTDIR): the first error is the one to report.
    await rm(temp, { force: true }).catch(() => undefined);
    throw new ActionError(
      `Could not write ${what} to '${file}' (${reasonOf(error)}, while ${step}). Check that the path is a writable file location in the workspace.`
    );
  } finally {
    unfinished.delete(temp);
  }
}

/** For a stop by signal: leaves no temporary file behind. */
export function removeUnfinishedFiles(): void {
  for (const temp of unfinished) rmSync(temp, { force: true });
  unfinished.clear();
}

/** A job without a result leaves no file from an earlier run at its path (self-hosted runners keep workspaces). */
export async function removeStaleFile(file: string): Promise<void> {
  try {
    await rm(file, { force: true });
  } catch (error) {
    throw new ActionError(
      `Could not remove the earlier result at '${file}' (${reasonOf(error)}). Point the output path at a file, not a folder.`
    );
  }
}

/** `ENOTDIR: not a directory`: Node's code and words, without the syscall and temporary path it appends. */
function reasonOf(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  return /^E[A-Z]+: [^,]+/.exec(message)?.[0] ?? code ?? message;
}
