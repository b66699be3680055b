import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ActionError } from '../../../src/lib/errors.js';
import { hashContent, hashedBytes, type Content } from '../../../src/start/digest.js';
import { useHarness } from '../../support/harness.js';

const harness = useHarness();
const dir = harness.folder();

/** Larger than one read of the file stream, so the bytes come in several pieces. */
const BYTES = Buffer.alloc(200_000, 'a');

function file(name: string, bytes: Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** What the upload was given before the stream failed, and how it failed. */
async function read(path: string, content: Content): Promise<{ passed: number; error?: unknown }> {
  let passed = 0;
  try {
    for await (const chunk of hashedBytes(path, content)) passed += chunk.length;
    return { passed };
  } catch (error) {
    return { passed, error };
  }
}

describe('hashContent', () => {
  const digest = (bytes: Buffer): string => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

  it('is the sha256 of the bytes, and their number', async () => {
    const path = file('a.pdf', BYTES);
    expect(await hashContent(path, BYTES.length)).toEqual({ id: digest(BYTES), size: BYTES.length });
  });

  it('reads the whole file whatever size it was found at: the size only sizes the reads', async () => {
    const path = file('grew.pdf', BYTES);
    expect(await hashContent(path, 10)).toEqual({ id: digest(BYTES), size: BYTES.length });
    const small = file('small.pdf', Buffer.from('%PDF-1.7 0'));
    expect(await hashContent(small, 0)).toEqual({ id: digest(Buffer.from('%PDF-1.7 0')), size: 10 });
  });
});

describe('hashedBytes', () => {
  it('passes the bytes hashed on, all of them, afresh each time', async () => {
    const path = file('same.pdf', BYTES);
    const content = await hashContent(path, BYTES.length);
    expect(await read(path, content)).toEqual({ passed: BYTES.length });
    expect(await read(path, content)).toEqual({ passed: BYTES.length });
  });

  it('passes a small document on whole, in one piece', async () => {
    const bytes = Buffer.from('%PDF-1.7 small');
    const path = file('small.pdf', bytes);
    const pieces: Buffer[] = [];
    for await (const piece of hashedBytes(path, await hashContent(path, bytes.length))) pieces.push(piece);
    expect(pieces).toEqual([bytes]);
  });

  it('fails before the last piece when the bytes are others of the same size', async () => {
    const path = file('rewritten.pdf', BYTES);
    const content = await hashContent(path, BYTES.length);
    writeFileSync(path, Buffer.alloc(BYTES.length, 'b'));
    const { passed, error } = await read(path, content);
    expect(error).toBeInstanceOf(ActionError);
    expect((error as Error).message).toBe(
      'it changed during the step (its bytes are no longer those hashed), so its upload was stopped before its end: no file is filed under the digest of other bytes. Keep documents unchanged while the step runs.'
    );
    expect(passed).toBeLessThan(BYTES.length);
  });

  it('fails as soon as the document has grown, before passing more than it was hashed at', async () => {
    const path = file('grown.pdf', BYTES);
    const content = await hashContent(path, BYTES.length);
    writeFileSync(path, Buffer.concat([BYTES, BYTES]));
    const { passed, error } = await read(path, content);
    expect((error as Error).message).toContain(`(it grew past the ${BYTES.length} bytes it was hashed at)`);
    expect(passed).toBeLessThan(BYTES.length);
  });

  it('fails when it has shrunk, saying by how much', async () => {
    const path = file('shrunk.pdf', BYTES);
    const content = await hashContent(path, BYTES.length);
    writeFileSync(path, BYTES.subarray(0, 10));
    const { passed, error } = await read(path, content);
    expect((error as Error).message).toContain(`(it is now 10 bytes, not the ${BYTES.length} it was hashed at)`);
    expect(passed).toBe(0);
  });
});
