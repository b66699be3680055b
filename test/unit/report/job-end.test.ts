import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { endJob } from '../../../src/report/job-end.js';
import { writeReport } from '../../../src/report/run-report.js';
import { WrittenResult } from '../../../src/model/result-body.js';
import { readJob } from '../../__fixtures__/judgements.js';
import type { JobRead } from '../../../src/model/types.js';
import { useHarness } from '../../support/harness.js';

const harness = useHarness();
const workspace = harness.folder();

const METADATA = '{"document_metadata":{"total":{"confidence":0.5,"citation":[{"page":1,"matching_text":"total 12.50"}]}}}';
const served = (id: string, result: string): Buffer =>
  Buffer.from(
    `{"id":"${id}","status":"COMPLETED","extract_result":${result},"extract_metadata":{"field_metadata":${METADATA}},"usage":{"credits":2}}`
  );
const readOf = (id: string, result: string): JobRead => ({
  id,
  status: 'COMPLETED',
  job: readJob(served(id, result)),
  timedOut: false,
  source: { file: `${id}.pdf`, fileId: `dfl-${id}`, digest: `sha256:${'b'.repeat(64)}`, reused: false }
});
const settings = {
  outputFile: join(workspace, 'out/{job_id}.json'),
  jobFile: join(workspace, 'jobs/{job_id}.json'),
  workspace,
  timeoutMs: 60_000
};
const gates = { minConfidence: 0.9 };
const context = { failOnError: true, fileMode: true, stepProblems: [], now: new Date('2026-01-02T03:04:05.000Z') };

describe('endJob', () => {
  it('checks, writes and judges the job, then keeps only what the end of the step shows', () => {
    const judgement = endJob(readOf('ext-1', '{"total": 12.50}'), { gates, settings, keepConfidences: true });
    expect(readFileSync(join(workspace, 'out/ext-1.json'), 'utf8')).toBe('{"total": 12.50}\n');
    expect(readFileSync(join(workspace, 'jobs/ext-1.json'), 'utf8')).toBe(`${served('ext-1', '{"total": 12.50}').toString()}\n`);
    expect(judgement).toMatchObject({ state: 'completed', resultFile: join('out', 'ext-1.json'), hasConfidence: true });
    expect(judgement.problems.map((problem) => problem.message)).toEqual([
      'Job ext-1: confidence check failed at total: confidence 0.5 is below 0.9'
    ]);
    // The whole job was written: none of it stays; the field metadata is cut to its confidences; the result is read back.
    const { job } = judgement;
    expect(job?.served).toEqual([]);
    expect(job?.fieldMetadata).toEqual({ document_metadata: { total: { confidence: 0.5 } } });
    expect(job?.result).toBeInstanceOf(WrittenResult);
    expect(job?.result?.value()).toEqual({ total: 12.5 });
    expect(job?.usage).toEqual({ credits: 2 });
  });

  it('keeps a result that could not be written in memory, and compares it with what the comparison gives', () => {
    const blocked = { ...settings, outputFile: join(workspace, 'jobs/ext-1.json/{job_id}.json') };
    const judgement = endJob(readOf('ext-2', '[1]'), {
      gates: {},
      compare: (read) => ({ expectedFile: `expected/${read.id}.json` }),
      settings: blocked,
      keepConfidences: false
    });
    expect(judgement.job?.fieldMetadata).toBeUndefined();
    expect(judgement.writeError).toContain('Could not write the result of job ext-2');
    expect(judgement.job?.result?.bytes).toEqual(Buffer.from('[1]'));
    expect(judgement.comparison).toEqual({ expectedFile: 'expected/ext-2.json' });
  });

  it('gives the same run report as the job kept whole: the results are copied from their files', () => {
    const whole = readOf('ext-3', '{"total": 12345678901234567890}');
    const before = join(workspace, 'before.json');
    const after = join(workspace, 'after.json');
    const judged = endJob(whole, { gates: {}, settings, keepConfidences: true });
    const unslimmed = { ...judged, job: whole.job };
    expect(writeReport(before, [unslimmed], context)).toBeUndefined();
    expect(writeReport(after, [judged], context)).toBeUndefined();
    expect(readFileSync(after, 'utf8')).toBe(readFileSync(before, 'utf8'));
    expect(readFileSync(after, 'utf8')).toContain('"result": {"total": 12345678901234567890}');
  });
});
