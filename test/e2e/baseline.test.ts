// The change against a baseline (`baseline`, an earlier run's report) as a runner runs it: with expected files the
// fields regressed and fixed (and `fail-on-regression`), without them the extracted data diffed field by field.
import { describe, expect, it } from '@jest/globals';
import type { JobScript } from '../../emulator/emulator.js';
import type { ActionRun } from '../../emulator/runner.js';
import { useHarness } from '../support/harness.js';
import { annotations, readJson } from '../support/readers.js';
import { reportErrors } from '../__fixtures__/report-schema.js';

const harness = useHarness();

const EXPECTED = { a: 1, b: 2, c: 3 };
const expectedFiles = { 'expected/ext-a.json': JSON.stringify(EXPECTED), 'expected/ext-b.json': JSON.stringify(EXPECTED) };

async function run(jobs: JobScript[], inputs: Record<string, string>, workspace: string): Promise<ActionRun> {
  const inputsOfJobs = { 'job-id': jobs.map((job) => job.id).join(' '), 'output-file': 'out/{job_id}.json', 'poll-interval': '1s' };
  return (await harness.runAgainst({ jobs }, { inputs: { ...inputsOfJobs, ...inputs }, workspace })).run;
}

/** A first run on the base branch writes `base.json`, as the workflow in the README saves it. */
async function baselineRun(jobs: JobScript[], files: Record<string, string>, inputs: Record<string, string> = {}): Promise<string> {
  const workspace = harness.folder(files);
  const first = await run(jobs, { 'report-file': 'base.json', ...inputs }, workspace);
  expect(reportErrors(await readJson(first, 'base.json'))).toEqual([]);
  return workspace;
}

describe('baseline with expected', () => {
  const then: JobScript[] = [
    { id: 'ext-a', result: { a: 1, b: 2, c: 3 } },
    { id: 'ext-b', result: { a: 1, b: 9, c: 3 } }
  ];
  const compare = { expected: 'expected/{job_id}.json', 'min-accuracy': '0.5' };

  it('names the field that regressed and the one fixed, and fail-on-regression fails the step above min-accuracy', async () => {
    const workspace = await baselineRun(then, expectedFiles, compare);
    const now: JobScript[] = [
      { id: 'ext-a', result: { a: 1, b: 5, c: 3 } },
      { id: 'ext-b', result: { a: 1, b: 2, c: 3 } },
      { id: 'ext-c', result: { a: 1 } }
    ];
    const result = await run(
      now,
      { ...compare, baseline: 'base.json', 'fail-on-regression': 'true', 'report-file': 'now.json' },
      workspace
    );
    expect(result.code).toBe(1);
    expect(annotations(result, 'error')).toEqual([
      'Job ext-a: 1 field matched the expected value in the baseline and no longer does: b (fail-on-regression).'
    ]);
    expect(result.outputs.regressions).toBe('1');
    expect(result.outputs['changed-fields']).toBe('');
    expect(result.summary).toContain('### 📊 Against the baseline');
    expect(result.summary).toContain('🔻 **1 field regressed** (matched the expected value in the baseline, not now) · 🟢 1 field fixed');
    expect(result.summary).toContain('| Mean accuracy | 0.8333 | 0.8333 | ±0 |');
    expect(result.summary).toContain('| Documents | 2 | 3 | 1 new, 0 gone |');
    expect(result.summary).toContain('| <code>b</code> | 2 | 5 | regressed: wrong |');
    expect(result.summary).toContain('| <code>b</code> | 2 | 2 | fixed (was 9) |');
    expect(result.summary).toContain('🆕 <code>ext-c</code>: new since the baseline');
    // Regressions come first.
    expect(result.summary.indexOf('🔻 <code>ext-a</code>')).toBeLessThan(result.summary.indexOf('🟢 <code>ext-b</code>'));
    const report = (await readJson(result, 'now.json')) as { documents: Array<{ key: string; verdict: string; problems: string[] }> };
    expect(reportErrors(report)).toEqual([]);
    expect(report.documents.find((document) => document.key === 'ext-a')).toMatchObject({ verdict: 'fail' });
  });

  it('passes an improvement: fixed fields only, the same run again against its own report', async () => {
    const workspace = await baselineRun(then, expectedFiles, compare);
    const now: JobScript[] = [
      { id: 'ext-a', result: { a: 1, b: 2, c: 3 } },
      { id: 'ext-b', result: { a: 1, b: 2, c: 3 } }
    ];
    const result = await run(now, { ...compare, baseline: 'base.json', 'fail-on-regression': 'true' }, workspace);
    expect({ code: result.code, errors: annotations(result, 'error') }).toEqual({ code: 0, errors: [] });
    expect(result.outputs.regressions).toBe('0');
    expect(result.summary).toContain('✅ No field regressed · 🟢 1 field fixed');
    expect(result.summary).toContain('| Mean accuracy | 0.8333 | 1 | +0.1667 |');
  });
});

describe('baseline without expected', () => {
  it('shows what the change does to the extracted data, field by field', async () => {
    const workspace = await baselineRun(
      [
        { id: 'ext-a', result: { vendor: 'Acme', total: 10, items: [{ sku: 'x', qty: 1 }] } },
        { id: 'ext-b', result: { vendor: 'Same' } }
      ],
      {}
    );
    const now: JobScript[] = [
      { id: 'ext-a', result: { vendor: 'ACME Corp', items: [{ sku: 'x', qty: 1 }], currency: 'EUR' } },
      { id: 'ext-b', result: { vendor: 'Same' } }
    ];
    const result = await run(now, { baseline: 'base.json' }, workspace);
    expect({ code: result.code, errors: annotations(result, 'error') }).toEqual({ code: 0, errors: [] });
    expect(result.outputs['changed-fields']).toBe('3');
    expect(result.outputs.regressions).toBe('');
    expect(result.summary).toContain('### 🔀 What this change does to the extracted data');
    expect(result.summary).toContain('3 fields changed in 1 document');
    expect(result.summary).toContain('| <code>vendor</code> | "Acme" | "ACME Corp" | changed |');
    expect(result.summary).toContain('| <code>total</code> | 10 | — | gone |');
    expect(result.summary).toContain('| <code>currency</code> | — | "EUR" | new |');
    expect(result.summary).not.toContain('<code>ext-b</code>: ');
  });

  it('says with a notice that there is no baseline yet, and passes', async () => {
    const workspace = harness.folder();
    const result = await run([{ id: 'ext-a' }], { baseline: 'cache/base.json' }, workspace);
    expect(result.code).toBe(0);
    expect(annotations(result, 'notice')).toEqual([
      "No baseline at 'cache/base.json' (a first run, or the base branch has none yet): nothing is compared with an earlier run."
    ]);
  });

  it('warns about a file that is not a run report, and passes', async () => {
    const workspace = harness.folder({ 'base.json': '{"version": 99}' });
    const result = await run([{ id: 'ext-a' }], { baseline: 'base.json' }, workspace);
    expect(result.code).toBe(0);
    expect(annotations(result, 'warning')).toEqual([
      "Input 'baseline': 'base.json' is not a run report of version 1 (written by 'report-file'); nothing is compared with an earlier run."
    ]);
  });
});
