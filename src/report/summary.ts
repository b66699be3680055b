// The job summary a reviewer reads on the run page: the totals, one table row per job (those that did not pass
// first), and per-job detail folded in <details> so 10,000 jobs stay scannable. Pure: main writes the string.
import { MAX_OUTPUT_BYTES } from '../lib/constants.js';
import { elapsedMs, formatDuration } from '../lib/duration.js';
import {
  endOf,
  fieldCount,
  fieldRow,
  formatAccuracy,
  gatedScore,
  isBelow,
  metricsLine,
  overall,
  shortPath,
  tally,
  valueCell,
  type ComparisonFinding
} from '../compare/describe.js';
import { isObject } from '../lib/json-walk.js';
import { passed, shownState, unitOf, type Judgement } from '../judge/judgement.js';
import { describeOrigin, type RunOrigin } from '../model/origin.js';
import { type ExtractJob, type Usage, type Violation } from '../model/types.js';
import { cut, leadingWithin } from '../lib/bound.js';
import { esc, grouped, mebibytes, plural } from '../lib/markdown.js';
import type { JobState } from '../model/state.js';
import { pagesOf } from '../model/usage.js';
import type { Spending } from './run-report.js';

interface SummaryOptions {
  /** Set when the confidence gate ran: each completed job then says how many fields fell under it. */
  minConfidence?: number;
  /** Set when results were compared with expected files. */
  minAccuracy?: number;
  /** Problems of the step rather than of one job (a stop by signal), said under the heading. */
  stepProblems?: string[];
  /** With max-credits: the estimate made before the start, shown beside the credits billed. */
  budget?: Spending;
  /** Markdown of its own (the change against a baseline), already escaped and bounded, put before the table. */
  section?: string;
}

// GitHub refuses a summary over 1 MiB. The room kept is for the table's "…and N more" rows, the cut note
// and the newline appended after the summary: each is a short line of ours.
const BUDGET = MAX_OUTPUT_BYTES - 2048;
const PREVIEW_FIELDS = 50;
const PREVIEW_ROWS = 3;
const VALUE_CHARS = 80;
const NOTE_CHARS = 80;
const MESSAGE_CHARS = 300;
const ERROR_CHARS = 2000;
const VIOLATION_ROWS = 50;

const TABLE_HEAD =
  '| Job | Status | Input | Duration | Pages | Tokens | Credits | Result file | Note |\n' +
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n';
const DETAILS_CLOSE = '</details>\n\n';

/** Takes rendered pieces in order while they fit; cuts only between pieces. */
class Budget {
  constructor(public left: number) {}

  /** The pieces of `items` (rendered lazily, '' for none) that fit in `cap` bytes, stopping at the first that does not. */
  take<T>(items: T[], render: (item: T) => string, cap = this.left): string[] {
    const taken = leadingWithin(items, render, Math.min(cap, this.left));
    this.left -= taken.reduce((sum, text) => sum + bytes(text), 0);
    return taken;
  }
}

