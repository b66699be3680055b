// The verdict: each problem as an annotation, the step failed when any counts, and one line per job.
import { elapsedMs, formatDuration } from '../lib/duration.js';
import { failing as failingOf, type Judgement, type Problem } from '../judge/judgement.js';
import * as log from '../runner/log.js';
import { plural } from '../lib/markdown.js';
import { pagesOf } from '../model/usage.js';

/** `stepProblems`: problems of the step rather than of one job (it was stopped by a signal). */
export function reportVerdict(judgements: Judgement[], settings: { failOnError: boolean }, stepProblems: Problem[] = []): void {
  for (const warning of judgements.flatMap((judgement) => judgement.warnings)) log.warning(warning);
  const problems = [...judgements.flatMap((judgement) => judgement.problems), ...stepProblems];
  const failing = failingOf(problems, settings.failOnError);
  // The step's own problem heads the failure; else a single problem does, else a count.
  const headline = stepProblems.length > 0 ? stepProblems : failing.length === 1 ? failing : [];
  for (const problem of problems) {
    if (headline.includes(problem)) continue;
    (failing.includes(problem) ? log.error : log.warning)(problem.message);
  }
  for (const problem of headline) log.setFailed(problem.message);
  if (headline.length === 0 && failing.length > 1) {
    const jobs = judgements.filter((judgement) => failingOf(judgement.problems, settings.failOnError).length > 0).length;
    const unit = judgements.some((judgement) => judgement.source) ? 'documents' : 'jobs';
    log.setFailed(`${jobs} of ${judgements.length} ${unit} did not pass (${failing.length} problems, listed above).`);
  }
  logFinalLines(judgements);
}

/** One line per job; several jobs' lines fold into a group so the log stays short. */
function logFinalLines(judgements: Judgement[]): void {
  const [only] = judgements;
  if (only && judgements.length === 1) return logFinalLine(only);
  log.startGroup(`Results of ${judgements.length} jobs`);
  for (const judgement of judgements) logFinalLine(judgement);
  log.endGroup();
}

/** What the state adds to the last status, when the status alone would mislead. */
const STATE_NOTES: Partial<Record<Judgement['state'], string>> = {
  'timed-out': 'timed out',
  unreadable: 'could not be read',
  'no-result': 'no result'
};

function logFinalLine(judgement: Judgement): void {
  if (judgement.state === 'not-started') return log.info(`Document ${judgement.source?.file ?? ''}: not started, no job`);
  const pages = pagesOf(judgement.job?.usage ?? {});
  const took = elapsedMs(judgement.job?.createdAt, judgement.job?.updatedAt);
  const notes = [
    STATE_NOTES[judgement.state],
    judgement.cancelRequested ? 'cancel requested' : undefined,
    judgement.writeError ? 'not written' : undefined
  ];
  const note = notes.filter(Boolean).join(', ');
  const parts = [
    `Job ${judgement.id}: ${judgement.status || 'not read'}${note ? ` (${note})` : ''}`,
    took === undefined ? undefined : `took ${formatDuration(took)}`,
    pages === undefined ? undefined : plural(pages, 'page'),
    judgement.resultFile ? `result in ${judgement.resultFile}` : undefined
  ];
  log.info(parts.filter(Boolean).join(', '));
}
