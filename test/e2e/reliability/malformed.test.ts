// A result that is not valid JSON, whatever its size, is never written: it is retried like a cut answer,
// then the step fails saying so. The syntax is checked in the same pass that finds the result. With
// `wait: false` (one read of a finished job) the retries are few and bounded, so the test does not race the timeout.
import { describe, expect, test } from '@jest/globals';
import { makeRows } from '../../../emulator/emulator.js';
import { filesUnder } from '../../support/readers.js';
import { singleError, useFaultHarness } from './support.js';

const harness = useFaultHarness();

/** `rows` with one byte broken at `at` (a `,` between rows made `;`). */
function broken(rows: Buffer, at: number): Buffer {
  const copy = Buffer.from(rows);
  copy[copy.indexOf('},{', at) + 1] = 0x3b;
  return copy;
}

describe('a malformed result', () => {
  test.concurrent.each([
    ['of 9 MiB, broken deep inside', broken(makeRows(9 * 1024 * 1024), 7 * 1024 * 1024)],
    ['of 9 MiB, cut short inside a string', makeRows(9 * 1024 * 1024).subarray(0, 5 * 1024 * 1024 + 7)],
    ['of a few bytes', Buffer.from('{"total": 1,, "n": 2}')]
  ])('%s is retried, never written, and fails the step clearly', async (_name, resultRaw) => {
    const { run, requests } = await harness.runFaulted({ jobs: [{ id: 'ext-1', resultRaw }] }, { wait: 'false' });
    const error = singleError(run);
    expect(error).toMatch(/GET \/api\/v2\/extract\/ext-1 failed: answer is not a JSON job \(not a JSON object \((expected|the JSON ends)/);
    expect(error).toMatch(/Gave up after \d+ attempts/);
    expect(requests.length).toBeGreaterThan(1);
    expect(await filesUnder(run.workspace)).toEqual([]);
    expect(run.outputs['result-file'] ?? '').toBe('');
  });
});
