// Step outputs: one job's values, or for several the combined status, sums and a `jobs` array.
import * as core from '@actions/core';
import * as path from 'node:path';
import { MAX_OUTPUT_BYTES, Outputs, Status } from '../constants.js';
import { compactJson } from '../json-span.js';
import { sumUsage } from '../api/usage.js';
import { redact } from '../redact.js';
import type { ComparisonFinding } from '../compare/baseline.js';
import { overall } from '../compare/describe.js';
import type { JobOutcome } from '../types.js';
import { combinedStatus, problemsOf } from '../verdict.js';

const USAGE_OUTPUTS: Array<[Outputs, string]> = [
  [Outputs.NumPagesExtracted, 'num_pages_extracted'],
  [Outputs.NumDocumentTokens, 'num_document_tokens'],
  [Outputs.NumOutputTokens, 'num_output_tokens'],
  [Outputs.NumPagesBilled, 'num_pages_billed'],
  [Outputs.Credits, 'credits']
];

export function setOutputs(
  outcomes: JobOutcome[],
  context: { workspace: string; timeoutMs: number; comparison?: { minAccuracy: number } }
): void {
  const set = (name: Outputs, value: string): void => core.setOutput(name, redact(value));
  const absolute = (file?: string): string => (file ? path.resolve(context.workspace, file) : '');
  const usage = sumUsage(outcomes.flatMap((outcome) => (outcome.job ? [outcome.job.usage] : [])));

  set(Outputs.Status, combinedStatus(outcomes));
  set(Outputs.JobId, outcomes.map((outcome) => outcome.id).join(','));
  set(Outputs.ResultFile, outcomes.flatMap((outcome) => (outcome.resultFile ? [absolute(outcome.resultFile)] : [])).join('\n'));
  set(
    Outputs.ErrorMessage,
    outcomes
      .flatMap((outcome) => problemsOf(outcome, context.timeoutMs, context.comparison?.minAccuracy).map((problem) => problem.message))
      .join('\n')
  );
  set(Outputs.TimedOut, String(outcomes.some((outcome) => outcome.timedOut)));
  set(Outputs.Usage, JSON.stringify(usage));
  for (const [output, key] of USAGE_OUTPUTS) set(output, key in usage ? String(usage[key]) : '');
  set(
    Outputs.Jobs,
    JSON.stringify(
      outcomes.map((outcome) => ({
        id: outcome.id,
        status: outcome.status,
        result_file: absolute(outcome.resultFile),
        error_message: outcome.job?.errorMessage ?? outcome.error ?? '',
        usage: outcome.job?.usage ?? {},
        ...comparisonFields(outcome.comparison)
      }))
    )
  );
  set(Outputs.Result, resultOutput(outcomes));
  const compared = overall(outcomes.map((outcome) => outcome.comparison));
  set(Outputs.Accuracy, compared ? String(tidy(compared.accuracy)) : '');
}

/** In `jobs`, for a job compared with its expected file: its accuracy and how many fields differ. */
function comparisonFields(finding: ComparisonFinding | undefined): { accuracy?: number; mismatches?: number } {
  const comparison = finding?.comparison;
  return comparison ? { accuracy: tidy(comparison.accuracy), mismatches: comparison.mismatches.length } : {};
}

/** 0.85, not the 0.8500000000000001 a mean of floats can give. */
function tidy(accuracy: number): number {
  return Number(accuracy.toPrecision(12));
}

/** The compact result of a single job, when it fits in a step output. */
function resultOutput(outcomes: JobOutcome[]): string {
  const result = outcomes.length === 1 ? outcomes[0].job?.resultJson : undefined;
  if (!result || outcomes[0].status !== Status.Completed) return '';
  if (result.length <= MAX_OUTPUT_BYTES) {
    const compact = compactJson(result);
    if (Buffer.byteLength(compact) <= MAX_OUTPUT_BYTES) return compact;
  }
  core.notice(
    `The 'result' output is empty: the result is ${(result.length / 1024 / 1024).toFixed(1)} MiB, over GitHub's 1 MiB output limit. Read 'result-file' instead.`
  );
  return '';
}
