// The merge step (`merge-reports`): the run reports of a matrix's shards (`shard: i/n`) read back and combined into
// one summary, one pull-request comment, one set of outputs and one verdict, from the judgements the shards
// recorded, with the renderers a single step uses. The reports are untrusted files (artifacts): each is read
// inside the workspace only, within a size, and checked against the report's JSON Schema; the merge takes them only
// when they are exactly shards 1..n of one split, of one workflow run, with one configuration and the same checks.
import * as path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import reportSchema from '../../docs/report.schema.json' with { type: 'json' };
import { cut } from '../lib/bound.js';
import { Inputs } from '../lib/constants.js';
import { InputError, messageOf } from '../lib/errors.js';
import { itemSpans, memberSpans, valueStart } from '../lib/json-span.js';
import { plural } from '../lib/markdown.js';
import * as log from '../runner/log.js';
import { readMerge } from '../settings/merge-inputs.js';
import { BASELINE_FILE, readJsonFile } from '../settings/input-file.js';
import { relativeToWorkspace } from '../settings/workspace.js';
import { findDocuments } from '../start/documents.js';
import { canonical } from '../start/job-match.js';
import type { Judgement, Problem } from '../judge/judgement.js';
import { setOutputs } from '../report/outputs.js';
import { recordedJudgement } from '../report/recorded.js';
import type { ReportContext, RunReport, ShardReport } from '../report/run-report.js';
import { renderSummary } from '../report/summary.js';
import { reportVerdict } from '../report/verdict.js';
import { prepareReview, renderBaseline } from './review.js';

// ajv-formats is CommonJS and sets `exports.default` on the function it exports.
const addFormats = addFormatsModule.default;
/** A shard's report is read as a baseline is: the same bounds. */
const SHARD_REPORT = { ...BASELINE_FILE, input: Inputs.MergeReports, optional: false };
/** Schema complaints quoted in an error: their paths hold the file's keys. */
const COMPLAINT_CHARS = 200;

/** One shard's report as read: the report, and each document's result as its bytes there. */
interface ShardRead {
  shown: string;
  report: RunReport & { shard: ShardReport };
  results: Array<Buffer | undefined>;
}

/** The merged run, ready to render. */
interface Merged {
  judgements: Judgement[];
  context: Omit<ReportContext, 'now'>;
  minConfidence?: number;
  minAccuracy?: number;
}

/** Runs the merge step; the job summary's Markdown, for the entry point to write after the verdict. */
export async function mergeStep(sectionBytes: number, cutNote: (left: number) => string): Promise<string> {
  const settings = readMerge();
  const { reportFile } = settings.review;
  const files = await findDocuments(settings.patterns, settings.workspace, Inputs.MergeReports);
  const own = files.find((file) => path.resolve(settings.workspace, file.relative) === reportFile);
  if (own) {
    throw new InputError(
      Inputs.ReportFile,
      `'${own.relative}' is one of the reports merged ('${Inputs.MergeReports}'): write the merged report elsewhere.`
    );
  }
  let merged: Merged;
  try {
    merged = mergeShards(files.map((file) => readShard(file.path, settings.workspace)));
  } catch (error) {
    // As a step that fails before any job: the report says why, with no document.
    const review = prepareReview({ review: { ...settings.review, baselineFile: undefined }, workspace: settings.workspace });
    review.write([], { failOnError: true, fileMode: true, stepProblems: [{ jobId: '', message: messageOf(error), always: true }] });
    throw error;
  }
  const { judgements, context } = merged;
  const comparison = merged.minAccuracy === undefined ? undefined : { expected: '', minAccuracy: merged.minAccuracy, update: false };
  const review = prepareReview({ review: settings.review, comparison, workspace: settings.workspace });
  const diff = review.judge(judgements, context);
  setOutputs(judgements, settings);
  const unwritten = review.write(judgements, context);
  const stepProblems = [...context.stepProblems, ...(unwritten ? [unwritten] : [])];
  await review.comment(judgements, diff, context);
  reportVerdict(judgements, context, stepProblems);
  return renderSummary(judgements, {
    minConfidence: merged.minConfidence,
    minAccuracy: merged.minAccuracy,
    stepProblems: stepProblems.map((problem) => problem.message),
    section: diff ? renderBaseline(diff, sectionBytes, cutNote) : undefined
  });
}

let validate: ReturnType<Ajv2020['compile']> | undefined;

/** A shard's report, checked against the report's JSON Schema, with a shard recorded. */
function readShard(file: string, workspace: string): ShardRead {
  const shown = relativeToWorkspace(file, workspace);
  let bytes = Buffer.alloc(0);
  const report = readJsonFile(SHARD_REPORT, file, workspace, (json) => {
    bytes = Buffer.from(json);
    return JSON.parse(json);
  });
  if (!validate) {
    const ajv = new Ajv2020({ allErrors: false, strict: false });
    addFormats(ajv);
    validate = ajv.compile(reportSchema);
  }
  if (!validate(report)) {
    const [complaint] = validate.errors ?? [];
    const said = complaint ? `${complaint.instancePath || '/'} ${complaint.message ?? ''}` : 'invalid';
    throw new InputError(
      Inputs.MergeReports,
      `'${shown}' is not a run report of this action (docs/report.schema.json: ${cut(said, COMPLAINT_CHARS)}): merge the files the shards' 'report-file' wrote.`
    );
  }
  const checked = report as RunReport;
  if (!checked.shard) {
    const why = checked.problems[0] ? `; its step failed first: ${cut(checked.problems[0], COMPLAINT_CHARS)}` : '';
    throw new InputError(
      Inputs.MergeReports,
      `'${shown}' records no shard (a step without 'shard: i/n', or one that failed before splitting its documents${why}).`
    );
  }
  const list = memberSpans(bytes, valueStart(bytes)).get('documents');
  const spans = list ? itemSpans(bytes, list.start) : [];
  const results = spans.map((span) => {
    const result = memberSpans(bytes, span.start).get('result');
    const raw = result && bytes.subarray(result.start, result.end);
    return raw && raw.toString() !== 'null' ? raw : undefined;
  });
  return { shown, report: checked as ShardRead['report'], results };
}

