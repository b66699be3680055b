// Scores one result against its expected file, field by field: both are walked down to their leaf fields
// (iteratively: results can nest deeper than the call stack), arrays of objects are matched row to row,
// arrays of plain values as multisets. Pure and deterministic: the same two values always give the same score.
import { indexPath, keyPath } from '../lib/field-path.js';
import { maxWeightAssignment } from './assignment.js';
import { valueKey, valuesMatch } from './normalize.js';
import { childScope, NO_RULES, rootScope, type Rules, type Scope } from './rules.js';
import { isLeaf, isRecord, OneOf, type LeafValue, type Scalar } from './values.js';

type MismatchKind = 'wrong' | 'missing' | 'extra';

export interface Mismatch {
  /** `vendor.name`, `items[2].amount`; '' for a document that is a single value. Rows carry the expected index, extra rows the result's. */
  path: string;
  kind: MismatchKind;
  /** Absent for an extra field. */
  expected?: LeafValue;
  /** Absent for a missing field. */
  got?: LeafValue;
}

export interface Comparison {
  matched: number;
  wrong: number;
  missing: number;
  extra: number;
  /** matched ÷ (matched + wrong + missing + extra); 1 when neither side has a field. */
  accuracy: number;
  /** matched ÷ (matched + wrong + extra): how much of what the result holds is right; 1 when it holds nothing. */
  precision: number;
  /** matched ÷ (matched + wrong + missing): how much of what was expected the result holds; 1 when nothing was. */
  recall: number;
  /** The harmonic mean of precision and recall (0 when both are 0, 1 when there is nothing to score). */
  f1: number;
  /** In document order. */
  mismatches: Mismatch[];
  /**
   * The path of each matched field with a value (rows by their expected index): what a later run's regressions
   * are found against. Fields matched as null on both sides (`credit-null`) have no value to regress from.
   */
  matchedPaths: string[];
  /** Arrays too large for an optimal assignment, whose rows were matched greedily instead. */
  approximated: Approximation[];
}

interface Approximation {
  path: string;
  /** At most this many more fields could match with an optimal matching. */
  gap: number;
}

/**
 * Rows left unpaired after identical rows are paired: up to this many expected × result rows (2,000 × 2,000) get an
 * optimal assignment (LAPJV); past it, a greedy match on distinctive values, O(n), with a bound on what it may lose.
 */
const OPTIMAL_MATCH_CELLS = 4_000_000;
/** Pairs of values tried one by one where a rule (tolerance, any-of, similarity) accepts values of different keys. */
const PAIRWISE_CHECKS = 1_000_000;
/**
 * How much of a row the matching looks at. Typical rows are a few fields deep; a row nested far deeper is
 * paired on its first fields (then still compared in full), so matching stays linear in the document's size.
 */
const ROW_VIEW = { nodes: 500, depth: 8 };
/** A value shared by more rows than this (a currency, a status) says nothing about which rows belong together. */
const DISTINCTIVE_ROWS = 32;

interface Task {
  expected: unknown;
  got: unknown;
  path: string;
  scope: Scope;
  /** A row of a grid: its cells compare by position (the columns), not as a multiset. */
  cells?: boolean;
}

interface Leaf {
  /** Relative to the row, as a path suffix: `amount`, `[0]`, `["a b"]`, or '' for the row itself. */
  path: string;
  value: LeafValue;
  scope: Scope;
}

interface Row {
  index: number;
  leaves: Leaf[];
  /** Paths of the null fields `credit-null` counts: part of what makes two rows identical. */
  nulls: string[];
  /** All of the row's fields are in `leaves`: only such a row can be settled as identical to another. */
  complete: boolean;
}

class Tally {
  matched = 0;
  wrong = 0;
  missing = 0;
  extra = 0;
  readonly mismatches: Mismatch[] = [];
  readonly matchedPaths: string[] = [];
  readonly approximated: Approximation[] = [];

  match(path: string): void {
    this.matched += 1;
    this.matchedPaths.push(path);
  }

