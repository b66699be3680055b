// When two leaf values count as the same: the normalisation the README's "Comparing with expected results" explains.
// Strings are trimmed with inner whitespace collapsed; a number and a numeric string compare as numbers; dates in
// common written forms compare as ISO dates. Everything else must be equal.

export type Scalar = string | number | boolean | null;

/** Absolute (`0.01`) or relative to the expected value (`1%`). */
export type Tolerance = { absolute: number } | { relative: number };

/** What a rule file can change about how one field compares. */
export interface MatchOptions {
  caseInsensitive: boolean;
  tolerance?: Tolerance;
  /** Values accepted besides the expected one. */
  anyOf?: readonly Scalar[];
}

export function isScalar(value: unknown): value is Scalar {
  return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

// `1234.5`, `-3`, `1,234.50`: thousands commas in groups of three. No leading zeros, so `"01234"` (a postcode,
// an account number) stays text and never equals 1234.
const NUMERIC = /^[+-]?(?:0|[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*)(?:\.\d+)?$/;

function asNumber(value: Scalar): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return NUMERIC.test(text) ? Number(text.replace(/,/g, '')) : undefined;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_NAME = '([A-Za-z]{3,9})\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
// Each form with the groups holding its year, month and day; checked in this order.
const DATE_FORMS: Array<{ form: RegExp; year: number; month: number; day: number; monthFirst?: boolean }> = [
  { form: /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/, year: 1, month: 2, day: 3 }, // 2024-03-15, 2024/03/15
  { form: /^(\d{1,2})[.-](\d{1,2})[.-](\d{4})$/, year: 3, month: 2, day: 1 }, // 15.03.2024, 15-03-2024: day first
  // 03/15/2024 is month first (US), unless the first number cannot be a month: 15/03/2024.
  { form: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, year: 3, month: 1, day: 2, monthFirst: true },
  { form: new RegExp(`^${DAY} ${MONTH_NAME},? (\\d{4})$`), year: 3, month: 2, day: 1 }, // 15 March 2024
  { form: new RegExp(`^${MONTH_NAME} ${DAY},? (\\d{4})$`), year: 3, month: 1, day: 2 } // March 15, 2024
];

/** `YYYY-MM-DD` for a real calendar date in one of {@link DATE_FORMS}, else undefined. */
export function asIsoDate(text: string): string | undefined {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (trimmed.length > 20 || !/\d{4}/.test(trimmed)) return undefined;
  for (const form of DATE_FORMS) {
    const match = form.form.exec(trimmed);
    if (!match) continue;
    const [year, first, second] = [match[form.year] ?? '', match[form.month] ?? '', match[form.day] ?? ''];
    const [monthText, dayText] = form.monthFirst && Number(first) > 12 ? [second, first] : [first, second];
    const month = /^\d+$/.test(monthText) ? Number(monthText) : monthNumber(monthText);
    const day = Number(dayText);
    if (month === undefined || month < 1 || month > 12 || day < 1 || day > daysIn(Number(year), month)) return undefined;
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return undefined;
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

function normalText(text: string, caseInsensitive: boolean): string {
  const collapsed = text.trim().replace(/\s+/g, ' ');
  return caseInsensitive ? collapsed.toLowerCase() : collapsed;
}

/**
 * A string that two values share exactly when they are the same after normalisation (tolerance and any-of
 * aside): used to pair identical rows and equal array items in one pass instead of comparing every pair.
 */
export function valueKey(value: Scalar, caseInsensitive: boolean): string {
  if (typeof value === 'string') {
    const date = asIsoDate(value);
    if (date) return `d${date}`;
  }
  const number = asNumber(value);
  if (number !== undefined) return `n${number}`;
  if (typeof value === 'string') return `s${normalText(value, caseInsensitive)}`;
  return `${typeof value}${String(value)}`;
}

export function valuesMatch(expected: Scalar, got: Scalar, options: MatchOptions): boolean {
  if (sameValue(expected, got, options)) return true;
  return options.anyOf?.some((alternative) => sameValue(alternative, got, options)) ?? false;
}

function sameValue(expected: Scalar, got: Scalar, options: MatchOptions): boolean {
  if (expected === got) return true;
  const a = asNumber(expected);
  const b = asNumber(got);
  if (a !== undefined && b !== undefined) return withinTolerance(a, b, options.tolerance);
  if (typeof expected === 'string' && typeof got === 'string') {
    const dateA = asIsoDate(expected);
    if (dateA !== undefined) return dateA === asIsoDate(got);
    return normalText(expected, options.caseInsensitive) === normalText(got, options.caseInsensitive);
  }
  return false;
}

function withinTolerance(expected: number, got: number, tolerance: Tolerance | undefined): boolean {
  if (expected === got) return true;
  if (!tolerance) return false;
  const allowed = 'absolute' in tolerance ? tolerance.absolute : (Math.abs(expected) * tolerance.relative) / 100;
  // A hair of slack for binary fractions: 0.1 + 0.2 is within 0.3 of 0.
  return Math.abs(expected - got) <= allowed + Number.EPSILON * Math.max(1, Math.abs(expected), Math.abs(got));
}
