// A document of a run report read back as the judgement it records, so a merge of shards' reports renders the
// summary, the comment, the outputs and the verdict with the same code and words as each shard would have: nothing
// is checked or compared again. A report is an untrusted file: its text is cut to the bounds a judgement keeps (what
// the action wrote is within them already, so it reads back unchanged).
import { OneOf, type LeafValue, type Scalar } from '../compare/values.js';
import type { AccuracyMetric, ComparisonFinding } from '../compare/describe.js';
import { STATUS_BOUND_BYTES, type Judgement } from '../judge/judgement.js';
import { bound, MESSAGE_BOUND_BYTES, PATH_BOUND_BYTES } from '../lib/bound.js';
import type { JobState } from '../model/state.js';
import { KeptResult } from '../model/result-body.js';
import type { ExtractJob } from '../model/types.js';
import type { DocumentReport, FieldOutcome } from './run-report.js';

/**
 * `result`: the bytes of the document's result as its report holds them (numbers as written), when it holds one;
 * `metric`: what min-accuracy was measured on.
 */
export function recordedJudgement(document: DocumentReport, result: Buffer | undefined, metric?: AccuracyMetric): Judgement {
  const record = document.judgement;
  const state: JobState = document.state === 'replayed' ? 'completed' : document.state;
  const always = new Set(record?.alwaysFailing ?? []);
  const id = bound(document.jobId, PATH_BOUND_BYTES);
  const judgement: Judgement = {
    id,
    state,
    status: bound(document.status, STATUS_BOUND_BYTES),
    timedOut: record?.timedOut ?? state === 'timed-out',
    cancelRequested: record?.cancelRequested ?? false,
    violations: (record?.violations ?? []).map((violation) => ({
      ...violation,
      jobId: id,
      path: bound(violation.path, PATH_BOUND_BYTES),
      message: bound(violation.message, MESSAGE_BOUND_BYTES)
    })),
    problems: document.problems.map((message, i) => ({ jobId: id, message: bound(message, MESSAGE_BOUND_BYTES), always: always.has(i) })),
    warnings: document.warnings.map((warning) => bound(warning, MESSAGE_BOUND_BYTES))
  };
  if (document.path !== null) {
    judgement.source = { file: bound(document.path), fileId: bound(record?.fileId ?? '', PATH_BOUND_BYTES), reused: document.reused };
    if (document.digest) judgement.source.digest = document.digest;
    if (document.replayedFrom) judgement.source.replayedFrom = document.replayedFrom;
  }
  if (record?.error) judgement.error = bound(record.error);
  if (record?.errorMessage) judgement.errorMessage = bound(record.errorMessage);
  if (record?.deferred) judgement.deferred = true;
  if (record?.hasConfidence !== null && record?.hasConfidence !== undefined) judgement.hasConfidence = record.hasConfidence;
  if (record?.resultFile) judgement.resultFile = bound(record.resultFile);
  if (record?.writeError) judgement.writeError = bound(record.writeError);
  if (document.expected) judgement.comparison = recordedComparison(document.expected, metric);
  if (state !== 'not-started') judgement.job = recordedJob(document, judgement, result);
  return judgement;
}

function recordedJob(document: DocumentReport, judgement: Judgement, result: Buffer | undefined): ExtractJob {
  const record = document.judgement;
  const job: ExtractJob = { id: judgement.id, status: judgement.status, usage: document.usage, served: [] };
  if (record?.createdAt) job.createdAt = record.createdAt;
  if (record?.updatedAt) job.updatedAt = record.updatedAt;
  if (judgement.source?.fileId) job.fileInput = judgement.source.fileId;
  if (judgement.errorMessage) job.errorMessage = judgement.errorMessage;
  // The confidences the report kept are the field metadata cut to what the gate and the report read.
  if (document.confidences !== null) job.fieldMetadata = document.confidences;
  if (result) job.result = new KeptResult(result, document.result);
  return job;
}

function recordedComparison(expected: NonNullable<DocumentReport['expected']>, metric: AccuracyMetric | undefined): ComparisonFinding {
  const finding: ComparisonFinding = { expectedFile: expected.file };
  if (metric) finding.metric = metric;
  if (expected.updated) finding.updated = true;
  if (!expected.compared) return finding;
  const fields = expected.fields ?? [];
  const accuracy = expected.accuracy ?? 0;
  finding.comparison = {
    matched: expected.matched ?? 0,
    wrong: expected.wrong ?? 0,
    missing: expected.missing ?? 0,
    extra: expected.extra ?? 0,
    accuracy,
    precision: expected.precision ?? accuracy,
    recall: expected.recall ?? accuracy,
    f1: expected.f1 ?? accuracy,
    mismatches: fields.flatMap((field) =>
      field.outcome === 'matched'
        ? []
        : [{ path: field.path, kind: field.outcome, ...valueOf('expected', field.expected), ...valueOf('got', field.got) }]
    ),
    matchedPaths: fields.flatMap((field) => (field.outcome === 'matched' ? [field.path] : [])),
    approximated: []
  };
  return finding;
}

function valueOf(key: 'expected' | 'got', value: FieldOutcome['expected']): { expected?: LeafValue; got?: LeafValue } {
  if (value === undefined) return {};
  return { [key]: leaf(value) };
}

function leaf(value: Exclude<FieldOutcome['expected'], undefined>): LeafValue {
  return typeof value === 'object' && value !== null ? new OneOf(value['$one-of'].map(leaf) as Scalar[]) : value;
}