  add(kind: MismatchKind, path: string, expected: LeafValue | undefined, got: LeafValue | undefined): void {
    this[kind] += 1;
    const mismatch: Mismatch = { path, kind };
    if (expected !== undefined) mismatch.expected = expected;
    if (got !== undefined) mismatch.got = got;
    this.mismatches.push(mismatch);
  }

  result(): Comparison {
    const total = this.matched + this.wrong + this.missing + this.extra;
    const { matched, wrong, missing, extra, mismatches, matchedPaths, approximated } = this;
    const precision = ratio(matched, matched + wrong + extra);
    const recall = ratio(matched, matched + wrong + missing);
    // 2PR ÷ (P + R), as counts: no rounding on the way.
    const f1 = ratio(2 * matched, 2 * matched + 2 * wrong + missing + extra);
    return {
      matched,
      wrong,
      missing,
      extra,
      accuracy: ratio(matched, total),
      precision,
      recall,
      f1,
      mismatches,
      matchedPaths,
      approximated
    };
  }
}

export function compareResult(expected: unknown, got: unknown, rules: Rules = NO_RULES): Comparison {
  const tally = new Tally();
  const stack: Task[] = [{ expected, got, path: '', scope: rootScope(rules) }];
  // Children are pushed in reverse so they are taken in document order and mismatches come out in it.
  const pushAll = (tasks: Task[]): void => {
    for (let i = tasks.length - 1; i >= 0; i--) {
      const task = tasks[i];
      if (task) stack.push(task);
    }
  };
  while (stack.length > 0) {
    const { expected: e, got: g, path, scope, cells } = stack.pop() as Task;
    if (scope.ignore) continue;
    // null and a missing field are the same.
    const noExpected = e === null || e === undefined;
    const noGot = g === null || g === undefined;
    if (noExpected && noGot) {
      if (scope.creditNull) tally.matched += 1;
      continue;
    }
    if (noGot || noExpected) {
      const { leaves, nulls } = leavesOf(noGot ? e : g, scope);
      for (const leaf of leaves) {
        const at = under(path, leaf.path);
        if (noGot) tally.add('missing', at, leaf.value, undefined);
        else tally.add('extra', at, undefined, leaf.value);
      }
      tally.matched += nulls.length;
    } else if (isLeaf(e) && isLeaf(g)) {
      if (valuesMatch(e, g as Scalar, scope)) tally.match(path);
      else tally.add('wrong', path, e, g);
    } else if (isRecord(e) && isRecord(g)) {
      const tasks = Object.keys(e).map((key) => ({
        expected: e[key],
        // Own fields only: a result without `constructor` has no such field, whatever Object.prototype holds.
        got: Object.hasOwn(g, key) ? g[key] : undefined,
        path: keyPath(path, key),
        scope: childScope(scope, key)
      }));
      for (const key of Object.keys(g)) {
        if (!Object.hasOwn(e, key))
          tasks.push({ expected: undefined, got: g[key], path: keyPath(path, key), scope: childScope(scope, key) });
      }
      pushAll(tasks);
    } else if (Array.isArray(e) && Array.isArray(g)) {
      pushAll(compareArrays(e, g, path, scope, tally, cells));
    } else {
      // Different shapes (an object against a list or a value): as flattened leaf fields, none in common.
      pushAll([
        { expected: e, got: undefined, path, scope },
        { expected: undefined, got: g, path, scope }
      ]);
    }
  }
  return tally.result();
}

