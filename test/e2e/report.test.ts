// The run report (`report-file`) as a runner writes it: every document's job, verdict, credits, field outcomes
// and result, valid against docs/report.schema.json, written also when the step fails.
import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { sampleInvoice } from '../../emulator/emulator.js';
import { emulatorInputs, withEmulator } from '../../emulator/runner.js';
import { useHarness } from '../support/harness.js';
import { annotations, readJson } from '../support/readers.js';
import { reportErrors } from '../__fixtures__/report-schema.js';

const harness = useHarness();
const sha256 = (text: string): string => `sha256:${createHash('sha256').update(text).digest('hex')}`;

const json = (value: unknown): string => JSON.stringify(value, null, 2);

describe('report-file', () => {
  it('holds each job, its field outcomes and its result; written when the step fails', async () => {
    const jobs = [
      { id: 'ext-good' },
      { id: 'ext-bad', result: { ...sampleInvoice, total: 1 } },
      { id: 'ext-failed', timeline: [{ status: 'FAILED' }], errorMessage: 'unreadable scan' }
    ];
    await withEmulator({ jobs }, async (emulator) => {
      const workspace = harness.folder({
        'expected/ext-good.json': json(sampleInvoice),
        'expected/ext-bad.json': json(sampleInvoice)
      });
      const result = await harness.run({
        inputs: emulatorInputs(emulator, {
          'job-id': 'ext-good ext-bad ext-failed',
          'output-file': 'out/{job_id}.json',
          expected: 'expected/{job_id}.json',
          'report-file': 'reports/extract-report.json',
          'poll-interval': '1s'
        }),
        env: { GITHUB_SHA: 'abc123', GITHUB_REF: 'refs/heads/main' },
        workspace
      });
      expect(result.code).toBe(1);
      const report = (await readJson(result, 'reports/extract-report.json')) as Record<string, any>;
      expect(reportErrors(report)).toEqual([]);
      expect(report).toMatchObject({
        version: 1,
        commit: 'abc123',
        ref: 'refs/heads/main',
        mode: 'job-id',
        configuration: null,
        verdict: 'fail'
      });
      expect(report.totals).toMatchObject({ documents: 3, passed: 1, failed: 2, compared: 2, credits: null });
      const [good, bad, failed] = report.documents;
      expect(good).toMatchObject({ key: 'ext-good', jobId: 'ext-good', verdict: 'pass', state: 'completed', result: sampleInvoice });
      expect(good.expected).toMatchObject({ file: 'expected/ext-good.json', compared: true, accuracy: 1, wrong: 0 });
      expect(good.expected.fields.every((field: { outcome: string }) => field.outcome === 'matched')).toBe(true);
      expect(bad).toMatchObject({ verdict: 'fail', result: { ...sampleInvoice, total: 1 } });
      expect(bad.expected.fields[0]).toEqual({ path: 'total', outcome: 'wrong', expected: sampleInvoice.total, got: 1 });
      expect(bad.problems[0]).toMatch(/^Job ext-bad: accuracy 0\.96 against expected\/ext-bad\.json is below min-accuracy 1/);
      expect(failed).toMatchObject({
        verdict: 'fail',
        state: 'failed',
        status: 'FAILED',
        result: null,
        problems: ['Job ext-failed FAILED: unreadable scan']
      });
      // Atomic: nothing beside the report.
      expect(await readdir(join(result.workspace, 'reports'))).toEqual(['extract-report.json']);
    });
  });

  it('in file mode names each document, its digest, the configuration digest, credits, and reuse', async () => {
    await withEmulator({}, async (emulator) => {
      const workspace = harness.folder({
        'invoices/a.pdf': '%PDF-1.7 a',
        'invoices/b.pdf': '%PDF-1.7 b',
        'extract.yml': 'data_schema:\n  type: object\n'
      });
      const inputs = emulatorInputs(emulator, {
        file: 'invoices/*.pdf',
        configuration: 'extract.yml',
        'output-file': 'out/{name}.json',
        'report-file': 'report.json',
        'poll-interval': '1s'
      });
      const first = await harness.run({ inputs, workspace });
      expect({ code: first.code, errors: annotations(first, 'error') }).toEqual({ code: 0, errors: [] });
      const report = (await readJson(first, 'report.json')) as Record<string, any>;
      expect(reportErrors(report)).toEqual([]);
      expect(report).toMatchObject({ mode: 'file', verdict: 'pass', configuration: { digest: expect.stringMatching(/^sha256:/) } });
      expect(report.totals).toMatchObject({ documents: 2, passed: 2, reused: 0, credits: 20 });
      expect(
        report.documents.map((document: Record<string, unknown>) => [document.key, document.digest, document.reused, document.credits])
      ).toEqual([
        ['invoices/a.pdf', sha256('%PDF-1.7 a'), false, 10],
        ['invoices/b.pdf', sha256('%PDF-1.7 b'), false, 10]
      ]);
      // The digests are those of the bytes LlamaCloud received (the two uploads race, so in either order).
      expect(emulator.uploads.map((upload) => `sha256:${upload.sha256}`).sort()).toEqual(
        [sha256('%PDF-1.7 a'), sha256('%PDF-1.7 b')].sort()
      );
      const again = await harness.run({ inputs: { ...inputs, reuse: 'true' }, workspace });
      const reused = (await readJson(again, 'report.json')) as Record<string, any>;
      expect(reportErrors(reused)).toEqual([]);
      expect(reused.totals).toMatchObject({ documents: 2, reused: 2, credits: null });
      expect(reused.configuration).toEqual(report.configuration);
    });
  });

  it('is written with the problem when the step fails before any job', async () => {
    await withEmulator({}, async (emulator) => {
      const workspace = harness.folder({ 'extract.yml': 'data_schema:\n  type: object\n' });
      const result = await harness.run({
        inputs: emulatorInputs(emulator, { file: 'missing/*.pdf', configuration: 'extract.yml', 'report-file': 'report.json' }),
        workspace
      });
      expect(result.code).toBe(1);
      const report = (await readJson(result, 'report.json')) as Record<string, any>;
      expect(reportErrors(report)).toEqual([]);
      expect(report).toMatchObject({
        verdict: 'fail',
        documents: [],
        problems: [expect.stringMatching(/^Input 'file': 'missing\/\*\.pdf' matches no file/)]
      });
    });
  });
});
