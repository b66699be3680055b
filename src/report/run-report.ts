// The run report (`report-file`): the whole run as one JSON document, the schema of which is
// docs/report.schema.json. It renders the judgements and decides nothing; it also holds each result, so a
// later run can take it as its baseline (baseline-diff.ts).
import { bound, MESSAGE_BOUND_BYTES, PATH_BOUND_BYTES } from '../lib/bound.js';
import { ExactNumber, OneOf, type LeafValue } from '../compare/values.js';
import type { JobConfiguration } from '../settings/settings.js';
import { failing, passed, shownState, type Judgement, type Problem, type ShownState } from '../judge/judgement.js';
import { writeFileAtomic, type FilePart } from '../lib/atomic-file.js';
import { configurationRef, type ConfigurationRef } from '../start/job-match.js';
import type { ExtractJob, Usage, Violation } from '../model/types.js';
import type { ShardRecord } from '../start/shard.js';
import type { AccuracyMetric } from '../compare/describe.js';
import type { RunOrigin } from '../model/origin.js';
import { confidenceTree } from '../check/confidence-tree.js';
import { resultDigest } from '../start/digest.js';
import { endOf, fieldCount, type ComparisonFinding } from '../compare/describe.js';

export const REPORT_VERSION = 1;

type Outcome = 'matched' | 'wrong' | 'missing' | 'extra';
type Verdict = 'pass' | 'fail' | 'pending';

/** A compared value as JSON: an expected file's alternate readings as they are written there. */
type ReportValue = string | number | boolean | null | { '$one-of': ReportValue[] };

export interface FieldOutcome {
  path: string;
  outcome: Outcome;
  /** Absent for a matched or an extra field. */
  expected?: ReportValue;
  /** Absent for a matched or a missing field. */
  got?: ReportValue;
}

interface ExpectedReport {
  /** The expected file, relative to the workspace. */
  file: string;
  /** No expected file yet: not compared. */
  compared: boolean;
  /** update-expected wrote the result as the expected file. */
  updated?: boolean;
  accuracy?: number;
  matched?: number;
  wrong?: number;
  missing?: number;
  extra?: number;
  /** Mismatches first, in document order, then the matched fields; at most FIELD_LIMIT. */
  fields?: FieldOutcome[];
  /** Fields past FIELD_LIMIT, not listed. */
  fieldsOmitted?: number;
  precision?: number;
  recall?: number;
  f1?: number;
}

/**
 * What the summary and the verdict render of a document beyond its state and problems, so that a merge of shards'
 * reports renders them as each shard did.
 */
export interface JudgementRecord {
  fileId: string | null;
  /** Why the document got no job, or the error that ended the wait for it. */
  error: string | null;
  /** The job's own error_message. */
  errorMessage: string | null;
  timedOut: boolean;
  cancelRequested: boolean;
  /** Awaits an extraction this run could not make (a run without a key). */
  deferred: boolean;
  /** With min-confidence: whether the job carried confidence scores; null when not checked. */
  hasConfidence: boolean | null;
  resultFile: string | null;
  writeError: string | null;
  createdAt: string | null;
  updatedAt: string | null;
  /** The gates' complaints, the first VIOLATION_LIMIT. */
  violations: Violation[];
  violationsOmitted?: number;
  /** Indices in `problems` of those that fail the step even with fail-on-error: false. */
  alwaysFailing: number[];
}

export interface DocumentReport {
  /** What a later run matches this document by: its path in file mode, else the job ID. */
  key: string;
  /** File mode: relative to the workspace, `/`-separated. */
  path: string | null;
  /** File mode: `sha256:<hex>` of the document's bytes. */
  digest: string | null;
  configuration: ConfigurationRef | null;
  jobId: string;
  reused: boolean;
  status: string;
  state: ShownState;
  verdict: Verdict;
  problems: string[];
  warnings: string[];
  usage: Usage;
  credits: number | null;
  expected?: ExpectedReport;
  judgement?: JudgementRecord;
  /** Replayed: the report whose result this run took, with no request. */
  replayedFrom?: RunOrigin;
  /** `sha256:` of `result` as written here, and of `confidences` (see resultDigest); null when there is no result. */
  resultDigest: string | null;
  /** The field metadata cut to each field's confidence, for a replay's confidence gate; null when none. */
  confidences: unknown;
  /** The extract_result as served; null when the job has none (or it was too large to keep: see resultOmitted). */
  result: unknown;
  resultOmitted?: string;
}

