// The one decision per job: from what was read, what the gates found and what writing its files gave, the
// job's state and every problem it has. The summary, the log, the outputs and the verdict render this
// value and decide nothing of their own.
import { Status, TERMINAL_STATUSES } from '../lib/constants.js';
import { formatDuration } from '../lib/duration.js';
import { bound, MESSAGE_BOUND_BYTES, PATH_BOUND_BYTES } from '../lib/bound.js';
import { belowMinimum, endOf, noExpectedResult, type ComparisonFinding } from '../compare/describe.js';
import { type GateResult, type JobRead, type Violation, type WriteResult } from '../model/types.js';
import { stateOf, type JobState } from '../model/state.js';

export interface Problem {
  /** '' for a problem of the step rather than of one job (a stop by signal), or of a document that got no job. */
  jobId: string;
  message: string;
  /** Fails the step even with fail-on-error: false: the job could not be read, or its files not written. */
  always: boolean;
}

export interface Judgement {
  /** Empty for a document that got no job. */
  id: string;
  /** File mode: the document the job was started (or reused) for. */
  source?: JobRead['source'];
  state: JobState;
  /** The last status seen, cut to a bound; empty when never read. */
  status: string;
  job?: JobRead['job'];
  timedOut: boolean;
  /** This step asked the API to cancel the job. */
  cancelRequested: boolean;
  /** The read error, or why the document got no job, cut to a bound. */
  error?: string;
  /** No job, and no failure: the document awaits an extraction this run cannot make (no key, on a fork). */
  deferred?: boolean;
  /** The job's own `error_message`, cut to a bound. */
  errorMessage?: string;
  violations: Violation[];
  hasConfidence?: boolean;
  /** With `expected`: the result scored against its expected file (or written as it). */
  comparison?: ComparisonFinding;
  resultFile?: string;
  /** Why the job's files could not be written. */
  writeError?: string;
  /** Every problem, in the order they are reported. */
  problems: Problem[];
  /** Worth saying, never failing the step. */
  warnings: string[];
}

interface Findings {
  gates?: GateResult;
  comparison?: ComparisonFinding;
  write?: WriteResult;
  cancelRequested?: boolean;
}

/** A status longer than this is no status LlamaCloud sends; it is cut wherever it is shown. */
export const STATUS_BOUND_BYTES = 100;

export function judge(read: JobRead, findings: Findings, context: { timeoutMs: number; comparison?: { minAccuracy: number } }): Judgement {
  const cancelRequested = findings.cancelRequested ?? false;
  const state = stateOf(read, cancelRequested);
  const violations = findings.gates?.violations ?? [];
  const error = read.startError ?? read.error;
  const judgement: Judgement = {
    id: read.id,
    source: read.source,
    state,
    status: bound(read.status, STATUS_BOUND_BYTES),
    job: read.job,
    timedOut: read.timedOut,
    cancelRequested,
    error: error === undefined ? undefined : bound(error),
    deferred: read.deferred,
    errorMessage: read.job?.errorMessage === undefined ? undefined : bound(read.job.errorMessage),
    violations,
    hasConfidence: findings.gates?.hasConfidence,
    comparison: findings.comparison,
    resultFile: findings.write?.resultFile,
    writeError: findings.write?.error === undefined ? undefined : bound(findings.write.error),
    problems: [],
    warnings: []
  };
  const problem = (message: string, always = false): void => {
    judgement.problems.push({ jobId: read.id, message: bound(message, MESSAGE_BOUND_BYTES), always });
  };
  const { id } = judgement;
  switch (state) {
    case 'not-started':
    case 'unreadable':
      if (!read.deferred) problem(judgement.error as string, true);
      break;
    case 'timed-out': {
      const last = judgement.status ? `last status ${judgement.status}` : 'never read';
      const cancel = cancelRequested ? ' It was cancelled.' : " Raise 'timeout', or set 'cancel-on-timeout: true' so it stops billing.";
      const error = judgement.error ? ` Last error: ${judgement.error}` : '';
      problem(`Job ${id} did not finish within ${formatDuration(context.timeoutMs)} (${last}).${error}${cancel}`);
      break;
    }
    case 'failed':
    case 'cancelled':
      // Cancelled by this step (a stop): the stop is the step's problem, not the job's.
      if (TERMINAL_STATUSES.includes(read.status)) {
        problem(`Job ${id} ${judgement.status}: ${judgement.errorMessage ?? 'LlamaCloud gave no error message'}`);
      }
      break;
    case 'no-result':
      problem(`Job ${id} COMPLETED without an extract_result: check the extraction's configuration and document.`);
      break;
    case 'completed':
      for (const violation of violations) {
        problem(`Job ${id}: ${violation.gate} check failed at ${bound(violation.path || '/', PATH_BOUND_BYTES)}: ${violation.message}`);
      }
      if (judgement.hasConfidence === false) {
        judgement.warnings.push(
          `Job ${id} carries no confidence scores, so 'min-confidence' checked nothing: enable confidence scores in the extract configuration.`
        );
      }
      if (findings.comparison) judgeComparison(id, findings.comparison, context.comparison?.minAccuracy ?? 1, judgement, problem);
      break;
    case 'in-progress':
      // With wait: false the user asked for one read, not for the end; after a stop, the stop is the problem.
      break;
  }
  if (judgement.writeError) problem(judgement.writeError, true);
  // Kept for every document until the step's end, and most have neither: they share one empty list.
  if (judgement.violations.length === 0) judgement.violations = NONE;
  if (judgement.warnings.length === 0) judgement.warnings = NONE;
  return judgement;
}