/** Counts what it can decide at once and returns the element pairs still to compare. */
function compareArrays(e: unknown[], g: unknown[], path: string, scope: Scope, tally: Tally, cells = false): Task[] {
  const items = childScope(scope, 0);
  if (items.ignore) return [];
  const grid = isGrid(e) && isGrid(g);
  const task = (i: number | undefined, j: number | undefined): Task => ({
    expected: i === undefined ? undefined : e[i],
    got: j === undefined ? undefined : g[j],
    path: indexPath(path, i ?? (j as number)),
    scope: items,
    cells: grid
  });
  if (cells)
    return Array.from({ length: Math.max(e.length, g.length) }, (_, i) => task(i < e.length ? i : undefined, i < g.length ? i : undefined));
  if (scope.key !== undefined) return pairedTasks(matchByKey(e, g, scope.key, items), e.length, g.length, task);
  if (e.every(isLeaf) && g.every(isLeaf)) {
    compareMultisets(e, g as Scalar[], path, items, tally);
    return [];
  }
  // Rows of objects, and the rows of a grid (a list of lists), are matched as rows.
  return pairedTasks(matchRows(e, g, path, items, tally), e.length, g.length, task);
}

/** A list of lists (nulls aside): a table whose rows are lists of cells. */
function isGrid(array: unknown[]): boolean {
  return array.some(Array.isArray) && array.every((item) => item === null || Array.isArray(item));
}

/** Which expected row goes with which result row; `settled` rows were already counted in full (identical pairs). */
interface Matching {
  pairs: Map<number, number>;
  settled?: { expected: Set<number>; got: Set<number> };
}

/** Tasks for the pairs in expected order, then each unpaired expected row (missing), then each unpaired result row (extra). */
function pairedTasks(
  { pairs, settled }: Matching,
  expectedRows: number,
  gotRows: number,
  task: (i: number | undefined, j: number | undefined) => Task
): Task[] {
  const tasks: Task[] = [];
  for (let i = 0; i < expectedRows; i++) if (!settled?.expected.has(i)) tasks.push(task(i, pairs.get(i)));
  const paired = new Set(pairs.values());
  for (let j = 0; j < gotRows; j++) if (!paired.has(j) && !settled?.got.has(j)) tasks.push(task(undefined, j));
  return tasks;
}

function matchByKey(e: unknown[], g: unknown[], key: string, items: Scope): Matching {
  const keyScope = childScope(items, key);
  const keyOf = (row: unknown): string | undefined => {
    const value = isRecord(row) && Object.hasOwn(row, key) ? row[key] : undefined;
    return isLeaf(value) && value !== null ? valueKey(value, keyScope) : undefined;
  };
  const waiting = new Queues();
  e.forEach((row, i) => waiting.add(keyOf(row), i));
  const pairs = new Map<number, number>();
  g.forEach((row, j) => {
    const i = waiting.take(keyOf(row));
    if (i !== undefined) pairs.set(i, j);
  });
  return { pairs };
}

/**
 * Pairs rows so that as many fields as possible match: identical rows first, in one pass, then an optimal
 * assignment of the rest, or a greedy match when the rest is too large. Identical pairs are counted here.
 */
function matchRows(e: unknown[], g: unknown[], path: string, items: Scope, tally: Tally): Matching {
  const waiting = new Queues();
  const expectedRows = rowsOf(e, items);
  for (const row of expectedRows) if (row.complete) waiting.add(rowKey(row), row.index);
  const settled = { expected: new Set<number>(), got: new Set<number>() };
  const leftGot: Row[] = [];
  for (const row of rowsOf(g, items)) {
    const i = row.complete ? waiting.take(rowKey(row)) : undefined;
    if (i === undefined) {
      leftGot.push(row);
    } else {
      settled.expected.add(i);
      settled.got.add(row.index);
    }
  }
  const leftExpected: Row[] = [];
  for (const row of expectedRows) {
    if (settled.expected.has(row.index)) {
      for (const leaf of row.leaves) tally.match(under(indexPath(path, row.index), leaf.path));
      tally.matched += row.nulls.length;
    } else leftExpected.push(row);
  }
  let pairs = new Map<number, number>();
  if (leftExpected.length > 0 && leftGot.length > 0) {
    const optimal = leftExpected.length * leftGot.length <= OPTIMAL_MATCH_CELLS ? assignOptimally(leftExpected, leftGot) : undefined;
    if (optimal) {
      pairs = optimal;
    } else {
      const greedy = assignGreedily(leftExpected, leftGot);
      pairs = greedy.pairs;
      tally.approximated.push({ path, gap: greedy.gap });
    }
  }
  return { pairs, settled };
}

