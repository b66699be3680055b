// What a reviewer reads beside the run: the run report, the change against a baseline, the summary's section on
// it, and the pull-request comment. Loaded only by a step with `report-file` or `baseline`, or one that may
// comment (comment.ts decides), so a plain run neither parses nor evaluates it.
import * as core from '@actions/core';
import { Inputs, Outputs } from '../lib/constants.js';
import { InputError } from '../lib/errors.js';
import { shortPath } from '../compare/describe.js';
import { mayComment } from '../settings/review-inputs.js';
import type { Settings } from '../settings/settings.js';
import type { Judgement, Problem } from '../judge/judgement.js';
import { writablePath } from '../settings/workspace.js';
import { diffWithBaseline, readBaseline, regressionProblems, type BaselineDiff } from './baseline-diff.js';
import { renderBaseline } from './baseline-summary.js';
import { buildReport, writeReport, type ReportContext, type RunReport } from '../report/run-report.js';

export interface Review {
  /** Adds regressions to the judgements (fail-on-regression) and gives the change against the baseline. */
  judge(judgements: Judgement[], context: Omit<ReportContext, 'now'>): BaselineDiff | undefined;
  /** Writes the run report; a problem of the step when it cannot be written. */
  write(judgements: Judgement[], context: Omit<ReportContext, 'now'>): Problem | undefined;
  /** Posts or updates the pull-request comment, when the step may comment; never throws. */
  comment(judgements: Judgement[], diff: BaselineDiff | undefined, context: Omit<ReportContext, 'now'>): Promise<void>;
}

/** Before any request: the baseline read (a missing one is a notice). */
export function prepareReview(settings: Pick<Settings, 'review' | 'comparison' | 'workspace'>): Review {
  const { baselineFile, reportFile, failOnRegression } = settings.review;
  const baseline: RunReport | undefined = baselineFile ? readBaseline(baselineFile, settings.workspace) : undefined;
  const expected = settings.comparison !== undefined && !settings.comparison.update;
  return {
    judge(judgements, context) {
      if (!baseline) return undefined;
      const now = (): RunReport => buildReport(judgements, { ...context, now: new Date() });
      const diff = diffWithBaseline(baseline, now().documents, judgements, expected);
      if (failOnRegression && diff.regressed > 0) {
        regressionProblems(diff, judgements, shortPath);
        diff.now = now().totals;
      }
      // Empty when the mode does not count them, never an invented 0.
      core.setOutput(Outputs.Regressions, diff.mode === 'expected' ? String(diff.regressed) : '');
      core.setOutput(Outputs.ChangedFields, diff.mode === 'drift' ? String(diff.changed) : '');
      return diff;
    },
    write(judgements, context) {
      if (!reportFile) return undefined;
      let unwritten: string | undefined;
      try {
        // Checked before any request too; a step that failed before that check writes its report here as well.
        unwritten = writeReport(writablePath(Inputs.ReportFile, reportFile, settings.workspace), judgements, {
          ...context,
          now: new Date()
        });
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        unwritten = error.message;
      }
      return unwritten === undefined ? undefined : { jobId: '', message: unwritten, always: true };
    },
    async comment(judgements, diff, context) {
      if (!mayComment(settings.review)) return;
      const { postComment } = await import('./comment.js');
      await postComment(judgements, diff, buildReport(judgements, { ...context, now: new Date() }), settings.review);
    }
  };
}

export { renderBaseline };
