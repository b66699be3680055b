// What a comparison came to and the words for it, shared by the log, the summary, the outputs and the
// pull-request comment so they always agree.
import { bound, cut, PATH_BOUND_BYTES } from '../lib/bound.js';
import { jsonPrefix } from '../lib/json-walk.js';
import { esc } from '../lib/markdown.js';
import type { Comparison } from './compare.js';
import { ExactNumber, OneOf } from './values.js';

/** What `min-accuracy` is measured on (`min-accuracy-metric`). */
export type AccuracyMetric = 'accuracy' | 'f1';

export interface ComparisonFinding {
  expectedFile: string;
  /** What min-accuracy is measured on; accuracy when absent. */
  metric?: AccuracyMetric;
  /** Absent when there was nothing to compare with, or when update-expected wrote the file instead. */
  comparison?: Comparison;
  /** update-expected wrote the result as the expected file. */
  updated?: boolean;
  /** update-expected could not write it. */
  error?: string;
}

/** What one job's comparison came to: a score, no expected file to score against, or its expected file written (or not). */
type ComparisonEnd =
  | { kind: 'compared'; comparison: Comparison }
  | { kind: 'without-expected' }
  | { kind: 'written' }
  | { kind: 'not-written'; error: string };

export function endOf(finding: ComparisonFinding): ComparisonEnd {
  if (finding.updated) return { kind: 'written' };
  if (finding.error) return { kind: 'not-written', error: finding.error };
  return finding.comparison ? { kind: 'compared', comparison: finding.comparison } : { kind: 'without-expected' };
}

/** Paths named in a one-line problem; the summary's table lists more. */
const PATHS_IN_MESSAGE = 3;

/** Four decimals, rounded down: a score under 1 never shows as 1, nor one under the bar as the bar. */
export function formatAccuracy(accuracy: number): string {
  return String(Math.floor(accuracy * 10_000) / 10_000);
}

/** Every field either side has: matched, wrong, missing or extra (a count a report leaves out is none). */
export function fieldCount(counts: Partial<Pick<Comparison, 'matched' | 'wrong' | 'missing' | 'extra'>>): number {
  return (counts.matched ?? 0) + (counts.wrong ?? 0) + (counts.missing ?? 0) + (counts.extra ?? 0);
}

/** The score min-accuracy gates on, as `accuracy 0.8` or `f1 0.8`. */
export function gatedScore(finding: ComparisonFinding, comparison: Comparison): string {
  const metric = finding.metric ?? 'accuracy';
  return `${metric} ${formatAccuracy(comparison[metric])}`;
}

/** Whether a compared document falls below min-accuracy on its metric. */
export function isBelow(finding: ComparisonFinding, minAccuracy: number): boolean {
  return finding.comparison !== undefined && finding.comparison[finding.metric ?? 'accuracy'] < minAccuracy;
}

/** The `::error::` for a document below min-accuracy, or undefined when it passes. */
export function belowMinimum(jobId: string, finding: ComparisonFinding, minAccuracy: number): string | undefined {
  const { comparison } = finding;
  if (!comparison || !isBelow(finding, minAccuracy)) return undefined;
  const paths = comparison.mismatches.slice(0, PATHS_IN_MESSAGE).map((mismatch) => shortPath(mismatch.path));
  const more = comparison.mismatches.length - paths.length;
  return (
    `Job ${jobId}: ${gatedScore(finding, comparison)} against ${finding.expectedFile} is below min-accuracy ${minAccuracy} ` +
    `(${comparison.matched} of ${fieldCount(comparison)} fields matched; ${comparison.wrong} wrong, ${comparison.missing} missing, ${comparison.extra} extra). ` +
    `Differs at ${paths.join(', ')}${more > 0 ? ` and ${more} more` : ''}.`
  );
}

export function noExpectedResult(jobId: string, finding: ComparisonFinding): string | undefined {
  if (endOf(finding).kind !== 'without-expected') return undefined;
  return `Job ${jobId}: no expected result at ${finding.expectedFile}, so it was not compared. Add the file, or write it from this result with update-expected: true.`;
}

interface Overall {
  documents: number;
  /** Means of the documents' scores. */
  accuracy: number;
  precision: number;
  recall: number;
  f1: number;
  matched: number;
  fields: number;
}

/** How a step's comparisons ended, for the line under the summary's heading. */
export function tally(
  findings: Array<ComparisonFinding | undefined>,
  minAccuracy: number
): { below: number; withoutExpected: number; written: number } {
  const present = findings.filter((finding): finding is ComparisonFinding => finding !== undefined);
  const ended = (kind: ComparisonEnd['kind']): number => present.filter((finding) => endOf(finding).kind === kind).length;
  return {
    below: present.filter((finding) => isBelow(finding, minAccuracy)).length,
    withoutExpected: ended('without-expected'),
    written: ended('written')
  };
}

/** Over the documents compared; undefined when none was. */
export function overall(findings: Array<ComparisonFinding | undefined>): Overall | undefined {
  const comparisons = findings.flatMap((finding) => (finding?.comparison ? [finding.comparison] : []));
  if (comparisons.length === 0) return undefined;
  const mean = (metric: 'accuracy' | 'precision' | 'recall' | 'f1'): number =>
    comparisons.reduce((sum, comparison) => sum + comparison[metric], 0) / comparisons.length;
  return {
    documents: comparisons.length,
    accuracy: mean('accuracy'),
    precision: mean('precision'),
    recall: mean('recall'),
    f1: mean('f1'),
    matched: comparisons.reduce((sum, comparison) => sum + comparison.matched, 0),
    fields: comparisons.reduce((sum, comparison) => sum + fieldCount(comparison), 0)
  };
}

/** '' is the document itself (a result that is a single value); a path from a document is cut like any. */
export function shortPath(path: string): string {
  return bound(path || '(the whole result)', PATH_BOUND_BYTES);
}

/** A value for a table cell: JSON, at most `max` characters; an exact number as written, alternate readings as `a | b`. */
function valuePreview(value: unknown, max: number): string {
  if (value instanceof ExactNumber) return value.text.slice(0, max);
  if (value instanceof OneOf)
    return value.values
      .map((reading) => valuePreview(reading, max))
      .join(' | ')
      .slice(0, max);
  return jsonPrefix(value, max);
}

/** Precision, recall and F1 in one breath, for the summary. */
export function metricsLine(scores: { precision: number; recall: number; f1: number }, first = 'precision'): string {
  return `${first} ${formatAccuracy(scores.precision)}, recall ${formatAccuracy(scores.recall)}, F1 ${formatAccuracy(scores.f1)}`;
}

/** A value in a Markdown table cell: cut to `chars` characters and escaped; — for none. */
export function valueCell(value: unknown, chars: number): string {
  return value === undefined ? '—' : esc(cut(valuePreview(value, chars + 1), chars));
}

/** A Markdown table row for one field: its path, two of its values (expected and got, or then and now) and a note. */
export function fieldRow(path: string, left: unknown, right: unknown, note: string, chars: number): string {
  return `| <code>${esc(shortPath(path))}</code> | ${valueCell(left, chars)} | ${valueCell(right, chars)} | ${note} |`;
}
