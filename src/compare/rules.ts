// The `compare` rules file: field paths (`*` any key, `[]` any index) mapped to rules that change how those
// fields compare. Parsed and checked before any request; a rule applies to its field and everything under it.
import { Inputs } from '../lib/constants.js';
import { InputError } from '../lib/errors.js';
import { isRecord } from './values.js';
import { isScalar, type DateOrder, type MatchOptions, type Scalar, type Tolerance } from './normalize.js';

interface FieldRule {
  ignore?: boolean;
  caseInsensitive?: boolean;
  tolerance?: Tolerance;
  /** Match the rows of this array by this field instead of by assignment. */
  key?: string;
  anyOf?: Scalar[];
  dateOrder?: DateOrder;
  similarity?: number;
  /** A field null or absent on both sides counts as matched. */
  creditNull?: boolean;
}

type Segment = { key: string } | '*' | '[]';

interface Rule {
  pattern: string;
  segments: Segment[];
  rule: FieldRule;
}

export interface Rules {
  /** The rules file as the user named it, for messages. */
  source: string;
  list: readonly Rule[];
}

export const NO_RULES: Rules = { source: '', list: [] };

const RULE_NAMES = ['ignore', 'tolerance', 'case-insensitive', 'key', 'any-of', 'date-order', 'similarity', 'credit-null'];
const EXAMPLE = `e.g. {"total": {"tolerance": 0.01}, "items[].description": {"case-insensitive": true}}`;

/** `document` is the parsed JSON or YAML file; every problem is an InputError naming the path and the rule. */
export function parseRules(document: unknown, source: string): Rules {
  const fail = (message: string): never => {
    throw new InputError(Inputs.Compare, `rules file '${source}': ${message}`);
  };
  if (!isRecord(document)) fail(`expected a map of field paths to rules, ${EXAMPLE}.`);
  const list = Object.entries(document as Record<string, unknown>).map(([pattern, body]): Rule => {
    const segments = parsePattern(pattern);
    if (typeof segments === 'string') return fail(`'${pattern}' is not a field path (${segments}).`);
    if (!isRecord(body)) return fail(`'${pattern}' must map to rules, ${EXAMPLE}.`);
    const rule: FieldRule = {};
    for (const [name, value] of Object.entries(body)) {
      const bad = (expected: string): never => fail(`'${pattern}': rule '${name}' must be ${expected}, not ${JSON.stringify(value)}.`);
      switch (name) {
        case 'ignore':
          rule.ignore = typeof value === 'boolean' ? value : bad('true or false');
          break;
        case 'case-insensitive':
          rule.caseInsensitive = typeof value === 'boolean' ? value : bad('true or false');
          break;
        case 'tolerance':
          rule.tolerance = parseTolerance(value) ?? bad('a number of at least 0 (0.01) or a percentage (1%)');
          break;
        case 'key':
          rule.key = typeof value === 'string' && value !== '' ? value : bad('the name of a field of the rows');
          break;
        case 'any-of':
          rule.anyOf = Array.isArray(value) && value.length > 0 && value.every(isScalar) ? value : bad('a list of accepted values');
          break;
        case 'date-order':
          rule.dateOrder = value === 'day-first' || value === 'month-first' ? value : bad('day-first or month-first');
          break;
        case 'similarity':
          rule.similarity =
            typeof value === 'number' && value > 0 && value <= 1
              ? value
              : bad('a number above 0 and at most 1 (0.9: 90 % of the text in common)');
          break;
        case 'credit-null':
          rule.creditNull = typeof value === 'boolean' ? value : bad('true or false');
          break;
        default:
          fail(`'${pattern}': unknown rule '${name}'. Known rules: ${RULE_NAMES.join(', ')}.`);
      }
    }
    return { pattern, segments, rule };
  });
  return { source, list };
}

function parseTolerance(value: unknown): Tolerance | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? { absolute: value } : undefined;
  if (typeof value !== 'string') return undefined;
  const percent = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(value);
  if (percent) return { relative: Number(percent[1]) };
  return /^\s*\d+(?:\.\d+)?\s*$/.test(value) ? { absolute: Number(value) } : undefined;
}

/** `items[].amount`, `*.name`, `["Invoice No."]`: the segments, or why the text is not a path. */
function parsePattern(pattern: string): Segment[] | string {
  const segments: Segment[] = [];
  let at = 0;
  while (at < pattern.length) {
    if (pattern.startsWith('[]', at)) {
      segments.push('[]');
      at += 2;
      continue;
    }
    if (pattern[at] === '[') {
      const quoted = /^\[("(?:[^"\\]|\\.)*")\]/.exec(pattern.slice(at));
      if (!quoted) return 'write [] for any index, and ["name"] for a field name with dots or brackets';
      segments.push({ key: JSON.parse(quoted[1] ?? '""') as string });
      at += quoted[0].length;
      continue;
    }
    if (at > 0) {
      if (pattern[at] !== '.') return `unexpected '${pattern[at]}' at position ${at + 1}`;
      at += 1;
    }
    const name = /^[^.[\]]+/.exec(pattern.slice(at))?.[0];
    if (!name) return at === 0 ? 'it is empty' : `a field name is missing at position ${at + 1}`;
    segments.push(name === '*' ? '*' : { key: name });
    at += name.length;
  }
  return segments.length ? segments : 'it is empty';
}

