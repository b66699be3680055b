// Text from outside (the API, documents, errors) is cut and folded here before it is shown: by UTF-8 bytes
// with a note where a reader needs the whole length (the log, the outputs), by characters with an ellipsis
// where a fixed width matters (a table cell, a name inside a message); and a list of rendered pieces is cut
// between its pieces to fit a limit (the summary, the comment).

/** Longest text from the API shown or set as an output in one piece; longer text is cut, saying so. */
export const TEXT_BOUND_BYTES = 4096;
/** A field path inside a message: short enough that the message's reason after it survives the message's own cut. */
export const PATH_BOUND_BYTES = 256;
/** One message of ours around a bounded piece of API text. */
export const MESSAGE_BOUND_BYTES = TEXT_BOUND_BYTES + 1024;

/** `text` cut to at most `maxBytes` of UTF-8 (whole characters), ending with a note saying how much was cut. */
export function bound(text: string, maxBytes = TEXT_BOUND_BYTES): string {
  const size = Buffer.byteLength(text);
  if (size <= maxBytes) return text;
  const note = ` … [cut: ${size} bytes in all]`;
  const keep = Buffer.from(text).subarray(0, Math.max(0, maxBytes - Buffer.byteLength(note)));
  // A cut in the middle of a character decodes to U+FFFD; drop it.
  return `${keep.toString('utf8').replace(/\uFFFD$/, '')}${note}`;
}

/**
 * The leading pieces of a list, rendered one at a time, whose sizes (UTF-8 bytes unless `sizeOf` says) add up
 * to at most `room`: a list is cut between its pieces, at the first that does not fit, and a piece is rendered
 * only if every one before it fitted.
 */
export function leadingWithin<T>(
  items: readonly T[],
  render: (item: T) => string,
  room: number,
  sizeOf = (text: string): number => Buffer.byteLength(text)
): string[] {
  const taken: string[] = [];
  let used = 0;
  for (const item of items) {
    const text = render(item);
    const size = sizeOf(text);
    if (used + size > room) break;
    used += size;
    taken.push(text);
  }
  return taken;
}

/** `text` cut to at most `maxChars` UTF-16 units, the last of them `…` when cut. */
export function cut(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  let end = maxChars - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1; // keep surrogate pairs whole
  return `${text.slice(0, end)}…`;
}

// eslint-disable-next-line no-control-regex -- control characters are what is matched
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

/** `text` with each control character (line breaks, tabs, escapes, NUL) as `replacement`. */
export function replaceControls(text: string, replacement: string): string {
  return text.replace(CONTROL_CHARACTERS, replacement);
}

/** One line of words: control characters and runs of white space as one space, trimmed. */
export function squash(text: string): string {
  return replaceControls(text, ' ').replace(/\s+/g, ' ').trim();
}
