// Which earlier job stands for a document's, against an emulator that reports configurations as the real
// API does (defaults filled in, `version` resolved): `reuse`, a create whose answer was lost, a job an
// earlier (stopped) run left running; and answers about another file, project or status, never taken.
import { describe, expect, it } from '@jest/globals';
import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_PROJECT_ID, DEFAULT_RELEASES, sampleInvoice, type Emulator, type Fault } from '../../emulator/emulator.js';
import { emulatorInputs, withEmulator } from '../../emulator/runner.js';
import { useHarness } from '../support/harness.js';
import { annotations, readJson } from '../support/readers.js';

const harness = useHarness();

const CONFIGURATION = 'data_schema:\n  type: object\n  properties:\n    total: { type: number }\n';
const checkout = (documents: Record<string, string> = { 'docs/may.pdf': '%PDF-1.7 may' }) =>
  harness.folder({ ...documents, 'extract.yml': CONFIGURATION });

const inputs = (extra: Record<string, string> = {}) => ({
  file: 'docs/*.pdf',
  configuration: 'extract.yml',
  'output-file': 'out/{path}.json',
  'poll-interval': '1s',
  ...extra
});

const run = (emulator: Emulator, workspace: string, extra: Record<string, string> = {}) =>
  harness.run({ inputs: emulatorInputs(emulator, inputs(extra)), workspace });

type JobEntry = { id: string; file: string; file_id: string; reused: boolean };
const jobsOf = (outputs: Record<string, string>) => JSON.parse(outputs.jobs ?? '[]') as JobEntry[];
const createRequests = (emulator: Emulator) =>
  emulator.requests.filter((request) => request.method === 'POST' && request.path === '/api/v2/extract');

describe('reuse against a service that resolves the configuration', () => {
  it('takes the job made with the same configuration file, whatever the service filled in', async () => {
    await withEmulator({}, async (emulator) => {
      const workspace = checkout();
      const first = await run(emulator, workspace);
      expect(first.code).toBe(0);
      emulator.resetRecords();
      const again = await run(emulator, workspace, { reuse: 'true' });
      expect({ code: again.code, errors: annotations(again, 'error') }).toEqual({ code: 0, errors: [] });
      expect(emulator.stats()).toMatchObject({ uploads: 0, creates: 0, creditsBilled: 0 });
      expect(jobsOf(again.outputs).map(({ id, reused }) => ({ id, reused }))).toEqual(
        jobsOf(first.outputs).map(({ id }) => ({ id, reused: true }))
      );
      // The defaults written out, and the release the job ran pinned: the same configuration too.
      const version = [...DEFAULT_RELEASES.cost_effective!].sort().pop()!;
      await writeFile(
        join(workspace, 'explicit.yml'),
        `${CONFIGURATION}tier: cost_effective\nextraction_target: per_doc\ncite_sources: false\nversion: '${version}'\n`
      );
      expect((await run(emulator, workspace, { reuse: 'true', configuration: 'explicit.yml' })).code).toBe(0);
      expect(emulator.stats().creates).toBe(0);
      // A field that differs from what the job ran with, or a release it did not run: a new job.
      await writeFile(join(workspace, 'cited.yml'), `${CONFIGURATION}cite_sources: true\n`);
      await writeFile(join(workspace, 'older.yml'), `${CONFIGURATION}version: '2025-12-01'\n`);
      for (const file of ['cited.yml', 'older.yml']) {
        expect((await run(emulator, workspace, { reuse: 'true', configuration: file })).code).toBe(0);
      }
      expect(emulator.stats().creates).toBe(2);
    });
  }, 90_000);
});

describe('a create whose answer was lost', () => {
  it.each([
    ['no version', ''],
    ['a pinned date between two releases', "version: '2026-01-15'\n"]
  ])(
    'is recognised by the job it made (%s): one job, billed once',
    async (_, version) => {
      const faults: Fault[] = [{ kind: 'lose-answer', match: { method: 'POST', path: '/api/v2/extract' } }];
      await withEmulator({ faults }, async (emulator) => {
        const workspace = checkout();
        await writeFile(join(workspace, 'extract.yml'), `${CONFIGURATION}${version}`);
        const result = await run(emulator, workspace);
        expect({ code: result.code, errors: annotations(result, 'error') }).toEqual({ code: 0, errors: [] });
        expect(emulator.stats()).toMatchObject({ creates: 1, creditsBilled: 10 });
        expect(createRequests(emulator)).toHaveLength(1);
        expect(result.stdout).toContain('it may have reached LlamaCloud: checking before retry 1');
      });
    },
    60_000
  );
});

