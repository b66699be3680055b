// A pull request from a fork gets no secrets, so no API key: instead of a red check its author cannot fix,
// the step runs every check that needs no key, then passes with a notice (or fails, `on-fork: fail`).
// Loaded only when the key is empty.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { EXTRACT_CONFIGURATION_SCHEMA } from '../api/extract-configuration-schema.js';
import { bound, PATH_BOUND_BYTES } from '../lib/bound.js';
import { EnvVars, Inputs } from '../lib/constants.js';
import { InputError } from '../lib/errors.js';
import type { JobConfiguration, Settings } from '../settings/settings.js';
import type { Prepared } from './prepare.js';
import * as log from '../runner/log.js';
import { isObject } from '../lib/json-walk.js';
import { esc, plural } from '../lib/markdown.js';

/**
 * The events whose runs get no secrets when the pull request comes from a fork. `pull_request_target` is not
 * one of them: it runs with the base repository's secrets, so an empty key there is a missing secret.
 */
const KEYLESS_EVENTS = new Set(['pull_request', 'pull_request_review', 'pull_request_review_comment']);

interface ForkPullRequest {
  /** The fork's `owner/name`, as the event payload gives it (untrusted text). */
  head: string;
}

/** The pull request from a fork this run was started for, or undefined (another event, or the same repository). */
export function forkPullRequest(): ForkPullRequest | undefined {
  const event = process.env[EnvVars.EventName] ?? '';
  const file = process.env[EnvVars.EventPath];
  if (!KEYLESS_EVENTS.has(event) || !file) return undefined;
  let payload: unknown;
  try {
    payload = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // An unreadable payload proves no fork: the missing key stays the input error it is elsewhere.
    return undefined;
  }
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

/** A configuration file that LlamaCloud would refuse, refused here: the check a fork can run without a key. */
export function checkConfiguration(configuration: JobConfiguration, shown: string): void {
  if (!('inline' in configuration)) return;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const validate = ajv.compile(EXTRACT_CONFIGURATION_SCHEMA);
  if (validate(configuration.inline)) return;
  // The spec writes an optional field as anyOf [its type, null]: the branch that failed on null is noise.
  const errors = (validate.errors ?? []).filter((error) => error.keyword !== 'anyOf' && error.params.type !== 'null');
  const problems = errors.slice(0, 3).map((error) => {
    const where = error.instancePath ? error.instancePath.slice(1).replace(/\//g, '.') : 'the configuration';
    const allowed = Array.isArray(error.params.allowedValues) ? ` (${error.params.allowedValues.join(', ')})` : '';
    return `${where} ${error.message ?? 'is invalid'}${allowed}`;
  });
  throw new InputError(
    Inputs.Configuration,
    `'${shown}' is not an extract configuration LlamaCloud accepts: ${problems.join('; ')}. Fix it as the API's ExtractConfiguration describes.`
  );
}

/** What the step says and does once the key-free checks have passed: the summary's text, if any. */
export function endWithoutKey(
  fork: ForkPullRequest,
  settings: Pick<Settings, 'onFork' | 'schemaPath' | 'comparison'> &
    ({ mode: 'job-id' } | Pick<Prepared, 'mode' | 'documents' | 'configuration'>)
): string {
  const documents = settings.mode === 'file' ? settings.documents.length : undefined;
  const checked = [
    'the inputs',
    documents === undefined ? '' : plural(documents, 'document'),
    settings.mode === 'file' && 'file' in settings.configuration ? 'the configuration' : '',
    settings.schemaPath ? 'the schema' : '',
    settings.comparison ? 'the comparison rules and the expected files' : ''
  ].filter(Boolean);
  const why = `this pull request comes from ${fork.head}, and GitHub gives a pull request from a fork no secrets, so there is no API key`;
  const done = `Checked without a key: ${checked.join(', ')}.`;
  const how =
    'A maintainer runs the extraction with the key: by a later run of this workflow (on the merge, or by workflow_dispatch on the branch), ' +
    'or with pull_request_target, which has the secrets but runs with them on code the fork wrote: check out and run only what a maintainer has reviewed.';
  if (settings.onFork === 'fail') {
    log.setFailed(`Extraction cannot run: ${why} (on-fork: fail). ${done} ${how}`);
  } else {
    log.notice(`Extraction skipped: ${why}. ${done} ${how}`);
  }
  return [
    `### LlamaCloud Extract: extraction ${settings.onFork === 'fail' ? 'could not run' : 'skipped'}`,
    '',
    `${esc(why[0]!.toUpperCase() + why.slice(1))}.`,
    '',
    esc(done),
    '',
    esc(how)
  ].join('\n');
}
