// Results as they come, in the file mode: a job is waited for while the other documents are still being
// started, and its result is written as soon as it has ended, so a step stopped or timed out halfway leaves
// every completed job's result written and reported.
import { describe, expect, it } from '@jest/globals';
import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sampleInvoice, type Emulator, type Fault, type RecordedRequest } from '../../emulator/emulator.js';
import { emulatorInputs, withEmulator } from '../../emulator/runner.js';
import { useHarness } from '../support/harness.js';
import { annotations, readJson } from '../support/readers.js';

const harness = useHarness();

const CONFIGURATION = 'data_schema:\n  type: object\n  properties:\n    total: { type: number }\ntier: cost_effective\n';
/** The configuration above as a create sends it: what a job left by an earlier run was made with. */
const SENT_CONFIGURATION = { data_schema: { type: 'object', properties: { total: { type: 'number' } } }, tier: 'cost_effective' };

const checkout = (files: Record<string, string>): string => harness.folder({ ...files, 'extract.yml': CONFIGURATION });
const inputs = (extra: Record<string, string>) => ({
  file: 'docs/*.pdf',
  configuration: 'extract.yml',
  'output-file': 'out/{path}.json',
  'poll-interval': '1s',
  ...extra
});

interface JobEntry {
  file: string;
  id: string;
  state: string;
  result_file: string;
}
const jobsOf = (outputs: Record<string, string>): JobEntry[] => JSON.parse(outputs.jobs ?? '[]') as JobEntry[];
const creates = (emulator: Emulator): RecordedRequest[] =>
  emulator.requests.filter((request) => request.method === 'POST' && request.path === '/api/v2/extract');
const digest = (text: string): string => `sha256:${createHash('sha256').update(text).digest('hex')}`;

/**
 * Runs the step and, while it runs, waits until `ready(workspace)` holds (checked as the step goes: no fixed
 * wait), then calls `then(child)`. Gives the run and whether `ready` held while the step was still running.
 */
async function runUntil(
  emulator: Emulator,
  workspace: string,
  stepInputs: Record<string, string>,
  ready: () => boolean,
  then: (child: ChildProcess) => void = () => {}
) {
  let child: ChildProcess | undefined;
  let exited = false;
  const running = harness
    .run({ inputs: emulatorInputs(emulator, stepInputs), workspace, onSpawn: (spawned) => (child = spawned) })
    .finally(() => (exited = true));
  while (!exited && !ready()) await new Promise((resolve) => setTimeout(resolve, 25));
  const readyWhileRunning = !exited;
  if (readyWhileRunning && child) then(child);
  return { result: await running, readyWhileRunning };
}

