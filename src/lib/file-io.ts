// Synchronous writes through a file descriptor, shared by spools and atomic files: every byte is written or
// the call fails, and every descriptor is closed.
import { closeSync, openSync, writeSync, writevSync } from 'node:fs';

/** Runs `use` on `file` opened with `flags`, and closes it whatever happens. */
export function withFile<T>(file: string, flags: string, use: (fd: number) => T, mode?: number): T {
  const fd = openSync(file, flags, mode);
  try {
    return use(fd);
  } finally {
    closeSync(fd);
  }
}

/** Every byte of `buffers`: writev may stop short (a full disk) and is carried on until all is written or it fails. */
export function writeAll(fd: number, buffers: Buffer[]): void {
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