export function renderSummary(judgements: Judgement[], options: SummaryOptions = {}): string {
  const top =
    heading(judgements, options.stepProblems ?? []) +
    replayLine(judgements) +
    budgetLine(judgements, options.budget) +
    comparisonOverall(judgements, options.minAccuracy);
  const head = top + (options.section ?? '') + TABLE_HEAD;
  const open = judgements.length === 1;
  // Failures before successes, each in the order given.
  const failing = judgements.filter((judgement) => !passed(judgement));
  const passing = judgements.filter(passed);
  // Rendered when first wanted: only listed jobs get detail.
  const details = new Map<Judgement, Detail | undefined>();
  const detailOf = (judgement: Judgement): Detail | undefined => {
    if (!details.has(judgement)) details.set(judgement, jobDetail(judgement, options, open));
    return details.get(judgement);
  };

  // Allotted in order of worth, so the totals and the failures always come first: failing rows (each with its
  // reason) take up to half of the budget, so the detail of those listed fits beside them; then more failing
  // rows, if any are left; a passing row only once every failure is listed; then passing detail, last previews.
  const budget = new Budget(BUDGET - bytes(head));
  const firstFailingRows = budget.take(failing, tableRow, budget.left / 2);
  const failingBodies = budget.take(failing.slice(0, firstFailingRows.length), (judgement) => detailBody(detailOf(judgement)));
  const failingRows = [...firstFailingRows, ...budget.take(failing.slice(firstFailingRows.length), tableRow)];
  const listedFailing = failing.slice(0, failingRows.length);
  const passingRows = listedFailing.length === failing.length ? budget.take(passing, tableRow) : [];
  const listedPassing = passing.slice(0, passingRows.length);
  const passingBodies = budget.take(listedPassing, (judgement) => detailBody(detailOf(judgement)));
  const bodies = [...failingBodies, ...passingBodies];
  const withBody = [...listedFailing.slice(0, failingBodies.length), ...listedPassing.slice(0, passingBodies.length)];
  const previews = budget.take(withBody, (judgement) => detailOf(judgement)?.preview() ?? '');

  const described = [...listedFailing, ...listedPassing].filter((judgement) => detailOf(judgement) !== undefined).length;
  const detailed = bodies.filter((body) => body !== '').length;
  const previewable = withBody.filter((judgement) => detailOf(judgement)?.previewable).length;
  const previewed = previews.filter((preview) => preview !== '').length;
  const unit = unitOf(judgements);
  const unlisted = judgements.length - failingRows.length - passingRows.length;
  const cuts = [
    [unlisted, 'not listed'] as const,
    [described - detailed, 'without detail'] as const,
    [previewable - previewed, 'without preview'] as const
  ]
    .filter(([n]) => n > 0)
    .map(([n, what]) => `${grouped(n)} ${n === 1 ? unit : `${unit}s`} ${what}`);
  // Under the totals, not under thousands of rows: a reader learns first that the list is cut, and where the whole is.
  const whole = unlisted > 0 ? ` The \`jobs\` output (past 1 MiB, the file \`jobs-file\` names) lists every ${unit}.` : '';
  const note = cuts.length ? `> ✂️ Cut to stay under GitHub's 1 MiB summary limit: ${cuts.join(', ')}.${whole}\n\n` : '';

  // The preview folds inside its job's block, before the close the body was measured with.
  const blocks = bodies.map((body, i) => (body ? body.slice(0, -DETAILS_CLOSE.length) + (previews[i] ?? '') + DETAILS_CLOSE : ''));
  // One join of every piece: at thousands of rows, a table joined first and then the whole would be two copies of it.
  return [
    top,
    note,
    options.section ?? '',
    TABLE_HEAD,
    ...failingRows,
    more(failing.length - failingRows.length, 'that did not pass'),
    ...passingRows,
    more(passing.length - passingRows.length, 'that passed'),
    '\n',
    ...blocks
  ].join('');
}

/** The table's last row of a cut list. */
function more(n: number, which: string): string {
  return n > 0 ? `| …and ${grouped(n)} more ${which} |\n` : '';
}

/** Totals first: how many passed every check, then how many ended in each state, then gate violations. */
function heading(judgements: Judgement[], stepProblems: string[]): string {
  const passedCount = judgements.filter(passed).length;
  const failing = stepProblems.length > 0 || judgements.some((judgement) => judgement.problems.length > 0);
  const icon = failing ? '❌' : passedCount === judgements.length ? '✅' : '⏳';
  const unit = unitOf(judgements) === 'job' ? 'extract job' : 'document';
  const breakdown: string[] = [];
  if (passedCount < judgements.length) {
    for (const [state, { label }] of Object.entries(LOOKS)) {
      const n = judgements.filter((judgement) => judgement.state === state).length;
      if (n > 0) breakdown.push(`${grouped(n)} ${label}`);
    }
  }
  const gated = judgements.filter((judgement) => judgement.violations.length > 0).length;
  if (gated) breakdown.push(`${plural(gated, 'job')} with gate violations`);
  const second = breakdown.length ? `${breakdown.join(' · ')}\n\n` : '';
  const step = stepProblems.map((problem) => `⛔ ${esc(cut(problem, ERROR_CHARS))}\n\n`).join('');
  const units = `${unit}${judgements.length === 1 ? '' : 's'}`;
  return `## ${icon} ${grouped(passedCount)} of ${grouped(judgements.length)} ${units} passed\n\n${second}${step}`;
}

