// A document rewritten between its hashing and its upload is never filed under the old digest, and one that
// shrinks or grows fails that document at once, never a stall. The emulator rewrites it on the look-up by
// digest, which comes after the hashing and before the upload.
import { describe, expect, test } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RecordedRequest } from '../../../emulator/emulator.js';
import { annotations } from '../../support/readers.js';
import { emulatorInputs, withEmulator } from '../../../emulator/runner.js';
import { useFaultHarness } from './support.js';

const harness = useFaultHarness();

const ORIGINAL = `%PDF-1.7 ${'original '.repeat(20_000)}`;
const inputs = { file: 'docs/*.pdf', configuration: 'extract.yml', 'poll-interval': '1s', timeout: '20s' };

describe('a document rewritten after it was hashed', () => {
  test.concurrent.each([
    ['to other bytes of the same size', ORIGINAL.replace(/original/g, 'modified'), /its bytes are no longer those hashed/],
    ['shorter', '%PDF-1.7 short', /it is now 14 bytes, not the \d+ it was hashed at/],
    ['longer', `${ORIGINAL}${ORIGINAL}`, /it grew past the \d+ bytes it was hashed at/]
  ])('%s: is not uploaded, and fails at once with a clear line; a re-run uploads the new bytes', async (_name, rewritten, detail) => {
    const workspace = harness.folder({ 'docs/a.pdf': ORIGINAL, 'extract.yml': 'data_schema:\n  type: object\n' });
    let rewrite = true;
    const onRequest = (request: RecordedRequest): void => {
      // Synchronously, before the emulator answers the look-up: the action then uploads what is on disk.
      if (rewrite && request.method === 'GET' && request.path === '/api/v1/beta/files') {
        rewrite = false;
        writeFileSync(join(workspace, 'docs/a.pdf'), rewritten);
      }
    };
    await withEmulator({ onRequest }, async (emulator) => {
      const run = await harness.run({ workspace, timeoutMs: 60_000, inputs: emulatorInputs(emulator, inputs) });
      expect(run.code).toBe(1);
      const errors = annotations(run, 'error');
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^Document docs\/a\.pdf: it changed during the step \(/);
      expect(errors[0]).toMatch(detail);
      expect(errors[0]).toContain('so its upload was stopped before its end');
      expect(emulator.stats()).toMatchObject({ uploads: 0, creates: 0 });
      expect(run.outputs['timed-out']).toBe('false');

      const again = await harness.run({ workspace, timeoutMs: 60_000, inputs: emulatorInputs(emulator, inputs) });
      expect({ code: again.code, errors: annotations(again, 'error') }).toEqual({ code: 0, errors: [] });
      const [upload] = emulator.uploads;
      expect(upload).toMatchObject({ size: Buffer.byteLength(rewritten), externalFileId: `sha256:${upload!.sha256}` });
    });
  });
});