export interface ReportTotals {
  documents: number;
  passed: number;
  failed: number;
  pending: number;
  reused: number;
  /** Credits of the jobs this run created (reused jobs cost nothing new); null when no job said. */
  credits: number | null;
  /** Documents compared with an expected file, their mean accuracy (null for none), fields matched of all. */
  compared: number;
  accuracy: number | null;
  matched: number;
  fields: number;
}

/** `max-credits`, and the estimate made before the start of what the new jobs would cost. */
export interface Spending {
  maxCredits: number;
  estimate: number;
}

/** A shard's report (`shard: i/n`): which share, of what, and the checks it was judged with, which a merge needs equal. */
export interface ShardReport extends ShardRecord {
  failOnError: boolean;
  minConfidence: number | null;
  minAccuracy: number | null;
  metric: AccuracyMetric | null;
}

/** The workflow run that wrote a report (GITHUB_REPOSITORY, GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT), when the runner says. */
interface RunIdentity {
  repository: string | null;
  id: string | null;
  attempt: number | null;
}

export interface RunReport {
  version: typeof REPORT_VERSION;
  createdAt: string;
  run: RunIdentity;
  /** The commit and ref the run was for (GITHUB_SHA, GITHUB_REF), when the runner says. */
  commit: string | null;
  ref: string | null;
  mode: 'file' | 'job-id';
  configuration: ConfigurationRef | null;
  verdict: Verdict;
  /** Problems of the step rather than of one document. */
  problems: string[];
  totals: ReportTotals;
  /** With max-credits: the budget and the estimate, beside `totals.credits` billed; null without. */
  budget: Spending | null;
  /** With `shard`: this run's share of the documents; null without. */
  shard?: ShardReport | null;
  documents: DocumentReport[];
}

export interface ReportContext {
  failOnError: boolean;
  fileMode: boolean;
  configuration?: JobConfiguration | ConfigurationRef;
  stepProblems: Problem[];
  budget?: Spending;
  shard?: ShardRecord;
  minConfidence?: number;
  comparison?: { minAccuracy: number; metric?: AccuracyMetric };
  now: Date;
}

/** Field outcomes listed per document: enough for any real extraction, bounded for a pathological one. */
const FIELD_LIMIT = 20_000;
/** Gate violations listed per document, as many as the summary shows. */
const VIOLATION_LIMIT = 50;
/** A string value in a field outcome is cut to this many bytes. */
const VALUE_BOUND_BYTES = 1024;
/**
 * Results a report holds in all (each up to 8 MiB: a larger one is spooled, not kept in memory), so that it
 * stays readable as a later run's baseline (read up to 256 MiB): the results past it are left to their files.
 */
const RESULTS_BOUND_BYTES = 128 * 1024 * 1024;

/** A merge of shards' reports has their configuration as they recorded it. */
function configurationReport(configuration: JobConfiguration | ConfigurationRef | undefined): ConfigurationRef | null {
  if (!configuration) return null;
  return 'digest' in configuration ? configuration : configurationRef(configuration);
}

/** Passed every check; pending while a job still runs (wait: false) or a document awaits its extraction, without a problem yet. */
export function verdictOf(judgement: Judgement): Verdict {
  if (passed(judgement)) return 'pass';
  return judgement.problems.length === 0 && (judgement.state === 'in-progress' || judgement.deferred) ? 'pending' : 'fail';
}

