// Turns the raw step inputs into one validated Settings object before any request is sent.
import * as core from '@actions/core';
import * as path from 'node:path';
import { DEFAULT_BASE_URL, EU_BASE_URL, EnvVars, Inputs, JOB_ID_PLACEHOLDER } from '../lib/constants.js';
import { parseDuration } from '../lib/duration.js';
import { InputError } from '../lib/errors.js';
import { DOCUMENT_PLACEHOLDERS, renderTemplate } from './placeholders.js';
import { registerSecret } from '../runner/redact.js';

/** How jobs created by this step are configured: a saved configuration, or an inline one from the repository. */
export type JobConfiguration = { id: string } | { inline: Record<string, unknown> };

/** The configuration inputs as given: a saved configuration's ID, or the file of an inline one (read by start/prepare.ts). */
export type ConfigurationInput = { id: string } | { file: string };

export interface Settings {
  /** Jobs started elsewhere (`job-id`); empty in file mode. */
  jobIds: string[];
  /** `file`: patterns of documents to extract, relative to the workspace; empty when `job-id` is given. */
  filePatterns: string[];
  /** With `file` only. */
  configuration?: ConfigurationInput;
  /** With `file` only: take a COMPLETED job of the same bytes and configuration instead of creating one. */
  reuse: boolean;
  apiKey: string;
  projectId?: string;
  organizationId?: string;
  /** Origin plus optional path prefix, no trailing slash. */
  baseUrl: string;
  wait: boolean;
  timeoutMs: number;
  pollIntervalMs: number;
  /** Absolute path template; may hold `{job_id}`. */
  outputFile: string;
  jobFile?: string;
  failOnError: boolean;
  schemaPath?: string;
  minConfidence?: number;
  cancelOnTimeout: boolean;
  workspace: string;
  /** Regression comparison with expected files; absent when `expected` is empty. */
  comparison?: ComparisonSettings;
  /** A pull request from a fork without a key: pass after the key-free checks (`skip`) or fail. */
  onFork: 'skip' | 'fail';
  /** With `file`: the most credits the step may spend; absent for no limit. */
  maxCredits?: number;
  /** The run report, the baseline it is set against, and the pull-request comment. */
  review: ReviewSettings;
}

export type CommentMode = 'auto' | 'always' | 'never';

export interface ReviewSettings {
  /** Absolute path of the run report to write; absent for none. */
  reportFile?: string;
  /** Absolute path of an earlier run's report; absent for none. */
  baselineFile?: string;
  /** A field that matched its expected value in the baseline and no longer does fails the step. */
  failOnRegression: boolean;
  comment: CommentMode;
  /** Tells this step's comment apart from other steps' and workflows'. */
  commentKey: string;
  githubToken: string;
}

export interface ComparisonSettings {
  /** Absolute path template of each job's expected result; may hold `{job_id}`. */
  expected: string;
  /** 0 to 1: the lowest field accuracy accepted per document. */
  minAccuracy: number;
  /** What min-accuracy is measured on: the share of fields matched (when absent), or F1 of precision and recall. */
  metric?: 'accuracy' | 'f1';
  /** Absolute path of the JSON or YAML rules file. */
  rulesFile?: string;
  /** Write each result as its expected file instead of comparing. */
  update: boolean;
}

const JOB_ID = /^[A-Za-z0-9_-]{1,128}$/;
const MIN_POLL_MS = 1000;
/** A key is sent as a header value: visible ASCII only (a pasted line break would break the request). */
const API_KEY = /^[\x21-\x7e]*$/;
/** A path that names a folder (`out/`, `.`, `out/..`) cannot be a result file. */
const FOLDER_PATH = /(^|[\\/])(\.\.?)?$/;

/**
 * What an empty input means: the same defaults as action.yml (a test holds them equal), kept here too
 * because an empty input is also what a caller who sets no INPUT_* at all gives.
 */
const FALLBACKS: Partial<Record<Inputs, string>> = {
  [Inputs.Wait]: 'true',
  [Inputs.Timeout]: '30m',
  [Inputs.PollInterval]: '5s',
  [Inputs.OutputFile]: 'extract-result.json',
  [Inputs.FailOnError]: 'true',
  [Inputs.CancelOnTimeout]: 'false',
  [Inputs.UpdateExpected]: 'false',
  [Inputs.Reuse]: 'false',
  [Inputs.OnFork]: 'skip',
  [Inputs.FailOnRegression]: 'false',
  [Inputs.Comment]: 'auto',
  [Inputs.CommentKey]: 'llamacloud-extract'
};

