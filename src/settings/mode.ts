// Which of the two exclusive modes the step runs in, and the inputs only that mode takes: `job-id` names jobs
// started elsewhere; `file` names documents to extract, with the configuration their jobs are created with,
// `reuse`, `replay`, `max-credits` and `shard`.
import * as path from 'node:path';
import { Inputs } from '../lib/constants.js';
import { InputError } from '../lib/errors.js';
import { ID, input, optionalId, parseBoolean } from './inputs.js';
import type { ConfigurationInput, FileSettings, JobIdSettings, Shard } from './settings.js';

/** Shards a matrix may split the documents into: GitHub runs at most 256 jobs of one matrix. */
export const MAX_SHARDS = 256;

type ModeSettings =
  | Pick<JobIdSettings, 'mode' | 'jobIds'>
  | Pick<FileSettings, 'mode' | 'filePatterns' | 'configuration' | 'reuse' | 'replay' | 'maxCredits' | 'shard'>;

export function readMode(workspace: string): ModeSettings {
  const filePatterns = parseFilePatterns(input(Inputs.File));
  if (filePatterns.length === 0) {
    const jobIds = parseJobIds(input(Inputs.JobId));
    refuseFileOnlyInputs();
    return { mode: 'job-id', jobIds };
  }
  return {
    mode: 'file',
    filePatterns,
    configuration: parseConfiguration(workspace),
    reuse: parseBoolean(Inputs.Reuse),
    replay: parseReplay(),
    maxCredits: parseMaxCredits(),
    shard: parseShard()
  };
}

/** One pattern per line; blank lines and `#` comments skipped, as @actions/glob reads them. */
export function patternLines(raw: string): string[] {
  return raw
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

function parseFilePatterns(raw: string): string[] {
  const patterns = patternLines(raw);
  if (patterns.length > 0 && input(Inputs.JobId)) {
    throw new InputError(
      Inputs.File,
      `give either '${Inputs.JobId}' (jobs started elsewhere) or '${Inputs.File}' (documents to extract), not both.`
    );
  }
  if (patterns.length > 0 && patterns.every((pattern) => pattern.startsWith('!'))) {
    throw new InputError(Inputs.File, `holds only exclusions ('!...'): add a pattern of documents to extract, such as invoices/**/*.pdf.`);
  }
  return patterns;
}

function parseJobIds(raw: string): string[] {
  const ids = [...new Set(raw.split(/[\s,]+/).filter(Boolean))];
  if (ids.length === 0) {
    throw new InputError(
      Inputs.JobId,
      `is required unless '${Inputs.File}' is given. Give the extract job ID (e.g. ext-0a1b2c...), or several separated by newlines, commas or spaces.`
    );
  }
  for (const id of ids) {
    if (!ID.test(id)) {
      throw new InputError(Inputs.JobId, `'${id}' is not a job ID. Expected letters, digits, '-' and '_' only (e.g. ext-0a1b2c...).`);
    }
  }
  return ids;
}

/** A job given by `job-id` was configured and paid for when it was created: the inputs about creating one are refused. */
function refuseFileOnlyInputs(): void {
  const stray = [Inputs.ConfigurationId, Inputs.Configuration, Inputs.Reuse].find((name) =>
    name === Inputs.Reuse ? parseBoolean(name) : input(name)
  );
  if (stray) {
    throw new InputError(
      stray,
      `applies to jobs this step creates from '${Inputs.File}'; a job given by '${Inputs.JobId}' was configured when it was created.`
    );
  }
  if (parseBoolean(Inputs.Replay)) {
    throw new InputError(
      Inputs.Replay,
      `applies to documents given by '${Inputs.File}': a job given by '${Inputs.JobId}' is read, never extracted again.`
    );
  }
  if (input(Inputs.MaxCredits).trim()) {
    throw new InputError(
      Inputs.MaxCredits,
      `applies to jobs this step creates from '${Inputs.File}'; a job given by '${Inputs.JobId}' was paid for when it was created.`
    );
  }
  if (input(Inputs.Shard).trim()) {
    throw new InputError(Inputs.Shard, `splits the documents of '${Inputs.File}'; the jobs given by '${Inputs.JobId}' are all waited for.`);
  }
}

/** Exactly one of `configuration-id` and `configuration`. */
function parseConfiguration(workspace: string): ConfigurationInput {
  const id = optionalId(Inputs.ConfigurationId);
  const file = input(Inputs.Configuration);
  if (id && file) {
    throw new InputError(
      Inputs.Configuration,
      `give either '${Inputs.ConfigurationId}' (a saved configuration) or '${Inputs.Configuration}' (a file in the repository), not both.`
    );
  }
  if (id) return { id };
  if (file) return { file: path.resolve(workspace, file) };
  throw new InputError(
    Inputs.ConfigurationId,
    `is required with '${Inputs.File}': give a saved configuration's ID (cfg-...), or '${Inputs.Configuration}': a JSON or YAML file with data_schema and the extract options.`
  );
}

/** Replays the results of a baseline report: needs `baseline`. */
function parseReplay(): boolean {
  const replay = parseBoolean(Inputs.Replay);
  if (replay && !input(Inputs.Baseline)) {
    throw new InputError(Inputs.Replay, `needs '${Inputs.Baseline}', the report of an earlier run whose results it takes.`);
  }
  return replay;
}

/** A whole number of credits; absent for no limit. */
function parseMaxCredits(): number | undefined {
  const raw = input(Inputs.MaxCredits).trim();
  if (!raw) return undefined;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value)) {
    throw new InputError(Inputs.MaxCredits, `'${raw}' is not a number of credits. Expected a whole number such as 500.`);
  }
  return value;
}

/** `i/n`: the i-th of n shares of the documents (a matrix job's); absent for all of them. */
function parseShard(): Shard | undefined {
  const raw = input(Inputs.Shard).trim();
  if (!raw) return undefined;
  const match = /^(\d{1,4})\s*\/\s*(\d{1,4})$/.exec(raw);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || index < 1 || count < 1 || index > count || count > MAX_SHARDS) {
    throw new InputError(
      Inputs.Shard,
      `'${raw}' is not a shard. Expected i/n with 1 <= i <= n <= ${MAX_SHARDS}, such as 2/4 (the second of four): in a matrix, \${{ matrix.shard }}/4.`
    );
  }
  return { index, count };
}