/** How many documents took an earlier run's result, with no request: what they were checked on. */
function replayLine(judgements: Judgement[]): string {
  const replayed = judgements.filter((judgement) => judgement.source?.replayedFrom);
  if (replayed.length === 0) return '';
  const runs = new Set(replayed.map((judgement) => describeOrigin(judgement.source?.replayedFrom as RunOrigin)));
  const from = runs.size === 1 ? `from ${esc(cut([...runs][0] as string, MESSAGE_CHARS))}` : `from ${runs.size} earlier runs`;
  return `♻️ ${plural(replayed.length, 'document')} replayed ${from} (the baseline's result of the same bytes and configuration): no request, no credits\n\n`;
}

/** Credits billed by the jobs this step created (a reused or replayed job was paid for before), beside the estimate. */
function budgetLine(judgements: Judgement[], budget: SummaryOptions['budget']): string {
  if (!budget) return '';
  const created = judgements.filter((judgement) => judgement.job && !judgement.source?.reused && !judgement.source?.replayedFrom);
  const billed = created
    .map((judgement) => judgement.job?.usage?.credits)
    .filter((credits): credits is number => typeof credits === 'number');
  const unbilled = created.length - billed.length;
  const total = billed.reduce((sum, credits) => sum + credits, 0);
  return (
    `💳 Credits: ${grouped(total)} billed${unbilled ? ` (${plural(unbilled, 'job')} not billed yet)` : ''}; ` +
    `estimated at most ${grouped(budget.estimate)} before the start, within max-credits ${grouped(budget.maxCredits)}` +
    `${total >= budget.maxCredits && total > 0 ? ' · ⚠️ the credits billed reached max-credits' : ''}\n\n`
  );
}

/** One word for the heading's breakdown and an emoji for the table, for each state of the judgement. */
const LOOKS: Record<JobState, { label: string; emoji: string }> = {
  completed: { label: 'completed', emoji: '✅' },
  'no-result': { label: 'without result', emoji: '❌' },
  failed: { label: 'failed', emoji: '❌' },
  cancelled: { label: 'cancelled', emoji: '🚫' },
  'in-progress': { label: 'in progress', emoji: '⏳' },
  'timed-out': { label: 'timed out', emoji: '⏱️' },
  unreadable: { label: 'unreadable', emoji: '⚠️' },
  'not-started': { label: 'not started', emoji: '❌' }
};

/** ✅ only for a job that passed every check: a COMPLETED job that failed one is ❌; a document awaiting its extraction ⏳. */
function emojiOf(judgement: Judgement): string {
  if (judgement.state === 'completed') return passed(judgement) ? '✅' : '❌';
  return judgement.deferred ? '⏳' : LOOKS[judgement.state].emoji;
}

/** The status cell's text: the API's last status, or why there is none. */
function statusOf(judgement: Judgement): string {
  if (judgement.deferred) return 'needs extraction';
  if (judgement.state === 'not-started') return 'not started';
  if (shownState(judgement) === 'replayed') return 'replayed';
  return esc(judgement.status || 'not read');
}

function tableRow(judgement: Judgement): string {
  const { job } = judgement;
  const usage: Usage = job?.usage ?? {};
  const cells = [
    judgement.id ? `<code>${esc(judgement.id)}</code>` : '—',
    `${emojiOf(judgement)} ${statusOf(judgement)}`,
    input(judgement),
    duration(job),
    number(pagesOf(usage)),
    tokens(usage),
    number(usage.credits),
    judgement.resultFile ? `<code>${esc(judgement.resultFile)}</code>` : '—',
    esc(notes(judgement).join('; '))
  ];
  return `| ${cells.join(' | ')} |\n`;
}