describe('a job left running by an earlier run that was stopped', () => {
  it.each(['false', 'true'])(
    'is waited for, not created again (reuse: %s)',
    async (reuse) => {
      // Jobs run until read three times; the stopped run's first look never gets an answer, so it reads none.
      const faults: Fault[] = [{ kind: 'stall', match: { method: 'GET', path: /^\/api\/v2\/extract/ } }];
      const createdTimeline = [{ status: 'RUNNING', forPolls: 2 }, { status: 'COMPLETED' }];
      await withEmulator({ faults, createdTimeline }, async (emulator) => {
        const workspace = checkout({ 'docs/a.pdf': '%PDF-1.7 a', 'docs/b.pdf': '%PDF-1.7 b' });
        let child: ChildProcess | undefined;
        const stopped = harness.run({ inputs: emulatorInputs(emulator, inputs()), workspace, onSpawn: (spawned) => (child = spawned) });
        while (!emulator.requests.some((request) => request.fault === 'stall')) await new Promise((resolve) => setTimeout(resolve, 50));
        child?.kill('SIGTERM');
        expect((await stopped).code).toBe(1);
        const made = createRequests(emulator).length;
        expect(made).toBe(2);
        const left = emulator.requests.filter((request) => request.method === 'POST');
        expect(left.every((request) => request.status === 200)).toBe(true);

        const again = await run(emulator, workspace, { reuse });
        expect({ code: again.code, errors: annotations(again, 'error') }).toEqual({ code: 0, errors: [] });
        expect(createRequests(emulator)).toHaveLength(made);
        const jobs = jobsOf(again.outputs);
        expect(jobs.map((job) => job.reused)).toEqual([true, true]);
        expect(
          annotations(again, 'debug').filter((line) =>
            / job ext-\S+ \(RUNNING job of \S+ left by an earlier run: waited for, no new credits\)$/.test(line)
          )
        ).toHaveLength(2);
        expect(await readJson(again, 'out/docs/a.json')).toEqual(sampleInvoice);
      });
    },
    60_000
  );
});

