// Content addressing: a document is known to LlamaCloud by the digest of its bytes, read as a stream.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';

/** `sha256:<hex>`, the `external_file_id` a document is uploaded under and looked up by. */
export async function contentId(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return `sha256:${hash.digest('hex')}`;
}