describe('results as jobs end', () => {
  it('writes a job’s result while another document is still being started', async () => {
    // The second create is never answered: the start stage cannot end until the step is stopped.
    const faults: Fault[] = [{ kind: 'stall', after: 1, match: { method: 'POST', path: '/api/v2/extract' } }];
    await withEmulator({ faults, createdTimeline: [{ status: 'COMPLETED' }] }, async (emulator) => {
      const workspace = checkout({ 'docs/a.pdf': '%PDF-1.7 a', 'docs/b.pdf': '%PDF-1.7 b' });
      let answeredCreates = -1;
      let written: unknown;
      const { result, readyWhileRunning } = await runUntil(
        emulator,
        workspace,
        inputs({ timeout: '45s' }),
        () => {
          const file = ['a', 'b'].map((name) => join(workspace, `out/docs/${name}.json`)).find((path) => existsSync(path));
          if (!file) return false;
          // Files appear whole (written aside, then renamed): what is there now is the whole result.
          written = JSON.parse(readFileSync(file, 'utf8'));
          answeredCreates = creates(emulator).filter((request) => request.status !== 0).length;
          return true;
        },
        (child) => child.kill('SIGTERM')
      );
      expect(readyWhileRunning).toBe(true);
      expect(written).toEqual(sampleInvoice);
      // Both creates had arrived, one answered, the other still waiting for its answer.
      expect(creates(emulator)).toHaveLength(2);
      expect(answeredCreates).toBe(1);
      expect(result.code).toBe(1);
      const jobs = jobsOf(result.outputs);
      expect(jobs.map((job) => job.state).sort()).toEqual(['completed', 'not-started']);
    });
  }, 90_000);

  it('a stop halfway leaves every completed job’s result written and reported, the others stopped', async () => {
    await withEmulator({ createdTimeline: [{ status: 'COMPLETED' }] }, async (emulator) => {
      const documents = { 'docs/a.pdf': '%PDF-1.7 a', 'docs/b.pdf': '%PDF-1.7 b', 'docs/c.pdf': '%PDF-1.7 c' };
      const workspace = checkout(documents);
      // An earlier run left c's job running, and it never ends: this run waits for it rather than create another.
      emulator.addFile({ id: 'dfl-c', name: 'c.pdf', content: documents['docs/c.pdf'], externalFileId: digest(documents['docs/c.pdf']) });
      emulator.addJob({ id: 'ext-left-running', fileInput: 'dfl-c', configuration: SENT_CONFIGURATION, timeline: [{ status: 'RUNNING' }] });
      const { result, readyWhileRunning } = await runUntil(
        emulator,
        workspace,
        inputs({ timeout: '45s', 'report-file': 'report.json' }),
        () => ['a', 'b'].every((name) => existsSync(join(workspace, `out/docs/${name}.json`))),
        (child) => child.kill('SIGTERM')
      );
      expect(readyWhileRunning).toBe(true);
      expect(result.code).toBe(1);
      expect(annotations(result, 'error')).toEqual(['The step was stopped (SIGTERM) before every job had ended.']);
      expect(await readJson(result, 'out/docs/a.json')).toEqual(sampleInvoice);
      expect(await readJson(result, 'out/docs/b.json')).toEqual(sampleInvoice);
      const jobs = jobsOf(result.outputs);
      expect(jobs.map(({ file, state }) => ({ file, state }))).toEqual([
        { file: 'docs/a.pdf', state: 'completed' },
        { file: 'docs/b.pdf', state: 'completed' },
        { file: 'docs/c.pdf', state: 'in-progress' }
      ]);
      expect(jobs.map((job) => job.result_file)).toEqual([join(workspace, 'out/docs/a.json'), join(workspace, 'out/docs/b.json'), '']);
      expect(jobs[2]!.id).toBe('ext-left-running');
      expect(result.outputs['result-file']!.split('\n')).toEqual([join(workspace, 'out/docs/a.json'), join(workspace, 'out/docs/b.json')]);
      const report = (await readJson(result, 'report.json')) as { documents: Array<{ path: string; state: string; result: unknown }> };
      expect(report.documents.map(({ path, state, result: served }) => ({ path, state, served }))).toEqual([
        { path: 'docs/a.pdf', state: 'completed', served: sampleInvoice },
        { path: 'docs/b.pdf', state: 'completed', served: sampleInvoice },
        { path: 'docs/c.pdf', state: 'in-progress', served: null }
      ]);
      expect(result.summary).toContain('docs/a.pdf');
    });
  }, 90_000);

  it('a timeout during the start stage leaves every completed job’s result written and reported', async () => {
    // The second create is never answered: the timeout ends the step while it is still starting documents.
    const faults: Fault[] = [{ kind: 'stall', after: 1, match: { method: 'POST', path: '/api/v2/extract' } }];
    await withEmulator({ faults, createdTimeline: [{ status: 'COMPLETED' }] }, async (emulator) => {
      const workspace = checkout({ 'docs/a.pdf': '%PDF-1.7 a', 'docs/b.pdf': '%PDF-1.7 b' });
      const result = await harness.run({ inputs: emulatorInputs(emulator, inputs({ timeout: '15s' })), workspace });
      expect(result.code).toBe(1);
      const jobs = jobsOf(result.outputs);
      const completed = jobs.filter((job) => job.state === 'completed');
      expect(completed).toHaveLength(1);
      expect(jobs.filter((job) => job.state === 'not-started')).toHaveLength(1);
      const [done] = completed;
      expect(done!.result_file).toBe(join(workspace, done!.file.replace(/^docs\/(.*)\.pdf$/, 'out/docs/$1.json')));
      expect(JSON.parse(readFileSync(done!.result_file, 'utf8'))).toEqual(sampleInvoice);
      expect(result.outputs['result-file']).toBe(done!.result_file);
    });
  }, 90_000);
});
