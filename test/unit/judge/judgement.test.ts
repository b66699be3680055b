import { describe, expect, it } from '@jest/globals';
import { kept, notStarted, judgement, read } from '../../__fixtures__/judgements.js';
import { combinedStatus, failing, judge, passed } from '../../../src/judge/judgement.js';
import { stateOf, isUnfinished } from '../../../src/model/state.js';

const result = { result: kept('{}') };

describe('stateOf', () => {
  it('gives one state for every kind of read', () => {
    expect(stateOf(read('j', 'COMPLETED', {}, result))).toBe('completed');
    expect(stateOf(read('j', 'COMPLETED'))).toBe('no-result');
    expect(stateOf(read('j', 'FAILED'))).toBe('failed');
    expect(stateOf(read('j', 'CANCELLED'))).toBe('cancelled');
    expect(stateOf(read('j', 'RUNNING'))).toBe('in-progress');
    expect(stateOf(read('j', 'SOMETHING_NEW'))).toBe('in-progress');
    expect(stateOf(read('j', 'RUNNING', { timedOut: true }))).toBe('timed-out');
    expect(stateOf(read('j', '', { job: undefined, error: '404' }))).toBe('unreadable');
    // A read error that the timeout cut short is a timeout, everywhere it is shown.
    expect(stateOf(read('j', 'RUNNING', { timedOut: true, error: 'Gave up' }))).toBe('timed-out');
    expect(stateOf(read('j', 'RUNNING'), true)).toBe('cancelled');
    // Listed as COMPLETED, then stopped before the job itself was read.
    expect(stateOf(read('j', 'COMPLETED', { job: undefined }))).toBe('in-progress');
  });

  it('counts only jobs still running as unfinished, for cancel-on-timeout', () => {
    expect(isUnfinished(read('j', 'RUNNING', { timedOut: true }))).toBe(true);
    expect(isUnfinished(read('j', '', { job: undefined, timedOut: true }))).toBe(true);
    expect(isUnfinished(read('j', 'COMPLETED', { timedOut: true }))).toBe(false);
    expect(isUnfinished(read('j', '', { job: undefined, error: '404' }))).toBe(false);
    expect(isUnfinished(read('j', 'FAILED'))).toBe(false);
  });
});

describe('judge', () => {
  it('finds no problem in a completed job with a result and no violations', () => {
    expect(judgement('j', 'COMPLETED', {}, result)).toMatchObject({ state: 'completed', problems: [], warnings: [] });
  });

  it('finds no problem in a job read once while still running (wait: false)', () => {
    expect(judgement('j', 'RUNNING')).toMatchObject({ state: 'in-progress', problems: [] });
  });

  it('explains a failed job with its error message', () => {
    expect(judgement('j', 'FAILED', {}, { errorMessage: 'unreadable scan' }).problems).toEqual([
      { jobId: 'j', message: 'Job j FAILED: unreadable scan', always: false }
    ]);
  });

  it('explains a timeout with the last status, the last read error and what to do', () => {
    expect(judgement('j', 'RUNNING', { timedOut: true }).problems[0]!.message).toBe(
      "Job j did not finish within 1m 00s (last status RUNNING). Raise 'timeout', or set 'cancel-on-timeout: true' so it stops billing."
    );
    expect(judgement('j', '', { job: undefined, timedOut: true, error: 'Gave up after 3 attempts', cancelRequested: true })).toMatchObject({
      state: 'timed-out',
      problems: [{ message: 'Job j did not finish within 1m 00s (never read). Last error: Gave up after 3 attempts It was cancelled.' }]
    });
  });

  it('marks read and write errors as failing whatever fail-on-error says', () => {
    const unreadable = judgement('j', '', { job: undefined, error: 'Extract job j was not found' });
    expect(unreadable.problems).toEqual([{ jobId: 'j', message: 'Extract job j was not found', always: true }]);
    const unwritten = judgement('j', 'COMPLETED', { writeError: "Could not write the result of job j to 'out' (EISDIR)" }, result);
    expect(unwritten).toMatchObject({ state: 'completed', writeError: "Could not write the result of job j to 'out' (EISDIR)" });
    expect(failing(unwritten.problems, false)).toEqual([
      { jobId: 'j', message: "Could not write the result of job j to 'out' (EISDIR)", always: true }
    ]);
  });

  it('refuses a COMPLETED job without a result, and lists gate violations', () => {
    expect(judgement('j', 'COMPLETED')).toMatchObject({
      state: 'no-result',
      problems: [{ message: expect.stringContaining('without an extract_result') }]
    });
    const violations = [{ jobId: 'j', gate: 'schema' as const, path: '/total', message: 'must be string' }];
    expect(judgement('j', 'COMPLETED', { violations }, result).problems).toEqual([
      { jobId: 'j', message: 'Job j: schema check failed at /total: must be string', always: false }
    ]);
  });

  it('warns, without failing, when min-confidence found no confidence scores', () => {
    const judged = judgement('j', 'COMPLETED', { hasConfidence: false }, result);
    expect(judged.problems).toEqual([]);
    expect(judged.warnings).toEqual([expect.stringContaining("carries no confidence scores, so 'min-confidence' checked nothing")]);
  });

  it('has no problem of its own for a job this step cancelled when it was stopped', () => {
    expect(judgement('j', 'RUNNING', { cancelRequested: true })).toMatchObject({ state: 'cancelled', problems: [] });
  });

  it('cuts API text to a bound, saying so', () => {
    const judged = judge(read('j', 'S'.repeat(5000), {}, { errorMessage: 'e'.repeat(1024 * 1024) }), {}, { timeoutMs: 1000 });
    expect(Buffer.byteLength(judged.status)).toBeLessThanOrEqual(100);
    const failedJob = judge(read('j', 'FAILED', {}, { errorMessage: 'e'.repeat(1024 * 1024) }), {}, { timeoutMs: 1000 });
    expect(Buffer.byteLength(failedJob.errorMessage as string)).toBeLessThanOrEqual(4096);
    expect(failedJob.problems[0]!.message).toMatch(/^Job j FAILED: e+ … \[cut: 1048576 bytes in all\]$/);
    const violation = { jobId: 'j', gate: 'schema' as const, path: '/'.repeat(100_000), message: 'is odd' };
    const gated = judge(read('j', 'COMPLETED', {}, result), { gates: { violations: [violation] } }, { timeoutMs: 1 });
    expect(Buffer.byteLength(gated.problems[0]!.message)).toBeLessThanOrEqual(5120);
    // The path is cut on its own, so the reason after it survives.
    expect(gated.problems[0]!.message).toMatch(/ … \[cut: 100000 bytes in all\]: is odd$/);
  });
});

