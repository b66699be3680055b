// The one pull-request comment of a step (`comment`, `comment-key`, `github-token`): found by its hidden marker
// and updated in place, or created. Loaded only by a run that may comment, and @actions/github (octokit) only
// once there is a pull request to comment on. A comment that cannot be posted never fails the step: a warning
// says why, and the job summary carries the report.
import { setTimeout as sleep } from 'node:timers/promises';
import { bound } from '../lib/bound.js';
import { Inputs } from '../lib/constants.js';
import type { ReviewSettings } from '../settings/settings.js';
import type { Judgement } from '../judge/judgement.js';
import * as log from '../runner/log.js';
import type { BaselineDiff } from './baseline-diff.js';
import { commentTarget, runUrl, type CommentTarget } from './target.js';
import { marker, renderComment, type RunSummary } from './render.js';

type Octokit = ReturnType<typeof import('@actions/github').getOctokit>;

/** GitHub's page size limit: fewer pages to walk on a busy pull request. */
const PER_PAGE = 100;
/** A secondary rate limit asking for a wait up to this long is waited out once; a longer one gives up. */
const MAX_RETRY_AFTER_S = 10;
export async function postComment(
  judgements: Judgement[],
  diff: BaselineDiff | undefined,
  run: RunSummary,
  review: ReviewSettings
): Promise<void> {
  const always = review.comment === 'always';
  // Said as a warning when the workflow asked for a comment, as a plain line when it only might have one.
  const skip = (why: string): void => (always ? log.warning : log.info)(`No pull-request comment: ${why}.`);
  const target = commentTarget();
  if (!target) return skip('GITHUB_REPOSITORY does not name a repository');
  if (!target.pullRequest && !target.push) return skip(`the ${target.event || 'unknown'} event has no pull request`);
  if (!review.githubToken) return skip(`'${Inputs.GithubToken}' is empty`);
  try {
    const { getOctokit } = await import('@actions/github');
    const octokit = getOctokit(review.githubToken);
    let number = target.pullRequest;
    if (number === undefined) {
      // Every push asks under `auto`: a token that may not list pull requests is no reason for a warning then.
      try {
        number = await openPullRequest(octokit, target);
      } catch (error) {
        return skip(`the pull requests of the pushed commit could not be listed (${(error as HttpError).status ?? reason(error)})`);
      }
    }
    if (number === undefined) return skip(`no open pull request has the pushed branch ${target.push?.branch ?? ''}`);
    const body = renderComment(judgements, diff, { key: review.commentKey, run, runUrl: runUrl() });
    const { created, url } = await upsert(octokit, target, number, review.commentKey, body);
    log.info(`${created ? 'Posted' : 'Updated'} the comment on pull request #${number}: ${url}`);
  } catch (error) {
    log.warning(`The pull-request comment could not be posted: ${reason(error)} The job summary has the whole report.`);
  }
}

/** The open pull request whose head is the pushed branch, if any. */
async function openPullRequest(octokit: Octokit, { owner, repo, push }: CommentTarget): Promise<number | undefined> {
  if (!push) return undefined;
  const { data } = await call(() => octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: push.sha }));
  return data.find((pull) => pull.state === 'open' && pull.head.ref === push.branch)?.number;
}

/** Updates the comment that carries this key's marker, or creates it. */
async function upsert(
  octokit: Octokit,
  { owner, repo }: CommentTarget,
  issue_number: number,
  key: string,
  body: string
): Promise<{ created: boolean; url: string }> {
  const mark = marker(key);
  for (let page = 1; ; page++) {
    const { data } = await call(() => octokit.rest.issues.listComments({ owner, repo, issue_number, per_page: PER_PAGE, page }));
    const mine = data.find((comment) => comment.body?.startsWith(mark));
    if (mine) {
      const { data: updated } = await call(() => octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body }));
      return { created: false, url: updated.html_url };
    }
    if (data.length < PER_PAGE) break;
  }
  const { data: created } = await call(() => octokit.rest.issues.createComment({ owner, repo, issue_number, body }));
  return { created: true, url: created.html_url };
}

interface HttpError {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
}

/** One request; a secondary rate limit with a short `retry-after` is waited out once. */
async function call<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    const wait = retryAfter(error as HttpError);
    if (wait === undefined || wait > MAX_RETRY_AFTER_S) throw error;
    await sleep(wait * 1000);
    return request();
  }
}

function retryAfter(error: HttpError): number | undefined {
  if (error.status !== 403 && error.status !== 429) return undefined;
  const header = error.response?.headers?.['retry-after'];
  const seconds = Number(header);
  return header === undefined || !Number.isFinite(seconds) || seconds < 0 ? undefined : seconds;
}

function reason(error: unknown): string {
  const http = error as HttpError;
  const said = bound(String(isRecord(http.response?.data) ? (http.response.data.message ?? '') : (http.message ?? error)), 300);
  const wait = retryAfter(http);
  if (wait !== undefined) return `GitHub's rate limit (${http.status}, retry after ${wait}s: ${said}).`;
  switch (http.status) {
    case 401:
      return `the token was refused (401: ${said}).`;
    case 403:
    case 404:
      return `the token may not write to this pull request (${http.status}: ${said}). A pull request from a fork gets a read-only token; otherwise give the job 'permissions: pull-requests: write'.`;
    case 422:
      return `GitHub refused the comment (422: ${said}).`;
    case undefined:
      return `${said}.`;
    default:
      return `GitHub answered ${http.status} (${said}).`;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