/** The empty list judgements share; frozen, so that adding to it fails loudly instead of adding to them all. */
const NONE = Object.freeze([]) as never[];

/** Below min-accuracy is a problem like a gate violation; an expected file that could not be written always fails. */
function judgeComparison(
  id: string,
  finding: ComparisonFinding,
  minAccuracy: number,
  judgement: Judgement,
  problem: (message: string, always?: boolean) => void
): void {
  const end = endOf(finding);
  if (end.kind === 'not-written') problem(end.error, true);
  const below = belowMinimum(id, finding, minAccuracy);
  if (below) problem(below);
  const unexpected = noExpectedResult(id, finding);
  if (unexpected) judgement.warnings.push(unexpected);
}

/**
 * COMPLETED only when every job completed; else the worst: FAILED, CANCELLED, a still-running status, unread.
 * A document that got no job counts as FAILED: it was not extracted, as surely as by a job that failed (unless
 * it awaits an extraction this run cannot make).
 */
export function combinedStatus(judgements: Judgement[]): string {
  // A document awaiting its extraction has no status yet.
  const statuses = judgements.map((judgement) =>
    judgement.state === 'not-started' && !judgement.deferred ? Status.Failed : judgement.status
  );
  if (statuses.every((status) => status === Status.Completed)) return Status.Completed;
  for (const worst of [Status.Failed, Status.Cancelled]) if (statuses.includes(worst)) return worst;
  return statuses.find((status) => status && !TERMINAL_STATUSES.includes(status)) ?? '';
}

/** What the summary, the outputs and the report show: a replayed job's result was taken from an earlier run's report. */
export type ShownState = JobState | 'replayed';

export function shownState(judgement: Judgement): ShownState {
  return judgement.source?.replayedFrom ? 'replayed' : judgement.state;
}

/** What a step counts: documents in the file mode (one may have got no job), else jobs. */
export function unitOf(judgements: Judgement[]): 'document' | 'job' {
  return judgements.some((judgement) => judgement.source) ? 'document' : 'job';
}

/** Completed, with no problem at all: every check it was put to passed. */
export function passed(judgement: Judgement): boolean {
  return judgement.state === 'completed' && judgement.problems.length === 0;
}

/** The problems that fail the step under these settings. */
export function failing(problems: Problem[], failOnError: boolean): Problem[] {
  return problems.filter((problem) => failOnError || problem.always);
}
