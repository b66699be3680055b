import { describe, expect, it } from '@jest/globals';
import type { ExtractJob, JobOutcome } from '../../src/types.js';
import { combinedStatus, problemsOf } from '../../src/verdict.js';

const job = (status: string, extra: Partial<ExtractJob> = {}): ExtractJob => ({
  id: 'j',
  status,
  usage: {},
  raw: Buffer.from('{}'),
  ...extra
});
const outcome = (status: string, extra: Partial<JobOutcome> = {}): JobOutcome => ({
  id: 'j',
  status,
  job: job(status, { resultJson: Buffer.from('{}') }),
  timedOut: false,
  violations: [],
  ...extra
});

describe('combinedStatus', () => {
  it('is COMPLETED only when every job completed, else the worst', () => {
    expect(combinedStatus([outcome('COMPLETED'), outcome('COMPLETED')])).toBe('COMPLETED');
    expect(combinedStatus([outcome('COMPLETED'), outcome('RUNNING'), outcome('CANCELLED'), outcome('FAILED')])).toBe('FAILED');
    expect(combinedStatus([outcome('RUNNING'), outcome('CANCELLED')])).toBe('CANCELLED');
    expect(combinedStatus([outcome('COMPLETED'), outcome('PENDING')])).toBe('PENDING');
    expect(combinedStatus([outcome('COMPLETED'), outcome('')])).toBe('');
  });
});

describe('problemsOf', () => {
  it('has none for a completed job with a result and no violations', () => expect(problemsOf(outcome('COMPLETED'), 1000)).toEqual([]));
  it('explains a failed job with its error message', () => {
    const failed = outcome('FAILED', { job: job('FAILED', { errorMessage: 'unreadable scan' }) });
    expect(problemsOf(failed, 1000)).toEqual([{ jobId: 'j', message: 'Job j FAILED: unreadable scan', always: false }]);
  });
  it('explains a timeout with the last status and what to do', () => {
    const [problem] = problemsOf(outcome('RUNNING', { timedOut: true }), 90_000);
    expect(problem.message).toBe(
      "Job j did not finish within 1m 30s (last status RUNNING). Raise 'timeout', or set 'cancel-on-timeout: true' so it stops billing."
    );
  });
  it('marks read errors as failing whatever fail-on-error says', () => {
    expect(problemsOf(outcome('', { job: undefined, error: 'Extract job j was not found' }), 1000)).toEqual([
      { jobId: 'j', message: 'Extract job j was not found', always: true }
    ]);
  });
  it('refuses a COMPLETED job without a result, and lists gate violations', () => {
    expect(problemsOf(outcome('COMPLETED', { job: job('COMPLETED') }), 1000)[0].message).toContain('without an extract_result');
    const violations = [{ jobId: 'j', gate: 'schema' as const, path: '/total', message: 'must be string' }];
    expect(problemsOf(outcome('COMPLETED', { violations }), 1000)[0].message).toBe('Job j: schema check failed at /total: must be string');
  });
});
