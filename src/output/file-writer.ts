// Files appear whole or not at all: written to a temporary file beside the target, then renamed.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import * as path from 'node:path';
import { ActionError } from '../errors.js';

/** Temporary files being written, removed if the process is stopped mid-write. */
const unfinished = new Set<string>();

export async function writeFileAtomic(file: string, chunks: Buffer[], what: string): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await mkdir(path.dirname(file), { recursive: true });
    unfinished.add(temp);
    const handle = await open(temp, 'wx', 0o644);
    try {
      await handle.writev(chunks);
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new ActionError(`Could not write ${what} to '${file}' (${reason}). Check that the path is a writable file location in the workspace.`);
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
  await rm(file, { force: true });
}