describe('combinedStatus', () => {
  it('is COMPLETED only when every job completed, else the worst', () => {
    const of = (...statuses: string[]): string => combinedStatus(statuses.map((status) => judgement('j', status)));
    expect(of('COMPLETED', 'COMPLETED')).toBe('COMPLETED');
    expect(of('COMPLETED', 'RUNNING', 'CANCELLED', 'FAILED')).toBe('FAILED');
    expect(of('RUNNING', 'CANCELLED')).toBe('CANCELLED');
    expect(of('COMPLETED', 'PENDING')).toBe('PENDING');
    expect(of('COMPLETED', '')).toBe('');
  });

  it('is FAILED when a document got no job, over CANCELLED and running jobs', () => {
    const refused = notStarted('docs/big.pdf', 'Document docs/big.pdf (3.0 KiB) is too large for LlamaCloud (413 Payload Too Large).');
    expect(combinedStatus([judgement('a', 'COMPLETED'), refused])).toBe('FAILED');
    expect(combinedStatus([judgement('a', 'CANCELLED'), judgement('b', 'RUNNING'), refused])).toBe('FAILED');
  });
});

describe('judge a document that got no job', () => {
  it('is not-started, with its error as a problem that fails the step even with fail-on-error: false', () => {
    const unstarted = notStarted('docs/big.pdf', 'Document docs/big.pdf: the step was stopped while uploading it.');
    expect(unstarted).toMatchObject({
      id: '',
      source: { file: 'docs/big.pdf', fileId: '', reused: false },
      state: 'not-started',
      status: '',
      error: 'Document docs/big.pdf: the step was stopped while uploading it.'
    });
    expect(failing(unstarted.problems, false)).toEqual([
      { jobId: '', message: 'Document docs/big.pdf: the step was stopped while uploading it.', always: true }
    ]);
    expect(passed(unstarted)).toBe(false);
  });
});

describe('judge with a comparison', () => {
  const scored = (accuracy: number) => ({
    expectedFile: 'expected/j.json',
    comparison: {
      matched: 1,
      wrong: 1,
      missing: 0,
      extra: 0,
      accuracy,
      precision: accuracy,
      recall: accuracy,
      f1: accuracy,
      mismatches: [{ path: 'b', kind: 'wrong' as const, expected: 2, got: 5 }],
      matchedPaths: ['a'],
      approximated: []
    }
  });
  const judged = (comparison: Parameters<typeof judge>[1]['comparison'], minAccuracy = 1) =>
    judge(read('j', 'COMPLETED', {}, result), { comparison }, { timeoutMs: 60_000, comparison: { minAccuracy } });

  it('makes a document below min-accuracy a problem of the job, like a gate violation', () => {
    expect(judged(scored(0.5)).problems).toEqual([
      {
        jobId: 'j',
        message:
          'Job j: accuracy 0.5 against expected/j.json is below min-accuracy 1 (1 of 2 fields matched; 1 wrong, 0 missing, 0 extra). Differs at b.',
        always: false
      }
    ]);
    expect(judged(scored(0.5), 0.5).problems).toEqual([]);
  });

  it('cuts a long field path from a document on its own, so the message keeps its end', () => {
    const long = scored(0.5);
    long.comparison.mismatches = [{ path: 'x'.repeat(5000), kind: 'wrong', expected: 2, got: 5 }];
    const [message] = judged(long).problems.map((problem) => problem.message);
    expect(message).toMatch(/^Job j: accuracy 0\.5 .*Differs at x+ … \[cut: 5000 bytes in all\]\.$/);
    expect(message?.length).toBeLessThan(500);
  });

  it('warns of a job with no expected result, and fails on an expected file it could not write', () => {
    expect(judged({ expectedFile: 'expected/j.json' })).toMatchObject({
      problems: [],
      warnings: [expect.stringMatching(/^Job j: no expected result at expected\/j\.json/)]
    });
    expect(judged({ expectedFile: 'expected/j.json', updated: true })).toMatchObject({ problems: [], warnings: [] });
    expect(judged({ expectedFile: 'e.json', error: 'Could not write it' }).problems).toEqual([
      { jobId: 'j', message: 'Could not write it', always: true }
    ]);
  });
});