/** The report, each result left out: `resultParts` gives the bytes to write in their place. */
export function buildReport(judgements: Judgement[], context: ReportContext): RunReport {
  const configuration = configurationReport(context.configuration);
  let room = RESULTS_BOUND_BYTES;
  const documents = judgements.map((judgement) => {
    const document = documentReport(judgement, configuration);
    room = keepResult(document, judgement, room);
    return document;
  });
  const problems = [...judgements.flatMap((judgement) => judgement.problems), ...context.stepProblems];
  const stepFails = failing(problems, context.failOnError).length > 0;
  const count = (verdict: Verdict): number => documents.filter((document) => document.verdict === verdict).length;
  return {
    version: REPORT_VERSION,
    createdAt: context.now.toISOString(),
    run: {
      repository: process.env.GITHUB_REPOSITORY || null,
      id: process.env.GITHUB_RUN_ID || null,
      attempt: Number(process.env.GITHUB_RUN_ATTEMPT) || null
    },
    commit: process.env.GITHUB_SHA || null,
    ref: process.env.GITHUB_REF || null,
    mode: context.fileMode ? 'file' : 'job-id',
    configuration,
    verdict: stepFails ? 'fail' : count('pending') > 0 ? 'pending' : 'pass',
    problems: context.stepProblems.map((problem) => problem.message),
    totals: totalsOf(documents),
    budget: context.budget ?? null,
    shard: context.shard
      ? {
          ...context.shard,
          failOnError: context.failOnError,
          minConfidence: context.minConfidence ?? null,
          minAccuracy: context.comparison?.minAccuracy ?? null,
          metric: context.comparison ? (context.comparison.metric ?? 'accuracy') : null
        }
      : null,
    documents
  };
}

export function totalsOf(documents: DocumentReport[]): ReportTotals {
  const compared = documents.flatMap((document) => (document.expected?.compared ? [document.expected] : []));
  const billed = documents.filter((document) => !document.reused && document.credits !== null);
  return {
    documents: documents.length,
    passed: documents.filter((document) => document.verdict === 'pass').length,
    failed: documents.filter((document) => document.verdict === 'fail').length,
    pending: documents.filter((document) => document.verdict === 'pending').length,
    reused: documents.filter((document) => document.reused).length,
    credits: billed.length > 0 ? billed.reduce((sum, document) => sum + (document.credits ?? 0), 0) : null,
    compared: compared.length,
    accuracy: compared.length > 0 ? compared.reduce((sum, expected) => sum + (expected.accuracy ?? 0), 0) / compared.length : null,
    matched: compared.reduce((sum, expected) => sum + (expected.matched ?? 0), 0),
    fields: compared.reduce((sum, expected) => sum + fieldCount(expected), 0)
  };
}

function documentReport(judgement: Judgement, configuration: ConfigurationRef | null): DocumentReport {
  const { source, job } = judgement;
  const usage = job?.usage ?? {};
  const document: DocumentReport = {
    key: source?.file ?? judgement.id,
    path: source?.file ?? null,
    digest: source?.digest || null,
    configuration: source ? configuration : null,
    jobId: judgement.id,
    reused: source?.reused ?? false,
    status: judgement.status,
    state: shownState(judgement),
    verdict: verdictOf(judgement),
    problems: judgement.problems.map((problem) => problem.message),
    warnings: judgement.warnings.map((warning) => bound(warning, MESSAGE_BOUND_BYTES)),
    usage,
    credits: usage.credits ?? null,
    resultDigest: null,
    confidences: null,
    result: null
  };
  if (judgement.comparison) document.expected = expectedReport(judgement.comparison);
  document.judgement = judgementRecord(judgement);
  if (source?.replayedFrom) document.replayedFrom = source.replayedFrom;
  return document;
}

function judgementRecord(judgement: Judgement): JudgementRecord {
  const { job, violations } = judgement;
  const record: JudgementRecord = {
    fileId: judgement.source?.fileId || null,
    error: judgement.error ?? null,
    errorMessage: judgement.errorMessage ?? null,
    timedOut: judgement.timedOut,
    cancelRequested: judgement.cancelRequested,
    deferred: judgement.deferred ?? false,
    hasConfidence: judgement.hasConfidence ?? null,
    resultFile: judgement.resultFile ?? null,
    writeError: judgement.writeError ?? null,
    createdAt: job?.createdAt ?? null,
    updatedAt: job?.updatedAt ?? null,
    violations: violations.slice(0, VIOLATION_LIMIT).map((violation) => ({
      ...violation,
      path: bound(violation.path, PATH_BOUND_BYTES),
      message: bound(violation.message, MESSAGE_BOUND_BYTES)
    })),
    alwaysFailing: judgement.problems.flatMap((problem, i) => (problem.always ? [i] : []))
  };
  if (violations.length > VIOLATION_LIMIT) record.violationsOmitted = violations.length - VIOLATION_LIMIT;
  return record;
}

