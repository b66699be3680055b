// Decides what each job's end means for the step: the combined status and every problem found.
import { Status, TERMINAL_STATUSES } from './constants.js';
import { formatDuration } from './duration.js';
import { belowMinimum } from './compare/describe.js';
import type { JobOutcome } from './types.js';

export interface Problem {
  jobId: string;
  message: string;
  /** Fails the step even with fail-on-error: false: the job could not be read at all. */
  always: boolean;
}

/** COMPLETED only when every job completed; else the worst: FAILED, CANCELLED, a still-running status, unread. */
export function combinedStatus(outcomes: JobOutcome[]): string {
  const statuses = outcomes.map((outcome) => outcome.status);
  if (statuses.every((status) => status === Status.Completed)) return Status.Completed;
  for (const worst of [Status.Failed, Status.Cancelled]) if (statuses.includes(worst)) return worst;
  return statuses.find((status) => status && !TERMINAL_STATUSES.includes(status)) ?? '';
}

export function problemsOf(outcome: JobOutcome, timeoutMs: number, minAccuracy?: number): Problem[] {
  const { id, job, status } = outcome;
  const problem = (message: string, always = false): Problem => ({ jobId: id, message, always });
  if (outcome.timedOut) {
    const last = status ? `last status ${status}` : 'never read';
    const cancel = outcome.cancelRequested
      ? ' It was cancelled.'
      : " Raise 'timeout', or set 'cancel-on-timeout: true' so it stops billing.";
    return [
      problem(
        `Job ${id} did not finish within ${formatDuration(timeoutMs)} (${last}).${outcome.error ? ` Last error: ${outcome.error}` : ''}${cancel}`
      )
    ];
  }
  if (outcome.error) return [problem(outcome.error, true)];
  if (status === Status.Failed || status === Status.Cancelled) {
    return [problem(`Job ${id} ${status}: ${job?.errorMessage ?? 'LlamaCloud gave no error message'}`)];
  }
  if (status !== Status.Completed)
    return [problem(`Job ${id} is ${status || 'unknown'}: with 'wait: false' it was read once, before it finished.`)];
  if (!job?.resultJson)
    return [problem(`Job ${id} COMPLETED without an extract_result: check the extraction's configuration and document.`)];
  const problems = outcome.violations.map((violation) =>
    problem(`Job ${id}: ${violation.gate} check failed at ${violation.path || '/'}: ${violation.message}`)
  );
  if (outcome.comparison?.error) problems.push(problem(outcome.comparison.error, true));
  const below = outcome.comparison && minAccuracy !== undefined ? belowMinimum(id, outcome.comparison, minAccuracy) : undefined;
  if (below) problems.push(problem(below));
  return problems;
}