/** How the fields at one node of a document compare, and the rules still on their way down from the root. */
export interface Scope extends MatchOptions {
  ignore: boolean;
  creditNull?: boolean;
  key?: string;
  /** The rules whose path ends at this node. */
  hits: readonly Rule[];
  progress: ReadonlyArray<{ rule: Rule; at: number }>;
}

const EMPTY: Scope['progress'] = [];

export function rootScope(rules: Rules): Scope {
  return { ignore: false, caseInsensitive: false, hits: [], progress: rules.list.map((rule) => ({ rule, at: 0 })) };
}

/** The scope of `parent`'s field `segment` (a key, or an array index). */
export function childScope(parent: Scope, segment: string | number): Scope {
  const inherited = {
    ignore: parent.ignore,
    caseInsensitive: parent.caseInsensitive,
    tolerance: parent.tolerance,
    dateOrder: parent.dateOrder,
    similarity: parent.similarity,
    creditNull: parent.creditNull
  };
  if (parent.progress.length === 0) {
    // The common case, no rule below: one shared scope instead of one per field.
    return parent.hits.length === 0 && parent.key === undefined && parent.anyOf === undefined
      ? parent
      : { ...inherited, hits: [], progress: EMPTY };
  }
  const hits: Rule[] = [];
  const progress: Array<{ rule: Rule; at: number }> = [];
  for (const { rule, at } of parent.progress) {
    const wanted = rule.segments[at];
    if (wanted === undefined) continue;
    const fits = wanted === '[]' ? typeof segment === 'number' : typeof segment === 'string' && (wanted === '*' || wanted.key === segment);
    if (!fits) continue;
    if (at + 1 === rule.segments.length) hits.push(rule);
    else progress.push({ rule, at: at + 1 });
  }
  const scope: Scope = { ...inherited, hits, progress };
  // In file order: a later rule for the same field wins.
  for (const { rule } of hits) {
    if (rule.ignore !== undefined) scope.ignore = rule.ignore;
    if (rule.caseInsensitive !== undefined) scope.caseInsensitive = rule.caseInsensitive;
    if (rule.tolerance !== undefined) scope.tolerance = rule.tolerance;
    if (rule.key !== undefined) scope.key = rule.key;
    if (rule.anyOf !== undefined) scope.anyOf = rule.anyOf;
    if (rule.dateOrder !== undefined) scope.dateOrder = rule.dateOrder;
    if (rule.similarity !== undefined) scope.similarity = rule.similarity;
    if (rule.creditNull !== undefined) scope.creditNull = rule.creditNull;
  }
  return scope;
}

/**
 * Every rule must match a field of at least one expected file, and a `key` rule an array whose rows hold
 * that field: a typo in a path would otherwise silently check nothing.
 */
export function checkRulesAgainst(rules: Rules, documents: readonly unknown[]): void {
  if (rules.list.length === 0 || documents.length === 0) return;
  const hit = new Set<Rule>();
  const stack: Array<[unknown, Scope]> = documents.map((document) => [document, rootScope(rules)]);
  while (stack.length > 0) {
    const [node, scope] = stack.pop() as [unknown, Scope];
    for (const rule of scope.hits) {
      const { key } = rule.rule;
      if (key === undefined || (Array.isArray(node) && node.some((row) => isRecord(row) && Object.hasOwn(row, key)))) hit.add(rule);
    }
    if (scope.progress.length === 0) continue;
    if (Array.isArray(node)) node.forEach((item, index) => stack.push([item, childScope(scope, index)]));
    else if (isRecord(node)) for (const [key, value] of Object.entries(node)) stack.push([value, childScope(scope, key)]);
  }
  const unmatched = rules.list.filter((rule) => !hit.has(rule));
  if (unmatched.length === 0) return;
  const described = unmatched.map((rule) =>
    rule.rule.key === undefined ? `'${rule.pattern}'` : `'${rule.pattern}' (an array of rows with the field '${rule.rule.key}')`
  );
  throw new InputError(
    Inputs.Compare,
    `rules file '${rules.source}': ${described.join(', ')} ${unmatched.length === 1 ? 'matches' : 'match'} nothing in any expected file. ` +
      `Check the path: * stands for any key, [] for any index (items[].amount).`
  );
}