describe('answers about another file, project or status are never taken', () => {
  const digest = (text: string) => `sha256:${createHash('sha256').update(text).digest('hex')}`;

  it('an upload answered as another file: looked up by its digest, and the file found is used', async () => {
    const faults: Fault[] = [
      {
        kind: 'rewrite',
        set: { id: 'dfl-someone-else', external_file_id: digest('other') },
        match: { method: 'POST', path: '/api/v1/beta/files' }
      }
    ];
    await withEmulator({ faults }, async (emulator) => {
      const workspace = checkout();
      const result = await run(emulator, workspace);
      expect({ code: result.code, errors: annotations(result, 'error') }).toEqual({ code: 0, errors: [] });
      expect(result.stdout).toContain(`the answer is a file uploaded as '${digest('other')}', not as '${digest('%PDF-1.7 may')}'`);
      expect(emulator.uploads).toHaveLength(1);
      expect(jobsOf(result.outputs)[0]!.file_id).toBe(emulator.uploads[0]!.fileId);
    });
  }, 60_000);

  it('a create answered with a job of another file: the job made for this one is found, none is made twice', async () => {
    const faults: Fault[] = [
      { kind: 'rewrite', set: { id: 'ext-someone-else', file_input: 'dfl-other' }, match: { method: 'POST', path: '/api/v2/extract' } }
    ];
    await withEmulator({ faults }, async (emulator) => {
      const workspace = checkout();
      const result = await run(emulator, workspace);
      expect({ code: result.code, errors: annotations(result, 'error') }).toEqual({ code: 0, errors: [] });
      expect(result.stdout).toContain("the answer holds job 'ext-someone-else' of file 'dfl-other', not of file 'dfl-");
      expect(emulator.stats().creates).toBe(1);
      expect(result.outputs['job-id']).not.toBe('ext-someone-else');
      expect(emulator.job(result.outputs['job-id']!)).toBeDefined();
    });
  }, 60_000);

  it('a job read as one of another file: read again, and only its own result is written', async () => {
    const faults: Fault[] = [
      {
        kind: 'rewrite',
        set: { file_input: 'dfl-other', extract_result: { stolen: true } },
        match: { method: 'GET', path: /^\/api\/v2\/extract\/ext-/ }
      }
    ];
    // Created jobs complete at once: the first read is the one with a result.
    await withEmulator({ faults, createdTimeline: [{ status: 'COMPLETED' }] }, async (emulator) => {
      const workspace = checkout();
      const result = await run(emulator, workspace);
      expect({ code: result.code, errors: annotations(result, 'error') }).toEqual({ code: 0, errors: [] });
      expect(result.stdout).toMatch(/the answer is job 'ext-\S+' of file 'dfl-other', not of file 'dfl-\S+' it was made for/);
      expect(await readJson(result, 'out/docs/may.json')).toEqual(sampleInvoice);
    });
  }, 60_000);

  it.each([
    ['another file', { file_input: 'dfl-other' }, "of file 'dfl-other', not of file 'dfl-"],
    [
      'another project',
      { project_id: '00000000-0000-4000-8000-000000000000' },
      "of project '00000000-0000-4000-8000-000000000000', not of project"
    ],
    ['another status than asked', { status: 'RUNNING' }, "in status 'RUNNING', not COMPLETED as asked"]
  ])(
    'a reuse listing that holds a job of %s: asked again, and only a right answer is taken',
    async (_, set, message) => {
      await withEmulator({ configurations: [{ id: 'cfg-1', configuration: { data_schema: { type: 'object' } } }] }, async (emulator) => {
        const workspace = checkout();
        const byId = { configuration: '', 'configuration-id': 'cfg-1', 'project-id': DEFAULT_PROJECT_ID, reuse: 'true' };
        const first = await run(emulator, workspace, byId);
        expect(first.code).toBe(0);
        emulator.addFault({ kind: 'rewrite', set, match: { method: 'GET', path: '/api/v2/extract' } });
        emulator.resetRecords();
        const again = await run(emulator, workspace, byId);
        expect({ code: again.code, errors: annotations(again, 'error') }).toEqual({ code: 0, errors: [] });
        expect(again.stdout).toContain(message);
        expect(emulator.stats().creates).toBe(0);
        expect(jobsOf(again.outputs)[0]).toMatchObject({ id: first.outputs['job-id'], reused: true });
      });
    },
    60_000
  );

  it('a listing that keeps answering for another file fails that document, with the reason, and takes nothing', async () => {
    await withEmulator({ configurations: [{ id: 'cfg-1', configuration: { data_schema: { type: 'object' } } }] }, async (emulator) => {
      const workspace = checkout({ 'docs/a.pdf': '%PDF-1.7 a', 'docs/b.pdf': '%PDF-1.7 b' });
      const byId = { configuration: '', 'configuration-id': 'cfg-1', reuse: 'true' };
      expect((await run(emulator, workspace, byId)).code).toBe(0);
      emulator.addFault({
        kind: 'rewrite',
        set: { file_input: 'dfl-other' },
        times: Infinity,
        match: { method: 'GET', path: '/api/v2/extract' }
      });
      emulator.resetRecords();
      const again = await run(emulator, workspace, byId);
      expect(again.code).toBe(1);
      const errors = annotations(again, 'error').filter((error) => error.startsWith('Document '));
      expect(errors).toHaveLength(2);
      for (const name of ['a', 'b']) {
        expect(errors).toContainEqual(
          expect.stringMatching(
            new RegExp(
              `^Document docs/${name}\\.pdf: GET /api/v2/extract failed: the answer holds job 'ext-\\S+' of file 'dfl-other', not of file 'dfl-\\S+' asked for\\. Gave up after 6 attempts`
            )
          )
        );
      }
      expect(again.outputs['job-id'] ?? '').toBe('');
      expect(emulator.stats().creates).toBe(0);
    });
  }, 90_000);
});
