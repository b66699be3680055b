// Replay as a runner runs it: a base-branch run writes its report; a later run with that report as `baseline`
// takes the result of every document whose bytes and configuration are unchanged, with no request. A pull request
// from a fork, without a key, so gets its gates, comparison and summary on every unchanged document; with a key,
// `replay: true` saves the requests and credits. A stale, tampered or malformed baseline is never replayed from.
import { describe, expect, it } from '@jest/globals';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sampleInvoice, type Emulator } from '../../emulator/emulator.js';
import { emulatorInputs, withEmulator, type ActionRun } from '../../emulator/runner.js';
import { pullRequestEvent, useHarness } from '../support/harness.js';
import { annotations, readJson } from '../support/readers.js';
import { reportErrors } from '../__fixtures__/report-schema.js';

const harness = useHarness();

const CONFIGURATION =
  'data_schema:\n  type: object\n  properties:\n    total: { type: number }\ntier: cost_effective\nconfidence_scores: true\nmax_pages: 1\n';
/** The run on the base branch that wrote the baseline. */
const BASE_RUN = {
  GITHUB_REPOSITORY: 'acme/invoices',
  GITHUB_RUN_ID: '4242',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_SHA: '3f9c2a1b7d0e5f60718293a4b5c6d7e8f9a0b1c2'
};
const FROM = 'run 4242 of acme/invoices, commit 3f9c2a1b7d0e';

const inputs = (extra: Record<string, string> = {}) => ({
  file: 'invoices/*.pdf',
  configuration: '.github/extract/invoice.yml',
  'output-file': 'extracted/{name}.json',
  expected: 'expected/{name}.json',
  'min-accuracy': '0.9',
  'poll-interval': '1s',
  ...extra
});

/** A checkout with two invoices; april's expected file differs from what is extracted in one field. */
const checkout = () =>
  harness.folder({
    'invoices/march.pdf': '%PDF-1.7 march',
    'invoices/april.pdf': '%PDF-1.7 april',
    '.github/extract/invoice.yml': CONFIGURATION,
    'expected/march.json': JSON.stringify(sampleInvoice),
    'expected/april.json': JSON.stringify({ ...sampleInvoice, currency: 'USD' })
  });

/** The base branch's run, with the key: its report, saved where the pull request restores it. */
async function baseRun(emulator: Emulator): Promise<ActionRun> {
  const result = await harness.run({
    inputs: emulatorInputs(emulator, inputs({ 'report-file': 'baseline/report.json' })),
    env: BASE_RUN,
    workspace: checkout()
  });
  expect({ code: result.code, errors: annotations(result, 'error') }).toEqual({ code: 0, errors: [] });
  expect(reportErrors(await readJson(result, 'baseline/report.json'))).toEqual([]);
  emulator.resetRecords();
  return result;
}

/** The pull request's run from a fork: no key. */
async function forkRun(emulator: Emulator, workspace: string, extra: Record<string, string> = {}): Promise<ActionRun> {
  return harness.run({
    inputs: {
      ...emulatorInputs(emulator, inputs({ baseline: 'baseline/report.json', 'report-file': 'now.json', ...extra })),
      'api-key': ''
    },
    env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: pullRequestEvent(harness, 'contributor/invoices') },
    workspace
  });
}

interface Report {
  run: unknown;
  documents: Array<{
    key: string;
    jobId: string;
    state: string;
    verdict: string;
    replayedFrom?: unknown;
    credits: unknown;
    result: unknown;
  }>;
  totals: { credits: unknown; pending: number };
}

/** The report rewritten whole (every result's bytes change with its formatting). */
async function editReport(run: ActionRun, edit: (report: Record<string, any>) => void): Promise<void> {
  const file = join(run.workspace, 'baseline/report.json');
  const report = JSON.parse(await readFile(file, 'utf8')) as Record<string, any>;
  edit(report);
  await writeFile(file, JSON.stringify(report, null, 2));
}