/** The document (file mode) above its file ID, or the job's file input. */
function input(judgement: Judgement): string {
  const fileId = judgement.source?.fileId || judgement.job?.fileInput;
  const id = fileId ? esc(cut(fileId, NOTE_CHARS)) : '';
  if (!judgement.source) return id || '—';
  return `<code>${esc(cut(judgement.source.file, NOTE_CHARS))}</code>${id ? `<br>${id}` : ''}`;
}

function notes(judgement: Judgement): string[] {
  const schema = judgement.violations.filter((violation) => violation.gate === 'schema').length;
  const low = judgement.violations.length - schema;
  const notStarted = judgement.state === 'not-started';
  return [
    judgement.source?.reused ? 'an earlier job of this document (reused, or left running by a stopped run): no new credits' : '',
    judgement.source?.replayedFrom ? `replayed from ${describeOrigin(judgement.source.replayedFrom)}: no request, no credits` : '',
    judgement.timedOut ? 'timed out' : '',
    judgement.cancelRequested ? 'cancel requested' : '',
    judgement.error
      ? notStarted
        ? cut(withoutName(judgement.error, judgement), NOTE_CHARS)
        : `read error: ${cut(judgement.error, NOTE_CHARS)}`
      : '',
    judgement.errorMessage ? cut(judgement.errorMessage, NOTE_CHARS) : '',
    judgement.writeError ? `not written: ${cut(judgement.writeError, NOTE_CHARS)}` : '',
    schema ? plural(schema, 'schema violation') : '',
    low ? `${plural(low, 'field')} under min-confidence` : '',
    comparisonNote(judgement.comparison)
  ].filter((note) => note !== '');
}

/**
 * Why a document got no job. Its message starts with its name, which the row shows beside it: a long name
 * would crowd the reason out of the note, so it is left out.
 */
function withoutName(message: string, judgement: Judgement): string {
  const name = `Document ${judgement.source?.file ?? ''}`;
  return name.length > NOTE_CHARS / 2 && message.startsWith(name) ? message.slice(name.length).replace(/^:?\s*/, '') : message;
}

/**
 * The job's collapsible block: `body` opens it, `preview()` (possibly '') goes right before DETAILS_CLOSE. The
 * preview reads the result back from its file: only for a block the summary has room for.
 */
interface Detail {
  body: string;
  previewable: boolean;
  preview: () => string;
}

function jobDetail(judgement: Judgement, { minConfidence, minAccuracy }: SummaryOptions, open: boolean): Detail | undefined {
  const { job } = judgement;
  const completed = judgement.state === 'completed';
  const notStarted = judgement.state === 'not-started';
  const sections = [
    judgement.timedOut ? `⏱️ Stopped waiting at the timeout; the job was ${esc(judgement.status || 'not read yet')}.` : '',
    judgement.cancelRequested ? '🚫 Cancellation was requested for this job.' : '',
    judgement.error ? `**${notStarted ? 'No job' : 'Read error'}:** ${esc(cut(judgement.error, ERROR_CHARS))}` : '',
    judgement.errorMessage ? `**Error:** ${esc(cut(judgement.errorMessage, ERROR_CHARS))}` : '',
    judgement.state === 'no-result' ? 'The job returned no `extract_result`.' : '',
    judgement.writeError ? `**Not written:** ${esc(cut(judgement.writeError, ERROR_CHARS))}` : '',
    violationTable(judgement.violations),
    completed && minConfidence !== undefined ? confidenceLine(judgement, minConfidence) : '',
    judgement.comparison && minAccuracy !== undefined ? comparisonSection(judgement.comparison, minAccuracy) : ''
  ].filter((section) => section !== '');
  const previewable = completed && job?.result !== undefined;
  if (sections.length === 0 && !previewable) return undefined;

  const name = judgement.id || judgement.source?.file || '';
  const summary = `${emojiOf(judgement)} <code>${esc(cut(name, MESSAGE_CHARS))}</code> · ${statusOf(judgement)}`;
  const body = `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${sections.map((section) => `${section}\n\n`).join('')}`;
  let preview: string | undefined;
  return { body, previewable, preview: () => (preview ??= previewable && job ? renderPreview(job) : '') };
}

