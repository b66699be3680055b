// Cost control: with cancel-on-timeout, jobs still running when the wait times out (or the step is
// stopped by SIGTERM) are cancelled, once each, within a few seconds; without it nothing is cancelled.
import { describe, expect, it } from '@jest/globals';
import { emulatorInputs, withEmulator, type ActionRun } from '../../emulator/runner.js';
import { useHarness } from '../support/harness.js';
import { annotations, cancels, logLines, readJson } from '../support/readers.js';
import { DEFAULT_PROJECT_ID, sampleInvoice, type Emulator, type JobScript } from '../../emulator/emulator.js';

const harness = useHarness();

const running = (id: string, status = 'RUNNING'): JobScript => ({ id, timeline: [{ status }] });
const cancelledIds = (emulator: Emulator): string[] =>
  cancels(emulator.requests)
    .map((request) => request.jobId ?? '')
    .sort();

describe('cancel-on-timeout', () => {
  it('cancels each job still running at the timeout, with the same auth and scope, and leaves ended jobs alone', async () => {
    const jobs: JobScript[] = [
      running('ext-running'),
      running('ext-pending', 'PENDING'),
      // Still running at the last poll, but ends before its cancel is handled: the API refuses that cancel.
      running('ext-late'),
      { id: 'ext-done', timeline: [{ status: 'RUNNING', forMs: 300 }, { status: 'COMPLETED' }] },
      { id: 'ext-failed', timeline: [{ status: 'FAILED' }], errorMessage: 'Unreadable scan' }
    ];
    let emulator!: Emulator;
    const onRequest = (request: { method: string; jobId?: string }): void => {
      if (request.method === 'POST' && request.jobId === 'ext-running')
        emulator.addJob({ id: 'ext-late', timeline: [{ status: 'COMPLETED' }] });
    };
    await withEmulator(
      { jobs, onRequest, faults: [{ kind: 'stall', stallMs: 500, match: { method: 'POST', jobId: 'ext-late' } }] },
      async (started) => {
        emulator = started;
        const result = await harness.run({
          inputs: emulatorInputs(emulator, {
            'job-id': jobs.map((job) => job.id).join(' '),
            'output-file': 'out/{job_id}.json',
            'project-id': DEFAULT_PROJECT_ID,
            'organization-id': '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d',
            'poll-interval': '1s',
            timeout: '2s',
            'cancel-on-timeout': 'true'
          })
        });
        expect(result.code).toBe(1);
        expect(result.outputs['timed-out']).toBe('true');
        expect(result.outputs.status).toBe('FAILED');

        // One attempt per unfinished job, none for the jobs that had ended.
        expect(cancelledIds(emulator)).toEqual(['ext-late', 'ext-pending', 'ext-running']);
        for (const request of cancels(emulator.requests)) {
          expect(request.headers.authorization).toBe(`Bearer ${emulator.apiKey}`);
          expect(request.query).toEqual({ project_id: [DEFAULT_PROJECT_ID], organization_id: ['9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d'] });
        }
        expect(emulator.job('ext-running')?.status).toBe('CANCELLED');
        expect(emulator.job('ext-pending')?.status).toBe('CANCELLED');
        expect(emulator.job('ext-late')?.status).toBe('COMPLETED');
        expect(await readJson(result, 'out/ext-done.json')).toEqual(sampleInvoice);

        // The log says which were cancelled and which had ended meanwhile.
        const log = logLines(result);
        expect(log).toEqual(
          expect.arrayContaining([
            'Cancelled job ext-running (it was RUNNING).',
            'Cancelled job ext-pending (it was PENDING).',
            'Job ext-late had already ended; nothing to cancel.'
          ])
        );
        expect(annotations(result, 'error')).toEqual(
          expect.arrayContaining([
            'Job ext-running did not finish within 2s (last status RUNNING). It was cancelled.',
            'Job ext-pending did not finish within 2s (last status PENDING). It was cancelled.',
            expect.stringMatching(/^Job ext-late did not finish within 2s \(last status RUNNING\)\. Raise 'timeout'/)
          ])
        );

        // The summary too: a note in each cancelled job's row and a line in its detail; none for ext-late.
        const rowOf = (id: string): string => result.summary.split('\n').find((line) => line.startsWith(`| <code>${id}</code>`)) ?? '';
        expect(rowOf('ext-running')).toContain('cancel requested');
        expect(rowOf('ext-pending')).toContain('cancel requested');
        expect(rowOf('ext-late')).not.toContain('cancel requested');
        expect(result.summary.match(/Cancellation was requested for this job/g)).toHaveLength(2);
      }
    );
  });

  it('makes one attempt per job and gives up within a few seconds when cancels fail or hang', async () => {
    const jobs = [running('ext-hang'), running('ext-503'), running('ext-ok')];
    const faults = [
      { kind: 'stall' as const, match: { method: 'POST', jobId: 'ext-hang' } },
      { kind: 'status' as const, status: 503, times: Infinity, match: { method: 'POST', jobId: 'ext-503' } }
    ];
    await withEmulator({ jobs, faults }, async (emulator) => {
      const result = await harness.run({
        inputs: emulatorInputs(emulator, {
          'job-id': 'ext-hang,ext-503,ext-ok',
          'output-file': '{job_id}.json',
          'poll-interval': '1s',
          // Long enough that even a slow start reads each job before the wait times out.
          timeout: '3s',
          'cancel-on-timeout': 'true'
        })
      });
      expect(result.code).toBe(1);
      expect(cancelledIds(emulator)).toEqual(['ext-503', 'ext-hang', 'ext-ok']);
      // 3 s of waiting (start-up included), at most ~4 s of cancelling, and slack for a loaded machine.
      expect(result.durationMs).toBeLessThan(3000 + 4000 + 2500);
      expect(emulator.job('ext-ok')?.status).toBe('CANCELLED');
      const log = logLines(result);
      expect(log).toContain('Cancelled job ext-ok (it was RUNNING).');
      expect(log.some((line) => line.startsWith('Could not cancel job ext-503: POST /api/v2/extract/ext-503/cancel failed: 503'))).toBe(
        true
      );
      expect(log.some((line) => line.startsWith('Could not cancel job ext-hang:'))).toBe(true);
    });
  }, 15_000);

  it('sends no cancel without the flag: the job keeps running', async () => {
    await withEmulator({ jobs: [running('ext-1')] }, async (emulator) => {
      const result = await harness.run({ inputs: emulatorInputs(emulator, { 'job-id': 'ext-1', 'poll-interval': '1s', timeout: '1s' }) });
      expect(result.code).toBe(1);
      expect(result.outputs['timed-out']).toBe('true');
      expect(cancels(emulator.requests)).toEqual([]);
      expect(emulator.job('ext-1')?.status).toBe('RUNNING');
      expect(annotations(result, 'error')).toEqual([expect.stringContaining("set 'cancel-on-timeout: true' so it stops billing")]);
    });
  });
});

