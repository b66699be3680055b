// The verdict: each problem as an annotation, and the step failed when any counts.
import * as core from '@actions/core';
import { elapsedMs, formatDuration } from './duration.js';
import { redact } from './redact.js';
import type { JobOutcome } from './types.js';
import { problemsOf } from './verdict.js';

export function reportVerdict(
  outcomes: JobOutcome[],
  settings: { failOnError: boolean; timeoutMs: number; comparison?: { minAccuracy: number } }
): void {
  const problems = outcomes.flatMap((outcome) => problemsOf(outcome, settings.timeoutMs, settings.comparison?.minAccuracy));
  const failing = problems.filter((problem) => settings.failOnError || problem.always);
  for (const problem of problems) {
    if (failing.length === 1 && failing[0] === problem) continue;
    (failing.includes(problem) ? core.error : core.warning)(redact(problem.message));
  }
  if (failing.length === 1) core.setFailed(redact(failing[0].message));
  else if (failing.length > 1) {
    const jobs = new Set(failing.map((problem) => problem.jobId)).size;
    core.setFailed(`${jobs} of ${outcomes.length} jobs did not pass (${failing.length} problems, listed above).`);
  }
  logFinalLines(outcomes);
}

/** One line per job; several jobs' lines fold into a group so the log stays short. */
function logFinalLines(outcomes: JobOutcome[]): void {
  if (outcomes.length === 1) return logFinalLine(outcomes[0]);
  core.startGroup(`Results of ${outcomes.length} jobs`);
  for (const outcome of outcomes) logFinalLine(outcome);
  core.endGroup();
}

function logFinalLine(outcome: JobOutcome): void {
  const usage = outcome.job?.usage ?? {};
  const pages = usage.num_pages_extracted ?? usage.num_pages_billed;
  const took = elapsedMs(outcome.job?.createdAt, outcome.job?.updatedAt);
  const parts = [
    `Job ${outcome.id}: ${outcome.status || 'not read'}${outcome.timedOut ? ' (timed out)' : ''}`,
    took === undefined ? undefined : `took ${formatDuration(took)}`,
    pages === undefined ? undefined : `${pages} ${pages === 1 ? 'page' : 'pages'}`,
    outcome.resultFile ? `result in ${outcome.resultFile}` : undefined
  ];
  core.info(parts.filter(Boolean).join(', '));
}
