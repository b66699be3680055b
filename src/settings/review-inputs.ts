// The inputs of what a reviewer reads beside the run: `report-file`, `baseline`, `fail-on-regression`,
// `comment`, `comment-key` and `github-token`.
import * as path from 'node:path';
import { Inputs } from '../lib/constants.js';
import { InputError } from '../lib/errors.js';
import { refuseSharedReport, resolveFileTemplate } from './clashes.js';
import { input, parseBoolean } from './inputs.js';
import type { CommentMode, ReviewSettings } from './settings.js';

const COMMENT_MODES: readonly CommentMode[] = ['auto', 'always', 'never'];
/** The events `comment: auto` comments on: a pull request's own, or a push that may belong to an open one. */
const COMMENT_EVENTS = ['pull_request', 'pull_request_target', 'push'];
/** Written into a hidden HTML comment: no `--` or `>` may end it early. */
const COMMENT_KEY = /^[A-Za-z0-9._/:@+-]{1,100}$/;

/** Whether this run may comment, from the inputs and the event's name alone: nothing is loaded to decide it. */
export function mayComment({ comment }: Pick<ReviewSettings, 'comment'>, env: NodeJS.ProcessEnv = process.env): boolean {
  return comment === 'always' || (comment === 'auto' && COMMENT_EVENTS.includes(env.GITHUB_EVENT_NAME ?? ''));
}

/** `taken`: the other inputs' files, which the report must not be; `comparing`: whether `expected` is given. */
export function readReview(workspace: string, taken: Array<string | undefined>, comparing: boolean): ReviewSettings {
  const report = input(Inputs.ReportFile);
  const baseline = input(Inputs.Baseline);
  const reportFile = report ? resolveFileTemplate(Inputs.ReportFile, report, workspace) : undefined;
  if (reportFile) refuseSharedReport(report, reportFile, taken);
  const comment = input(Inputs.Comment).toLowerCase() as CommentMode;
  if (!COMMENT_MODES.includes(comment)) {
    throw new InputError(Inputs.Comment, `'${input(Inputs.Comment)}' is not a comment mode. Expected auto, always or never.`);
  }
  const commentKey = input(Inputs.CommentKey);
  if (!COMMENT_KEY.test(commentKey)) {
    throw new InputError(
      Inputs.CommentKey,
      `'${commentKey}' is not a comment key. Expected up to 100 letters, digits and . _ / : @ + -, such as invoices-eval.`
    );
  }
  // The runner masks `github.token` and every secret itself.
  const githubToken = input(Inputs.GithubToken);
  const failOnRegression = parseBoolean(Inputs.FailOnRegression);
  if (failOnRegression && !baseline) {
    throw new InputError(Inputs.FailOnRegression, `needs 'baseline', the report of an earlier run to find regressions against.`);
  }
  if (failOnRegression && !comparing) {
    throw new InputError(
      Inputs.FailOnRegression,
      `needs 'expected': a regression is a field that matched its expected value and no longer does.`
    );
  }
  return {
    reportFile,
    baselineFile: baseline ? path.resolve(workspace, baseline) : undefined,
    failOnRegression,
    comment,
    commentKey,
    githubToken
  };
}