/** The non-null elements with their leaf fields, as far as {@link ROW_VIEW} reaches. */
function rowsOf(array: unknown[], items: Scope): Row[] {
  const rows: Row[] = [];
  array.forEach((element, index) => {
    if (element !== null && element !== undefined) rows.push({ index, ...leavesOf(element, items, ROW_VIEW) });
  });
  return rows;
}

/** Equal for two rows exactly when every field matches after normalisation (tolerance and any-of aside). */
function rowKey(row: Row): string {
  // Paths never hold \u0000 or \u0001 (such names are quoted), and the length prefix keeps any value whole.
  const fields = row.leaves.map((leaf) => {
    const value = valueKey(leaf.value, leaf.scope);
    return `${leaf.path}\u0000${value.length}:${value}`;
  });
  // A credited null on one side only (absent on the other) still counts: such rows are compared field by field.
  for (const path of row.nulls) fields.push(`${path}\u0000null`);
  return fields.sort().join('\u0001');
}

/** A leaf's field and value as one string, equal for two leaves exactly when their values share a key. */
function token(path: string, key: string): string {
  return `${path}\u0000${key}`;
}

/** The keys an expected leaf matches on sight: one, or one per alternate reading. */
function keysOf(leaf: Leaf): string[] {
  if (!(leaf.value instanceof OneOf)) return [valueKey(leaf.value, leaf.scope)];
  return [...new Set(leaf.value.values.map((reading) => valueKey(reading, leaf.scope)))];
}

/** A rule can accept a result value whose key differs from the expected value's. */
function fuzzy(leaf: Leaf): boolean {
  return leaf.scope.tolerance !== undefined || leaf.scope.anyOf !== undefined || leaf.scope.similarity !== undefined;
}

/** How many fields of the two rows match, by relative path: the weight of pairing them. */
function rowScore(expected: Map<string, Leaf>, got: Row): number {
  let score = 0;
  for (const leaf of got.leaves) {
    const other = expected.get(leaf.path);
    if (other && valuesMatch(other.value, leaf.value as Scalar, other.scope)) score += 1;
  }
  return score;
}

function fieldMap(row: Row): Map<string, Leaf> {
  return new Map(row.leaves.map((leaf) => [leaf.path, leaf]));
}

/**
 * Rows with no field in common stay unpaired: one missing and one extra row, not a row of wrong fields. Rows seen
 * only in part may share fields further down, so they pair.
 */
function worthPairing(score: number, expected: Row, got: Row): boolean {
  return score > 0 || !expected.complete || !got.complete;
}

/** Result rows by the token of each of their fields. */
function holdersOf(got: Row[]): Map<string, number[]> {
  const holders = new Map<string, number[]>();
  got.forEach((row, j) => {
    for (const leaf of row.leaves) {
      const key = token(leaf.path, valueKey(leaf.value, leaf.scope));
      const list = holders.get(key);
      if (list) list.push(j);
      else holders.set(key, [j]);
    }
  });
  return holders;
}

/**
 * The weight of every pair (rowScore's count), built from the fields' keys: each expected field adds 1 to the
 * result rows holding its value, so the cost is the number of matching field pairs, not rows × rows × fields.
 * Fields under a tolerance, any-of or similarity rule are tried pair by pair while that stays within
 * {@link PAIRWISE_CHECKS}; past it they pair on equal values only (and are still scored with their rule).
 */
