// API text is cut to a readable bound wherever it is shown or set as an output: this is the one cut.

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
