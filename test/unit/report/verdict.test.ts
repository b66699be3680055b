import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import * as core from '../../__fixtures__/core.js';
import { kept, notStarted, judgement as baseJudgement, type Found } from '../../__fixtures__/judgements.js';
import type { Judgement } from '../../../src/judge/judgement.js';
import type { ExtractJob, JobRead } from '../../../src/model/types.js';
import type * as Verdict from '../../../src/report/verdict.js';
import type * as Redact from '../../../src/runner/redact.js';

jest.unstable_mockModule('@actions/core', () => core);
let reportVerdict: typeof Verdict.reportVerdict;
let registerSecret: typeof Redact.registerSecret;

const strict = { failOnError: true };
const lenient = { failOnError: false };

// Jobs that took 42 s, for the final log lines.
const judgement = (id: string, status: string, extra: Partial<JobRead> & Found = {}, jobExtra: Partial<ExtractJob> = {}): Judgement =>
  baseJudgement(id, status, extra, { createdAt: '2026-01-01T10:00:00Z', updatedAt: '2026-01-01T10:00:42Z', ...jobExtra });
const completed = (id: string, extra: Partial<JobRead> & Found = {}, jobExtra: Partial<ExtractJob> = {}): Judgement =>
  judgement(id, 'COMPLETED', { resultFile: `out/${id}.json`, ...extra }, { result: kept('{}'), ...jobExtra });
const unreadable = (id: string, error: string): Judgement => baseJudgement(id, '', { job: undefined, error });

beforeEach(async () => {
  // Each test is a step of its own process: nothing the log counted (annotations) carries over.
  jest.resetModules();
  ({ reportVerdict } = await import('../../../src/report/verdict.js'));
  ({ registerSecret } = await import('../../../src/runner/redact.js'));
  jest.clearAllMocks();
});

