// Text for the job summary and the pull-request comment: numbers and counts in words, text cut to a bound,
// and escaping for whatever came from the API or a document.

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

export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1; // keep surrogate pairs whole
  return `${text.slice(0, end)}…`;
}

// Everything from the API goes through esc: entities keep it from breaking table cells (|, newlines)
// or becoming HTML, code spans, emphasis, strike-through or links (`[` alone is enough to stop a link).
const UNSAFE = /\r\n|[\r\n&<>|`*_[\\~]/g;

export function esc(text: string): string {
  return text.replace(UNSAFE, (c) => (c.endsWith('\n') || c === '\r' ? '<br>' : `&#${c.charCodeAt(0)};`));
}
