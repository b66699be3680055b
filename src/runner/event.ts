// What the runner says about the event that started the run (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH): read
// by the comment's target and, before the inputs, by the check for a fork's pull request (which gets no
// secrets), so a plain run with an empty key loads no fork-mode code.
import { readFileSync } from 'node:fs';
import { bound, PATH_BOUND_BYTES } from '../lib/bound.js';
import { EnvVars } from '../lib/constants.js';
import { isObject } from '../lib/json-walk.js';

/** The event's payload, parsed; undefined when there is none or it cannot be read. */
export function readEvent(file: string | undefined): unknown {
  if (!file) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The events whose runs get no secrets when the pull request comes from a fork. `pull_request_target` is not
 * one of them: it runs with the base repository's secrets, so an empty key there is a missing secret.
 */
const KEYLESS_EVENTS = new Set(['pull_request', 'pull_request_review', 'pull_request_review_comment']);

export interface ForkPullRequest {
  /** The fork's `owner/name`, as the event payload gives it (untrusted text). */
  head: string;
}

/** The pull request from a fork this run was started for, or undefined (another event, or the same repository). */
export function forkPullRequest(): ForkPullRequest | undefined {
  const event = process.env[EnvVars.EventName] ?? '';
  if (!KEYLESS_EVENTS.has(event)) return undefined;
  // An unreadable payload proves no fork: the missing key stays the input error it is elsewhere.
  const payload = readEvent(process.env[EnvVars.EventPath]);
  const pull = isObject(payload) && isObject(payload.pull_request) ? payload.pull_request : undefined;
  const head = pull && isObject(pull.head) ? pull.head : undefined;
  const base = pull && isObject(pull.base) ? pull.base : undefined;
  if (!head || !base || !isObject(base.repo)) return undefined;
  // A fork deleted since the pull request was opened has no repository left: its head is still a fork's.
  if (head.repo === null) return { head: 'a deleted fork' };
  if (!isObject(head.repo)) return undefined;
  const name = typeof head.repo.full_name === 'string' ? head.repo.full_name : '';
  const fork = head.repo.fork === true || (name !== '' && name !== base.repo.full_name);
  return fork ? { head: bound(name || 'a fork', PATH_BOUND_BYTES) } : undefined;
}