describe('reportVerdict', () => {
  it('passes a replayed job and a document awaiting its extraction, saying so on their lines', () => {
    const replayedFrom = { repository: null, runId: '1', runAttempt: null, commit: null, createdAt: '2026-01-01T00:00:00.000Z' };
    const awaiting = notStarted('docs/new.pdf', 'Document docs/new.pdf needs a real extraction.');
    awaiting.deferred = true;
    awaiting.problems = [];
    reportVerdict([completed('ext-1', { source: { file: 'docs/a.pdf', fileId: '', reused: false, replayedFrom } }), awaiting], strict);
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(core.messages(core.debug)).toContain('Document docs/a.pdf: job ext-1 COMPLETED (replayed), took 42s, result in out/ext-1.json');
    expect(core.messages(core.info)).toContain('Document docs/new.pdf: needs a real extraction, no job');
  });

  it('passes a completed job with one final line: status, time taken, pages and file', () => {
    reportVerdict([completed('ext-1', {}, { usage: { num_pages_extracted: 3 } })], strict);
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(core.error).not.toHaveBeenCalled();
    expect(core.warning).not.toHaveBeenCalled();
    expect(core.messages(core.info)).toEqual(['Job ext-1: COMPLETED, took 42s, 3 pages, result in out/ext-1.json']);
    expect(core.startGroup).not.toHaveBeenCalled();
  });

  it('fails the step with the one problem as its message, without repeating it as an error', () => {
    reportVerdict([judgement('ext-1', 'FAILED', {}, { errorMessage: 'Unsupported file type' })], strict);
    expect(core.messages(core.setFailed)).toEqual(['Job ext-1 FAILED: Unsupported file type']);
    expect(core.error).not.toHaveBeenCalled();
    expect(core.messages(core.info)).toEqual(['Job ext-1: FAILED, took 42s']);
  });

  it('annotates each of several problems and fails with a count', () => {
    const violations = [
      { jobId: 'ext-1', gate: 'schema' as const, path: '/total', message: 'must be number' },
      { jobId: 'ext-1', gate: 'schema' as const, path: '/', message: "missing required property 'due_date'" }
    ];
    reportVerdict([completed('ext-1', { violations }), completed('ext-2'), judgement('ext-3', 'CANCELLED')], strict);
    expect(core.messages(core.error)).toEqual([
      'Job ext-1: schema check failed at /total: must be number',
      "Job ext-1: schema check failed at /: missing required property 'due_date'",
      'Job ext-3 CANCELLED: LlamaCloud gave no error message'
    ]);
    expect(core.messages(core.setFailed)).toEqual(['2 of 3 jobs did not pass (3 problems, listed above).']);
  });

  it('counts documents, not jobs, in the file mode, and gives a document that got no job its final line', () => {
    const refusal = 'Document docs/big.pdf (3.0 KiB) is too large for LlamaCloud (413 Payload Too Large).';
    const done = completed('ext-1', { source: { file: 'docs/a.pdf', fileId: 'dfl-1', reused: false } });
    reportVerdict([done, notStarted('docs/big.pdf', refusal), notStarted('docs/huge.pdf', 'Document docs/huge.pdf: refused.')], lenient);
    expect(core.messages(core.error)).toEqual([refusal, 'Document docs/huge.pdf: refused.']);
    expect(core.messages(core.setFailed)).toEqual(['2 of 3 documents did not pass (2 problems, listed above).']);
    expect(core.messages(core.startGroup)).toEqual(['Results of the 2 of 3 documents that did not pass']);
    expect(core.messages(core.info)).toEqual(['Document docs/big.pdf: not started, no job', 'Document docs/huge.pdf: not started, no job']);
    // The document that passed is named in the debug log only.
    expect(core.messages(core.debug)).toEqual(['Document docs/a.pdf: job ext-1 COMPLETED, took 42s, result in out/ext-1.json']);
  });

  it('groups the final lines of the jobs that did not pass, and leaves those that passed to the debug log', () => {
    reportVerdict(
      [
        completed('ext-1', {}, { usage: { num_pages_billed: 1 } }),
        judgement('ext-2', 'RUNNING', { timedOut: true }, { createdAt: undefined }),
        unreadable('ext-3', "Extract job 'ext-3' was not found (404 Not Found).")
      ],
      strict
    );
    expect(core.messages(core.startGroup)).toEqual(['Results of the 2 of 3 jobs that did not pass']);
    expect(core.endGroup).toHaveBeenCalledTimes(1);
    expect(core.messages(core.info)).toEqual(['Job ext-2: RUNNING (timed out)', 'Job ext-3: not read (could not be read)']);
    expect(core.messages(core.debug)).toEqual(['Job ext-1: COMPLETED, took 42s, 1 page, result in out/ext-1.json']);
  });

  it('opens no group when every job passed', () => {
    reportVerdict([completed('ext-1'), completed('ext-2')], strict);
    expect(core.startGroup).not.toHaveBeenCalled();
    expect(core.info).not.toHaveBeenCalled();
    expect(core.messages(core.debug)).toHaveLength(2);
  });

  it('annotates the first problems, the failure last among 10 errors, and counts those written as plain lines', () => {
    const failed = Array.from({ length: 15 }, (_, i) => judgement(`ext-${i + 1}`, 'FAILED', {}, { errorMessage: 'Bad scan' }));
    reportVerdict(failed, strict);
    expect(core.messages(core.error)).toEqual(failed.slice(0, 9).map(({ id }) => `Job ${id} FAILED: Bad scan`));
    expect(core.messages(core.setFailed)).toEqual(['15 of 15 jobs did not pass (15 problems, listed above).']);
    const lines = core.messages(core.info);
    expect(lines.slice(0, 7)).toEqual([
      ...failed.slice(9).map(({ id }) => `Error: Job ${id} FAILED: Bad scan`),
      '6 errors above are plain lines, not annotations: GitHub lists at most 10 of each kind per step.'
    ]);
    // Then each job's last line, in the group.
    expect(lines.slice(7)).toHaveLength(15);
  });

  it('turns problems into warnings with fail-on-error: false', () => {
    reportVerdict(
      [judgement('ext-1', 'FAILED', {}, { errorMessage: 'Bad scan' }), judgement('ext-2', 'RUNNING', { timedOut: true })],
      lenient
    );
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(core.error).not.toHaveBeenCalled();
    expect(core.messages(core.warning)).toEqual([
      'Job ext-1 FAILED: Bad scan',
      "Job ext-2 did not finish within 1m 00s (last status RUNNING). Raise 'timeout', or set 'cancel-on-timeout: true' so it stops billing."
    ]);
  });

  it('still fails with fail-on-error: false when a job could not be read at all', () => {
    reportVerdict([unreadable('ext-1', 'LlamaCloud rejected the API key (401 Unauthorized).'), judgement('ext-2', 'FAILED')], lenient);
    expect(core.messages(core.setFailed)).toEqual(['LlamaCloud rejected the API key (401 Unauthorized).']);
    expect(core.messages(core.warning)).toEqual(['Job ext-2 FAILED: LlamaCloud gave no error message']);
    expect(core.error).not.toHaveBeenCalled();
  });

  it('says a timed-out job was cancelled when it was', () => {
    reportVerdict([judgement('ext-1', 'PENDING', { timedOut: true, cancelRequested: true })], strict);
    expect(core.messages(core.setFailed)).toEqual(['Job ext-1 did not finish within 1m 00s (last status PENDING). It was cancelled.']);
  });

  it('masks a registered secret in annotations and the failure', () => {
    registerSecret('llx-report-secret');
    reportVerdict(
      [
        judgement('ext-1', 'FAILED', {}, { errorMessage: 'key llx-report-secret' }),
        judgement('ext-2', 'FAILED', {}, { errorMessage: 'llx-report-secret' })
      ],
      strict
    );
    expect(core.messages(core.error)).toEqual(['Job ext-1 FAILED: key ***', 'Job ext-2 FAILED: ***']);
    reportVerdict([judgement('ext-3', 'FAILED', {}, { errorMessage: 'llx-report-secret' })], strict);
    expect(core.setFailed).toHaveBeenLastCalledWith('Job ext-3 FAILED: ***');
  });

  it('heads the failure with the problem of the step (a stop), and still reports each job problem', () => {
    const stop = { jobId: '', message: 'The step was stopped (SIGTERM) before every job had ended.', always: true };
    reportVerdict([judgement('ext-1', 'FAILED', {}, { errorMessage: 'Bad scan' }), judgement('ext-2', 'RUNNING')], strict, [stop]);
    expect(core.messages(core.error)).toEqual(['Job ext-1 FAILED: Bad scan']);
    expect(core.messages(core.setFailed)).toEqual([stop.message]);
  });

  it('says when a file was not written', () => {
    reportVerdict(
      [completed('ext-1', { resultFile: undefined, writeError: "Could not write the result of job ext-1 to 'out' (EISDIR)" })],
      lenient
    );
    expect(core.messages(core.setFailed)).toEqual(["Could not write the result of job ext-1 to 'out' (EISDIR)"]);
    expect(core.messages(core.info)).toEqual(['Job ext-1: COMPLETED (not written), took 42s']);
  });
});
