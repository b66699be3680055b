// The change against a baseline (`baseline`: an earlier run's report). With `expected`: per document the
// accuracy then and now, the fields that regressed (matched then, not now) and those fixed. Without: each
// result diffed against its baseline result field by field with the same scoring, the baseline result standing
// in for the expected one. Loaded only by a step with `baseline`.
import { Inputs } from '../lib/constants.js';
import { InputError } from '../lib/errors.js';
import { BASELINE_FILE, readJsonFile } from '../settings/input-file.js';
import { compareResult, type Mismatch } from '../compare/compare.js';
import type { Judgement } from '../judge/judgement.js';
import * as log from '../runner/log.js';
import { OutsideWorkspaceError, relativeToWorkspace } from '../settings/workspace.js';
import {
  REPORT_VERSION,
  totalsOf,
  type DocumentReport,
  type FieldOutcome,
  type ReportTotals,
  type RunReport
} from '../report/run-report.js';
import { isObject } from '../lib/json-walk.js';
import { plural } from '../lib/markdown.js';

export interface FieldChange {
  path: string;
  /** The expected value (with `expected`), or the baseline's value (without). */
  then?: FieldOutcome['expected'];
  now?: FieldOutcome['got'];
  /** A fixed field's value in the baseline. */
  was?: FieldOutcome['got'];
  /** What the field is now: wrong, missing, extra, or matched for a fixed field. */
  outcome: FieldOutcome['outcome'] | 'not compared';
}

export interface DocumentChange {
  key: string;
  jobId: string;
  /** New since the baseline, gone since, or in both. */
  presence: 'new' | 'gone' | 'both';
  accuracyThen: number | null;
  accuracyNow: number | null;
  /** With `expected`: matched in the baseline, not now. */
  regressed: FieldChange[];
  /** With `expected`: wrong or missing in the baseline, matched now. */
  fixed: FieldChange[];
  /** Without `expected`: the fields whose extracted value changed (wrong: another value, missing: gone, extra: new). */
  changed: Mismatch[];
}

export interface BaselineDiff {
  /** `expected`: against expected files; `drift`: results against the baseline's results. */
  mode: 'expected' | 'drift';
  commit: string | null;
  createdAt: string;
  then: ReportTotals;
  now: ReportTotals;
  /** Documents with something to say, those with regressions first. */
  documents: DocumentChange[];
  regressed: number;
  fixed: number;
  changed: number;
  added: number;
  gone: number;
}

/** An earlier report, and its text as read (a replay takes each result from it byte for byte). */
interface BaselineReport {
  report: RunReport;
  text: string;
  /** As the step names it: relative to the workspace. */
  shown: string;
}

/**
 * The earlier report, or undefined (with a notice or a warning saying why) when there is none to compare with.
 * It is read like every file an input names: inside the workspace only (a link out of it is an input error),
 * within a size and a depth, never quoted.
 */
export function readBaseline(file: string, workspace: string): BaselineReport | undefined {
  const shown = relativeToWorkspace(file, workspace);
  let report: unknown;
  let text = '';
  try {
    report = readJsonFile(BASELINE_FILE, file, workspace, (json) => {
      text = json;
      return JSON.parse(json);
    });
  } catch (error) {
    if (!(error instanceof InputError) || error instanceof OutsideWorkspaceError) throw error;
    log.warning(`${error.message} Nothing is compared with an earlier run.`);
    return undefined;
  }
  if (report === undefined) {
    log.notice(`No baseline at '${shown}' (a first run, or the base branch has none yet): nothing is compared with an earlier run.`);
    return undefined;
  }
  if (!isObject(report) || report.version !== REPORT_VERSION || !Array.isArray(report.documents) || !report.documents.every(isObject)) {
    log.warning(
      `Input '${Inputs.Baseline}': '${shown}' is not a run report of version ${REPORT_VERSION} (written by 'report-file'); nothing is compared with an earlier run.`
    );
    return undefined;
  }
  return { report: report as unknown as RunReport, text, shown };
}