/** The input as given, or its fallback when empty. */
function input(name: Inputs): string {
  return core.getInput(name) || (FALLBACKS[name] ?? '');
}

/** Reads the API key from the input or the environment and masks it, before anything else can log it. */
export function readApiKey(): string {
  const key = core.getInput(Inputs.ApiKey) || (process.env[EnvVars.ApiKey] ?? '').trim();
  registerSecret(key);
  return key;
}

/** `keyless`: a pull request from a fork, which gets no secrets: the key-free checks run without a key. */
export function getSettings(apiKey: string, keyless = false): Settings {
  if (!apiKey && !keyless) {
    throw new InputError(
      Inputs.ApiKey,
      `no API key. Pass it from a secret (api-key: \${{ secrets.LLAMA_CLOUD_API_KEY }}) or set the ${EnvVars.ApiKey} environment variable.`
    );
  }
  if (!API_KEY.test(apiKey)) {
    // The key itself is never shown: only where it came from and what is wrong with it.
    const source = core.getInput(Inputs.ApiKey) ? 'the key' : `the key in the ${EnvVars.ApiKey} environment variable`;
    throw new InputError(
      Inputs.ApiKey,
      `${source} holds a line break, a space, a control or a non-ASCII character. Copy the key again (one line, as LlamaCloud shows it) into the secret.`
    );
  }
  const workspace = process.env[EnvVars.Workspace] || process.cwd();
  const filePatterns = parseFilePatterns(input(Inputs.File));
  const jobIds = filePatterns.length > 0 ? [] : parseJobIds(input(Inputs.JobId));
  const outputFile = resolveFileTemplate(Inputs.OutputFile, input(Inputs.OutputFile), jobIds, workspace);
  const jobFileInput = input(Inputs.JobFile);
  const jobFile = jobFileInput ? resolveFileTemplate(Inputs.JobFile, jobFileInput, jobIds, workspace) : undefined;
  if (jobFile) refuseSharedFiles(outputFile, jobFile, jobIds, [Inputs.JobFile, 'job file', `jobs/${JOB_ID_PLACEHOLDER}.json`]);
  const minConfidence = input(Inputs.MinConfidence);
  const schema = input(Inputs.Schema);
  const settings: Omit<Settings, 'review'> = {
    jobIds,
    filePatterns,
    configuration: parseJobConfiguration(filePatterns.length > 0, workspace),
    reuse: parseBoolean(Inputs.Reuse),
    apiKey,
    projectId: optionalId(Inputs.ProjectId),
    organizationId: optionalId(Inputs.OrganizationId),
    // The input, then the environment (an EU workflow may set it once for every step), then the US region.
    baseUrl: parseBaseUrl(input(Inputs.BaseUrl) || (process.env[EnvVars.BaseUrl] ?? '').trim() || DEFAULT_BASE_URL),
    wait: parseBoolean(Inputs.Wait),
    timeoutMs: parsePositiveDuration(Inputs.Timeout, 0),
    pollIntervalMs: parsePositiveDuration(Inputs.PollInterval, MIN_POLL_MS),
    outputFile,
    jobFile,
    failOnError: parseBoolean(Inputs.FailOnError),
    schemaPath: schema ? path.resolve(workspace, schema) : undefined,
    minConfidence: minConfidence ? parseFraction(Inputs.MinConfidence, minConfidence, 'a confidence', '0.8') : undefined,
    cancelOnTimeout: parseBoolean(Inputs.CancelOnTimeout),
    workspace,
    comparison: comparisonSettings(jobIds, workspace, outputFile),
    onFork: parseOnFork(),
    maxCredits: parseMaxCredits(filePatterns.length > 0)
  };
  const { comparison } = settings;
  return { ...settings, review: reviewSettings(workspace, [outputFile, jobFile, comparison?.expected], comparison !== undefined) };
}

function parseOnFork(): 'skip' | 'fail' {
  const raw = input(Inputs.OnFork);
  const value = raw.trim().toLowerCase();
  if (value === 'skip' || value === 'fail') return value;
  throw new InputError(Inputs.OnFork, `must be skip or fail, not '${raw}'.`);
}

/** A whole number of credits, with `file` only: a job given by `job-id` was paid for when it was created. */
function parseMaxCredits(fileMode: boolean): number | undefined {
  const raw = input(Inputs.MaxCredits).trim();
  if (!raw) return undefined;
  if (!fileMode) {
    throw new InputError(
      Inputs.MaxCredits,
      `applies to jobs this step creates from '${Inputs.File}'; a job given by '${Inputs.JobId}' was paid for when it was created.`
    );
  }
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value)) {
    throw new InputError(Inputs.MaxCredits, `'${raw}' is not a number of credits. Expected a whole number such as 500.`);
  }
  return value;
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

