// Step outputs: one job's values, or for several the combined status, sums and a `jobs` array. Each renders
// the jobs' judgements; none may exceed GitHub's 1 MiB output limit.
import * as core from '@actions/core';
import * as path from 'node:path';
import { MAX_OUTPUT_BYTES, Outputs } from '../constants.js';
import { compactJson } from '../json-span.js';
import { sumUsage } from '../api/usage.js';
import type { ComparisonFinding } from '../compare/baseline.js';
import { overall } from '../compare/describe.js';
import { combinedStatus, type Judgement } from '../judgement.js';
import { bound } from '../bound.js';
import * as log from '../log.js';
import { redact } from '../redact.js';
import { hasResult, resultBytes } from '../types.js';

const USAGE_OUTPUTS: Array<[Outputs, string]> = [
  [Outputs.NumPagesExtracted, 'num_pages_extracted'],
  [Outputs.NumDocumentTokens, 'num_document_tokens'],
  [Outputs.NumOutputTokens, 'num_output_tokens'],
  [Outputs.NumPagesBilled, 'num_pages_billed'],
  [Outputs.Credits, 'credits']
];
/** Room under the limit for the file command's name and delimiter. */
const OUTPUT_BUDGET = MAX_OUTPUT_BYTES - 1024;
/** Each job's `error_message` keeps at least this much, however many jobs share the `jobs` output. */
const MIN_JOB_MESSAGE_BYTES = 200;

export function setOutputs(judgements: Judgement[], context: { workspace: string }): void {
  const set = (name: Outputs, value: string): void => core.setOutput(name, redact(value));
  const absolute = (file?: string): string => (file ? path.resolve(context.workspace, file) : '');
  const usage = sumUsage(judgements.flatMap((judgement) => (judgement.job ? [judgement.job.usage] : [])));

  set(Outputs.Status, combinedStatus(judgements));
  set(Outputs.JobId, judgements.flatMap((judgement) => (judgement.id ? [judgement.id] : [])).join(','));
  set(Outputs.ResultFile, judgements.flatMap((judgement) => (judgement.resultFile ? [absolute(judgement.resultFile)] : [])).join('\n'));
  set(Outputs.ErrorMessage, bound(judgements.flatMap(messagesOf).join('\n'), OUTPUT_BUDGET));
  set(Outputs.TimedOut, String(judgements.some((judgement) => judgement.timedOut)));
  set(Outputs.Usage, JSON.stringify(usage));
  for (const [output, key] of USAGE_OUTPUTS) set(output, key in usage ? String(usage[key]) : '');
  set(Outputs.Jobs, jobsOutput(judgements, absolute));
  set(Outputs.Result, resultOutput(judgements));
  const compared = overall(judgements.map((judgement) => judgement.comparison));
  set(Outputs.Accuracy, compared ? String(tidy(compared.accuracy)) : '');
}

/** In `jobs`, for a job compared with its expected file: its scores and how many fields differ. */
function comparisonFields(finding: ComparisonFinding | undefined): Record<string, number> {
  const comparison = finding?.comparison;
  if (!comparison) return {};
  const { accuracy, precision, recall, f1, mismatches } = comparison;
  return { accuracy: tidy(accuracy), mismatches: mismatches.length, precision: tidy(precision), recall: tidy(recall), f1: tidy(f1) };
}

/** 0.85, not the 0.8500000000000001 a mean of floats can give. */
function tidy(accuracy: number): number {
  return Number(accuracy.toPrecision(12));
}

function messagesOf(judgement: Judgement): string[] {
  return judgement.problems.map((problem) => problem.message);
}

/** One entry per job; when they do not fit, each `error_message` is cut to an equal share of the limit. */
function jobsOutput(judgements: Judgement[], absolute: (file?: string) => string): string {
  const render = (messageBytes: number): string =>
    JSON.stringify(
      judgements.map((judgement) => ({
        id: judgement.id,
        // File mode: the document, its file and whether an earlier job was taken for it (no ID, no file: it got no job).
        ...(judgement.source ? { file: judgement.source.file, file_id: judgement.source.fileId, reused: judgement.source.reused } : {}),
        status: judgement.status,
        state: judgement.state,
        result_file: absolute(judgement.resultFile),
        error_message: bound(messagesOf(judgement).join('\n'), messageBytes),
        usage: judgement.job?.usage ?? {},
        ...comparisonFields(judgement.comparison)
      }))
    );
  let json = render(Infinity);
  if (Buffer.byteLength(json) <= OUTPUT_BUDGET) return json;
  const withoutMessages = Buffer.byteLength(render(0));
  // JSON escapes can double a message's size; halve the share to stay under.
  const share = Math.floor((OUTPUT_BUDGET - withoutMessages) / judgements.length / 2);
  json = render(Math.max(MIN_JOB_MESSAGE_BYTES, share));
  if (Buffer.byteLength(json) <= OUTPUT_BUDGET) return json;
  log.notice(
    `The 'jobs' output is empty: ${judgements.length} jobs do not fit in GitHub's 1 MiB output limit. Read the job summary instead.`
  );
  return '';
}

/** The compact result of a single job, when it fits in a step output. */
function resultOutput(judgements: Judgement[]): string {
  const [only] = judgements;
  const job = judgements.length === 1 && only?.state === 'completed' ? only.job : undefined;
  if (!hasResult(job)) return '';
  const result = job.resultJson;
  if (result && result.length <= MAX_OUTPUT_BYTES) {
    const compact = compactJson(result);
    if (Buffer.byteLength(compact) <= MAX_OUTPUT_BYTES) return compact;
  }
  log.notice(
    `The 'result' output is empty: the result is ${(resultBytes(job) / 1024 / 1024).toFixed(1)} MiB, over GitHub's 1 MiB output limit. Read 'result-file' instead.`
  );
  return '';
}
