// The step's timeout is a deadline for every request: none starts after it, a stalled upload included, and no
// request waits more than 60 s, an upload included. Counts of what the emulator saw, not durations, carry the
// assertions; wall-clock bounds are generous.
import { describe, expect, test } from '@jest/globals';
import { annotations, logLines, problems } from '../../support/readers.js';
import { emulatorInputs, withEmulator } from '../../../emulator/runner.js';
import { useFaultHarness } from './support.js';

const harness = useFaultHarness();

const UPLOAD = { method: 'POST', path: '/api/v1/beta/files' } as const;
const CONFIGURATION = { 'extract.yml': 'data_schema:\n  type: object\n  properties:\n    total: { type: number }\n' };

/** A checkout of `count` documents and the configuration. */
function checkout(count: number): string {
  const documents = Object.fromEntries(
    Array.from({ length: count }, (_, i) => [`docs/d${String(i).padStart(3, '0')}.pdf`, `%PDF-1.7 ${i}`])
  );
  return harness.folder({ ...documents, ...CONFIGURATION });
}

const fileInputs = { file: 'docs/*.pdf', configuration: 'extract.yml', 'output-file': 'out/{path}.json', 'poll-interval': '1s' };

describe('no request starts after the deadline', () => {
  test.concurrent('uploads that stall until the timeout: the documents not reached by then send nothing', async () => {
    await withEmulator({ faults: [{ kind: 'stall', match: UPLOAD, times: Infinity }] }, async (emulator) => {
      const run = await harness.run({
        workspace: checkout(30),
        timeoutMs: 60_000,
        inputs: emulatorInputs(emulator, { ...fileInputs, timeout: '3s' })
      });
      expect(run.code).toBe(1);
      const uploads = emulator.requests.filter((request) => request.method === UPLOAD.method && request.path === UPLOAD.path);
      const lookups = emulator.requests.filter((request) => request.method === 'GET' && request.path === UPLOAD.path);
      // Documents are looked up ahead of their uploads, in one listing of the project's files; the uploads stalled
      // until the deadline and nothing came after them: no look-up for a lost upload answer, no upload sent late,
      // no job created.
      expect(uploads.length).toBeGreaterThan(0);
      expect(uploads.every((request) => request.fault === 'stall')).toBe(true);
      expect(lookups.map((request) => request.query.external_file_id)).toEqual([undefined]);
      expect(emulator.requests).toHaveLength(lookups.length + uploads.length);
      // One line per document: the stalled uploads timed out, the others never got their turn.
      const errors = problems(run, 'error').filter((error) => error.startsWith('Document '));
      expect(errors).toHaveLength(30);
      expect(
        errors.filter((error) => /^Document .*: POST \/api\/v1\/beta\/files failed: .*\(the timeout was reached\)/.test(error))
      ).toHaveLength(uploads.length);
      expect(errors.filter((error) => error.includes('the timeout was reached before its turn.'))).toHaveLength(30 - uploads.length);
      // Generous: the step ends at its 3 s timeout, not after retrying or starting the rest.
      expect(run.durationMs).toBeLessThan(15_000);
    });
  });
});

describe('no request waits more than 60 s', () => {
  test.concurrent(
    'an upload whose answer never comes is let go after 60 s, looked up, and sent again, well within a long timeout',
    async () => {
      await withEmulator({ faults: [{ kind: 'stall', match: UPLOAD }] }, async (emulator) => {
        const run = await harness.run({
          workspace: checkout(1),
          timeoutMs: 150_000,
          inputs: emulatorInputs(emulator, { ...fileInputs, timeout: '120s' })
        });
        expect({ code: run.code, errors: annotations(run, 'error') }).toEqual({ code: 0, errors: [] });
        expect(emulator.requests.slice(0, 4).map((request) => [request.method, request.path, request.fault ?? 'ok'])).toEqual([
          ['GET', UPLOAD.path, 'ok'],
          ['POST', UPLOAD.path, 'stall'],
          ['GET', UPLOAD.path, 'ok'],
          ['POST', UPLOAD.path, 'ok']
        ]);
        expect(emulator.stats()).toMatchObject({ uploads: 1, creates: 1 });
        expect(logLines(run)).toContainEqual(
          expect.stringMatching(
            /^POST \/api\/v1\/beta\/files: 127\.0\.0\.1:\d+: no complete answer in the time allowed \(ETIMEDOUT\); it may have reached LlamaCloud: checking before retry 1/
          )
        );
        // The second try began a minute after the first, not at the 120 s timeout.
        const [, stalled, , again] = emulator.requests;
        expect(again!.at - stalled!.at).toBeGreaterThanOrEqual(59_000);
        expect(again!.at - stalled!.at).toBeLessThan(100_000);
      });
    },
    180_000
  );
});
