import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareWithBaseline, loadBaseline, type Baseline } from '../../../src/compare/baseline.js';
import type { ExtractJob } from '../../../src/types.js';

describe('baseline', () => {
  let workspace: string;
  beforeAll(async () => {
    workspace = await mkdtemp(join(tmpdir(), 'llx-baseline-'));
  });
  afterAll(() => rm(workspace, { recursive: true, force: true }));

  const job = (value: unknown): ExtractJob => {
    const resultJson = Buffer.from(JSON.stringify(value));
    return { id: 'ext-1', status: 'COMPLETED', usage: {}, resultJson, parsedResult: value, raw: resultJson };
  };
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
    const failed = { id: 'ext-1', status: 'FAILED', job: { ...job({}), status: 'FAILED', resultJson: undefined }, timedOut: false };
    expect(compareWithBaseline([failed], baseline)).toEqual(new Map());
  });

  it('reads a result too large to have been parsed on arrival', async () => {
    const baseline = await loadBaseline(settings(), [{ jobId: 'ext-1' }], workspace);
    const unparsed = { ...job({ a: 1, b: 2 }), parsedResult: undefined };
    expect(check(baseline, 'ext-1', unparsed)).toMatchObject({ comparison: { accuracy: 1 } });
  });

  it('with update writes the result pretty-printed, without reading the old file', async () => {
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

  it('in file mode names each expected file after its document, never after a job ID that is new on every run', async () => {
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
    await expect(loadBaseline(settings(), [{ document: 'invoices/march.pdf' }], workspace)).rejects.toThrow(
      /^Input 'expected': '\{job_id\}\.json' holds \{job_id\}, which is new on every run with 'file'/
    );
  });

  it('refuses an expected file that is a folder', async () => {
    await expect(loadBaseline(settings({ expected: workspace }), [{ jobId: 'ext-1' }], workspace)).rejects.toThrow(
      /^Input 'expected': cannot read expected file '.*' \(EISDIR\)/
    );
  });
});
