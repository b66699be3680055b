import { describe, expect, it } from '@jest/globals';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compareWithBaseline } from '../../../src/compare/baseline.js';
import { loadBaseline, type Baseline } from '../../../src/compare/expected-files.js';
import type { ExtractJob } from '../../../src/model/types.js';
import { job as jobOf, kept, readJob, spools } from '../../__fixtures__/judgements.js';
import { useHarness } from '../../support/harness.js';

const harness = useHarness();

describe('baseline', () => {
  const workspace = harness.folder();

  /** A job whose result is served as `text`, parsed (as on arrival) by JSON.parse. */
  const served = (text: string): ExtractJob => jobOf('ext-1', 'COMPLETED', { result: kept(text) });
  const job = (value: unknown): ExtractJob => served(JSON.stringify(value));
  /** What comparing gave for one completed job. */
  const check = (baseline: Baseline, id: string, result: ExtractJob) =>
    compareWithBaseline([{ id, status: 'COMPLETED', job: { ...result, id }, timedOut: false }], baseline).get(id);
  const settings = (extra: object = {}) => ({ expected: join(workspace, '{job_id}.json'), minAccuracy: 1, update: false, ...extra });

  it('scores each job against its own file, and has nothing to compare a job without one with', async () => {
    await writeFile(join(workspace, 'ext-1.json'), '\uFEFF{"a": 1, "b": 2}');
    const baseline = await loadBaseline(settings(), [{ jobId: 'ext-1' }, { jobId: 'ext-2' }], workspace);
    expect(check(baseline, 'ext-1', job({ a: 1, b: 3 }))).toMatchObject({
      expectedFile: 'ext-1.json',
      comparison: { matched: 1, wrong: 1, accuracy: 0.5 }
    });
    expect(check(baseline, 'ext-2', job({ a: 1 }))).toEqual({ expectedFile: 'ext-2.json' });
  });

  it('leaves a job that did not complete with a result to its own problem', async () => {
    const baseline = await loadBaseline(settings(), [{ jobId: 'ext-1' }], workspace);
    const failed = { id: 'ext-1', status: 'FAILED', job: jobOf('ext-1', 'FAILED'), timedOut: false };
    expect(compareWithBaseline([failed], baseline)).toEqual(new Map());
  });

  /** A job whose result (`{"a": 1, "b": 2}` padded past 8 MiB) went to a spool file as it arrived. */
  const spooled = (): ExtractJob =>
    readJob(`{"id":"ext-1","status":"COMPLETED","extract_result":{"a": 1, "b": 2${' '.repeat(9 * 1024 * 1024)}}}`);

  it('reads a result too large to have been parsed on arrival', async () => {
    const baseline = await loadBaseline(settings(), [{ jobId: 'ext-1' }], workspace);
    expect(check(baseline, 'ext-1', spooled())).toMatchObject({ comparison: { accuracy: 1 } });
    spools.removeAll();
  });

  it('scores a result that can no longer be read back as one without fields, and writes no expected file of it', async () => {
    const lost = spooled();
    spools.removeAll();
    const scored = check(await loadBaseline(settings(), [{ jobId: 'ext-1' }], workspace), 'ext-1', lost);
    expect(scored?.comparison).toMatchObject({ matched: 0, missing: 2 });
    const updating = await loadBaseline(settings({ update: true }), [{ jobId: 'ext-1' }], workspace);
    expect(check(updating, 'ext-1', lost)).toEqual({
      expectedFile: 'ext-1.json',
      error: "Could not write the expected result of job ext-1 to 'ext-1.json': the result could not be read back."
    });
    expect(await readFile(join(workspace, 'ext-1.json'), 'utf8')).toBe('\uFEFF{"a": 1, "b": 2}');
  });

  it('with update writes the result pretty-printed, whatever the old file held', async () => {
    await writeFile(join(workspace, 'ext-3.json'), 'not json');
    const baseline = await loadBaseline(settings({ update: true }), [{ jobId: 'ext-3' }], workspace);
    expect(check(baseline, 'ext-3', job({ a: [1] }))).toEqual({ expectedFile: 'ext-3.json', updated: true });
    expect(await readFile(join(workspace, 'ext-3.json'), 'utf8')).toBe('{\n  "a": [\n    1\n  ]\n}\n');
  });

  it('turns a file that cannot be written into the job’s error', async () => {
    await writeFile(join(workspace, 'blocker'), '');
    const baseline = await loadBaseline(
      settings({ update: true, expected: join(workspace, 'blocker', '{job_id}.json') }),
      [{ jobId: 'ext-4' }],
      workspace
    );
    const finding = check(baseline, 'ext-4', job({ a: 1 }));
    expect(finding?.error).toMatch(/^Could not write the expected result of job ext-4 to '.*blocker\/ext-4\.json' \((ENOTDIR|EEXIST)/);
  });

  it('in file mode scores each job against the expected file named after its document', async () => {
    await writeFile(join(workspace, 'march.json'), '{"a": 1}');
    const template = { expected: join(workspace, '{name}.json') };
    const baseline = await loadBaseline(settings(template), [{ document: 'invoices/march.pdf' }], workspace);
    const read = {
      id: 'ext-9',
      status: 'COMPLETED',
      job: job({ a: 2 }),
      timedOut: false,
      source: { file: 'invoices/march.pdf', fileId: 'dfl-1', digest: 'sha256:00', reused: false }
    };
    expect(compareWithBaseline([read], baseline).get('ext-9')).toMatchObject({
      expectedFile: 'march.json',
      comparison: { wrong: 1 }
    });
  });

  it('compares large integers, digit strings and numbers past a double’s range exactly, from the text of both files', async () => {
    await writeFile(join(workspace, 'ext-5.json'), '{"id": 9007199254740993, "account": "12345678901234567", "big": 1e999, "small": 1}');
    const baseline = await loadBaseline(settings(), [{ jobId: 'ext-5' }], workspace);
    const finding = check(
      baseline,
      'ext-5',
      served('{"id": 9007199254740992, "account": "12345678901234568", "big": 2e999, "small": 1.0}')
    );
    expect(finding?.comparison?.mismatches.map((mismatch) => mismatch.path)).toEqual(['id', 'account', 'big']);
    expect(finding?.comparison?.matched).toBe(1);
    const same = check(baseline, 'ext-5', served('{"id": 9007199254740993, "account": 12345678901234567, "big": 10e998, "small": 1}'));
    expect(same?.comparison?.accuracy).toBe(1);
  });

  it('carries the metric min-accuracy is measured on', async () => {
    await writeFile(join(workspace, 'ext-6.json'), '{"a": 1}');
    const baseline = await loadBaseline(settings({ metric: 'f1' }), [{ jobId: 'ext-6' }], workspace);
    expect(check(baseline, 'ext-6', job({ a: 1 }))).toMatchObject({ metric: 'f1', comparison: { f1: 1 } });
  });

  it('with update keeps the alternate readings the new result is one of, and writes numbers as served', async () => {
    await writeFile(
      join(workspace, 'ext-8.json'),
      '{"vendor": {"$one-of": ["ACME", "ACME Inc."]}, "city": {"$one-of": ["Köln", "Cologne"]}, "rows": [{"n": {"$one-of": ["x", "y"]}}]}'
    );
    const baseline = await loadBaseline(settings({ update: true }), [{ jobId: 'ext-8' }], workspace);
    const result = served('{"vendor": "ACME Inc.", "city": "Bonn", "rows": [{"n": "y"}], "id": 9007199254740993, "odd": {"$literal": 1}}');
    expect(check(baseline, 'ext-8', result)).toMatchObject({ updated: true });
    const written = await readFile(join(workspace, 'ext-8.json'), 'utf8');
    const { id, ...rest } = JSON.parse(written) as Record<string, unknown>;
    expect(id).toBeDefined();
    expect(rest).toEqual({
      vendor: { '$one-of': ['ACME', 'ACME Inc.'] },
      city: 'Bonn',
      rows: [{ n: { '$one-of': ['x', 'y'] } }],
      odd: { $literal: { $literal: 1 } }
    });
    expect(written).toContain('"id": 9007199254740993,');
    // Read back, the written file scores the same result as a perfect match.
    const again = await loadBaseline(settings(), [{ jobId: 'ext-8' }], workspace);
    expect(check(again, 'ext-8', result)?.comparison?.accuracy).toBe(1);
  });
});
