// Which of the two exclusive modes the step runs in, and the inputs only that mode takes: `job-id` names jobs
// started elsewhere; `file` names documents to extract, with the configuration their jobs are created with,
// `reuse` and `max-credits`.
import * as path from 'node:path';
import { Inputs } from '../lib/constants.js';
import { InputError } from '../lib/errors.js';
import { ID, input, optionalId, parseBoolean } from './inputs.js';
import type { ConfigurationInput, FileSettings, JobIdSettings } from './settings.js';

type ModeSettings =
  Pick<JobIdSettings, 'mode' | 'jobIds'> | Pick<FileSettings, 'mode' | 'filePatterns' | 'configuration' | 'reuse' | 'maxCredits'>;

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
    maxCredits: parseMaxCredits()
  };
}

/** One pattern per line; blank lines and `#` comments skipped, as @actions/glob reads them. */
function parseFilePatterns(raw: string): string[] {
  const patterns = raw
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
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
  if (input(Inputs.MaxCredits).trim()) {
    throw new InputError(
      Inputs.MaxCredits,
      `applies to jobs this step creates from '${Inputs.File}'; a job given by '${Inputs.JobId}' was paid for when it was created.`
    );
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
