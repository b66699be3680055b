// Words for the job summary, the pull-request comment and the log: numbers, counts and sizes as people read
// them; and escaping for whatever came from the API or a document before it goes into Markdown.

/** `1,234.5`: en-US grouping, at most 3 decimals, written out here because the first toLocaleString loads ICU (~20 ms). */
export function grouped(value: number): string {
  const rounded = Number.isInteger(value) ? value : Math.round(value * 1000) / 1000;
  // BigInt spells out every integer digit, where String(1e21) would give an exponent.
  const [whole = '', fraction] = Number.isInteger(rounded) ? [BigInt(Math.abs(rounded)).toString()] : String(Math.abs(rounded)).split('.');
  return `${rounded < 0 ? '-' : ''}${whole.replace(/\B(?=(\d{3})+$)/g, ',')}${fraction ? `.${fraction}` : ''}`;
}

export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** 0.85, not the 0.8500000000000001 a sum or a mean of floats can give. */
export function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

const KIB = 1024;
const MIB = 1024 * KIB;

/** `1.2 MiB`. */
export function mebibytes(bytes: number): string {
  return `${(bytes / MIB).toFixed(1)} MiB`;
}

/** `3.0 KiB` under 1 MiB, else `1.2 MiB`. */
export function fileSize(bytes: number): string {
  return bytes < MIB ? `${(bytes / KIB).toFixed(1)} KiB` : mebibytes(bytes);
}

// Everything from the API goes through esc: entities keep it from breaking table cells (|, newlines)
// or becoming HTML, code spans, emphasis, strike-through or links (`[` alone is enough to stop a link).
const UNSAFE = /\r\n|[\r\n&<>|`*_[\\~]/g;

export function esc(text: string): string {
  return text.replace(UNSAFE, (c) => (c.endsWith('\n') || c === '\r' ? '<br>' : `&#${c.charCodeAt(0)};`));
}
