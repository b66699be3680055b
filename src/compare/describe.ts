// The words for a comparison, shared by the log, the summary and the outputs so they always agree.
import { bound, PATH_BOUND_BYTES } from '../bound.js';
import type { ComparisonFinding } from './baseline.js';
import type { Comparison } from './compare.js';

/** Paths named in a one-line problem; the summary's table lists more. */
const PATHS_IN_MESSAGE = 3;

/** Four decimals, rounded down: a score under 1 never shows as 1, nor one under the bar as the bar. */
export function formatAccuracy(accuracy: number): string {
  return String(Math.floor(accuracy * 10_000) / 10_000);
}

export function fieldCount(comparison: Comparison): number {
  return comparison.matched + comparison.wrong + comparison.missing + comparison.extra;
}

/** The `::error::` for a document below min-accuracy, or undefined when it passes. */
export function belowMinimum(jobId: string, finding: ComparisonFinding, minAccuracy: number): string | undefined {
  const { comparison } = finding;
  if (!comparison || comparison.accuracy >= minAccuracy) return undefined;
  const paths = comparison.mismatches.slice(0, PATHS_IN_MESSAGE).map((mismatch) => shortPath(mismatch.path));
  const more = comparison.mismatches.length - paths.length;
  return (
    `Job ${jobId}: accuracy ${formatAccuracy(comparison.accuracy)} against ${finding.expectedFile} is below min-accuracy ${minAccuracy} ` +
    `(${comparison.matched} of ${fieldCount(comparison)} fields matched; ${comparison.wrong} wrong, ${comparison.missing} missing, ${comparison.extra} extra). ` +
    `Differs at ${paths.join(', ')}${more > 0 ? ` and ${more} more` : ''}.`
  );
}

export function noExpectedResult(jobId: string, finding: ComparisonFinding): string | undefined {
  if (finding.comparison || finding.updated || finding.error) return undefined;
  return `Job ${jobId}: no expected result at ${finding.expectedFile}, so it was not compared. Add the file, or write it from this result with update-expected: true.`;
}

export interface Overall {
  documents: number;
  /** Mean of the documents' accuracies. */
  accuracy: number;
  matched: number;
  fields: number;
}

/** Over the documents compared; undefined when none was. */
export function overall(findings: Array<ComparisonFinding | undefined>): Overall | undefined {
  const comparisons = findings.flatMap((finding) => (finding?.comparison ? [finding.comparison] : []));
  if (comparisons.length === 0) return undefined;
  return {
    documents: comparisons.length,
    accuracy: comparisons.reduce((sum, comparison) => sum + comparison.accuracy, 0) / comparisons.length,
    matched: comparisons.reduce((sum, comparison) => sum + comparison.matched, 0),
    fields: comparisons.reduce((sum, comparison) => sum + fieldCount(comparison), 0)
  };
}

/** '' is the document itself (a result that is a single value); a path from a document is cut like any. */
export function shortPath(path: string): string {
  return bound(path || '(the whole result)', PATH_BOUND_BYTES);
}