describe('a pull request from a fork, without a key, with a baseline', () => {
  it('replays every unchanged document: gates, comparison and summary, with no request at all', async () => {
    await withEmulator({}, async (emulator) => {
      const base = await baseRun(emulator);
      const baseline = (await readJson(base, 'baseline/report.json')) as Report;
      expect(baseline.run).toEqual({ repository: 'acme/invoices', id: '4242', attempt: 1 });
      const result = await forkRun(emulator, base.workspace);
      expect(emulator.requests).toEqual([]);
      expect({ code: result.code, errors: annotations(result, 'error'), warnings: annotations(result, 'warning') }).toEqual({
        code: 0,
        errors: [],
        warnings: []
      });
      const [notice] = annotations(result, 'notice');
      expect(notice).toContain(
        `Replayed 2 documents of 2 from ${FROM}, ${new Date(Date.parse((baseline as unknown as { createdAt: string }).createdAt)).toISOString()} (bytes and configuration as in the baseline), checked as a run with the key would check them; 0 documents need a real extraction, not made here.`
      );
      const march = baseline.documents.find((document) => document.key === 'invoices/march.pdf');
      expect(result.stdout).toContain(`Document invoices/march.pdf: replayed job ${march?.jobId} from ${FROM}`);
      // The comparison ran on the replayed results: april's expected currency differs.
      expect(result.summary).toContain('**Expected results:** 2 documents compared');
      expect(result.summary).toContain('| <code>currency</code> | "USD" | "EUR" | wrong |');
      expect(result.summary).toContain(`♻️ 2 documents replayed from ${FROM}`);
      expect(result.summary).toMatch(/\| <code>ext-[^|]+<\/code> \| ✅ replayed \|/);
      expect(result.summary).toContain('extraction skipped');
      expect(JSON.parse(result.outputs.jobs ?? '[]').map((job: { state: string }) => job.state)).toEqual(['replayed', 'replayed']);
      expect(JSON.parse(await readFile(join(result.workspace, 'extracted/march.json'), 'utf8'))).toEqual(sampleInvoice);
      const report = (await readJson(result, 'now.json')) as Report;
      expect(reportErrors(report)).toEqual([]);
      expect(report.documents.map((document) => [document.state, document.verdict, document.credits])).toEqual([
        ['replayed', 'pass', null],
        ['replayed', 'pass', null]
      ]);
      expect(report.documents[0]?.replayedFrom).toMatchObject({ repository: 'acme/invoices', runId: '4242', commit: BASE_RUN.GITHUB_SHA });
      expect(report.totals.credits).toBeNull();
    });
  }, 60_000);

  it('the gates run on replayed results: min-confidence reads the confidences the report kept', async () => {
    await withEmulator({}, async (emulator) => {
      const base = await baseRun(emulator);
      const result = await forkRun(emulator, base.workspace, { 'min-confidence': '0.6' });
      expect(emulator.requests).toEqual([]);
      expect(result.code).toBe(1);
      const errors = annotations(result, 'error');
      expect(
        errors.filter((error) => /^Job ext-[^:]+: confidence check failed at due_date: confidence 0\.55 is below 0\.6$/.test(error))
      ).toHaveLength(2);
      expect(errors).toContain('2 of 2 documents did not pass (2 problems, listed above).');
    });
  }, 60_000);

  it('a document changed since the baseline (stale) needs a real extraction: listed, not extracted, failing nothing', async () => {
    await withEmulator({}, async (emulator) => {
      const base = await baseRun(emulator);
      await writeFile(join(base.workspace, 'invoices/april.pdf'), '%PDF-1.7 april, rescanned');
      const result = await forkRun(emulator, base.workspace);
      expect(emulator.requests).toEqual([]);
      expect({ code: result.code, errors: annotations(result, 'error') }).toEqual({ code: 0, errors: [] });
      expect(annotations(result, 'notice')[0]).toContain('Replayed 1 document of 2 from run 4242 of acme/invoices, commit 3f9c2a1b7d0e');
      expect(annotations(result, 'notice')[0]).toContain('1 document needs a real extraction, not made here.');
      expect(result.stdout).toContain('Replayed 1 document of 2 from ');
      expect(result.stdout).toContain(
        '1 document needs a real extraction, which a run without a key cannot make (bytes or configuration not in the baseline): invoices/april.pdf.'
      );
      expect(result.summary).toContain('| — | ⏳ needs extraction |');
      const report = (await readJson(result, 'now.json')) as Report;
      expect(reportErrors(report)).toEqual([]);
      expect(report.documents.map((document) => [document.key, document.state, document.verdict])).toEqual([
        ['invoices/april.pdf', 'not-started', 'pending'],
        ['invoices/march.pdf', 'replayed', 'pass']
      ]);
      // With on-fork: fail, a document left unextracted fails the step.
      const failing = await forkRun(emulator, base.workspace, { 'on-fork': 'fail' });
      expect(failing.code).toBe(1);
      expect(annotations(failing, 'error')[0]).toMatch(/^Extraction cannot run: .*1 document needs a real extraction, not made here\./);
    });
  }, 60_000);

  it('a tampered baseline (a result edited, its digest kept) is ignored with a warning: nothing replayed or compared', async () => {
    await withEmulator({}, async (emulator) => {
      const base = await baseRun(emulator);
      // The last result's total edited in place, every other byte (its digest included) kept.
      const file = join(base.workspace, 'baseline/report.json');
      const text = await readFile(file, 'utf8');
      const at = text.lastIndexOf('627.12');
      await writeFile(file, `${text.slice(0, at)}1${text.slice(at + '627.12'.length)}`);
      const result = await forkRun(emulator, base.workspace);
      expect(emulator.requests).toEqual([]);
      expect(result.code).toBe(0);
      expect(annotations(result, 'warning')).toEqual([
        "Input 'baseline': 'baseline/report.json' does not match its digests: the result of document 2 ('invoices/march.pdf') was changed after the report was written. The report is ignored: no result is taken from it and nothing is compared with it."
      ]);
      expect(annotations(result, 'notice')[0]).toMatch(/^Extraction skipped: this pull request comes from contributor\/invoices/);
      expect(result.stdout).not.toContain('replayed');
    });
  }, 60_000);

  it.each([
    [
      'written without a run identity',
      (report: Record<string, any>) => delete report.run,
      'the run that wrote it is not named as the action names a run'
    ],
    [
      'a result digest that is no digest',
      (report: Record<string, any>) => (report.documents[0].resultDigest = 'sha256:xyz'),
      'document 1 has no valid resultDigest'
    ],
    [
      'a job ID that is no ID',
      (report: Record<string, any>) => (report.documents[0].jobId = 'ext-1\n::error::x'),
      'document 1 has a result but no valid jobId'
    ]
  ])(
    'a malformed baseline (%s) is not replayed from, with a one-line warning',
    async (_name, edit, reason) => {
      await withEmulator({}, async (emulator) => {
        const base = await baseRun(emulator);
        await editReport(base, edit);
        const result = await forkRun(emulator, base.workspace);
        expect(emulator.requests).toEqual([]);
        expect(result.code).toBe(0);
        expect(annotations(result, 'warning')).toEqual([
          `Input 'baseline': 'baseline/report.json' cannot be replayed from: ${reason}. No result is taken from it.`
        ]);
        expect(result.stdout).not.toContain('replayed job');
      });
    },
    60_000
  );
});

