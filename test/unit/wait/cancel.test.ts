import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import * as core from '../../__fixtures__/core.js';
import type { JobRead } from '../../../src/model/types.js';
import { useSuiteEmulator } from '../../support/emulators.js';

jest.unstable_mockModule('@actions/core', () => core);
const { cancelUnfinished } = await import('../../../src/wait/cancel.js');
const { ExtractClient } = await import('../../../src/api/extract-client.js');
const { Spools } = await import('../../../src/lib/spool.js');
const { Transport } = await import('../../../src/http/transport.js');

const emulator = useSuiteEmulator();
const transport = new Transport('cancel-test', 8);
let client: InstanceType<typeof ExtractClient>;
beforeAll(() => {
  client = new ExtractClient({ baseUrl: emulator.url, apiKey: emulator.apiKey }, transport, new Spools());
});
afterAll(() => transport.dispose());
beforeEach(() => {
  jest.clearAllMocks();
});

const read = (id: string, status: string, extra: Partial<JobRead> = {}): JobRead => ({ id, status, timedOut: false, ...extra });
const cancels = (): string[] => emulator.requests.filter((request) => request.method === 'POST').map((request) => request.path);

describe('cancelUnfinished', () => {
  it('cancels each job still running at the timeout and says which were cancelled', async () => {
    emulator.addJob({ id: 'ext-run', timeline: [{ status: 'RUNNING' }] });
    emulator.addJob({ id: 'ext-wait', timeline: [{ status: 'PENDING' }] });
    const reads = [read('ext-run', 'RUNNING', { timedOut: true }), read('ext-wait', 'PENDING', { timedOut: true })];
    const cancelled = await cancelUnfinished(client, reads);
    expect(cancels().sort()).toEqual(['/api/v2/extract/ext-run/cancel', '/api/v2/extract/ext-wait/cancel']);
    expect([emulator.job('ext-run')?.status, emulator.job('ext-wait')?.status]).toEqual(['CANCELLED', 'CANCELLED']);
    expect([...cancelled].sort()).toEqual(reads.map((o) => o.id).sort());
    expect(core.messages(core.info).sort()).toEqual([
      'Cancelled job ext-run (it was RUNNING).',
      'Cancelled job ext-wait (it was PENDING).'
    ]);
  });

  it('cancels the unfinished jobs of a stopped step, and a job never read', async () => {
    emulator.addJob({ id: 'ext-stop', timeline: [{ status: 'RUNNING' }] });
    emulator.addJob({ id: 'ext-never', timeline: [{ status: 'PENDING' }] });
    const reads = [read('ext-stop', 'RUNNING'), read('ext-never', '', { timedOut: true })];
    const cancelled = await cancelUnfinished(client, reads);
    expect([...cancelled].sort()).toEqual(reads.map((o) => o.id).sort());
    expect(core.messages(core.info)).toContain('Cancelled job ext-never (it was not read yet).');
  });

  it('leaves ended jobs and jobs that could not be read alone, sending nothing', async () => {
    const reads = [
      read('ext-done', 'COMPLETED', { timedOut: false }),
      read('ext-failed', 'FAILED'),
      read('ext-cancelled', 'CANCELLED'),
      read('ext-gone', '', { error: "Extract job 'ext-gone' was not found (404 Not Found)." })
    ];
    const cancelled = await cancelUnfinished(client, reads);
    expect(emulator.requests).toEqual([]);
    expect(core.info).not.toHaveBeenCalled();
    expect(cancelled.size).toBe(0);
  });

  it('cancels a job whose last read ran into the timeout', async () => {
    emulator.addJob({ id: 'ext-late', timeline: [{ status: 'RUNNING' }] });
    const reads = [
      read('ext-late', 'RUNNING', { timedOut: true, error: 'GET /api/v2/extract/ext-late failed: (the timeout was reached)' })
    ];
    const cancelled = await cancelUnfinished(client, reads);
    expect(cancels()).toEqual(['/api/v2/extract/ext-late/cancel']);
    expect([...cancelled]).toEqual(['ext-late']);
  });

  it('says a job that ended meanwhile had nothing to cancel', async () => {
    emulator.addJob({ id: 'ext-ended' });
    const reads = [read('ext-ended', 'RUNNING', { timedOut: true })];
    const cancelled = await cancelUnfinished(client, reads);
    expect(emulator.job('ext-ended')?.status).toBe('COMPLETED');
    expect(cancelled.size).toBe(0);
    expect(core.messages(core.info)).toEqual(['Job ext-ended had already ended; nothing to cancel.']);
  });

  it('reports a cancel that failed, after one try, and goes on with the others', async () => {
    emulator.addJob({ id: 'ext-err', timeline: [{ status: 'RUNNING' }] });
    emulator.addJob({ id: 'ext-ok', timeline: [{ status: 'RUNNING' }] });
    emulator.addFault({ kind: 'status', status: 500, match: { jobId: 'ext-err' } });
    const reads = [read('ext-err', 'RUNNING', { timedOut: true }), read('ext-ok', 'RUNNING', { timedOut: true })];
    const cancelled = await cancelUnfinished(client, reads);
    expect(cancels().filter((path) => path.includes('ext-err'))).toHaveLength(1);
    expect([...cancelled]).toEqual(['ext-ok']);
    expect(emulator.job('ext-err')?.status).toBe('RUNNING');
    // How long the one attempt took depends on the machine: only its count is fixed.
    expect(core.messages(core.info)).toContainEqual(
      expect.stringMatching(
        /^Could not cancel job ext-err: POST \/api\/v2\/extract\/ext-err\/cancel failed: 500 Internal Server Error\. Gave up after 1 attempt over [\d.]+s\. LlamaCloud is unavailable or rate-limiting: try again later, or raise timeout\.$/
      )
    );
  });
});
