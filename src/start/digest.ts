// Content addressing: a document is known to LlamaCloud by the digest of its bytes, read as a stream; its
// upload sends exactly the bytes that were hashed, or nothing.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { ActionError } from '../lib/errors.js';
import { canonical } from './job-match.js';

/** A document's content as hashed. */
export interface Content {
  /** `sha256:<hex>`, the `external_file_id` a document is uploaded under and looked up by. */
  id: string;
  size: number;
}

/** A read stream's default piece. */
const PIECE_BYTES = 64 * 1024;

/**
 * The document's bytes as a stream, in pieces no larger than it was found to be: each piece is allocated
 * whole before it is read, so a stream of default pieces takes 64 KiB per read of a document of a few bytes,
 * which at thousands of small documents is most of the step's memory until it is collected.
 */
function readDocument(file: string, expectedSize: number): AsyncIterable<Buffer> {
  return createReadStream(file, { highWaterMark: Math.max(1, Math.min(expectedSize, PIECE_BYTES)) });
}

/** Hashes the whole file, however long it is now; `expectedSize` (its size when found) only sizes the reads. */
export async function hashContent(file: string, expectedSize: number): Promise<Content> {
  const hash = createHash('sha256');
  let size = 0;
  await pipeline(
    readDocument(file, expectedSize),
    async function* (chunks: AsyncIterable<Buffer>) {
      for await (const chunk of chunks) {
        size += chunk.length;
        yield chunk;
      }
    },
    hash
  );
  return { id: `sha256:${hash.digest('hex')}`, size };
}

/** The document no longer holds the bytes it was hashed at: its upload was stopped before its end. */
class DocumentChangedError extends ActionError {
  constructor(detail: string) {
    super(
      `it changed during the step (${detail}), so its upload was stopped before its end: no file is filed under the digest of other bytes. Keep documents unchanged while the step runs.`
    );
  }
}

/**
 * The document's bytes read afresh (each try of an upload reads them again), checked against `content` on
 * the way: more bytes fail at once, and fewer or other bytes fail before the last piece is passed on, so the
 * body they feed never completes.
 */
export async function* hashedBytes(file: string, content: Content): AsyncGenerator<Buffer> {
  const hash = createHash('sha256');
  let size = 0;
  let held: Buffer | undefined;
  for await (const chunk of readDocument(file, content.size)) {
    size += chunk.length;
    if (size > content.size) throw new DocumentChangedError(`it grew past the ${content.size} bytes it was hashed at`);
    hash.update(chunk);
    if (held) yield held;
    held = chunk;
  }
  if (size < content.size) throw new DocumentChangedError(`it is now ${size} bytes, not the ${content.size} it was hashed at`);
  if (`sha256:${hash.digest('hex')}` !== content.id) throw new DocumentChangedError('its bytes are no longer those hashed');
  if (held) yield held;
}

/**
 * What a run report keeps to check a result it holds: `sha256:` of the result's bytes as served, then, for a job
 * with field confidences, of their JSON with sorted keys. A replay takes the result only when it still matches.
 */
export function resultDigest(result: Buffer, confidences: unknown): string {
  const hash = createHash('sha256').update(result);
  if (confidences !== null && confidences !== undefined) hash.update('\n').update(canonical(confidences));
  return `sha256:${hash.digest('hex')}`;
}