/** With `file`: exactly one of `configuration-id` and `configuration`; with `job-id`: neither, nor `reuse`. */
function parseJobConfiguration(fileMode: boolean, workspace: string): ConfigurationInput | undefined {
  const id = optionalId(Inputs.ConfigurationId);
  const file = input(Inputs.Configuration);
  if (!fileMode) {
    const stray = [Inputs.ConfigurationId, Inputs.Configuration, Inputs.Reuse].find((name) =>
      name === Inputs.Reuse ? parseBoolean(name) : input(name)
    );
    if (stray) {
      throw new InputError(
        stray,
        `applies to jobs this step creates from '${Inputs.File}'; a job given by '${Inputs.JobId}' was configured when it was created.`
      );
    }
    return undefined;
  }
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

function parseJobIds(raw: string): string[] {
  const ids = [...new Set(raw.split(/[\s,]+/).filter(Boolean))];
  if (ids.length === 0) {
    throw new InputError(
      Inputs.JobId,
      `is required unless '${Inputs.File}' is given. Give the extract job ID (e.g. ext-0a1b2c...), or several separated by newlines, commas or spaces.`
    );
  }
  for (const id of ids) {
    if (!JOB_ID.test(id)) {
      throw new InputError(Inputs.JobId, `'${id}' is not a job ID. Expected letters, digits, '-' and '_' only (e.g. ext-0a1b2c...).`);
    }
  }
  return ids;
}

function optionalId(name: Inputs): string | undefined {
  const value = input(name);
  if (value && !JOB_ID.test(value)) {
    throw new InputError(name, `'${value}' is not an ID. Expected letters, digits, '-' and '_' only.`);
  }
  return value || undefined;
}

/** https only, except plain http to this machine (an emulator or a local proxy). */
function parseBaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new InputError(Inputs.BaseUrl, `'${raw}' is not a URL. Expected e.g. ${DEFAULT_BASE_URL} or ${EU_BASE_URL}.`);
  }
  const loopback = isLoopbackHost(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new InputError(Inputs.BaseUrl, `'${raw}' must use https:// (plain http:// is accepted only for localhost, 127.0.0.0/8 and ::1).`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new InputError(Inputs.BaseUrl, `'${url.origin}${url.pathname}' must not carry credentials, a query or a fragment.`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}

function parseBoolean(name: Inputs): boolean {
  const raw = input(name);
  const value = raw.toLowerCase();
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new InputError(name, `'${raw}' is not a boolean. Expected true or false.`);
}

function parsePositiveDuration(name: Inputs, minMs: number): number {
  const raw = input(name);
  const ms = parseDuration(raw);
  if (ms === undefined || ms <= 0) {
    throw new InputError(name, `'${raw}' is not a duration. Expected seconds (90) or a duration such as 90s, 15m or 1h.`);
  }
  if (ms < minMs) throw new InputError(name, `'${raw}' is too short. Expected at least ${minMs / 1000}s.`);
  return ms;
}

function parseFraction(input: Inputs, raw: string, what: string, example: string): number {
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || value < 0 || value > 1) {
    throw new InputError(input, `'${raw}' is not ${what}. Expected a number from 0 to 1, such as ${example}.`);
  }
  return value;
}

/** Job-id mode is checked here; file mode, once the documents are known (see start/documents.ts). */
function resolveFileTemplate(name: Inputs, raw: string, jobIds: string[], workspace: string): string {
  if (FOLDER_PATH.test(raw)) {
    throw new InputError(name, `'${raw}' names a folder. Give a file path, e.g. out/extract-result.json.`);
  }
  const documentPlaceholder = DOCUMENT_PLACEHOLDERS.find((placeholder) => raw.includes(placeholder));
  if (jobIds.length > 0 && documentPlaceholder) {
    throw new InputError(
      name,
      `'${raw}' holds ${documentPlaceholder}, which names a document: it needs '${Inputs.File}'. With '${Inputs.JobId}', use ${JOB_ID_PLACEHOLDER}.`
    );
  }
  if (jobIds.length > 1 && !raw.includes(JOB_ID_PLACEHOLDER)) {
    throw new InputError(
      name,
      `'${raw}' must contain ${JOB_ID_PLACEHOLDER} when several job IDs are given, so each job gets its own file (e.g. results/${JOB_ID_PLACEHOLDER}.json).`
    );
  }
  return path.resolve(workspace, raw);
}

/** A job or expected file written over a result (or the other way round) would lose one of them. */
function refuseSharedFiles(outputFile: string, other: string, jobIds: string[], [input, noun, example]: [Inputs, string, string]): void {
  const results = new Set(jobIds.map((id) => fileFor(outputFile, id)));
  const shared = jobIds.map((id) => fileFor(other, id)).find((file) => results.has(file));
  if (shared) {
    throw new InputError(
      input,
      `'${shared}' is also where ${Inputs.OutputFile} writes a result. Give the ${noun} its own path, e.g. ${example}.`
    );
  }
}

/** The path for one job: `{job_id}` replaced, and `{name}` / `{path}` from its document in file mode. */
export function fileFor(template: string, jobId: string, document?: string): string {
  return renderTemplate(template, { jobId, document });
}

// --- Regression comparison: `expected`, `min-accuracy`, `compare`, `update-expected`.

function parseMetric(raw: string): 'accuracy' | 'f1' {
  const metric = raw.trim().toLowerCase();
  if (metric === '' || metric === 'accuracy') return 'accuracy';
  if (metric === 'f1') return 'f1';
  throw new InputError(Inputs.MinAccuracyMetric, `must be accuracy or f1, not '${raw}'.`);
}

function comparisonSettings(jobIds: string[], workspace: string, outputFile: string): ComparisonSettings | undefined {
  const raw = core.getInput(Inputs.Expected);
  const minAccuracy = core.getInput(Inputs.MinAccuracy);
  const metric = core.getInput(Inputs.MinAccuracyMetric);
  const rules = core.getInput(Inputs.Compare);
  const update = parseBoolean(Inputs.UpdateExpected);
  if (!raw) {
    const orphan = [
      minAccuracy && Inputs.MinAccuracy,
      metric && Inputs.MinAccuracyMetric,
      rules && Inputs.Compare,
      update && Inputs.UpdateExpected
    ].find(Boolean);
    if (orphan) {
      throw new InputError(
        orphan,
        `needs 'expected', the path of each job's expected result (e.g. test/expected/${JOB_ID_PLACEHOLDER}.json).`
      );
    }
    return undefined;
  }
  const expected = resolveFileTemplate(Inputs.Expected, raw, jobIds, workspace);
  refuseSharedFiles(outputFile, expected, jobIds, [Inputs.Expected, 'expected file', `test/expected/${JOB_ID_PLACEHOLDER}.json`]);
  return {
    expected,
    minAccuracy: minAccuracy ? parseFraction(Inputs.MinAccuracy, minAccuracy, 'an accuracy', '0.95') : 1,
    metric: parseMetric(metric),
    rulesFile: rules ? path.resolve(workspace, rules) : undefined,
    update
  };
}

// --- The run report, the baseline and the pull-request comment.

const COMMENT_MODES: readonly CommentMode[] = ['auto', 'always', 'never'];
/** The events `comment: auto` comments on: a pull request's own, or a push that may belong to an open one. */
const COMMENT_EVENTS = ['pull_request', 'pull_request_target', 'push'];

/** Whether this run may comment, from the inputs and the event's name alone: nothing is loaded to decide it. */
export function mayComment({ comment }: Pick<ReviewSettings, 'comment'>, env: NodeJS.ProcessEnv = process.env): boolean {
  return comment === 'always' || (comment === 'auto' && COMMENT_EVENTS.includes(env.GITHUB_EVENT_NAME ?? ''));
}
/** Written into a hidden HTML comment: no `--` or `>` may end it early. */
const COMMENT_KEY = /^[A-Za-z0-9._/:@+-]{1,100}$/;

function reviewSettings(workspace: string, taken: Array<string | undefined>, comparing: boolean): ReviewSettings {
  const report = input(Inputs.ReportFile);
  const baseline = input(Inputs.Baseline);
  const reportFile = report ? resolveFileTemplate(Inputs.ReportFile, report, [], workspace) : undefined;
  if (
    reportFile &&
    (taken.includes(reportFile) || DOCUMENT_PLACEHOLDERS.some((p) => report.includes(p)) || report.includes(JOB_ID_PLACEHOLDER))
  ) {
    throw new InputError(Inputs.ReportFile, `'${report}' must be one file of its own for the whole run, e.g. extract-report.json.`);
  }
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
  const githubToken = core.getInput(Inputs.GithubToken);
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