function pairWeights(expected: Row[], got: Row[]): Int32Array {
  const columns = got.length;
  const weights = new Int32Array(expected.length * columns);
  const holders = holdersOf(got);
  const checks = expected.reduce((sum, row) => sum + row.leaves.filter(fuzzy).length, 0) * columns;
  let gotFields: Array<Map<string, Leaf>> | undefined;
  expected.forEach((row, i) => {
    const base = i * columns;
    for (const leaf of row.leaves) {
      if (checks <= PAIRWISE_CHECKS && fuzzy(leaf)) {
        gotFields ??= got.map(fieldMap);
        gotFields.forEach((fields, j) => {
          const other = fields.get(leaf.path);
          if (other && valuesMatch(leaf.value, other.value as Scalar, leaf.scope)) weights[base + j] = (weights[base + j] as number) + 1;
        });
        continue;
      }
      for (const key of keysOf(leaf)) {
        for (const j of holders.get(token(leaf.path, key)) ?? []) weights[base + j] = (weights[base + j] as number) + 1;
      }
    }
  });
  return weights;
}

/** The optimal pairs, or undefined when the search would take longer than its budget. */
function assignOptimally(expected: Row[], got: Row[]): Map<number, number> | undefined {
  const weights = pairWeights(expected, got);
  const pairs = new Map<number, number>();
  const assigned = maxWeightAssignment(weights, expected.length, got.length);
  if (!assigned) return undefined;
  assigned.forEach((j, i) => {
    const row = expected[i];
    const other = got[j];
    const weight = weights[i * got.length + j];
    if (row && other && weight !== undefined && worthPairing(weight, row, other)) pairs.set(row.index, other.index);
  });
  return pairs;
}

/**
 * Each expected row, in order, takes the free result row sharing most of its distinctive field values (values
 * held by few rows); rows sharing none are then paired in order when they have any field in common. The `gap`
 * bounds what this may lose against an optimal matching: no pairing can match more than, summed over the expected
 * rows, each row's fields whose value is common or under a rule plus the most distinctive values it shares with any
 * result row; the gap is that bound less the fields the greedy pairs match.
 */