/** What the report keeps to check each result, by job: computed once however often the report is built. */
const kept = new WeakMap<ExtractJob, { digest: string; confidences: Record<string, unknown> | null; bytes: number }>();

/** The result as served (spliced in by reportParts), its confidences and their digest, while the room lasts; the room left. */
function keepResult(document: DocumentReport, judgement: Judgement, room: number): number {
  const { job } = judgement;
  if (judgement.state !== 'completed' || !job) return room;
  const bytes = job.result?.bytes;
  if (!bytes) {
    if (job.result) document.resultOmitted = `${job.result.size} bytes, too large to keep in the report: the result file has it.`;
    return room;
  }
  let keep = kept.get(job);
  if (!keep) {
    const confidences = confidenceTree(job.fieldMetadata);
    keep = {
      digest: resultDigest(bytes, confidences),
      confidences,
      bytes: bytes.length + (confidences ? JSON.stringify(confidences).length : 0)
    };
    kept.set(job, keep);
  }
  if (keep.bytes > room) {
    document.resultOmitted = `the report holds at most ${RESULTS_BOUND_BYTES / 1024 / 1024} MiB of results, reached before this one: the result file has it.`;
    return room;
  }
  document.resultDigest = keep.digest;
  document.confidences = keep.confidences;
  return room - keep.bytes;
}

function expectedReport(finding: ComparisonFinding): ExpectedReport {
  const end = endOf(finding);
  const report: ExpectedReport = { file: finding.expectedFile, compared: end.kind === 'compared' };
  if (end.kind === 'written') report.updated = true;
  if (end.kind !== 'compared') return report;
  const { comparison } = end;
  const fields: FieldOutcome[] = comparison.mismatches.map(({ path, kind, expected, got }) => {
    const field: FieldOutcome = { path, outcome: kind };
    if (expected !== undefined) field.expected = boundValue(expected);
    if (got !== undefined) field.got = boundValue(got);
    return field;
  });
  for (const path of comparison.matchedPaths) fields.push({ path, outcome: 'matched' });
  const { accuracy, matched, wrong, missing, extra, precision, recall, f1 } = comparison;
  Object.assign(report, { accuracy, matched, wrong, missing, extra, precision, recall, f1, fields: fields.slice(0, FIELD_LIMIT) });
  if (fields.length > FIELD_LIMIT) report.fieldsOmitted = fields.length - FIELD_LIMIT;
  return report;
}

function boundValue(value: LeafValue): ReportValue {
  if (value instanceof OneOf) return { '$one-of': value.values.map(boundValue) };
  // A number longer than a double holds: the nearest double (the result itself keeps every digit).
  if (value instanceof ExactNumber) return Number(value.text);
  return typeof value === 'string' ? bound(value, VALUE_BOUND_BYTES) : value;
}

/**
 * The report as written: pretty JSON, each document's `result` spliced in as the exact bytes served (numbers
 * keep their precision, and a large result is not serialised again). Made as it is written, each result copied
 * from its file when written there: the whole report never sits in memory.
 */
function* reportParts(report: RunReport, judgements: Judgement[]): Generator<FilePart> {
  const { documents, ...head } = report;
  const headText = JSON.stringify({ ...head, documents: [] }, null, 2);
  yield Buffer.from(`${headText.slice(0, headText.lastIndexOf('[]'))}[\n`);
  for (const [i, document] of documents.entries()) {
    const raw = document.resultDigest === null ? undefined : judgements[i]?.job?.result?.part;
    // `result` last, so the served bytes go in place of its `null` right before the closing brace.
    const { result, ...fields } = document;
    const text = JSON.stringify({ ...fields, result }, null, 2).replace(/^/gm, '    ');
    if (raw) {
      const at = text.lastIndexOf('null');
      yield Buffer.from(text.slice(0, at));
      yield raw;
      yield Buffer.from(text.slice(at + 'null'.length));
    } else {
      yield Buffer.from(text);
    }
    yield Buffer.from(i < documents.length - 1 ? ',\n' : '\n');
  }
  yield Buffer.from('  ]\n}\n');
}

/** Writes the report atomically; the reason it could not be written, or undefined. */
export function writeReport(file: string, judgements: Judgement[], context: ReportContext): string | undefined {
  const report = buildReport(judgements, context);
  try {
    writeFileAtomic(file, reportParts(report, judgements), 'the run report');
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}
