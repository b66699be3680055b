// When two leaf values count as the same: the normalisation the README's "Comparing with expected results" explains.
// Strings are trimmed with inner whitespace collapsed and put in Unicode's composed form (NFC); a number and a
// numeric string compare as exact decimals (never through a double); dates in common written forms compare as
// dates, an ambiguous one (02/01/2025) only as written unless a rule sets the order. Everything else must be equal.
import { ExactNumber, OneOf, type LeafValue, type Scalar } from './values.js';

export { isScalar, type Scalar } from './values.js';

/** Absolute (`0.01`) or relative to the expected value (`1%`). */
export type Tolerance = { absolute: number } | { relative: number };

/** How to read a date whose first two numbers could each be the month (02/01/2025). */
export type DateOrder = 'day-first' | 'month-first';

/** What a rule file can change about how one field compares. */
export interface MatchOptions {
  caseInsensitive: boolean;
  tolerance?: Tolerance;
  /** Values accepted besides the expected one. */
  anyOf?: readonly Scalar[];
  dateOrder?: DateOrder;
  /** Text matches when its normalised edit distance leaves at least this much in common (0 to 1). */
  similarity?: number;
}

// `1234.5`, `-3`, `1,234.50`: thousands commas in groups of three. No leading zeros, so `"01234"` (a postcode,
// an account number) stays text and never equals 1234.
const NUMERIC = /^[+-]?(?:0|[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*)(?:\.\d+)?$/;

/** The number's source text (commas dropped), or undefined for a value that is not a number. */
function numberText(value: Scalar): string | undefined {
  if (typeof value === 'number') return String(value);
  if (value instanceof ExactNumber) return value.text;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return NUMERIC.test(text) ? text.replace(/,/g, '') : undefined;
}

/**
 * One text per decimal value, whatever the notation: `1000`, `1e3`, `1000.0` are `1000`; `0.5`, `5e-1` are
 * `5e-1`. Integers of up to 21 digits are written out, as String() writes a safe integer, so those skip the work.
 */
function decimalOf(value: Scalar): string | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value === 0 ? 0 : value);
  const text = numberText(value);
  if (text === undefined) return undefined;
  const parts = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!parts) return undefined;
  const [, sign, whole = '', fraction = '', exponentText = '0'] = parts;
  let digits = (whole + fraction).replace(/^0+/, '');
  if (digits === '') return '0';
  const trailing = digits.length - digits.replace(/0+$/, '').length;
  digits = digits.slice(0, digits.length - trailing);
  // A long exponent (1e99999999999999999999) is still exact as a bigint.
  const exponent =
    exponentText.length > 15
      ? (BigInt(exponentText) + BigInt(trailing - fraction.length)).toString()
      : String(Number(exponentText) + trailing - fraction.length);
  const negative = sign === '-' ? '-' : '';
  const zeros = Number(exponent);
  if (zeros >= 0 && digits.length + zeros <= 21) return negative + digits + '0'.repeat(zeros);
  return `${negative}${digits}e${exponent}`;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH_NAME = '([A-Za-z]{3,9})\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
/** `Mon, `, `Monday `: checked against the date it stands before. */
const WEEKDAY = '(?:([A-Za-z]{3,9})\\.?,? )?';
/** Two-digit years: 00–68 are 2000–2068, 69–99 are 1969–1999 (the POSIX pivot, as strptime's %y). */
const PIVOT_YEAR = 69;

const DATE_START = /^\d{1,4}[-/.]|\d{4}$/;
const YEAR_FIRST = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/; // 2024-03-15, 2024/03/15
const YEAR_LAST = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})$/; // 15.03.2024, 03/15/2024, 12-31-25
const DAY_MONTH = new RegExp(`^${WEEKDAY}${DAY} ${MONTH_NAME},? (\\d{4})$`); // 15 March 2024, Mon, 15 Mar 2024
const MONTH_DAY = new RegExp(`^${WEEKDAY}${MONTH_NAME} ${DAY},? (\\d{4})$`); // March 15, 2024, Friday, March 15, 2024
// 2024-03-15T10:30:00Z, 2024-03-15 10:30:00.5+02:00, 2024-03-15T10:30
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(?: ?([Zz]|[+-]\d{2}:?\d{2}))?$/;