/** `now`: the documents of this run as the run report gives them. */
export function diffWithBaseline(baseline: RunReport, now: DocumentReport[], judgements: Judgement[], expected: boolean): BaselineDiff {
  const before = new Map(baseline.documents.map((document) => [document.key, document]));
  const keys = new Set(now.map((document) => document.key));
  const documents: DocumentChange[] = [];
  now.forEach((document, i) => {
    // A document awaiting its extraction (a run without a key) has nothing to compare yet.
    if (judgements[i]?.deferred) return;
    const then = before.get(document.key);
    const change = expected ? expectedChange(document, then) : driftChange(document, then, judgements[i]);
    if (change) documents.push(change);
  });
  for (const then of baseline.documents) {
    if (!keys.has(then.key)) documents.push({ ...blank(then, 'gone'), accuracyThen: then.expected?.accuracy ?? null });
  }
  // Regressions first, most first; then the rest in run order.
  const order = documents.map((document, index) => ({ document, index }));
  order.sort((a, b) => b.document.regressed.length - a.document.regressed.length || a.index - b.index);
  const sum = (count: (change: DocumentChange) => number): number => documents.reduce((total, change) => total + count(change), 0);
  return {
    mode: expected ? 'expected' : 'drift',
    commit: typeof baseline.commit === 'string' ? baseline.commit : null,
    createdAt: String(baseline.createdAt),
    then: totalsOf(baseline.documents),
    now: totalsOf(now),
    documents: order.map(({ document }) => document),
    regressed: sum((change) => change.regressed.length),
    fixed: sum((change) => change.fixed.length),
    changed: sum((change) => change.changed.length),
    added: documents.filter((change) => change.presence === 'new').length,
    gone: documents.filter((change) => change.presence === 'gone').length
  };
}

function blank(document: DocumentReport, presence: DocumentChange['presence']): DocumentChange {
  return {
    key: document.key,
    jobId: document.jobId,
    presence,
    accuracyThen: null,
    accuracyNow: null,
    regressed: [],
    fixed: [],
    changed: []
  };
}

function expectedChange(now: DocumentReport, then: DocumentReport | undefined): DocumentChange | undefined {
  const change = blank(now, then ? 'both' : 'new');
  change.accuracyNow = now.expected?.accuracy ?? null;
  if (!then) return change;
  change.accuracyThen = then.expected?.accuracy ?? null;
  const fieldsNow = new Map((now.expected?.fields ?? []).map((field) => [field.path, field]));
  const compared = now.expected?.compared === true;
  for (const field of then.expected?.fields ?? []) {
    const current = fieldsNow.get(field.path);
    if (field.outcome === 'matched' && current?.outcome !== 'matched') {
      change.regressed.push(
        current
          ? { path: field.path, then: current.expected, now: current.got, outcome: current.outcome }
          : // Not compared now (the job failed), or the field left the expected file.
            { path: field.path, outcome: compared ? 'missing' : 'not compared' }
      );
    } else if ((field.outcome === 'wrong' || field.outcome === 'missing') && current?.outcome === 'matched') {
      change.fixed.push({ path: field.path, then: field.expected, now: field.expected, was: field.got, outcome: 'matched' });
    }
  }
  const same = change.regressed.length === 0 && change.fixed.length === 0 && change.accuracyThen === change.accuracyNow;
  return same ? undefined : change;
}

function driftChange(now: DocumentReport, then: DocumentReport | undefined, judgement: Judgement | undefined): DocumentChange | undefined {
  const change = blank(now, then ? 'both' : 'new');
  if (!then) return change;
  const current = judgement?.job && judgement.state === 'completed' ? valueOf(judgement) : undefined;
  const comparison = compareResult(then.result ?? undefined, current);
  change.accuracyThen = 1;
  change.accuracyNow = comparison.accuracy;
  change.changed = comparison.mismatches;
  return change.changed.length > 0 ? change : undefined;
}

/** This run's result as a value; one that cannot be read back has no fields. */
function valueOf(judgement: Judgement): unknown {
  try {
    return judgement.job?.result?.value();
  } catch {
    return undefined;
  }
}

/** Each document's regressions as one problem of that document (`fail-on-regression`). */
export function regressionProblems(diff: BaselineDiff, judgements: Judgement[], paths: (path: string) => string): void {
  const byJob = new Map(judgements.map((judgement) => [judgement.id, judgement]));
  for (const change of diff.documents) {
    const judgement = byJob.get(change.jobId);
    if (!judgement || change.regressed.length === 0 || change.presence !== 'both') continue;
    const named = change.regressed.slice(0, 3).map((field) => paths(field.path));
    const more = change.regressed.length - named.length;
    judgement.problems.push({
      jobId: judgement.id,
      message: `Job ${judgement.id}: ${plural(change.regressed.length, 'field')} matched the expected value in the baseline and no longer ${change.regressed.length === 1 ? 'does' : 'do'}: ${named.join(', ')}${more > 0 ? ` and ${more} more` : ''} (fail-on-regression).`,
      always: false
    });
  }
}
