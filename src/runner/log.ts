// Every line this action writes to the log goes through here, because most carry text from the API or
// from documents (statuses, error messages, IDs, field paths, file names) and the runner acts on any line
// that starts with `::` (after leading whitespace). Each message is made one line: CR, LF and the other
// line breaks become a visible `⏎`, so API text can never start a line; `##[` (the runner's older
// command syntax, honoured anywhere in a line) is broken up; and a line is cut to a bound. @actions/core
// escapes annotation messages itself but not `info` lines, so the same rule applies to both.
import * as core from '@actions/core';
import { bound, TEXT_BOUND_BYTES } from '../lib/bound.js';
import { plural } from '../lib/markdown.js';
import { redact } from './redact.js';

/** One log line: a message of ours around a few pieces of bounded API text. */
const LINE_BOUND_BYTES = 4 * TEXT_BOUND_BYTES;

// \r\n, \r, \n, and what .NET and JavaScript also treat as line ends (VT, FF, NEL, LS, PS).
const LINE_BREAKS = /\r\n|[\r\n\v\f\u0085\u2028\u2029]/g;

/** `message` as one safe line: redacted, line breaks shown as ⏎, `##[` broken up, never starting with `::`. */
function safeLine(message: string): string {
  const line = bound(redact(message), LINE_BOUND_BYTES).replace(LINE_BREAKS, ' ⏎ ').replace(/##\[/g, '#\u200b#[');
  return /^\s*::/.test(line) ? `\u203a ${line}` : line;
}

export const info = (message: string): void => core.info(safeLine(message));

// GitHub lists at most 10 annotations of each kind per step and drops the rest without a word: past that,
// a problem is a plain line looking as the run page shows an annotation, and countNotAnnotated says how many.
const ANNOTATIONS_PER_KIND = 10;
const KINDS = { error: 'Error', warning: 'Warning', notice: 'Notice' } as const;
type Kind = keyof typeof KINDS;
const annotated: Record<Kind, number> = { error: 0, warning: 0, notice: 0 };
const notAnnotated: Record<Kind, number> = { error: 0, warning: 0, notice: 0 };

function annotate(kind: Kind, message: string): void {
  // One error place is kept for the step's failure, the annotation that must always be listed.
  const places = kind === 'error' ? ANNOTATIONS_PER_KIND - 1 : ANNOTATIONS_PER_KIND;
  if (annotated[kind] < places) {
    annotated[kind]++;
    core[kind](safeLine(message));
    return;
  }
  notAnnotated[kind]++;
  core.info(`${KINDS[kind]}: ${safeLine(message)}`);
}

export const warning = (message: string): void => annotate('warning', message);
export const error = (message: string): void => annotate('error', message);
export const notice = (message: string): void => annotate('notice', message);
export const setFailed = (message: string): void => {
  annotated.error++;
  core.setFailed(safeLine(message));
};

/** One line counting the problems written as plain lines since the last count, when there are any. */
export function countNotAnnotated(): void {
  const counts = (Object.keys(KINDS) as Kind[]).filter((kind) => notAnnotated[kind] > 0).map((kind) => plural(notAnnotated[kind], kind));
  if (counts.length === 0) return;
  for (const kind of Object.keys(KINDS) as Kind[]) notAnnotated[kind] = 0;
  core.info(
    `${counts.join(' and ')} above are plain lines, not annotations: GitHub lists at most ${ANNOTATIONS_PER_KIND} of each kind per step.`
  );
}

export const startGroup = (title: string): void => core.startGroup(safeLine(title));
export const endGroup = (): void => core.endGroup();
/** A stack trace keeps its lines: `::debug::` escapes line breaks itself, so they cannot start a line. */
export const debug = (message: string): void => core.debug(bound(redact(message), LINE_BOUND_BYTES));