function detailBody(detail: Detail | undefined): string {
  return detail ? detail.body + DETAILS_CLOSE : '';
}

function violationTable(violations: Violation[]): string {
  if (violations.length === 0) return '';
  const rows = violations
    .slice(0, VIOLATION_ROWS)
    .map(
      (violation) =>
        `| <code>${esc(cut(violation.path || '/', MESSAGE_CHARS))}</code> | ${esc(cut(violation.message, MESSAGE_CHARS))} | ${violation.confidence ?? '—'} |`
    );
  // The blank line ends the table; a plain line right under it would become one more row.
  const more = violations.length > VIOLATION_ROWS ? `\n\n…and ${violations.length - VIOLATION_ROWS} more violations` : '';
  return `| Field | Problem | Confidence |\n| --- | --- | --- |\n${rows.join('\n')}${more}`;
}

function confidenceLine(judgement: Judgement, min: number): string {
  if (!judgement.hasConfidence) {
    return 'ℹ️ This job carried no confidence data: enable `confidence_scores` in the extract configuration to use min-confidence.';
  }
  const low = judgement.violations.filter((violation) => violation.gate === 'confidence').length;
  return low ? `⚠️ ${plural(low, 'field')} below confidence ${min}.` : `All fields at or above confidence ${min}.`;
}

/** A folded look at the result: top-level fields, or for a list of rows its length and the first rows' fields. */
function renderPreview(job: ExtractJob): string {
  const { result } = job;
  if (!result) return '';
  // A result too large to be kept in memory when read is not parsed for a few lines of preview either.
  if (!result.bytes) return `Result: ${mebibytes(result.size)}, too large to preview.\n\n`;
  const value = result.value();
  let label: string;
  let entries: Array<[string, unknown]>;
  if (Array.isArray(value)) {
    label = `${plural(value.length, 'row')}${value.length > PREVIEW_ROWS ? `, first ${PREVIEW_ROWS} shown` : ''}`;
    entries = value
      .slice(0, PREVIEW_ROWS)
      .flatMap((row, i): Array<[string, unknown]> =>
        isObject(row) ? Object.entries(row).map(([key, field]) => [`[${i}].${key}`, field]) : [[`[${i}]`, row]]
      );
  } else if (isObject(value)) {
    entries = Object.entries(value);
    label = plural(entries.length, 'field');
  } else {
    entries = [['(result)', value]];
    label = 'a single value';
  }
  if (entries.length === 0) return `Result: ${label}.\n\n`;
  const rows = entries
    .slice(0, PREVIEW_FIELDS)
    .map(([key, field]) => `| <code>${esc(cut(key, VALUE_CHARS))}</code> | ${valueCell(field, VALUE_CHARS)} |\n`);
  const more = entries.length > PREVIEW_FIELDS ? `\n…and ${entries.length - PREVIEW_FIELDS} more\n` : '';
  return `<details><summary>Result preview: ${label}</summary>\n\n| Field | Value |\n| --- | --- |\n${rows.join('')}${more}\n</details>\n\n`;
}

function duration(job: ExtractJob | undefined): string {
  const ms = elapsedMs(job?.createdAt, job?.updatedAt);
  return ms === undefined ? '—' : formatDuration(ms);
}

/** Document plus output tokens; one side alone is labelled rather than summed with an invented 0. */
function tokens(usage: Usage): string {
  const input: number | undefined = usage.num_document_tokens;
  const output: number | undefined = usage.num_output_tokens;
  if (input !== undefined && output !== undefined) return number(input + output);
  if (input !== undefined) return `${number(input)} in`;
  if (output !== undefined) return `${number(output)} out`;
  return '—';
}

