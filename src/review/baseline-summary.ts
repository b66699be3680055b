// The change against the baseline in Markdown, for the job summary and the pull-request comment: totals then
// and now, then per document (regressions first) a folded table of its fields. Untrusted text goes through the
// summary's escaping; the whole stays within the byte budget it is given, cutting documents with a note.
import { fieldRow, formatAccuracy, valueCell } from '../compare/describe.js';
import type { BaselineDiff, DocumentChange, FieldChange } from './baseline-diff.js';
import { cut, leadingWithin } from '../lib/bound.js';
import { plural, esc, tidy } from '../lib/markdown.js';

const VALUE_CHARS = 80;
const NAME_CHARS = 120;
const FIELD_ROWS = 30;

interface BaselineRender {
  /** The headline and the totals table: always shown. */
  head: string;
  /** One folded block per document, in the diff's order. */
  blocks: string[];
}

/** The section within `budget` bytes; `cutNote` says where the rest is when documents are left out. */
export function renderBaseline(diff: BaselineDiff, budget: number, cutNote: (left: number) => string): string {
  const { head, blocks } = baselineParts(diff);
  // Room is kept for the note that may follow.
  const kept = leadingWithin(blocks, (block) => block, budget - bytes(head) - 512);
  const rest = blocks.length - kept.length;
  return `${head}${kept.join('')}${rest > 0 ? cutNote(rest) : ''}`;
}

function baselineParts(diff: BaselineDiff): BaselineRender {
  const since = `${diff.commit ? `commit <code>${esc(cut(diff.commit, 12))}</code>, ` : ''}${esc(cut(diff.createdAt, 30))}`;
  if (diff.mode === 'drift') {
    const head =
      `### 🔀 What this change does to the extracted data\n\n` +
      `Each result against the baseline's result of the same document (${since}), field by field; no expected files are involved.\n\n` +
      `${changedLine(diff)}\n\n${totalsTable(diff, false)}`;
    return { head, blocks: diff.documents.map(driftBlock) };
  }
  const headline =
    diff.regressed > 0
      ? `🔻 **${plural(diff.regressed, 'field')} regressed** (matched the expected value in the baseline, not now)`
      : '✅ No field regressed';
  const fixed = diff.fixed > 0 ? ` · 🟢 ${plural(diff.fixed, 'field')} fixed` : '';
  const head = `### 📊 Against the baseline\n\nBaseline: ${since}.\n\n${headline}${fixed}\n\n${totalsTable(diff, true)}`;
  return { head, blocks: diff.documents.map(expectedBlock) };
}

function changedLine(diff: BaselineDiff): string {
  const changedDocuments = diff.documents.filter((change) => change.changed.length > 0).length;
  const parts = [
    changedDocuments === 0
      ? 'No extracted value changed'
      : `${plural(diff.changed, 'field')} changed in ${plural(changedDocuments, 'document')}`
  ];
  if (diff.added) parts.push(`${plural(diff.added, 'new document')}`);
  if (diff.gone) parts.push(`${plural(diff.gone, 'document')} gone`);
  return parts.join(' · ');
}

function totalsTable(diff: BaselineDiff, expected: boolean): string {
  const { then, now } = diff;
  const rows = [
    ['Documents', String(then.documents), String(now.documents), `${diff.added} new, ${diff.gone} gone`],
    ['Passed', String(then.passed), String(now.passed), signed(now.passed - then.passed, 0)]
  ];
  if (expected) {
    rows.push([
      'Mean accuracy',
      accuracy(then.accuracy),
      accuracy(now.accuracy),
      then.accuracy === null || now.accuracy === null ? '—' : signed(now.accuracy - then.accuracy, 4)
    ]);
    rows.push(['Fields regressed · fixed', '', `${diff.regressed} · ${diff.fixed}`, '']);
  }
  rows.push([
    'Credits',
    credits(then.credits),
    credits(now.credits),
    then.credits === null || now.credits === null ? '—' : signed(now.credits - then.credits, 3)
  ]);
  rows.push(['Documents reused (no new credits)', String(then.reused), String(now.reused), '']);
  return `| | Baseline | Now | Change |\n| --- | --- | --- | --- |\n${rows.map((row) => `| ${row.join(' | ')} |\n`).join('')}\n`;
}

function expectedBlock(change: DocumentChange): string {
  const name = `<code>${esc(cut(change.key, NAME_CHARS))}</code>`;
  if (change.presence !== 'both') {
    const what = change.presence === 'new' ? `🆕 ${name}: new since the baseline` : `➖ ${name}: gone since the baseline`;
    return `${what}, accuracy ${accuracy(change.presence === 'new' ? change.accuracyNow : change.accuracyThen)}\n\n`;
  }
  const icon = change.regressed.length > 0 ? '🔻' : change.fixed.length > 0 ? '🟢' : '↔️';
  const counts = [
    change.regressed.length ? `${change.regressed.length} regressed` : '',
    change.fixed.length ? `${change.fixed.length} fixed` : ''
  ].filter(Boolean);
  const summary = `${icon} ${name}: accuracy ${accuracy(change.accuracyThen)} → ${accuracy(change.accuracyNow)}${counts.length ? ` (${counts.join(', ')})` : ''}`;
  const rows = [
    ...change.regressed.map((field) => changeRow(field, 'regressed')),
    ...change.fixed.map((field) => changeRow(field, 'fixed'))
  ];
  return folded(summary, '| Field | Expected | Now | Change |\n| --- | --- | --- | --- |\n', rows);
}

function driftBlock(change: DocumentChange): string {
  const name = `<code>${esc(cut(change.key, NAME_CHARS))}</code>`;
  if (change.presence === 'new') return `🆕 ${name}: new since the baseline\n\n`;
  if (change.presence === 'gone') return `➖ ${name}: gone since the baseline\n\n`;
  const summary = `🔀 ${name}: ${plural(change.changed.length, 'field')} changed (${accuracy(change.accuracyNow)} of the baseline's fields the same)`;
  const words = { wrong: 'changed', missing: 'gone', extra: 'new' } as const;
  const rows = change.changed.map(
    (mismatch) => `${fieldRow(mismatch.path, mismatch.expected, mismatch.got, words[mismatch.kind], VALUE_CHARS)}\n`
  );
  return folded(summary, '| Field | Baseline | Now | Change |\n| --- | --- | --- | --- |\n', rows);
}

function folded(summary: string, tableHead: string, rows: string[]): string {
  const more = rows.length > FIELD_ROWS ? `\n…and ${rows.length - FIELD_ROWS} more\n` : '';
  return `<details><summary>${summary}</summary>\n\n${tableHead}${rows.slice(0, FIELD_ROWS).join('')}${more}\n</details>\n\n`;
}

function changeRow(field: FieldChange, change: 'regressed' | 'fixed'): string {
  const note = field.outcome === 'matched' ? `fixed (was ${valueCell(field.was, VALUE_CHARS)})` : `${change}: ${field.outcome}`;
  return `${fieldRow(field.path, field.then, field.now, note, VALUE_CHARS)}\n`;
}

function accuracy(value: number | null): string {
  return value === null ? '—' : formatAccuracy(value);
}

function credits(value: number | null): string {
  return value === null ? '—' : String(tidy(value));
}

function signed(value: number, digits: number): string {
  const rounded = Number(value.toFixed(digits));
  return rounded > 0 ? `+${rounded}` : rounded === 0 ? '±0' : String(rounded);
}

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
