// The pull-request comment: the verdict and the totals, then the change against the baseline (regressions
// first), then per document a folded section, failing documents first. Whatever the run's size it stays under
// GitHub's 65,536-character limit, cutting the detail with a link to the job summary. Untrusted text goes
// through the summary's escaping.
import { fieldCount, fieldRow, formatAccuracy } from '../compare/describe.js';
import type { Judgement } from '../judge/judgement.js';
import type { BaselineDiff } from './baseline-diff.js';
import { renderBaseline } from './baseline-summary.js';
import { verdictOf, type RunReport } from '../report/run-report.js';
import { cut, leadingWithin } from '../lib/bound.js';
import { plural, esc, tidy } from '../lib/markdown.js';

/** GitHub refuses a comment body longer than this many characters. */
const COMMENT_LIMIT = 65_536;
/** Room under the limit for the cut note, counted in UTF-16 units (never fewer than GitHub's characters). */
const BUDGET = COMMENT_LIMIT - 1_536;
/** The change against the baseline takes at most this share, so documents always get room. */
const BASELINE_SHARE = 0.4;
/** The most the comment shows of each piece (rows, problems, characters); the job summary has the rest. */
const SHOWN = { mismatchRows: 10, problems: 5, nameChars: 120, textChars: 300, valueChars: 60 };

/** The run as its report sums it up: the step's verdict, its totals and its own problems. */
export type RunSummary = Pick<RunReport, 'verdict' | 'totals' | 'problems'>;

interface CommentContext {
  key: string;
  run: RunSummary;
  /** The run's page (its job summary). */
  runUrl?: string;
}

/** The hidden first line by which a later run finds this comment again. */
export function marker(key: string): string {
  return `<!-- llamacloud-extract-action comment-key=${key} -->`;
}

export function renderComment(judgements: Judgement[], diff: BaselineDiff | undefined, context: CommentContext): string {
  const documents = judgements.map((judgement) => ({ judgement, verdict: verdictOf(judgement) }));
  const head = `${marker(context.key)}\n${headline(context.run)}`;
  let left = BUDGET - head.length;
  const where = context.runUrl ? `the [job summary](${context.runUrl})` : 'the job summary';
  const baseline = diff
    ? renderBaseline(
        diff,
        Math.floor(Math.min(left, BUDGET * BASELINE_SHARE)),
        (n) => `> ✂️ ${plural(n, 'more document')} changed: ${where} has every one.\n\n`
      )
    : '';
  // The baseline section was rendered within its share of bytes, which is never fewer than its characters.
  left -= baseline.length;
  const order = [...documents.filter((d) => d.verdict === 'fail'), ...documents.filter((d) => d.verdict !== 'fail')];
  const blocks = leadingWithin(
    order,
    ({ judgement, verdict }) => documentBlock(judgement, verdict),
    left,
    (block) => block.length
  );
  const rest = order.length - blocks.length;
  const note =
    rest > 0 ? `> ✂️ ${plural(rest, 'document')} not shown, to stay under GitHub's comment limit: ${where} has every one.\n` : '';
  const title = blocks.length > 0 ? '### Documents\n\n' : '';
  return `${head}${baseline}${title}${blocks.join('')}${note}`;
}

function headline({ verdict, totals, problems }: RunSummary): string {
  const icon = { pass: '✅', fail: '❌', pending: '⏳' }[verdict];
  const said = { pass: 'passed', fail: 'failed', pending: 'pending' }[verdict];
  const what =
    totals.failed > 0 ? `${totals.failed} of ${plural(totals.documents, 'document')} failed` : plural(totals.documents, 'document');
  const parts = [`${totals.passed} passed`];
  if (totals.failed) parts.push(`${totals.failed} failed`);
  // Pending: a job still running (wait: false), or a document awaiting its extraction (a fork's run, without a key).
  if (totals.pending) parts.push(`${totals.pending} pending`);
  if (totals.accuracy !== null) parts.push(`mean accuracy ${formatAccuracy(totals.accuracy)} over ${plural(totals.compared, 'document')}`);
  parts.push(totals.credits === null ? 'no credits reported' : `${tidy(totals.credits)} credits used`);
  if (totals.reused) parts.push(`${plural(totals.reused, 'document')} reused (no new credits)`);
  const step = problems.map((message) => `⛔ ${esc(cut(message, SHOWN.textChars))}\n\n`).join('');
  return `## ${icon} LlamaCloud Extract ${said}: ${what}\n\n${parts.join(' · ')}\n\n${step}`;
}

const ICONS = { pass: '✅', fail: '❌', pending: '⏳' } as const;

function documentBlock(judgement: Judgement, verdict: keyof typeof ICONS): string {
  const name = judgement.source?.file ?? judgement.id;
  const comparison = judgement.comparison?.comparison;
  const facts = [
    judgement.deferred ? 'needs extraction' : judgement.status || 'not read',
    comparison ? `accuracy ${formatAccuracy(comparison.accuracy)}` : '',
    judgement.source?.reused ? 'reused' : '',
    judgement.source?.replayedFrom ? 'replayed' : ''
  ].filter(Boolean);
  const summary = `${ICONS[verdict]} <code>${esc(cut(name, SHOWN.nameChars))}</code> · ${esc(facts.join(' · '))}`;
  const problems = judgement.problems
    .slice(0, SHOWN.problems)
    .map((problem) => `- ${esc(cut(problem.message, SHOWN.textChars))}\n`)
    .join('');
  const moreProblems = judgement.problems.length > SHOWN.problems ? `- …and ${judgement.problems.length - SHOWN.problems} more\n` : '';
  const rows = (comparison?.mismatches ?? [])
    .slice(0, SHOWN.mismatchRows)
    .map((mismatch) => `${fieldRow(mismatch.path, mismatch.expected, mismatch.got, mismatch.kind, SHOWN.valueChars)}\n`);
  const table = rows.length
    ? `\n| Field | Expected | Got | Kind |\n| --- | --- | --- | --- |\n${rows.join('')}${comparison && comparison.mismatches.length > SHOWN.mismatchRows ? `\n…and ${comparison.mismatches.length - SHOWN.mismatchRows} more of ${fieldCount(comparison)} fields\n` : ''}`
    : '';
  const body = problems + moreProblems + table;
  if (body === '') return `${summary}\n\n`;
  return `<details><summary>${summary}</summary>\n\n${body}\n</details>\n\n`;
}