/** Absent means unknown, shown as a dash, never as 0. */
function number(value: number | undefined): string {
  return typeof value === 'number' && Number.isFinite(value) ? grouped(value) : '—';
}

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

// --- Comparison with expected results (the `expected` input).

const MISMATCH_ROWS = 50;

/** The line under the heading: documents compared, mean accuracy, fields matched of all. */
function comparisonOverall(judgements: Judgement[], minAccuracy: number | undefined): string {
  if (minAccuracy === undefined) return '';
  const findings = judgements.map((judgement) => judgement.comparison);
  const compared = overall(findings);
  const { below, withoutExpected, written } = tally(findings, minAccuracy);
  const parts = compared
    ? [
        `${plural(compared.documents, 'document')} compared`,
        `mean accuracy ${formatAccuracy(compared.accuracy)}`,
        `${compared.matched} of ${plural(compared.fields, 'field')} matched`
      ]
    : ['no document compared'];
  const metric = findings.find((finding) => finding?.comparison)?.metric;
  if (below) parts.push(`${below} below min-accuracy ${minAccuracy}${metric === 'f1' ? ' (on F1)' : ''}`);
  if (withoutExpected) parts.push(`${withoutExpected} without an expected result`);
  if (written) parts.push(`${plural(written, 'expected file')} written`);
  if (compared) parts.push(`mean ${metricsLine(compared)}`);
  return `**Expected results:** ${parts.join(' · ')}\n\n`;
}

function comparisonNote(finding: ComparisonFinding | undefined): string {
  if (!finding) return '';
  const end = endOf(finding);
  switch (end.kind) {
    case 'written':
      return 'expected file written';
    case 'not-written':
      return 'expected file not written';
    case 'without-expected':
      return 'no expected result';
    case 'compared':
      return gatedScore(finding, end.comparison);
  }
}

function comparisonSection(finding: ComparisonFinding, minAccuracy: number): string {
  const file = `<code>${esc(cut(finding.expectedFile, MESSAGE_CHARS))}</code>`;
  const end = endOf(finding);
  if (end.kind === 'written') return `📝 Written as the expected result: ${file}.`;
  if (end.kind === 'not-written') return `**Expected file not written:** ${esc(cut(end.error, ERROR_CHARS))}`;
  if (end.kind === 'without-expected') return `ℹ️ No expected result at ${file}: not compared.`;
  const { comparison } = end;
  const pass = !isBelow(finding, minAccuracy);
  const counts = `${comparison.matched} of ${plural(fieldCount(comparison), 'field')} matched; ${comparison.wrong} wrong, ${comparison.missing} missing, ${comparison.extra} extra`;
  const verdict = pass ? '' : `, ${finding.metric === 'f1' ? 'F1 ' : ''}below min-accuracy ${minAccuracy}`;
  const line = `${pass ? '✅' : '❌'} Compared with ${file}: accuracy ${formatAccuracy(comparison.accuracy)} (${counts})${verdict}. ${metricsLine(comparison, 'Precision')}.`;
  const greedy = comparison.approximated.map(
    ({ path, gap }) =>
      `\n\nℹ️ <code>${esc(shortPath(path))}</code>: too many rows differ for an optimal matching, so its rows were matched greedily on distinctive values; ` +
      (gap === 0 ? 'this matching is optimal.' : `an optimal matching could match at most ${plural(gap, 'field')} more.`)
  );
  if (comparison.mismatches.length === 0) return line + greedy.join('');
  const rows = comparison.mismatches
    .slice(0, MISMATCH_ROWS)
    .map((mismatch) => fieldRow(mismatch.path, mismatch.expected, mismatch.got, mismatch.kind, VALUE_CHARS));
  const more = comparison.mismatches.length > MISMATCH_ROWS ? `\n\n…and ${comparison.mismatches.length - MISMATCH_ROWS} more` : '';
  return `${line}${greedy.join('')}\n\n| Field | Expected | Got | Kind |\n| --- | --- | --- | --- |\n${rows.join('\n')}${more}`;
}