describe('replay: true, with a key', () => {
  it('replays the unchanged documents (no upload, no job, no credit) and extracts the others, saying from which run', async () => {
    await withEmulator({}, async (emulator) => {
      const base = await baseRun(emulator);
      await writeFile(join(base.workspace, 'invoices/april.pdf'), '%PDF-1.7 april, rescanned');
      const result = await harness.run({
        inputs: emulatorInputs(
          emulator,
          inputs({ baseline: 'baseline/report.json', replay: 'true', 'report-file': 'now.json', 'max-credits': '10' })
        ),
        workspace: base.workspace
      });
      expect({ code: result.code, errors: annotations(result, 'error') }).toEqual({ code: 0, errors: [] });
      // One upload and one job: april's. The estimate counts april alone.
      expect(emulator.stats()).toMatchObject({ uploads: 1, creates: 1 });
      expect(emulator.uploads.map((upload) => upload.name)).toEqual(['april.pdf']);
      expect(result.stdout).toContain('Estimated cost of 1 new job: at most 5 credits');
      expect(result.stdout).toMatch(new RegExp(`Document invoices/march\\.pdf: replayed job ext-[^ ]+ from ${FROM}`));
      const report = (await readJson(result, 'now.json')) as Report;
      expect(reportErrors(report)).toEqual([]);
      const [april, march] = report.documents;
      expect(march).toMatchObject({ key: 'invoices/march.pdf', state: 'replayed', credits: null, result: sampleInvoice });
      expect(april).toMatchObject({ key: 'invoices/april.pdf', state: 'completed', credits: 10 });
      expect(report.totals.credits).toBe(10);
    });
  }, 60_000);

  it('a baseline of another configuration replays nothing, with a warning, and every document is extracted', async () => {
    await withEmulator({}, async (emulator) => {
      const base = await baseRun(emulator);
      await writeFile(join(base.workspace, '.github/extract/invoice.yml'), CONFIGURATION.replace('cost_effective', 'agentic'));
      const result = await harness.run({
        inputs: emulatorInputs(emulator, inputs({ baseline: 'baseline/report.json', replay: 'true' })),
        workspace: base.workspace
      });
      expect(result.code).toBe(0);
      expect(annotations(result, 'warning')).toEqual([
        "Input 'baseline': 'baseline/report.json' was made with another configuration than this step's: no result is replayed from it, every document is extracted."
      ]);
      expect(emulator.stats()).toMatchObject({ creates: 2 });
    });
  }, 60_000);

  it('needs baseline and documents: an input error before any request', async () => {
    await withEmulator({}, async (emulator) => {
      const result = await harness.run({ inputs: emulatorInputs(emulator, inputs({ replay: 'true' })), workspace: checkout() });
      expect(result.code).toBe(1);
      expect(annotations(result, 'error')).toEqual([
        "Input 'replay': needs 'baseline', the report of an earlier run whose results it takes."
      ]);
      expect(emulator.requests).toEqual([]);
    });
  });
});