describe('a stopped step (SIGTERM, SIGINT)', () => {
  /**
   * Runs the action and sends `signal` once it has logged its first progress line (the jobs' statuses
   * were swept and read); `stopMs` is how long the process lived after the signal, start-up no part of it.
   */
  async function runAndStop(
    emulator: Emulator,
    inputs: Record<string, string>,
    signal: NodeJS.Signals = 'SIGTERM'
  ): Promise<ActionRun & { stopMs: number }> {
    let signalledAt = 0;
    let exitedAt = 0;
    const result = await harness.run({
      inputs: emulatorInputs(emulator, { 'poll-interval': '5s', timeout: '1m', ...inputs }),
      onSpawn: (child) => {
        child.once('exit', () => (exitedAt = Date.now()));
        child.stdout?.on('data', (chunk: Buffer) => {
          if (signalledAt === 0 && / jobs finished: /.test(String(chunk))) {
            signalledAt = Date.now();
            child.kill(signal);
          }
        });
      }
    });
    expect(signalledAt).toBeGreaterThan(0);
    return { ...result, stopMs: exitedAt - signalledAt };
  }

  it.each(['SIGTERM', 'SIGINT'] as const)(
    'cancels the unfinished jobs on %s with cancel-on-timeout, and says so in the log and summary',
    async (signal) => {
      const jobs: JobScript[] = [running('ext-a'), running('ext-b', 'THROTTLED'), { id: 'ext-done' }];
      await withEmulator({ jobs }, async (emulator) => {
        const result = await runAndStop(
          emulator,
          { 'job-id': 'ext-a ext-b ext-done', 'output-file': '{job_id}.json', 'cancel-on-timeout': 'true' },
          signal
        );
        expect(result.code).toBe(1);
        // Cancelling may take up to 5 s after the signal; then the process is gone whatever is in flight.
        expect(result.stopMs).toBeLessThan(5000 + 2000);
        expect(cancelledIds(emulator)).toEqual(['ext-a', 'ext-b']);
        expect(logLines(result)).toEqual(
          expect.arrayContaining(['Cancelled job ext-a (it was RUNNING).', 'Cancelled job ext-b (it was THROTTLED).'])
        );
        expect(annotations(result, 'error')).toEqual([`The step was stopped (${signal}) before every job had ended.`]);
        // The summary counts them as cancelled (not in progress) and marks each.
        expect(result.summary).toMatch(/^## ❌ 1 of 3 extract jobs passed\n\n1 completed · 2 cancelled\n\n/);
        expect(result.summary).toContain('| <code>ext-a</code> | 🚫 RUNNING |');
        expect(result.summary.match(/Cancellation was requested for this job/g)).toHaveLength(2);
      });
    }
  );

  it('sends no cancel without the flag, and exits promptly', async () => {
    await withEmulator({ jobs: [running('ext-a'), running('ext-b')] }, async (emulator) => {
      const result = await runAndStop(emulator, { 'job-id': 'ext-a ext-b', 'output-file': '{job_id}.json' });
      expect(result.code).toBe(1);
      // Gone 800 ms after the signal at the latest (plus slack for a loaded machine), not at the next look.
      expect(result.stopMs).toBeLessThan(2000);
      expect(cancels(emulator.requests)).toEqual([]);
    });
  });
});
