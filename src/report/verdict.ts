// The verdict: each problem as an annotation (past GitHub's cap, a plain line), the step failed when any
// counts, and a last line for each job that did not pass.
import { elapsedMs, formatDuration } from '../lib/duration.js';
import { failing as failingOf, passed, unitOf, type Judgement, type Problem } from '../judge/judgement.js';
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
  log.countNotAnnotated();
  for (const problem of headline) log.setFailed(problem.message);
  if (headline.length === 0 && failing.length > 1) {
    const jobs = judgements.filter((judgement) => failingOf(judgement.problems, settings.failOnError).length > 0).length;
    log.setFailed(`${jobs} of ${judgements.length} ${unitOf(judgements)}s did not pass (${failing.length} problems, listed above).`);
  }
  logFinalLines(judgements);
}

/**
 * One line for a single job. Of several, a line for each that did not pass, folded into a group; one that
 * passed is counted by the progress lines and named in the debug log only, so 10,000 jobs leave a short log.
 */
function logFinalLines(judgements: Judgement[]): void {
  const [only] = judgements;
  if (only && judgements.length === 1) return log.info(finalLine(only));
  for (const judgement of judgements.filter(passed)) log.debug(finalLine(judgement));
  const shown = judgements.filter((judgement) => !passed(judgement));
  if (shown.length === 0) return;
  log.startGroup(`Results of the ${shown.length} of ${judgements.length} ${unitOf(judgements)}s that did not pass`);
  for (const judgement of shown) log.info(finalLine(judgement));
  log.endGroup();
}

/** What the state adds to the last status, when the status alone would mislead. */
const STATE_NOTES: Partial<Record<Judgement['state'], string>> = {
  'timed-out': 'timed out',
  unreadable: 'could not be read',
  'no-result': 'no result'
};

function finalLine(judgement: Judgement): string {
  if (judgement.state === 'not-started') return `Document ${judgement.source?.file ?? ''}: not started, no job`;
  const pages = pagesOf(judgement.job?.usage ?? {});
  const took = elapsedMs(judgement.job?.createdAt, judgement.job?.updatedAt);
  const notes = [
    STATE_NOTES[judgement.state],
    judgement.cancelRequested ? 'cancel requested' : undefined,
    judgement.writeError ? 'not written' : undefined
  ];
  const note = notes.filter(Boolean).join(', ');
  // In the file mode the document leads: a job ID alone does not say which one failed.
  const job = judgement.source ? `Document ${judgement.source.file}: job ${judgement.id}` : `Job ${judgement.id}:`;
  const parts = [
    `${job} ${judgement.status || 'not read'}${note ? ` (${note})` : ''}`,
    took === undefined ? undefined : `took ${formatDuration(took)}`,
    pages === undefined ? undefined : plural(pages, 'page'),
    judgement.resultFile ? `result in ${judgement.resultFile}` : undefined
  ];
  return parts.filter(Boolean).join(', ');
}