/**
 * What a date reads as, as a key equal for two texts of one date: `d2024-03-15`; a date-time `t2024-03-15T10:30:00`
 * (with a zone: in UTC, ending in Z); an ambiguous date without a `date-order` `a2/1/2025` (as written, separators
 * and leading zeros aside). Undefined for anything else, or a date that is not on the calendar.
 */
function dateKey(text: string, order?: DateOrder): string | undefined {
  if (text.length > 48) return undefined;
  const trimmed = text.trim().replace(/\s+/g, ' ');
  // Every form starts with 1 to 4 digits and a separator, or ends with a 4-digit year.
  if (!DATE_START.test(trimmed)) return undefined;
  let match = YEAR_FIRST.exec(trimmed);
  if (match) return isoKey(Number(match[1]), Number(match[3]), Number(match[4]));
  match = YEAR_LAST.exec(trimmed);
  if (match) {
    const [first, second, yearText] = [Number(match[1]), Number(match[3]), match[4] ?? ''];
    const year = yearText.length === 2 ? Number(yearText) + (Number(yearText) < PIVOT_YEAR ? 2000 : 1900) : Number(yearText);
    // Only a number over 12, or the same number twice, says which is the month; else the rule does, or nothing.
    if (first > 12 || (second <= 12 && (first === second || order === 'day-first'))) return isoKey(year, second, first);
    if (second > 12 || order === 'month-first') return isoKey(year, first, second);
    return first >= 1 && second >= 1 ? `a${first}/${second}/${year}` : undefined;
  }
  match = DAY_MONTH.exec(trimmed);
  if (match) return isoKey(Number(match[4]), monthNumber(match[3] ?? ''), Number(match[2]), match[1]);
  match = MONTH_DAY.exec(trimmed);
  if (match) return isoKey(Number(match[4]), monthNumber(match[2] ?? ''), Number(match[3]), match[1]);
  match = DATE_TIME.exec(trimmed);
  if (match) return dateTimeKey(match);
  return undefined;
}

