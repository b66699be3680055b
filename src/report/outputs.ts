// Step outputs: one job's values, or for several the combined status, sums and a `jobs` array. Each renders
// the jobs' judgements; none may exceed GitHub's 1 MiB output limit.
import * as core from '@actions/core';
import { randomBytes } from 'node:crypto';
import * as os from 'node:os';
import * as path from 'node:path';
import { MAX_OUTPUT_BYTES, Outputs } from '../lib/constants.js';
import { compactJson } from '../lib/json-span.js';
import { sumUsage } from '../model/usage.js';
import { overall, type ComparisonFinding } from '../compare/describe.js';
import { combinedStatus, shownState, type Judgement } from '../judge/judgement.js';
import { bound } from '../lib/bound.js';
import { mebibytes, tidy } from '../lib/markdown.js';
import * as log from '../runner/log.js';
import { redact } from '../runner/redact.js';
import { writeFileAtomic } from '../lib/atomic-file.js';
import { reasonOf } from '../lib/errors.js';

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
  const ids = leading(
    each(judgements, (judgement) => judgement.id || undefined),
    ','
  );
  set(Outputs.JobId, ids.value);
  const files = leading(
    each(judgements, (judgement) => (judgement.resultFile ? absolute(judgement.resultFile) : undefined)),
    '\n'
  );
  set(Outputs.ResultFile, files.value);
  set(Outputs.ErrorMessage, bound(judgements.flatMap(messagesOf).join('\n'), OUTPUT_BUDGET));
  set(Outputs.TimedOut, String(judgements.some((judgement) => judgement.timedOut)));
  set(Outputs.Usage, JSON.stringify(usage));
  for (const [output, key] of USAGE_OUTPUTS) set(output, key in usage ? String(usage[key]) : '');
  const jobs = jobsOutput(judgements, absolute);
  set(Outputs.Jobs, jobs.value);
  set(Outputs.JobCount, String(judgements.length));
  const cut = [ids.cut && Outputs.JobId, files.cut && Outputs.ResultFile, jobs.cut && Outputs.Jobs].filter((name) => name !== false);
  set(Outputs.JobsFile, cut.length > 0 ? jobsFile(judgements, absolute, cut) : '');
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

function messagesOf(judgement: Judgement): string[] {
  return judgement.problems.map((problem) => problem.message);
}

/** What `render` makes of each item, as it is taken, leaving out undefined: a list cut to fit is never made whole. */
function* each<T>(items: readonly T[], render: (item: T) => string | undefined): Generator<string> {
  for (const item of items) {
    const text = render(item);
    if (text !== undefined) yield text;
  }
}

/** Whether every entry's join fits in `budget` bytes: counted, not made, and no further than the first past it. */
function fits(entries: Iterable<string>, separator: string, budget: number): boolean {
  let bytes = -separator.length;
  for (const entry of entries) {
    bytes += separator.length + Buffer.byteLength(entry);
    if (bytes > budget) return false;
  }
  return true;
}

/**
 * The leading entries whose join fits in one output, between `open` and `close` (counted in `budget`); `cut`
 * when some were left out. One join makes the value: brackets put around a joined list would copy it.
 */
function leading(
  entries: Iterable<string>,
  separator: string,
  budget = OUTPUT_BUDGET,
  open = '',
  close = ''
): { value: string; cut: boolean } {
  const pieces = [open];
  let bytes = open.length + close.length;
  let cut = false;
  for (const entry of entries) {
    const next = bytes + (pieces.length > 1 ? separator.length : 0) + Buffer.byteLength(entry);
    if (next > budget) {
      cut = true;
      break;
    }
    bytes = next;
    if (pieces.length > 1) pieces.push(separator);
    pieces.push(entry);
  }
  pieces.push(close);
  return { value: pieces.join(''), cut };
}

