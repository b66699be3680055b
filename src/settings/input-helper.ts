// Turns the raw step inputs into one validated Settings object before any request is sent: the key and where
// to send requests here, the rest by the modules of this folder, one kind of input each.
import * as core from '@actions/core';
import * as path from 'node:path';
import { DEFAULT_BASE_URL, EU_BASE_URL, EnvVars, Inputs } from '../lib/constants.js';
import { InputError } from '../lib/errors.js';
import { registerSecret } from '../runner/redact.js';
import { refuseSharedFiles, resolveFileTemplate } from './clashes.js';
import { readComparison } from './comparison-inputs.js';
import { input, optionalFraction, optionalId, parseBoolean, parsePositiveDuration } from './inputs.js';
import { readMode } from './mode.js';
import { readReview } from './review-inputs.js';
import type { Settings } from './settings.js';

const MIN_POLL_MS = 1000;
/** A key is sent as a header value: visible ASCII only (a pasted line break would break the request). */
const API_KEY = /^[\x21-\x7e]*$/;

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
  const mode = readMode(workspace);
  // With `job-id` the jobs are known now, so are their files; with `file` the documents are found later.
  const jobIds = mode.mode === 'job-id' ? mode.jobIds : undefined;
  const outputFile = resolveFileTemplate(Inputs.OutputFile, input(Inputs.OutputFile), workspace, jobIds);
  const jobFileInput = input(Inputs.JobFile);
  const jobFile = jobFileInput ? resolveFileTemplate(Inputs.JobFile, jobFileInput, workspace, jobIds) : undefined;
  const schema = input(Inputs.Schema);
  const settings = {
    ...mode,
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
    minConfidence: optionalFraction(Inputs.MinConfidence, 'a confidence', '0.8'),
    cancelOnTimeout: parseBoolean(Inputs.CancelOnTimeout),
    workspace,
    comparison: readComparison(workspace, jobIds),
    onFork: parseOnFork()
  };
  if (jobIds) {
    const jobs = jobIds.map((jobId) => ({ jobId }));
    refuseSharedFiles(settings, jobs);
  }
  const { comparison } = settings;
  const review = readReview(workspace, [outputFile, jobFile, comparison?.expected], comparison !== undefined);
  // A shard's comment would hold its share only, and the shards would overwrite each other's: the merge step comments.
  if (mode.mode === 'file' && mode.shard && review.comment === 'auto') review.comment = 'never';
  return { ...settings, review };
}

function parseOnFork(): 'skip' | 'fail' {
  const raw = input(Inputs.OnFork);
  const value = raw.trim().toLowerCase();
  if (value === 'skip' || value === 'fail') return value;
  throw new InputError(Inputs.OnFork, `must be skip or fail, not '${raw}'.`);
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