function isoKey(year: number, month: number | undefined, day: number, weekday?: string): string | undefined {
  if (month === undefined || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  if (weekday !== undefined) {
    const named = WEEKDAYS.findIndex((name) => name.startsWith(weekday.toLowerCase()) && weekday.length >= 3);
    if (named !== new Date(Date.UTC(year, month - 1, day)).getUTCDay()) return undefined;
  }
  return `d${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function dateTimeKey(match: RegExpExecArray): string | undefined {
  const part = (group: number): number => Number(match[group] ?? 0);
  const [year, month, day, hour, minute, second] = [part(1), part(2), part(3), part(4), part(5), part(6)];
  const fraction = (match[7] ?? '').replace(/\.?0+$/, '');
  const zone = match[8];
  if (isoKey(year, month, day) === undefined || hour > 23 || minute > 59 || second > 59) return undefined;
  let instant = Date.UTC(year, month - 1, day, hour, minute, second);
  if (zone && zone.toUpperCase() !== 'Z') {
    const offset = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
    const minutes = Number(offset?.[2]) * 60 + Number(offset?.[3]);
    instant -= (offset?.[1] === '-' ? -1 : 1) * minutes * 60_000;
  }
  return `t${new Date(instant).toISOString().slice(0, 19)}${fraction}${zone ? 'Z' : ''}`;
}

/** `Mar`, `March`, `Sept` (any case): 1 to 12; anything else: undefined. */
function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase();
  const index = MONTHS.findIndex((month) => month.startsWith(lower.slice(0, 3)));
  if (index < 0 || lower.length < 3) return undefined;
  return MONTHS[index]?.startsWith(lower) ? index + 1 : undefined;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A character outside printable ASCII: only such text needs composing and full case folding. */
const NOT_PLAIN = /[^ -~]/;

/** Trimmed, inner whitespace collapsed, composed (NFC); with `caseInsensitive`, case folded the Unicode way. */
function normalText(text: string, caseInsensitive: boolean): string {
  const collapsed = text.trim().replace(/\s+/g, ' ');
  if (!NOT_PLAIN.test(collapsed)) return caseInsensitive ? collapsed.toLowerCase() : collapsed;
  const composed = collapsed.normalize('NFC');
  if (!caseInsensitive) return composed;
  // Upper then lower folds ß to ss and ς to σ; the dot that lowering İ leaves on the i is dropped, so İ is i.
  return composed
    .toUpperCase()
    .toLowerCase()
    .replace(/i\u0307/g, 'i')
    .normalize('NFC');
}

/**
 * A string that two values share exactly when they are the same after normalisation (tolerance, any-of and
 * similarity aside): used to pair identical rows and equal array items in one pass instead of comparing every pair.
 */
export function valueKey(value: LeafValue, options: MatchOptions): string {
  // Alternate readings have no single key: such a field is only ever compared value by value.
  if (value instanceof OneOf) return '\u0000';
  if (typeof value === 'string') {
    const date = dateKey(value, options.dateOrder);
    if (date) return date;
  }
  const decimal = decimalOf(value);
  if (decimal !== undefined) return `n${decimal}`;
  if (typeof value === 'string') return `s${normalText(value, options.caseInsensitive)}`;
  if (typeof value === 'boolean') return `boolean${value}`;
  return 'null';
}

export function valuesMatch(expected: LeafValue, got: Scalar, options: MatchOptions): boolean {
  if (expected instanceof OneOf) return expected.values.some((reading) => valuesMatch(reading, got, options));
  if (sameValue(expected, got, options)) return true;
  return options.anyOf?.some((alternative) => sameValue(alternative, got, options)) ?? false;
}

function sameValue(expected: Scalar, got: Scalar, options: MatchOptions): boolean {
  if (expected === got) return true;
  const a = decimalOf(expected);
  const b = a === undefined ? undefined : decimalOf(got);
  if (a !== undefined && b !== undefined) return a === b || withinTolerance(a, b, options.tolerance);
  if (typeof expected === 'string' && typeof got === 'string') {
    const date = dateKey(expected, options.dateOrder);
    if (date !== undefined) return date === dateKey(got, options.dateOrder);
    const [x, y] = [normalText(expected, options.caseInsensitive), normalText(got, options.caseInsensitive)];
    return x === y || (options.similarity !== undefined && similar(x, y, options.similarity));
  }
  return false;
}

/** Tolerance is measured in doubles; a number beyond a double's range (1e999) is within none. */
function withinTolerance(expectedText: string, gotText: string, tolerance: Tolerance | undefined): boolean {
  if (!tolerance) return false;
  const [expected, got] = [Number(expectedText), Number(gotText)];
  if (!Number.isFinite(expected) || !Number.isFinite(got)) return false;
  const allowed = 'absolute' in tolerance ? tolerance.absolute : (Math.abs(expected) * tolerance.relative) / 100;
  // A hair of slack for binary fractions: 0.1 + 0.2 is within 0.3 of 0.
  return Math.abs(expected - got) <= allowed + Number.EPSILON * Math.max(1, Math.abs(expected), Math.abs(got));
}

/**
 * 1 − edit distance ÷ the longer length (in code points) is at least `threshold`: ANLS's similarity, as a yes or no.
 * The distance is computed only as far as it can still pass.
 */
function similar(a: string, b: string, threshold: number): boolean {
  const x = Array.from(a);
  const y = Array.from(b);
  const longer = Math.max(x.length, y.length);
  // The largest distance that still passes (a hair of slack for 0.9 × 10 in binary).
  const budget = Math.floor((1 - threshold) * longer + 1e-9);
  if (Math.abs(x.length - y.length) > budget) return false;
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      if (value < best) best = value;
    }
    if (best > budget) return false;
    previous = current;
  }
  return (previous[y.length] ?? Infinity) <= budget;
}
