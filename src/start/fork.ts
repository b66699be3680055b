// A pull request from a fork gets no secrets, so no API key: instead of a red check its author cannot fix,
// the step runs every check that needs no key, then passes with a notice (or fails, `on-fork: fail`).
// Loaded only for such a pull request (runner/event.ts tells it).
import { Ajv2020 } from 'ajv/dist/2020.js';
import { EXTRACT_CONFIGURATION_SCHEMA } from '../api/extract-configuration-schema.js';
import { Inputs } from '../lib/constants.js';
import { InputError } from '../lib/errors.js';
import type { JobConfiguration, Settings } from '../settings/settings.js';
import type { Prepared } from './prepare.js';
import * as log from '../runner/log.js';
import type { ForkPullRequest } from '../runner/event.js';
import { esc, plural } from '../lib/markdown.js';

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

/** Documents replayed from a baseline report (the others needed a real extraction), and the run they come from. */
interface Replayed {
  replayed: number;
  from?: string;
}

/**
 * What the step says and does once the key-free checks have passed: the summary's text, if any. With `replay`,
 * the documents not replayed were not extracted: on-fork: fail fails the step only when there are some.
 */
export function endWithoutKey(
  fork: ForkPullRequest,
  settings: Pick<Settings, 'onFork' | 'schemaPath' | 'comparison'> &
    ({ mode: 'job-id' } | Pick<Prepared, 'mode' | 'documents' | 'configuration'>),
  replay?: Replayed
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
  const left = (documents ?? 0) - (replay?.replayed ?? 0);
  const replayed = replay
    ? `Replayed ${plural(replay.replayed, 'document')} of ${documents ?? 0}${replay.from ? ` from ${replay.from}` : ''} (bytes and configuration as in the baseline), checked as a run with the key would check them; ${plural(left, 'document')} ${left === 1 ? 'needs' : 'need'} a real extraction, not made here. `
    : '';
  const fails = settings.onFork === 'fail' && (!replay || left > 0);
  const how =
    'A maintainer runs the extraction with the key: by a later run of this workflow (on the merge, or by workflow_dispatch on the branch), ' +
    'or with pull_request_target, which has the secrets but runs with them on code the fork wrote: check out and run only what a maintainer has reviewed.';
  if (fails) {
    log.setFailed(`Extraction cannot run: ${why} (on-fork: fail). ${replayed}${done} ${how}`);
  } else {
    log.notice(`Extraction skipped: ${why}. ${replayed}${done} ${how}`);
  }
  return [
    `### LlamaCloud Extract: extraction ${fails ? 'could not run' : 'skipped'}`,
    '',
    `${esc(why[0]!.toUpperCase() + why.slice(1))}.`,
    '',
    ...(replayed ? [esc(replayed.trim()), ''] : []),
    esc(done),
    '',
    esc(how)
  ].join('\n');
}