function assignGreedily(expected: Row[], got: Row[]): { pairs: Map<number, number>; gap: number } {
  const holders = holdersOf(got);
  const taken = new Uint8Array(got.length);
  const pairs = new Map<number, number>();
  const unpaired: Row[] = [];
  let bound = 0;
  let achieved = 0;
  for (const row of expected) {
    const shared = new Map<number, number>();
    for (const leaf of row.leaves) {
      const keys = keysOf(leaf);
      const lists = keys.map((key) => holders.get(token(leaf.path, key)));
      if (fuzzy(leaf) || keys.length > 1 || lists.some((list) => list && list.length > DISTINCTIVE_ROWS)) {
        bound += 1;
        continue;
      }
      for (const j of lists[0] ?? []) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    let best = -1;
    let most = 0;
    let mostAnywhere = 0;
    for (const [j, count] of shared) {
      mostAnywhere = Math.max(mostAnywhere, count);
      if (!taken[j] && (count > most || (count === most && j < best))) [best, most] = [j, count];
    }
    bound += mostAnywhere;
    const chosen = got[best];
    if (!chosen) {
      unpaired.push(row);
      continue;
    }
    taken[best] = 1;
    pairs.set(row.index, chosen.index);
    achieved += rowScore(fieldMap(row), chosen);
  }
  const free = got.filter((_, j) => !taken[j]);
  unpaired.forEach((row, k) => {
    const other = free[k];
    if (!other) return;
    const score = rowScore(fieldMap(row), other);
    if (!worthPairing(score, row, other)) return;
    pairs.set(row.index, other.index);
    achieved += score;
  });
  const most = Math.min(
    bound,
    got.reduce((sum, row) => sum + row.leaves.length, 0)
  );
  return { pairs, gap: Math.max(0, most - achieved) };
}

/** Plain values compare as multisets: each expected value is matched by at most one equal result value. */
function compareMultisets(e: unknown[], g: Scalar[], path: string, items: Scope, tally: Tally): void {
  const values = e as LeafValue[];
  const waiting = new Queues();
  values.forEach((value, i) => {
    if (value !== null) waiting.add(valueKey(value, items), i);
  });
  const leftGot: number[] = [];
  g.forEach((value, j) => {
    if (value === null) return;
    const i = waiting.take(valueKey(value, items));
    if (i === undefined) leftGot.push(j);
    else tally.match(indexPath(path, i));
  });
  let leftExpected = waiting.remaining();
  // Rules and alternate readings accept values whose keys differ: those are tried pair by pair, within a bound.
  const byValue = items.tolerance || items.anyOf || items.similarity !== undefined || leftExpected.some((i) => values[i] instanceof OneOf);
  if (byValue && leftExpected.length > 0 && leftGot.length > 0) {
    if (leftExpected.length * leftGot.length > PAIRWISE_CHECKS) {
      tally.approximated.push({ path, gap: Math.min(leftExpected.length, leftGot.length) });
    } else {
      const unmatched: number[] = [];
      for (const j of leftGot) {
        const k = leftExpected.findIndex((i) => valuesMatch(values[i] ?? null, g[j] ?? null, items));
        if (k < 0) {
          unmatched.push(j);
          continue;
        }
        tally.match(indexPath(path, leftExpected[k] as number));
        leftExpected = leftExpected.filter((_, index) => index !== k);
      }
      leftGot.splice(0, leftGot.length, ...unmatched);
    }
  }
  for (const i of leftExpected) tally.add('missing', indexPath(path, i), values[i], undefined);
  for (const j of leftGot) tally.add('extra', indexPath(path, j), undefined, g[j]);
}

/**
 * The non-null leaf fields under `node`, with paths relative to it, in document order, and how many fields are
 * null where `credit-null` counts them. With a `bound`, the walk stops after that many nodes and skips what is
 * deeper than that many levels, and says it is not `complete`.
 */
function leavesOf(
  node: unknown,
  scope: Scope,
  bound?: { nodes: number; depth: number }
): { leaves: Leaf[]; nulls: string[]; complete: boolean } {
  const leaves: Leaf[] = [];
  // The last member says whether the node is a field of an object (a list's null items are never counted).
  const stack: Array<[unknown, string, Scope, number, boolean]> = [[node, '', scope, 0, false]];
  let visited = 0;
  let complete = true;
  const nulls: string[] = [];
  while (stack.length > 0) {
    const [value, path, at, depth, field] = stack.pop() as [unknown, string, Scope, number, boolean];
    if (at.ignore) continue;
    if (value === null || value === undefined) {
      if (at.creditNull && field) nulls.push(path);
      continue;
    }
    if (bound && ++visited > bound.nodes) return { leaves, nulls, complete: false };
    if (bound && depth > bound.depth) {
      complete = false;
      continue;
    }
    if (isLeaf(value)) {
      leaves.push({ path, value, scope: at });
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], indexPath(path, i), childScope(at, i), depth + 1, false]);
    } else if (isRecord(value)) {
      for (const key of Object.keys(value).reverse()) stack.push([value[key], keyPath(path, key), childScope(at, key), depth + 1, true]);
    }
  }
  return { leaves, nulls, complete };
}

/** `base` followed by a relative path from {@link leavesOf}. */
function under(base: string, relative: string): string {
  if (relative === '' || base === '') return base + relative;
  return relative.startsWith('[') ? base + relative : `${base}.${relative}`;
}

/** First-come queues of indices by key, so duplicates pair in order. */
class Queues {
  private readonly queues = new Map<string, { indices: number[]; next: number }>();

  add(key: string | undefined, index: number): void {
    if (key === undefined) return;
    const queue = this.queues.get(key);
    if (queue) queue.indices.push(index);
    else this.queues.set(key, { indices: [index], next: 0 });
  }

  take(key: string | undefined): number | undefined {
    const queue = key === undefined ? undefined : this.queues.get(key);
    if (!queue || queue.next >= queue.indices.length) return undefined;
    return queue.indices[queue.next++];
  }

  /** The indices never taken, in ascending order. */
  remaining(): number[] {
    return [...this.queues.values()].flatMap((queue) => queue.indices.slice(queue.next)).sort((a, b) => a - b);
  }
}

/** part ÷ whole, 1 when there is nothing to score. */
function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}
