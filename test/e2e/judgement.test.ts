// The judgement as a workflow author sees it: one decision per job rendered alike in the
// log, the outputs and the summary; a file that cannot be written is one job's problem; a stop still sets
// the outputs; API text never starts a log line and is cut to a bound everywhere it shows.
import { describe, expect, test } from '@jest/globals';
import type { ChildProcess } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { emulatorInputs, withEmulator, type ActionRun } from '../../emulator/runner.js';
import { annotations, exists, readJson } from '../support/readers.js';
import { FAST, useFaultHarness } from './reliability/support.js';
import { sampleInvoice } from '../../emulator/emulator.js';

const harness = useFaultHarness();

interface ListedJob {
  id: string;
  status: string;
  state: string;
  error_message: string;
}
const listed = (run: ActionRun): ListedJob[] => JSON.parse(run.outputs.jobs!) as ListedJob[];

describe('a file that cannot be written', () => {
  test.concurrent(
    'is that job’s problem: the others are written, every output and the summary are set, every problem reported',
    async () => {
      const workspace = harness.folder({ 'schema.json': JSON.stringify({ type: 'object', required: ['purchase_order'] }) });
      // A folder where ext-blocked's result should go.
      await mkdir(join(workspace, 'out/ext-blocked.json'), { recursive: true });
      const { run } = await harness.runFaulted(
        {
          jobs: [
            { id: 'ext-blocked' },
            { id: 'ext-after' },
            { id: 'ext-failed', timeline: [{ status: 'FAILED' }], errorMessage: 'Unreadable scan' }
          ]
        },
        { 'job-id': 'ext-blocked ext-after ext-failed', 'output-file': 'out/{job_id}.json', schema: 'schema.json' },
        { workspace }
      );
      const target = join(workspace, 'out/ext-blocked.json');
      expect(run.code).toBe(1);
      expect(await readJson(run, 'out/ext-after.json')).toEqual(sampleInvoice);
      const errors = annotations(run, 'error');
      const writeError = errors.find((message) => message.startsWith('Could not write'));
      expect(writeError).toMatch(new RegExp(`^Could not write the result of job ext-blocked to '${target}' \\(EISDIR: [^)]+\\)`));
      expect(errors).toEqual(
        expect.arrayContaining([
          "Job ext-blocked: schema check failed at /: missing required property 'purchase_order'",
          "Job ext-after: schema check failed at /: missing required property 'purchase_order'",
          'Job ext-failed FAILED: Unreadable scan',
          '3 of 3 jobs did not pass (4 problems, listed above).'
        ])
      );
      expect(run.outputs).toMatchObject({ status: 'FAILED', 'job-id': 'ext-blocked,ext-after,ext-failed', 'timed-out': 'false' });
      expect(run.outputs['result-file']).toBe(join(workspace, 'out/ext-after.json'));
      expect(run.outputs['error-message']).toContain(writeError);
      expect(listed(run).map((job) => [job.id, job.state, job.error_message])).toEqual([
        [
          'ext-blocked',
          'completed',
          `Job ext-blocked: schema check failed at /: missing required property 'purchase_order'\n${writeError}`
        ],
        ['ext-after', 'completed', "Job ext-after: schema check failed at /: missing required property 'purchase_order'"],
        ['ext-failed', 'failed', 'Job ext-failed FAILED: Unreadable scan']
      ]);
      expect(run.summary).toContain('not written: Could not write the result of job ext-blocked');
    }
  );

  test.concurrent('fails the step even with fail-on-error: false', async () => {
    const workspace = harness.folder();
    await mkdir(join(workspace, 'extract-result.json'));
    const { run } = await harness.runFaulted({}, { 'fail-on-error': 'false' }, { workspace });
    expect(run.code).toBe(1);
    expect(annotations(run, 'error')).toEqual([
      expect.stringMatching(/^Could not write the result of job ext-1 to '.*extract-result\.json' \(EISDIR/)
    ]);
    expect(run.outputs).toMatchObject({ status: 'COMPLETED', 'result-file': '' });
  });
});

describe('a step stopped by a signal', () => {
  test.concurrent('still sets the outputs and the summary from what is known', async () => {
    let child: ChildProcess | undefined;
    let stopped = false;
    await withEmulator(
      {
        jobs: [{ id: 'ext-run', timeline: [{ status: 'RUNNING' }] }, { id: 'ext-done' }],
        // One signal only: a second one ends the step at once.
        onRequest: () => {
          if (child && child.signalCode === null && !stopped) stopped = child.kill('SIGTERM');
        }
      },
      async (emulator) => {
        const run = await harness.run({
          inputs: emulatorInputs(emulator, { ...FAST, 'job-id': 'ext-run ext-done', 'output-file': '{job_id}.json' }),
          onSpawn: (spawned) => (child = spawned),
          timeoutMs: 15_000
        });
        expect(run.code).toBe(1);
        expect(annotations(run, 'error')).toEqual(['The step was stopped (SIGTERM) before every job had ended.']);
        expect(run.outputs).toMatchObject({ 'job-id': 'ext-run,ext-done', 'timed-out': 'false' });
        expect(listed(run).map((job) => job.id)).toEqual(['ext-run', 'ext-done']);
        expect(run.summary).toContain('⛔ The step was stopped (SIGTERM) before every job had ended.');
      }
    );
  });
});

describe('one decision per job, rendered alike everywhere', () => {
  test.concurrent('a COMPLETED job without a result is "without result" in the summary, the outputs and the verdict', async () => {
    const { run } = await harness.runFaulted({ jobs: [{ id: 'ext-1', result: null }] }, {});
    expect(run.code).toBe(1);
    expect(annotations(run, 'error')).toEqual([
      "Job ext-1 COMPLETED without an extract_result: check the extraction's configuration and document."
    ]);
    expect(run.summary).toMatch(/^## ❌ 0 of 1 extract job passed\n\n1 without result\n\n/);
    expect(listed(run)).toEqual([expect.objectContaining({ status: 'COMPLETED', state: 'no-result' })]);
    expect(await exists(run, 'extract-result.json')).toBe(false);
  });

  test.concurrent('a job whose last read ran into the timeout is "timed out" in the summary, the outputs and the verdict', async () => {
    const { run } = await harness.runFaulted(
      { jobs: [{ id: 'ext-1', timeline: [{ status: 'RUNNING' }] }], faults: [{ kind: 'stall', after: 1, times: Infinity }] },
      { timeout: '3s' }
    );
    expect(run.code).toBe(1);
    const [error] = annotations(run, 'error');
    expect(error).toMatch(/^Job ext-1 did not finish within 3s \(last status RUNNING\)\. Last error: /);
    expect(run.summary).toMatch(/^## ❌ 0 of 1 extract job passed\n\n1 timed out\n\n/);
    expect(listed(run)).toEqual([expect.objectContaining({ state: 'timed-out', error_message: error })]);
    expect(run.outputs['timed-out']).toBe('true');
  });
});

/** Every line the runner would act on as a command, after the leading whitespace it ignores. */
const commandLines = (run: ActionRun): string[] =>
  run.stdout
    .split(/\r\n|[\r\n]/)
    .map((line) => line.trimStart())
    .filter((line) => line.startsWith('::') || line.includes('##['));

/** No forged command: the only commands are ours, and none starts with API text. */
function expectNoForgedCommand(run: ActionRun): void {
  const forged = commandLines(run).filter((line) => /^::[a-z-]+::forged|^::(add-mask|stop-commands)::(?!llx-)|##\[/.test(line));
  expect(forged).toEqual([]);
}

describe('API text never starts a log line', () => {
  const hostile = (what: string): string => `x\n::error::forged ${what}\r\n::add-mask::forged\n  ::stop-commands::forged\n##[error]forged`;

  test.concurrent('a status, in the progress lines, the final lines and the unknown-status warning', async () => {
    const { run } = await harness.runFaulted({ jobs: [{ id: 'ext-1', timeline: [{ status: hostile('status') }] }] }, { wait: 'false' });
    expect(run.code).toBe(0);
    expectNoForgedCommand(run);
    expect(run.stdout).toContain('Job ext-1: x ⏎ ::error::forged status');
  });

  test.concurrent('an error_message, in the failure and the annotations', async () => {
    const { run } = await harness.runFaulted(
      {
        jobs: [
          { id: 'ext-1', timeline: [{ status: 'FAILED' }], errorMessage: hostile('message') },
          { id: 'ext-2', timeline: [{ status: 'CANCELLED' }], errorMessage: hostile('message') }
        ]
      },
      { 'job-id': 'ext-1 ext-2', 'output-file': '{job_id}.json' }
    );
    expect(run.code).toBe(1);
    expectNoForgedCommand(run);
    expect(annotations(run, 'error')).toContain(
      'Job ext-1 FAILED: x ⏎ ::error::forged message ⏎ ::add-mask::forged ⏎   ::stop-commands::forged ⏎ #\u200b#[error]forged'
    );
  });

  test.concurrent('a field name in a schema violation', async () => {
    const workspace = harness.folder({ 'schema.json': JSON.stringify({ type: 'object', additionalProperties: false }) });
    const { run } = await harness.runFaulted(
      { jobs: [{ id: 'ext-1', result: { [hostile('path')]: 1 } }] },
      { schema: 'schema.json' },
      { workspace }
    );
    expect(run.code).toBe(1);
    expectNoForgedCommand(run);
    expect(annotations(run, 'error')[0]).toMatch(/^Job ext-1: schema check failed at \/: unexpected property 'x ⏎ ::error::forged path/);
  });

  test.concurrent('an error detail, in a read error', async () => {
    const { run } = await harness.runFaulted(
      { faults: [{ kind: 'status', status: 403, body: { detail: hostile('detail') }, times: Infinity }] },
      {}
    );
    expect(run.code).toBe(1);
    expectNoForgedCommand(run);
    expect(annotations(run, 'error')).toEqual([expect.stringContaining('LlamaCloud said: x ::error::forged detail')]);
  });
});

describe('API text is cut to a bound wherever it shows', () => {
  const MiB = 1024 * 1024;
  const lineBytes = (run: ActionRun): number => Math.max(...run.stdout.split('\n').map((line) => Buffer.byteLength(line)));

  test.concurrent.each([403, 422])('a %i with a multi-megabyte detail: a short log line and error-message', async (status) => {
    const { run } = await harness.runFaulted(
      { faults: [{ kind: 'status', status, body: { detail: 'd'.repeat(3 * MiB) }, times: Infinity }] },
      {}
    );
    expect(run.code).toBe(1);
    const [error] = annotations(run, 'error');
    expect(error).toMatch(/ … \[cut: \d+ bytes in all\]/);
    expect(lineBytes(run)).toBeLessThan(8 * 1024);
    expect(Buffer.byteLength(run.outputs['error-message']!)).toBeLessThan(8 * 1024);
    expect(Buffer.byteLength(run.summary)).toBeLessThan(16 * 1024);
  });

  test.concurrent('a FAILED job with a megabyte error_message: every output under 1 MiB, short log lines', async () => {
    const { run } = await harness.runFaulted(
      { jobs: [{ id: 'ext-1', timeline: [{ status: 'FAILED' }], errorMessage: 'e'.repeat(MiB) }] },
      {}
    );
    expect(run.code).toBe(1);
    expect(lineBytes(run)).toBeLessThan(8 * 1024);
    for (const value of Object.values(run.outputs)) expect(Buffer.byteLength(value)).toBeLessThan(8 * 1024);
    expect(listed(run)[0]!.error_message).toMatch(/^Job ext-1 FAILED: e+ … \[cut: \d+ bytes in all\]$/);
  });

  test.concurrent('200 FAILED jobs with long error messages: the jobs output stays under 1 MiB and lists every job', async () => {
    const ids = Array.from({ length: 200 }, (_, i) => `ext-${i}`);
    const { run } = await harness.runFaulted(
      { jobs: ids.map((id) => ({ id, timeline: [{ status: 'FAILED' }], errorMessage: `${id} `.repeat(2000) })) },
      { 'job-id': ids.join(' '), 'output-file': '{job_id}.json' }
    );
    expect(run.code).toBe(1);
    for (const value of Object.values(run.outputs)) expect(Buffer.byteLength(value)).toBeLessThan(MiB);
    expect(listed(run).map((job) => job.id)).toEqual(ids);
  });
});
