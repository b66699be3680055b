// Every line this action writes to the log goes through here, because most carry text from the API or
// from documents (statuses, error messages, IDs, field paths, file names) and the runner acts on any line
// that starts with `::` (after leading whitespace). Each message is made one line: CR, LF and the other
// line breaks become a visible `⏎`, so API text can never start a line; `##[` (the runner's older
// command syntax, honoured anywhere in a line) is broken up; and a line is cut to a bound. @actions/core
// escapes annotation messages itself but not `info` lines, so the same rule applies to both.
import * as core from '@actions/core';
import { bound, TEXT_BOUND_BYTES } from '../lib/bound.js';
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
export const warning = (message: string): void => core.warning(safeLine(message));
export const error = (message: string): void => core.error(safeLine(message));
export const notice = (message: string): void => core.notice(safeLine(message));
export const setFailed = (message: string): void => core.setFailed(safeLine(message));
export const startGroup = (title: string): void => core.startGroup(safeLine(title));
export const endGroup = (): void => core.endGroup();
/** A stack trace keeps its lines: `::debug::` escapes line breaks itself, so they cannot start a line. */
export const debug = (message: string): void => core.debug(bound(redact(message), LINE_BOUND_BYTES));