/** Each job's `jobs` entry, its `error_message` cut to `messageBytes`, made as it is taken. */
function jobEntries(judgements: Judgement[], absolute: (file?: string) => string, messageBytes: number): Generator<string> {
  return each(judgements, (judgement) =>
    JSON.stringify({
      id: judgement.id,
      // File mode: the document, its file and whether an earlier job was taken for it (no ID, no file: it got no job).
      ...(judgement.source ? { file: judgement.source.file, file_id: judgement.source.fileId, reused: judgement.source.reused } : {}),
      status: judgement.status,
      state: shownState(judgement),
      result_file: absolute(judgement.resultFile),
      error_message: bound(messagesOf(judgement).join('\n'), messageBytes),
      usage: judgement.job?.usage ?? {},
      ...comparisonFields(judgement.comparison)
    })
  );
}

/**
 * One entry per job; when they do not fit, each `error_message` is cut to an equal share of the limit,
 * and past that only the leading entries that fit are kept.
 */
function jobsOutput(judgements: Judgement[], absolute: (file?: string) => string): { value: string; cut: boolean } {
  const asArray = (entries: Iterable<string>) => leading(entries, ',', OUTPUT_BUDGET, '[', ']');
  // Counted before it is made: a list past the limit (thousands of documents) is not made whole first.
  if (fits(jobEntries(judgements, absolute, Infinity), ',', OUTPUT_BUDGET - 2)) return asArray(jobEntries(judgements, absolute, Infinity));
  let withoutMessages = 2;
  for (const entry of jobEntries(judgements, absolute, 0)) withoutMessages += Buffer.byteLength(entry) + 1;
  // JSON escapes can double a message's size; halve the share to stay under.
  const share = Math.floor((OUTPUT_BUDGET - withoutMessages) / judgements.length / 2);
  return asArray(jobEntries(judgements, absolute, Math.max(MIN_JOB_MESSAGE_BYTES, share)));
}

/**
 * Every job's full `jobs` entry, in a JSON file of the runner's temp folder, for lists cut to fit their
 * outputs; its path, or empty when it could not be written (a warning says why).
 */
function jobsFile(judgements: Judgement[], absolute: (file?: string) => string, cut: string[]): string {
  const file = path.join(process.env.RUNNER_TEMP || os.tmpdir(), `llamacloud-extract-jobs-${randomBytes(6).toString('hex')}.json`);
  const shown = cut.map((name) => `'${name}'`).join(', ');
  try {
    writeFileAtomic(file, jobsJson(jobEntries(judgements, absolute, Infinity)), 'the list of jobs');
  } catch (error) {
    log.warning(
      `${shown} list only the first jobs that fit GitHub's 1 MiB output limit, and the full list could not be written: ${reasonOf(error)}.`
    );
    return '';
  }
  log.notice(
    `${shown} list only the first jobs that fit GitHub's 1 MiB output limit (of ${judgements.length}); 'jobs-file' names a file with every job.`
  );
  return file;
}

/** The entries as one JSON array, one per line, made as it is written. */
function* jobsJson(entries: Iterable<string>): Generator<Buffer> {
  let separator = '[';
  for (const entry of entries) {
    yield Buffer.from(separator + entry);
    separator = ',\n';
  }
  yield Buffer.from(separator === '[' ? '[]\n' : ']\n');
}

/** The compact result of a single job, when it fits in a step output. */
function resultOutput(judgements: Judgement[]): string {
  const [only] = judgements;
  const job = judgements.length === 1 && only?.state === 'completed' ? only.job : undefined;
  const result = job?.result;
  if (!result) return '';
  if (result.bytes && result.size <= MAX_OUTPUT_BYTES) {
    const compact = compactJson(result.bytes);
    if (Buffer.byteLength(compact) <= MAX_OUTPUT_BYTES) return compact;
  }
  log.notice(
    `The 'result' output is empty: the result is ${mebibytes(result.size)}, over GitHub's 1 MiB output limit. Read 'result-file' instead.`
  );
  return '';
}
