// Which pull request a run belongs to, from the runner's event: the event's own pull request, or for a push
// the open pull request of the pushed branch (looked up by the caller). Pure: reads the environment only.
import { isObject } from '../lib/json-walk.js';
import { readEvent } from '../runner/event.js';

export interface CommentTarget {
  owner: string;
  repo: string;
  /** Known from a pull_request or pull_request_target event. */
  pullRequest?: number;
  /** A push: its commit, whose open pull request is looked up. */
  push?: { sha: string; branch: string };
  event: string;
}

const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];

/** The repository and the event's pull request or push; undefined when the runner does not say which repository. */
export function commentTarget(env: NodeJS.ProcessEnv = process.env): CommentTarget | undefined {
  const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo || rest.length > 0) return undefined;
  const event = env.GITHUB_EVENT_NAME ?? '';
  const target: CommentTarget = { owner, repo, event };
  const payload = readEvent(env.GITHUB_EVENT_PATH);
  if (PULL_REQUEST_EVENTS.includes(event)) {
    const pull = isObject(payload) && isObject(payload.pull_request) ? payload.pull_request : undefined;
    const number = pull?.number ?? (isObject(payload) ? payload.number : undefined);
    if (typeof number === 'number' && Number.isSafeInteger(number) && number > 0) target.pullRequest = number;
  } else if (event === 'push') {
    const sha = isObject(payload) && typeof payload.after === 'string' ? payload.after : env.GITHUB_SHA;
    const ref = isObject(payload) && typeof payload.ref === 'string' ? payload.ref : env.GITHUB_REF;
    if (sha && ref?.startsWith('refs/heads/')) target.push = { sha, branch: ref.slice('refs/heads/'.length) };
  }
  return target;
}

/** The run's page, where its job summary is: `GITHUB_SERVER_URL/owner/repo/actions/runs/ID`. */
export function runUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: run, GITHUB_RUN_ATTEMPT: attempt } = env;
  if (!server || !repository || !run || !/^\d+$/.test(run)) return undefined;
  const tail = attempt && /^\d+$/.test(attempt) && attempt !== '1' ? `/attempts/${attempt}` : '';
  return `${server.replace(/\/+$/, '')}/${repository}/actions/runs/${run}${tail}`;
}