/** The reports of shards 1..n of one split, as one run; any other set is an input error naming what is wrong. */
function mergeShards(shards: ShardRead[]): Merged {
  const [first] = shards;
  if (!first) throw new InputError(Inputs.MergeReports, 'matches no report.');
  const { count } = first.report.shard;
  for (const other of shards.slice(1)) checkSame(first, other);
  const byIndex = new Map<number, ShardRead>();
  for (const shard of shards) {
    const twice = byIndex.get(shard.report.shard.index);
    if (twice) {
      throw new InputError(
        Inputs.MergeReports,
        `'${twice.shown}' and '${shard.shown}' are both shard ${shard.report.shard.index} of ${count}: keep one report per shard (the latest attempt's).`
      );
    }
    byIndex.set(shard.report.shard.index, shard);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((index) => !byIndex.has(index));
  if (missing.length > 0) {
    throw new InputError(
      Inputs.MergeReports,
      `${missing.length === 1 ? 'shard' : 'shards'} ${listed(missing)} of ${count} ${missing.length === 1 ? 'is' : 'are'} missing (found ${plural(shards.length, 'report')}: ${listed([...byIndex.keys()].sort((a, b) => a - b))}). Each shard's step must upload its report-file, also when it fails (if: always()), and the merge job must wait for every shard.`
    );
  }
  const ordered = [...byIndex.entries()].sort(([a], [b]) => a - b).map(([, shard]) => shard);
  const run = first.report.run.id ? ` of run ${first.report.run.id}` : '';
  log.info(
    `Merging ${plural(count, 'shard')}${run}: ${plural(first.report.shard.documents, 'document')} (${ordered.map((shard) => shard.shown).join(', ')}).`
  );
  const total = ordered.reduce((sum, shard) => sum + shard.report.documents.length, 0);
  if (total !== first.report.shard.documents) {
    throw new InputError(
      Inputs.MergeReports,
      `the ${count} shards hold ${plural(total, 'document')}, but ${first.report.shard.documents} were matched and split: a shard's report is incomplete.`
    );
  }
  const recorded = first.report.shard;
  const metric = recorded.metric ?? undefined;
  const judgements = ordered.flatMap((shard) =>
    shard.report.documents.map((document, i) => recordedJudgement(document, shard.results[i], metric))
  );
  const stepProblems: Problem[] = ordered.flatMap((shard) =>
    shard.report.problems.map((message) => ({
      jobId: '',
      message: `Shard ${shard.report.shard.index} of ${count}: ${message}`,
      always: true
    }))
  );
  return {
    judgements,
    context: {
      failOnError: recorded.failOnError,
      fileMode: true,
      configuration: first.report.configuration ?? undefined,
      stepProblems,
      minConfidence: recorded.minConfidence ?? undefined,
      comparison: recorded.minAccuracy === null ? undefined : { minAccuracy: recorded.minAccuracy, metric }
    },
    minConfidence: recorded.minConfidence ?? undefined,
    minAccuracy: recorded.minAccuracy ?? undefined
  };
}

/** Shares of one split, of one run, with one configuration and the same checks; else an error naming the first difference. */
function checkSame(first: ShardRead, other: ShardRead): void {
  const a = first.report;
  const b = other.report;
  const differs = (what: string, fix: string): never => {
    throw new InputError(Inputs.MergeReports, `'${other.shown}' and '${first.shown}' differ in ${what}: ${fix}`);
  };
  if (a.shard.count !== b.shard.count) {
    differs(`their number of shards (${b.shard.count} and ${a.shard.count})`, 'merge the shards of one matrix, all run with the same n.');
  }
  if (a.shard.corpus !== b.shard.corpus) {
    differs(
      `the documents they split (${b.shard.documents} and ${a.shard.documents} matched)`,
      "every shard must match the same documents: the same 'file' patterns on the same commit."
    );
  }
  if (a.run.repository !== b.run.repository || a.run.id !== b.run.id) {
    differs(`their workflow run (${b.run.id ?? 'none'} and ${a.run.id ?? 'none'})`, "merge the reports of this run's shards only.");
  }
  if (canonical(a.configuration) !== canonical(b.configuration)) {
    differs('their extract configuration', "run every shard with the same 'configuration' or 'configuration-id'.");
  }
  const checks = (shard: ShardReport): string => canonical([shard.failOnError, shard.minConfidence, shard.minAccuracy, shard.metric]);
  if (checks(a.shard) !== checks(b.shard)) {
    differs('their checks', "run every shard with the same 'fail-on-error', 'min-confidence', 'min-accuracy' and 'min-accuracy-metric'.");
  }
}

/** 3, `2 and 4`, `1, 2 and 4`. */
function listed(numbers: number[]): string {
  if (numbers.length <= 1) return numbers.join('');
  return `${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
}
