"use strict";
exports.id = 584;
exports.ids = [584];
exports.modules = {

/***/ 4829:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ compareResult)
});

// UNUSED EXPORTS: OPTIMAL_MATCH_CELLS

// EXTERNAL MODULE: ./src/lib/field-path.ts
var field_path = __webpack_require__(6571);
;// CONCATENATED MODULE: ./src/compare/assignment.ts
// The optimal assignment: Jonker and Volgenant's shortest augmenting path algorithm (LAPJV, 1987) on a dense
// square matrix of integer costs. O(n³) at worst, far less in practice: column reduction and two rounds of
// augmenting row reduction assign most rows cheaply, and each remaining row needs one shortest path search.
/**
 * Cells the search may visit (about 2 s of a runner's core) before it gives up: O(n³) at worst is 8 × 10⁹ cells
 * for 2,000 rows, while real tables (rows with a clear partner) and even random weights need under 10⁸.
 */
const ASSIGNMENT_WORK = 1_000_000_000;
/**
 * Pairs each row with a distinct column so that the summed weight is as large as possible. `weights` is
 * rows × columns, row after row, of integers ≥ 0. Returns, for each row, its column, or -1 when there are more
 * rows than columns and the row was left out; undefined when the search needed more than `work` cells.
 */
function maxWeightAssignment(weights, rows, columns, work = ASSIGNMENT_WORK) {
    const result = new Int32Array(rows).fill(-1);
    if (rows === 0 || columns === 0)
        return result;
    // Square, padded with pairs of weight 0; maximising weight is minimising (most - weight).
    const n = Math.max(rows, columns);
    let most = 0;
    for (const weight of weights)
        if (weight > most)
            most = weight;
    const cost = new Int32Array(n * n).fill(most);
    for (let i = 0; i < rows; i++) {
        for (let j = 0; j < columns; j++)
            cost[i * n + j] = most - (weights[i * columns + j] ?? 0);
    }
    const columnOf = solve(cost, n, { left: work });
    if (!columnOf)
        return undefined;
    for (let i = 0; i < rows; i++) {
        const j = columnOf[i] ?? -1;
        if (j < columns)
            result[i] = j;
    }
    return result;
}
/** Minimises the summed cost of an n × n matrix; for each row, its column (undefined past the budget). */
function solve(cost, n, budget) {
    const columnOf = new Int32Array(n).fill(-1);
    const rowOf = new Int32Array(n).fill(-1);
    const price = new Float64Array(n);
    const matches = new Int32Array(n);
    const free = new Int32Array(n);
    // Column reduction: each column's cheapest row takes it, when that row has no cheaper column yet.
    for (let j = n - 1; j >= 0; j--) {
        let min = cost[j];
        let best = 0;
        for (let i = 1; i < n; i++) {
            const c = cost[i * n + j];
            if (c < min) {
                min = c;
                best = i;
            }
        }
        price[j] = min;
        matches[best] = matches[best] + 1;
        if (matches[best] === 1) {
            columnOf[best] = j;
            rowOf[j] = best;
        }
        else if (min < price[columnOf[best]]) {
            rowOf[columnOf[best]] = -1;
            columnOf[best] = j;
            rowOf[j] = best;
        }
    }
    // Reduction transfer: a row that got one column makes it as cheap as its second-best choice allows.
    let freeCount = 0;
    for (let i = 0; i < n; i++) {
        if (matches[i] === 0) {
            free[freeCount++] = i;
        }
        else if (matches[i] === 1 && columnOf[i] !== -1) {
            const own = columnOf[i];
            let min = Infinity;
            for (let j = 0; j < n; j++)
                if (j !== own)
                    min = Math.min(min, cost[i * n + j] - price[j]);
            if (min !== Infinity)
                price[own] = price[own] - min;
        }
        else if (columnOf[i] === -1) {
            free[freeCount++] = i;
        }
    }
    freeCount = augmentingRowReduction(cost, n, price, columnOf, rowOf, free, freeCount);
    freeCount = augmentingRowReduction(cost, n, price, columnOf, rowOf, free, freeCount);
    for (let f = 0; f < freeCount; f++) {
        if (!augment(cost, n, price, columnOf, rowOf, free[f], budget))
            return undefined;
    }
    return columnOf;
}
/**
 * Each free row takes its cheapest column (pushing out that column's row) and lowers that column's price to its
 * second-cheapest reduced cost, so the evicted row looks elsewhere. Bounded at n² steps a round: the free rows
 * left then go to the augmentation, which is exact whatever state this leaves.
 */
function augmentingRowReduction(cost, n, price, columnOf, rowOf, free, freeCount) {
    const previous = freeCount;
    let next = 0;
    let k = 0;
    let steps = 0;
    while (k < previous) {
        if (++steps > n * n) {
            // Keep the rows not yet looked at.
            while (k < previous)
                free[next++] = free[k++];
            break;
        }
        const i = free[k++];
        const base = i * n;
        let first = cost[base] - price[0];
        let firstColumn = 0;
        let second = Infinity;
        let secondColumn = -1;
        for (let j = 1; j < n; j++) {
            const reduced = cost[base + j] - price[j];
            if (reduced < second) {
                if (reduced >= first) {
                    second = reduced;
                    secondColumn = j;
                }
                else {
                    second = first;
                    secondColumn = firstColumn;
                    first = reduced;
                    firstColumn = j;
                }
            }
        }
        let column = firstColumn;
        let evicted = rowOf[column];
        if (first < second) {
            price[column] = price[column] - (second - first);
        }
        else if (evicted > -1 && secondColumn > -1) {
            column = secondColumn;
            evicted = rowOf[column];
        }
        columnOf[i] = column;
        rowOf[column] = i;
        if (evicted > -1) {
            columnOf[evicted] = -1;
            // Looked at again at once when the price fell, so the search goes on from the row pushed out.
            if (first < second)
                free[--k] = evicted;
            else
                free[next++] = evicted;
        }
    }
    return next;
}
/**
 * A shortest augmenting path from a free row (Dijkstra over reduced costs, ties taken together), then prices
 * updated; false, changing nothing, when the budget runs out first.
 */
function augment(cost, n, price, columnOf, rowOf, start, budget) {
    const distance = new Float64Array(n);
    const predecessor = new Int32Array(n).fill(start);
    const columns = new Int32Array(n);
    for (let j = 0; j < n; j++) {
        distance[j] = cost[start * n + j] - price[j];
        columns[j] = j;
    }
    // columns[0, low): done; [low, up): at the current minimum distance; [up, n): still to reach.
    let low = 0;
    let up = 0;
    let last = 0;
    let min = 0;
    let end = -1;
    while (end < 0) {
        budget.left -= n;
        if (budget.left < 0)
            return false;
        if (up === low) {
            last = low - 1;
            min = distance[columns[up]];
            up++;
            for (let k = up; k < n; k++) {
                const j = columns[k];
                const d = distance[j];
                if (d <= min) {
                    if (d < min) {
                        up = low;
                        min = d;
                    }
                    columns[k] = columns[up];
                    columns[up++] = j;
                }
            }
            for (let k = low; k < up; k++) {
                const j = columns[k];
                if (rowOf[j] < 0) {
                    end = j;
                    break;
                }
            }
            if (end >= 0)
                break;
        }
        const reached = columns[low++];
        const i = rowOf[reached];
        const base = i * n;
        const h = cost[base + reached] - price[reached] - min;
        for (let k = up; k < n; k++) {
            const j = columns[k];
            const d = cost[base + j] - price[j] - h;
            if (d < distance[j]) {
                predecessor[j] = i;
                if (d === min) {
                    if (rowOf[j] < 0) {
                        end = j;
                        break;
                    }
                    columns[k] = columns[up];
                    columns[up++] = j;
                }
                distance[j] = d;
            }
        }
    }
    for (let k = 0; k <= last; k++) {
        const j = columns[k];
        price[j] = price[j] + distance[j] - min;
    }
    for (;;) {
        const i = predecessor[end];
        rowOf[end] = i;
        const previous = columnOf[i];
        columnOf[i] = end;
        if (i === start)
            break;
        end = previous;
    }
    return true;
}

// EXTERNAL MODULE: ./src/compare/normalize.ts
var normalize = __webpack_require__(9456);
// EXTERNAL MODULE: ./src/compare/rules.ts
var compare_rules = __webpack_require__(8892);
// EXTERNAL MODULE: ./src/compare/values.ts
var compare_values = __webpack_require__(7801);
;// CONCATENATED MODULE: ./src/compare/compare.ts
// Scores one result against its expected file, field by field: both are walked down to their leaf fields
// (iteratively: results can nest deeper than the call stack), arrays of objects are matched row to row,
// arrays of plain values as multisets. Pure and deterministic: the same two values always give the same score.





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
class Tally {
    matched = 0;
    wrong = 0;
    missing = 0;
    extra = 0;
    mismatches = [];
    matchedPaths = [];
    approximated = [];
    match(path) {
        this.matched += 1;
        this.matchedPaths.push(path);
    }
    add(kind, path, expected, got) {
        this[kind] += 1;
        const mismatch = { path, kind };
        if (expected !== undefined)
            mismatch.expected = expected;
        if (got !== undefined)
            mismatch.got = got;
        this.mismatches.push(mismatch);
    }
    result() {
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
function compareResult(expected, got, rules = compare_rules/* NO_RULES */.Wd) {
    const tally = new Tally();
    const stack = [{ expected, got, path: '', scope: (0,compare_rules/* rootScope */.Pu)(rules) }];
    // Children are pushed in reverse so they are taken in document order and mismatches come out in it.
    const pushAll = (tasks) => {
        for (let i = tasks.length - 1; i >= 0; i--) {
            const task = tasks[i];
            if (task)
                stack.push(task);
        }
    };
    while (stack.length > 0) {
        const { expected: e, got: g, path, scope, cells } = stack.pop();
        if (scope.ignore)
            continue;
        // null and a missing field are the same.
        const noExpected = e === null || e === undefined;
        const noGot = g === null || g === undefined;
        if (noExpected && noGot) {
            if (scope.creditNull)
                tally.matched += 1;
            continue;
        }
        if (noGot || noExpected) {
            const { leaves, nulls } = leavesOf(noGot ? e : g, scope);
            for (const leaf of leaves) {
                const at = under(path, leaf.path);
                if (noGot)
                    tally.add('missing', at, leaf.value, undefined);
                else
                    tally.add('extra', at, undefined, leaf.value);
            }
            tally.matched += nulls.length;
        }
        else if ((0,compare_values/* isLeaf */.xe)(e) && (0,compare_values/* isLeaf */.xe)(g)) {
            if ((0,normalize/* valuesMatch */.ob)(e, g, scope))
                tally.match(path);
            else
                tally.add('wrong', path, e, g);
        }
        else if ((0,compare_values/* isRecord */.u4)(e) && (0,compare_values/* isRecord */.u4)(g)) {
            const tasks = Object.keys(e).map((key) => ({
                expected: e[key],
                // Own fields only: a result without `constructor` has no such field, whatever Object.prototype holds.
                got: Object.hasOwn(g, key) ? g[key] : undefined,
                path: (0,field_path/* keyPath */.D)(path, key),
                scope: (0,compare_rules/* childScope */.Xu)(scope, key)
            }));
            for (const key of Object.keys(g)) {
                if (!Object.hasOwn(e, key))
                    tasks.push({ expected: undefined, got: g[key], path: (0,field_path/* keyPath */.D)(path, key), scope: (0,compare_rules/* childScope */.Xu)(scope, key) });
            }
            pushAll(tasks);
        }
        else if (Array.isArray(e) && Array.isArray(g)) {
            pushAll(compareArrays(e, g, path, scope, tally, cells));
        }
        else {
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
function compareArrays(e, g, path, scope, tally, cells = false) {
    const items = (0,compare_rules/* childScope */.Xu)(scope, 0);
    if (items.ignore)
        return [];
    const grid = isGrid(e) && isGrid(g);
    const task = (i, j) => ({
        expected: i === undefined ? undefined : e[i],
        got: j === undefined ? undefined : g[j],
        path: (0,field_path/* indexPath */.A)(path, i ?? j),
        scope: items,
        cells: grid
    });
    if (cells)
        return Array.from({ length: Math.max(e.length, g.length) }, (_, i) => task(i < e.length ? i : undefined, i < g.length ? i : undefined));
    if (scope.key !== undefined)
        return pairedTasks(matchByKey(e, g, scope.key, items), e.length, g.length, task);
    if (e.every(compare_values/* isLeaf */.xe) && g.every(compare_values/* isLeaf */.xe)) {
        compareMultisets(e, g, path, items, tally);
        return [];
    }
    // Rows of objects, and the rows of a grid (a list of lists), are matched as rows.
    return pairedTasks(matchRows(e, g, path, items, tally), e.length, g.length, task);
}
/** A list of lists (nulls aside): a table whose rows are lists of cells. */
function isGrid(array) {
    return array.some(Array.isArray) && array.every((item) => item === null || Array.isArray(item));
}
/** Tasks for the pairs in expected order, then each unpaired expected row (missing), then each unpaired result row (extra). */
function pairedTasks({ pairs, settled }, expectedRows, gotRows, task) {
    const tasks = [];
    for (let i = 0; i < expectedRows; i++)
        if (!settled?.expected.has(i))
            tasks.push(task(i, pairs.get(i)));
    const paired = new Set(pairs.values());
    for (let j = 0; j < gotRows; j++)
        if (!paired.has(j) && !settled?.got.has(j))
            tasks.push(task(undefined, j));
    return tasks;
}
function matchByKey(e, g, key, items) {
    const keyScope = (0,compare_rules/* childScope */.Xu)(items, key);
    const keyOf = (row) => {
        const value = (0,compare_values/* isRecord */.u4)(row) && Object.hasOwn(row, key) ? row[key] : undefined;
        return (0,compare_values/* isLeaf */.xe)(value) && value !== null ? (0,normalize/* valueKey */.zV)(value, keyScope) : undefined;
    };
    const waiting = new Queues();
    e.forEach((row, i) => waiting.add(keyOf(row), i));
    const pairs = new Map();
    g.forEach((row, j) => {
        const i = waiting.take(keyOf(row));
        if (i !== undefined)
            pairs.set(i, j);
    });
    return { pairs };
}
/**
 * Pairs rows so that as many fields as possible match: identical rows first, in one pass, then an optimal
 * assignment of the rest, or a greedy match when the rest is too large. Identical pairs are counted here.
 */
function matchRows(e, g, path, items, tally) {
    const waiting = new Queues();
    const expectedRows = rowsOf(e, items);
    for (const row of expectedRows)
        if (row.complete)
            waiting.add(rowKey(row), row.index);
    const settled = { expected: new Set(), got: new Set() };
    const leftGot = [];
    for (const row of rowsOf(g, items)) {
        const i = row.complete ? waiting.take(rowKey(row)) : undefined;
        if (i === undefined) {
            leftGot.push(row);
        }
        else {
            settled.expected.add(i);
            settled.got.add(row.index);
        }
    }
    const leftExpected = [];
    for (const row of expectedRows) {
        if (settled.expected.has(row.index)) {
            for (const leaf of row.leaves)
                tally.match(under((0,field_path/* indexPath */.A)(path, row.index), leaf.path));
            tally.matched += row.nulls.length;
        }
        else
            leftExpected.push(row);
    }
    let pairs = new Map();
    if (leftExpected.length > 0 && leftGot.length > 0) {
        const optimal = leftExpected.length * leftGot.length <= OPTIMAL_MATCH_CELLS ? assignOptimally(leftExpected, leftGot) : undefined;
        if (optimal) {
            pairs = optimal;
        }
        else {
            const greedy = assignGreedily(leftExpected, leftGot);
            pairs = greedy.pairs;
            tally.approximated.push({ path, gap: greedy.gap });
        }
    }
    return { pairs, settled };
}
/** The non-null elements with their leaf fields, as far as {@link ROW_VIEW} reaches. */
function rowsOf(array, items) {
    const rows = [];
    array.forEach((element, index) => {
        if (element !== null && element !== undefined)
            rows.push({ index, ...leavesOf(element, items, ROW_VIEW) });
    });
    return rows;
}
/** Equal for two rows exactly when every field matches after normalisation (tolerance and any-of aside). */
function rowKey(row) {
    // Paths never hold \u0000 or \u0001 (such names are quoted), and the length prefix keeps any value whole.
    const fields = row.leaves.map((leaf) => {
        const value = (0,normalize/* valueKey */.zV)(leaf.value, leaf.scope);
        return `${leaf.path}\u0000${value.length}:${value}`;
    });
    // A credited null on one side only (absent on the other) still counts: such rows are compared field by field.
    for (const path of row.nulls)
        fields.push(`${path}\u0000null`);
    return fields.sort().join('\u0001');
}
/** A leaf's field and value as one string, equal for two leaves exactly when their values share a key. */
function token(path, key) {
    return `${path}\u0000${key}`;
}
/** The keys an expected leaf matches on sight: one, or one per alternate reading. */
function keysOf(leaf) {
    if (!(leaf.value instanceof compare_values/* OneOf */.E8))
        return [(0,normalize/* valueKey */.zV)(leaf.value, leaf.scope)];
    return [...new Set(leaf.value.values.map((reading) => (0,normalize/* valueKey */.zV)(reading, leaf.scope)))];
}
/** A rule can accept a result value whose key differs from the expected value's. */
function fuzzy(leaf) {
    return leaf.scope.tolerance !== undefined || leaf.scope.anyOf !== undefined || leaf.scope.similarity !== undefined;
}
/** How many fields of the two rows match, by relative path: the weight of pairing them. */
function rowScore(expected, got) {
    let score = 0;
    for (const leaf of got.leaves) {
        const other = expected.get(leaf.path);
        if (other && (0,normalize/* valuesMatch */.ob)(other.value, leaf.value, other.scope))
            score += 1;
    }
    return score;
}
function fieldMap(row) {
    return new Map(row.leaves.map((leaf) => [leaf.path, leaf]));
}
/**
 * Rows with no field in common stay unpaired: one missing and one extra row, not a row of wrong fields. Rows seen
 * only in part may share fields further down, so they pair.
 */
function worthPairing(score, expected, got) {
    return score > 0 || !expected.complete || !got.complete;
}
/** Result rows by the token of each of their fields. */
function holdersOf(got) {
    const holders = new Map();
    got.forEach((row, j) => {
        for (const leaf of row.leaves) {
            const key = token(leaf.path, (0,normalize/* valueKey */.zV)(leaf.value, leaf.scope));
            const list = holders.get(key);
            if (list)
                list.push(j);
            else
                holders.set(key, [j]);
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
function pairWeights(expected, got) {
    const columns = got.length;
    const weights = new Int32Array(expected.length * columns);
    const holders = holdersOf(got);
    const checks = expected.reduce((sum, row) => sum + row.leaves.filter(fuzzy).length, 0) * columns;
    let gotFields;
    expected.forEach((row, i) => {
        const base = i * columns;
        for (const leaf of row.leaves) {
            if (checks <= PAIRWISE_CHECKS && fuzzy(leaf)) {
                gotFields ??= got.map(fieldMap);
                gotFields.forEach((fields, j) => {
                    const other = fields.get(leaf.path);
                    if (other && (0,normalize/* valuesMatch */.ob)(leaf.value, other.value, leaf.scope))
                        weights[base + j] = weights[base + j] + 1;
                });
                continue;
            }
            for (const key of keysOf(leaf)) {
                for (const j of holders.get(token(leaf.path, key)) ?? [])
                    weights[base + j] = weights[base + j] + 1;
            }
        }
    });
    return weights;
}
/** The optimal pairs, or undefined when the search would take longer than its budget. */
function assignOptimally(expected, got) {
    const weights = pairWeights(expected, got);
    const pairs = new Map();
    const assigned = maxWeightAssignment(weights, expected.length, got.length);
    if (!assigned)
        return undefined;
    assigned.forEach((j, i) => {
        const row = expected[i];
        const other = got[j];
        const weight = weights[i * got.length + j];
        if (row && other && weight !== undefined && worthPairing(weight, row, other))
            pairs.set(row.index, other.index);
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
function assignGreedily(expected, got) {
    const holders = holdersOf(got);
    const taken = new Uint8Array(got.length);
    const pairs = new Map();
    const unpaired = [];
    let bound = 0;
    let achieved = 0;
    for (const row of expected) {
        const shared = new Map();
        for (const leaf of row.leaves) {
            const keys = keysOf(leaf);
            const lists = keys.map((key) => holders.get(token(leaf.path, key)));
            if (fuzzy(leaf) || keys.length > 1 || lists.some((list) => list && list.length > DISTINCTIVE_ROWS)) {
                bound += 1;
                continue;
            }
            for (const j of lists[0] ?? [])
                shared.set(j, (shared.get(j) ?? 0) + 1);
        }
        let best = -1;
        let most = 0;
        let mostAnywhere = 0;
        for (const [j, count] of shared) {
            mostAnywhere = Math.max(mostAnywhere, count);
            if (!taken[j] && (count > most || (count === most && j < best)))
                [best, most] = [j, count];
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
        if (!other)
            return;
        const score = rowScore(fieldMap(row), other);
        if (!worthPairing(score, row, other))
            return;
        pairs.set(row.index, other.index);
        achieved += score;
    });
    const most = Math.min(bound, got.reduce((sum, row) => sum + row.leaves.length, 0));
    return { pairs, gap: Math.max(0, most - achieved) };
}
/** Plain values compare as multisets: each expected value is matched by at most one equal result value. */
function compareMultisets(e, g, path, items, tally) {
    const values = e;
    const waiting = new Queues();
    values.forEach((value, i) => {
        if (value !== null)
            waiting.add((0,normalize/* valueKey */.zV)(value, items), i);
    });
    const leftGot = [];
    g.forEach((value, j) => {
        if (value === null)
            return;
        const i = waiting.take((0,normalize/* valueKey */.zV)(value, items));
        if (i === undefined)
            leftGot.push(j);
        else
            tally.match((0,field_path/* indexPath */.A)(path, i));
    });
    let leftExpected = waiting.remaining();
    // Rules and alternate readings accept values whose keys differ: those are tried pair by pair, within a bound.
    const byValue = items.tolerance || items.anyOf || items.similarity !== undefined || leftExpected.some((i) => values[i] instanceof compare_values/* OneOf */.E8);
    if (byValue && leftExpected.length > 0 && leftGot.length > 0) {
        if (leftExpected.length * leftGot.length > PAIRWISE_CHECKS) {
            tally.approximated.push({ path, gap: Math.min(leftExpected.length, leftGot.length) });
        }
        else {
            const unmatched = [];
            for (const j of leftGot) {
                const k = leftExpected.findIndex((i) => (0,normalize/* valuesMatch */.ob)(values[i] ?? null, g[j] ?? null, items));
                if (k < 0) {
                    unmatched.push(j);
                    continue;
                }
                tally.match((0,field_path/* indexPath */.A)(path, leftExpected[k]));
                leftExpected = leftExpected.filter((_, index) => index !== k);
            }
            leftGot.splice(0, leftGot.length, ...unmatched);
        }
    }
    for (const i of leftExpected)
        tally.add('missing', (0,field_path/* indexPath */.A)(path, i), values[i], undefined);
    for (const j of leftGot)
        tally.add('extra', (0,field_path/* indexPath */.A)(path, j), undefined, g[j]);
}
/**
 * The non-null leaf fields under `node`, with paths relative to it, in document order, and how many fields are
 * null where `credit-null` counts them. With a `bound`, the walk stops after that many nodes and skips what is
 * deeper than that many levels, and says it is not `complete`.
 */
function leavesOf(node, scope, bound) {
    const leaves = [];
    // The last member says whether the node is a field of an object (a list's null items are never counted).
    const stack = [[node, '', scope, 0, false]];
    let visited = 0;
    let complete = true;
    const nulls = [];
    while (stack.length > 0) {
        const [value, path, at, depth, field] = stack.pop();
        if (at.ignore)
            continue;
        if (value === null || value === undefined) {
            if (at.creditNull && field)
                nulls.push(path);
            continue;
        }
        if (bound && ++visited > bound.nodes)
            return { leaves, nulls, complete: false };
        if (bound && depth > bound.depth) {
            complete = false;
            continue;
        }
        if ((0,compare_values/* isLeaf */.xe)(value)) {
            leaves.push({ path, value, scope: at });
        }
        else if (Array.isArray(value)) {
            for (let i = value.length - 1; i >= 0; i--)
                stack.push([value[i], (0,field_path/* indexPath */.A)(path, i), (0,compare_rules/* childScope */.Xu)(at, i), depth + 1, false]);
        }
        else if ((0,compare_values/* isRecord */.u4)(value)) {
            for (const key of Object.keys(value).reverse())
                stack.push([value[key], (0,field_path/* keyPath */.D)(path, key), (0,compare_rules/* childScope */.Xu)(at, key), depth + 1, true]);
        }
    }
    return { leaves, nulls, complete };
}
/** `base` followed by a relative path from {@link leavesOf}. */
function under(base, relative) {
    if (relative === '' || base === '')
        return base + relative;
    return relative.startsWith('[') ? base + relative : `${base}.${relative}`;
}
/** First-come queues of indices by key, so duplicates pair in order. */
class Queues {
    queues = new Map();
    add(key, index) {
        if (key === undefined)
            return;
        const queue = this.queues.get(key);
        if (queue)
            queue.indices.push(index);
        else
            this.queues.set(key, { indices: [index], next: 0 });
    }
    take(key) {
        const queue = key === undefined ? undefined : this.queues.get(key);
        if (!queue || queue.next >= queue.indices.length)
            return undefined;
        return queue.indices[queue.next++];
    }
    /** The indices never taken, in ascending order. */
    remaining() {
        return [...this.queues.values()].flatMap((queue) => queue.indices.slice(queue.next)).sort((a, b) => a - b);
    }
}
/** part ÷ whole, 1 when there is nothing to score. */
function ratio(part, whole) {
    return whole === 0 ? 1 : part / whole;
}


/***/ }),

/***/ 9456:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jn: () => (/* reexport safe */ _values_js__WEBPACK_IMPORTED_MODULE_0__.jn),
/* harmony export */   ob: () => (/* binding */ valuesMatch),
/* harmony export */   zV: () => (/* binding */ valueKey)
/* harmony export */ });
/* unused harmony exports decimalOf, PIVOT_YEAR, dateKey, asIsoDate, normalText, similar */
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7801);
// When two leaf values count as the same: the normalisation the README's "Comparing with expected results" explains.
// Strings are trimmed with inner whitespace collapsed and put in Unicode's composed form (NFC); a number and a
// numeric string compare as exact decimals (never through a double); dates in common written forms compare as
// dates, an ambiguous one (02/01/2025) only as written unless a rule sets the order. Everything else must be equal.


// `1234.5`, `-3`, `1,234.50`: thousands commas in groups of three. No leading zeros, so `"01234"` (a postcode,
// an account number) stays text and never equals 1234.
const NUMERIC = /^[+-]?(?:0|[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*)(?:\.\d+)?$/;
/** The number's source text (commas dropped), or undefined for a value that is not a number. */
function numberText(value) {
    if (typeof value === 'number')
        return String(value);
    if (value instanceof _values_js__WEBPACK_IMPORTED_MODULE_0__/* .ExactNumber */ .fh)
        return value.text;
    if (typeof value !== 'string')
        return undefined;
    const text = value.trim();
    return NUMERIC.test(text) ? text.replace(/,/g, '') : undefined;
}
/**
 * One text per decimal value, whatever the notation: `1000`, `1e3`, `1000.0` are `1000`; `0.5`, `5e-1` are
 * `5e-1`. Integers of up to 21 digits are written out, as String() writes a safe integer, so those skip the work.
 */
function decimalOf(value) {
    if (typeof value === 'number' && Number.isSafeInteger(value))
        return String(value === 0 ? 0 : value);
    const text = numberText(value);
    if (text === undefined)
        return undefined;
    const parts = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
    if (!parts)
        return undefined;
    const [, sign, whole = '', fraction = '', exponentText = '0'] = parts;
    let digits = (whole + fraction).replace(/^0+/, '');
    if (digits === '')
        return '0';
    const trailing = digits.length - digits.replace(/0+$/, '').length;
    digits = digits.slice(0, digits.length - trailing);
    // A long exponent (1e99999999999999999999) is still exact as a bigint.
    const exponent = exponentText.length > 15
        ? (BigInt(exponentText) + BigInt(trailing - fraction.length)).toString()
        : String(Number(exponentText) + trailing - fraction.length);
    const negative = sign === '-' ? '-' : '';
    const zeros = Number(exponent);
    if (zeros >= 0 && digits.length + zeros <= 21)
        return negative + digits + '0'.repeat(zeros);
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
function dateKey(text, order) {
    if (text.length > 48)
        return undefined;
    const trimmed = text.trim().replace(/\s+/g, ' ');
    // Every form starts with 1 to 4 digits and a separator, or ends with a 4-digit year.
    if (!DATE_START.test(trimmed))
        return undefined;
    let match = YEAR_FIRST.exec(trimmed);
    if (match)
        return isoKey(Number(match[1]), Number(match[3]), Number(match[4]));
    match = YEAR_LAST.exec(trimmed);
    if (match) {
        const [first, second, yearText] = [Number(match[1]), Number(match[3]), match[4] ?? ''];
        const year = yearText.length === 2 ? Number(yearText) + (Number(yearText) < PIVOT_YEAR ? 2000 : 1900) : Number(yearText);
        // Only a number over 12, or the same number twice, says which is the month; else the rule does, or nothing.
        if (first > 12 || (second <= 12 && (first === second || order === 'day-first')))
            return isoKey(year, second, first);
        if (second > 12 || order === 'month-first')
            return isoKey(year, first, second);
        return first >= 1 && second >= 1 ? `a${first}/${second}/${year}` : undefined;
    }
    match = DAY_MONTH.exec(trimmed);
    if (match)
        return isoKey(Number(match[4]), monthNumber(match[3] ?? ''), Number(match[2]), match[1]);
    match = MONTH_DAY.exec(trimmed);
    if (match)
        return isoKey(Number(match[4]), monthNumber(match[2] ?? ''), Number(match[3]), match[1]);
    match = DATE_TIME.exec(trimmed);
    if (match)
        return dateTimeKey(match);
    return undefined;
}
/** `YYYY-MM-DD` for a real calendar date in one of the forms {@link dateKey} reads without a rule, else undefined. */
function asIsoDate(text) {
    const key = dateKey(text);
    return key?.startsWith('d') ? key.slice(1) : undefined;
}
function isoKey(year, month, day, weekday) {
    if (month === undefined || month < 1 || month > 12 || day < 1 || day > daysIn(year, month))
        return undefined;
    if (weekday !== undefined) {
        const named = WEEKDAYS.findIndex((name) => name.startsWith(weekday.toLowerCase()) && weekday.length >= 3);
        if (named !== new Date(Date.UTC(year, month - 1, day)).getUTCDay())
            return undefined;
    }
    return `d${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
function dateTimeKey(match) {
    const part = (group) => Number(match[group] ?? 0);
    const [year, month, day, hour, minute, second] = [part(1), part(2), part(3), part(4), part(5), part(6)];
    const fraction = (match[7] ?? '').replace(/\.?0+$/, '');
    const zone = match[8];
    if (isoKey(year, month, day) === undefined || hour > 23 || minute > 59 || second > 59)
        return undefined;
    let instant = Date.UTC(year, month - 1, day, hour, minute, second);
    if (zone && zone.toUpperCase() !== 'Z') {
        const offset = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
        const minutes = Number(offset?.[2]) * 60 + Number(offset?.[3]);
        instant -= (offset?.[1] === '-' ? -1 : 1) * minutes * 60_000;
    }
    return `t${new Date(instant).toISOString().slice(0, 19)}${fraction}${zone ? 'Z' : ''}`;
}
/** `Mar`, `March`, `Sept` (any case): 1 to 12; anything else: undefined. */
function monthNumber(name) {
    const lower = name.toLowerCase();
    const index = MONTHS.findIndex((month) => month.startsWith(lower.slice(0, 3)));
    if (index < 0 || lower.length < 3)
        return undefined;
    return MONTHS[index]?.startsWith(lower) ? index + 1 : undefined;
}
function daysIn(year, month) {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
/** A character outside printable ASCII: only such text needs composing and full case folding. */
const NOT_PLAIN = /[^ -~]/;
/** Trimmed, inner whitespace collapsed, composed (NFC); with `caseInsensitive`, case folded the Unicode way. */
function normalText(text, caseInsensitive) {
    const collapsed = text.trim().replace(/\s+/g, ' ');
    if (!NOT_PLAIN.test(collapsed))
        return caseInsensitive ? collapsed.toLowerCase() : collapsed;
    const composed = collapsed.normalize('NFC');
    if (!caseInsensitive)
        return composed;
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
function valueKey(value, options) {
    // Alternate readings have no single key: such a field is only ever compared value by value.
    if (value instanceof _values_js__WEBPACK_IMPORTED_MODULE_0__/* .OneOf */ .E8)
        return '\u0000';
    if (typeof value === 'string') {
        const date = dateKey(value, options.dateOrder);
        if (date)
            return date;
    }
    const decimal = decimalOf(value);
    if (decimal !== undefined)
        return `n${decimal}`;
    if (typeof value === 'string')
        return `s${normalText(value, options.caseInsensitive)}`;
    if (typeof value === 'boolean')
        return `boolean${value}`;
    return 'null';
}
function valuesMatch(expected, got, options) {
    if (expected instanceof _values_js__WEBPACK_IMPORTED_MODULE_0__/* .OneOf */ .E8)
        return expected.values.some((reading) => valuesMatch(reading, got, options));
    if (sameValue(expected, got, options))
        return true;
    return options.anyOf?.some((alternative) => sameValue(alternative, got, options)) ?? false;
}
function sameValue(expected, got, options) {
    if (expected === got)
        return true;
    const a = decimalOf(expected);
    const b = a === undefined ? undefined : decimalOf(got);
    if (a !== undefined && b !== undefined)
        return a === b || withinTolerance(a, b, options.tolerance);
    if (typeof expected === 'string' && typeof got === 'string') {
        const date = dateKey(expected, options.dateOrder);
        if (date !== undefined)
            return date === dateKey(got, options.dateOrder);
        const [x, y] = [normalText(expected, options.caseInsensitive), normalText(got, options.caseInsensitive)];
        return x === y || (options.similarity !== undefined && similar(x, y, options.similarity));
    }
    return false;
}
/** Tolerance is measured in doubles; a number beyond a double's range (1e999) is within none. */
function withinTolerance(expectedText, gotText, tolerance) {
    if (!tolerance)
        return false;
    const [expected, got] = [Number(expectedText), Number(gotText)];
    if (!Number.isFinite(expected) || !Number.isFinite(got))
        return false;
    const allowed = 'absolute' in tolerance ? tolerance.absolute : (Math.abs(expected) * tolerance.relative) / 100;
    // A hair of slack for binary fractions: 0.1 + 0.2 is within 0.3 of 0.
    return Math.abs(expected - got) <= allowed + Number.EPSILON * Math.max(1, Math.abs(expected), Math.abs(got));
}
/**
 * 1 − edit distance ÷ the longer length (in code points) is at least `threshold`: ANLS's similarity, as a yes or no.
 * The distance is computed only as far as it can still pass.
 */
function similar(a, b, threshold) {
    const x = Array.from(a);
    const y = Array.from(b);
    const longer = Math.max(x.length, y.length);
    if (longer === 0)
        return true;
    // The largest distance that still passes (a hair of slack for 0.9 × 10 in binary).
    const budget = Math.floor((1 - threshold) * longer + 1e-9);
    if (Math.abs(x.length - y.length) > budget)
        return false;
    let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
    for (let i = 1; i <= x.length; i++) {
        const current = [i];
        let best = i;
        for (let j = 1; j <= y.length; j++) {
            const cost = x[i - 1] === y[j - 1] ? 0 : 1;
            const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
            current.push(value);
            if (value < best)
                best = value;
        }
        if (best > budget)
            return false;
        previous = current;
    }
    return (previous[y.length] ?? Infinity) <= budget;
}


/***/ }),

/***/ 8892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $1: () => (/* binding */ checkRulesAgainst),
/* harmony export */   NR: () => (/* binding */ parseRules),
/* harmony export */   Pu: () => (/* binding */ rootScope),
/* harmony export */   Wd: () => (/* binding */ NO_RULES),
/* harmony export */   Xu: () => (/* binding */ childScope)
/* harmony export */ });
/* harmony import */ var _lib_constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8386);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7268);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7801);
/* harmony import */ var _normalize_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9456);
// The `compare` rules file: field paths (`*` any key, `[]` any index) mapped to rules that change how those
// fields compare. Parsed and checked before any request; a rule applies to its field and everything under it.




const NO_RULES = { source: '', list: [] };
const RULE_NAMES = ['ignore', 'tolerance', 'case-insensitive', 'key', 'any-of', 'date-order', 'similarity', 'credit-null'];
const EXAMPLE = `e.g. {"total": {"tolerance": 0.01}, "items[].description": {"case-insensitive": true}}`;
/** `document` is the parsed JSON or YAML file; every problem is an InputError naming the path and the rule. */
function parseRules(document, source) {
    const fail = (message) => {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(_lib_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Compare, `rules file '${source}': ${message}`);
    };
    if (!(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(document))
        fail(`expected a map of field paths to rules, ${EXAMPLE}.`);
    const list = Object.entries(document).map(([pattern, body]) => {
        const segments = parsePattern(pattern);
        if (typeof segments === 'string')
            return fail(`'${pattern}' is not a field path (${segments}).`);
        if (!(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(body))
            return fail(`'${pattern}' must map to rules, ${EXAMPLE}.`);
        const rule = {};
        for (const [name, value] of Object.entries(body)) {
            const bad = (expected) => fail(`'${pattern}': rule '${name}' must be ${expected}, not ${JSON.stringify(value)}.`);
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
                    rule.anyOf = Array.isArray(value) && value.length > 0 && value.every(_normalize_js__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn) ? value : bad('a list of accepted values');
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
function parseTolerance(value) {
    if (typeof value === 'number')
        return Number.isFinite(value) && value >= 0 ? { absolute: value } : undefined;
    if (typeof value !== 'string')
        return undefined;
    const percent = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(value);
    if (percent)
        return { relative: Number(percent[1]) };
    return /^\s*\d+(?:\.\d+)?\s*$/.test(value) ? { absolute: Number(value) } : undefined;
}
/** `items[].amount`, `*.name`, `["Invoice No."]`: the segments, or why the text is not a path. */
function parsePattern(pattern) {
    const segments = [];
    let at = 0;
    while (at < pattern.length) {
        if (pattern.startsWith('[]', at)) {
            segments.push('[]');
            at += 2;
            continue;
        }
        if (pattern[at] === '[') {
            const quoted = /^\[("(?:[^"\\]|\\.)*")\]/.exec(pattern.slice(at));
            if (!quoted)
                return 'write [] for any index, and ["name"] for a field name with dots or brackets';
            segments.push({ key: JSON.parse(quoted[1] ?? '""') });
            at += quoted[0].length;
            continue;
        }
        if (at > 0) {
            if (pattern[at] !== '.')
                return `unexpected '${pattern[at]}' at position ${at + 1}`;
            at += 1;
        }
        const name = /^[^.[\]]+/.exec(pattern.slice(at))?.[0];
        if (!name)
            return at === 0 ? 'it is empty' : `a field name is missing at position ${at + 1}`;
        segments.push(name === '*' ? '*' : { key: name });
        at += name.length;
    }
    return segments.length ? segments : 'it is empty';
}
const EMPTY = [];
function rootScope(rules) {
    return { ignore: false, caseInsensitive: false, hits: [], progress: rules.list.map((rule) => ({ rule, at: 0 })) };
}
/** The scope of `parent`'s field `segment` (a key, or an array index). */
function childScope(parent, segment) {
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
    const hits = [];
    const progress = [];
    for (const { rule, at } of parent.progress) {
        const wanted = rule.segments[at];
        if (wanted === undefined)
            continue;
        const fits = wanted === '[]' ? typeof segment === 'number' : typeof segment === 'string' && (wanted === '*' || wanted.key === segment);
        if (!fits)
            continue;
        if (at + 1 === rule.segments.length)
            hits.push(rule);
        else
            progress.push({ rule, at: at + 1 });
    }
    const scope = { ...inherited, hits, progress };
    // In file order: a later rule for the same field wins.
    for (const { rule } of hits) {
        if (rule.ignore !== undefined)
            scope.ignore = rule.ignore;
        if (rule.caseInsensitive !== undefined)
            scope.caseInsensitive = rule.caseInsensitive;
        if (rule.tolerance !== undefined)
            scope.tolerance = rule.tolerance;
        if (rule.key !== undefined)
            scope.key = rule.key;
        if (rule.anyOf !== undefined)
            scope.anyOf = rule.anyOf;
        if (rule.dateOrder !== undefined)
            scope.dateOrder = rule.dateOrder;
        if (rule.similarity !== undefined)
            scope.similarity = rule.similarity;
        if (rule.creditNull !== undefined)
            scope.creditNull = rule.creditNull;
    }
    return scope;
}
/**
 * Every rule must match a field of at least one expected file, and a `key` rule an array whose rows hold
 * that field: a typo in a path would otherwise silently check nothing.
 */
function checkRulesAgainst(rules, documents) {
    if (rules.list.length === 0 || documents.length === 0)
        return;
    const hit = new Set();
    const stack = documents.map((document) => [document, rootScope(rules)]);
    while (stack.length > 0) {
        const [node, scope] = stack.pop();
        for (const rule of scope.hits) {
            const { key } = rule.rule;
            if (key === undefined || (Array.isArray(node) && node.some((row) => (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(row) && Object.hasOwn(row, key))))
                hit.add(rule);
        }
        if (scope.progress.length === 0)
            continue;
        if (Array.isArray(node))
            node.forEach((item, index) => stack.push([item, childScope(scope, index)]));
        else if ((0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(node))
            for (const [key, value] of Object.entries(node))
                stack.push([value, childScope(scope, key)]);
    }
    const unmatched = rules.list.filter((rule) => !hit.has(rule));
    if (unmatched.length === 0)
        return;
    const described = unmatched.map((rule) => rule.rule.key === undefined ? `'${rule.pattern}'` : `'${rule.pattern}' (an array of rows with the field '${rule.rule.key}')`);
    throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(_lib_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Compare, `rules file '${rules.source}': ${described.join(', ')} ${unmatched.length === 1 ? 'matches' : 'match'} nothing in any expected file. ` +
        `Check the path: * stands for any key, [] for any index (items[].amount).`);
}


/***/ }),

/***/ 36:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ RULES_FILE),
/* harmony export */   JE: () => (/* binding */ readJsonFile),
/* harmony export */   Td: () => (/* binding */ SCHEMA_FILE),
/* harmony export */   Yx: () => (/* binding */ EXPECTED_FILE),
/* harmony export */   jH: () => (/* binding */ readInputFile),
/* harmony export */   oT: () => (/* binding */ CONFIGURATION_FILE),
/* harmony export */   tu: () => (/* binding */ BASELINE_FILE)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _lib_constants_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8386);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7268);
/* harmony import */ var _lib_json_scan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2419);
/* harmony import */ var _lib_json_walk_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8175);
/* harmony import */ var _lib_bound_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4323);
/* harmony import */ var _lib_markdown_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3862);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7180);
// The one reader of the JSON and YAML files inputs name (configuration, compare rules, schema, expected results).
// They come from pull requests, forks included: each is read only inside the workspace, within a size and a
// nesting depth checked without recursion, with YAML aliases bounded, and its errors name the file, line and
// column but never quote it (a link to a key file must not print the key). yaml is loaded for YAML files only.









const MiB = 1024 * 1024;
// A configuration is sent with every job: 1 MiB and 100 levels hold any real one many times over (a data schema
// nests about two levels per level of the fields it describes). A schema is then bounded by the gate itself,
// more tightly, before it is compiled (check/schema-gate.ts).
const CONFIGURATION_FILE = { input: _lib_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Configuration, yaml: true, maxBytes: MiB, maxDepth: 100 };
const SCHEMA_FILE = { input: _lib_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Schema, yaml: false, maxBytes: MiB, maxDepth: 1000 };
const RULES_FILE = { input: _lib_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Compare, yaml: true, maxBytes: MiB, maxDepth: 100 };
// An expected file is a whole result: as large as results the action handles (100 MiB are measured), and as
// deep as the schema gate checks them.
const EXPECTED_FILE = {
    input: _lib_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Expected,
    yaml: false,
    maxBytes: 128 * MiB,
    maxDepth: 1000,
    optional: true,
    fix: 'fix it, or write it from the result with update-expected: true'
};
// A run report holds each result (those over 8 MiB are left out) a few levels down; a first run has none yet.
const BASELINE_FILE = { input: _lib_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Baseline, yaml: false, maxBytes: 256 * MiB, maxDepth: 1010, optional: true };
/** YAML aliases expanded in all: a few `*ref`s are fine, a billion laughs is not. */
const MAX_ALIASES = 100;
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** A key quoted in a duplicate-key error is cut to this many characters, its ellipsis included. */
const KEY_SHOWN_CHARS = 101;
/** The parsed file, JSON or YAML by its name; undefined only for an optional file that does not exist. Every problem is an InputError. */
async function readInputFile(kind, file, workspace) {
    if (!kind.yaml || node_path__WEBPACK_IMPORTED_MODULE_1__.extname(file).toLowerCase() === '.json')
        return readJsonFile(kind, file, workspace);
    const read = readText(kind, file, workspace);
    return read && parseYaml(read.text, kind, read.fail);
}
/**
 * The same for a JSON file, without waiting: yaml is never needed. `build` makes the value of the checked text
 * (JSON.parse unless given: expected files keep long numbers exact).
 */
function readJsonFile(kind, file, workspace, build = JSON.parse) {
    const read = readText(kind, file, workspace);
    return read && parseJson(read.bytes, read.text, kind, read.fail, build);
}
function readText(kind, file, workspace) {
    const shown = (0,_workspace_js__WEBPACK_IMPORTED_MODULE_7__/* .relativeToWorkspace */ .Tv)(file, workspace);
    const fail = (message) => {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(kind.input, `'${shown}' ${message}`);
    };
    const bytes = readBounded(kind, file, workspace, fail);
    if (bytes === undefined)
        return undefined;
    const body = bytes.subarray(0, 3).equals(UTF8_BOM) ? bytes.subarray(3) : bytes;
    return { bytes: body, text: body.toString('utf8'), fail };
}
function readBounded(kind, file, workspace, fail) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)((0,_workspace_js__WEBPACK_IMPORTED_MODULE_7__/* .realPathToRead */ .hn)(kind.input, file, workspace), 'r');
    }
    catch (error) {
        if (error instanceof _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz)
            throw error;
        const { code } = error;
        if (kind.optional && code === 'ENOENT')
            return undefined;
        return fail(`cannot be read (${code ?? 'unreadable'}): check the path, and that the file is in the checkout.`);
    }
    try {
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!info.isFile())
            fail(`is not a file: give the path of a ${kind.yaml ? 'JSON or YAML' : 'JSON'} file.`);
        if (info.size > kind.maxBytes) {
            fail(`is ${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .mebibytes */ .jh)(info.size)}, over the ${kind.maxBytes / MiB} MiB accepted for '${kind.input}': check that it is the right file.`);
        }
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(fd);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function parseJson(bytes, text, kind, fail, build = JSON.parse) {
    // JSON.parse's messages quote the text: the scanner says where it broke, and what was due there, instead.
    const at = syntaxErrorAt(bytes);
    if (at) {
        const [line, column] = lineColumn(text, bytes.subarray(0, at.offset).toString('utf8').length);
        fail(`is not valid JSON at line ${line}, column ${column} (expected ${at.expected}): ${kind.fix ?? 'fix its syntax'}.`);
    }
    checkJsonKeys(text, kind, fail);
    return build(text);
}
function syntaxErrorAt(bytes) {
    try {
        const scanner = new _lib_json_scan_js__WEBPACK_IMPORTED_MODULE_4__/* .JsonScanner */ .V();
        scanner.write(bytes);
        scanner.end();
    }
    catch (error) {
        if (error instanceof _lib_json_scan_js__WEBPACK_IMPORTED_MODULE_4__/* .JsonSyntaxError */ .q)
            return error.at;
        throw error;
    }
    return undefined;
}
/**
 * Over valid JSON, with a stack of its own: a key given twice in one object (JSON.parse keeps the last one
 * silently) and nesting beyond the bound, each with its line.
 */
function checkJsonKeys(text, kind, fail) {
    // Per open container: its keys so far (an object), or undefined (an array).
    const open = [];
    let keyDue = false;
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x22 /* " */) {
            let end = i + 1;
            while (text.charCodeAt(end) !== 0x22)
                end += text.charCodeAt(end) === 0x5c /* \ */ ? 2 : 1;
            const keys = open.at(-1);
            if (keyDue && keys) {
                const raw = text.slice(i + 1, end);
                const key = raw.includes('\\') ? JSON.parse(text.slice(i, end + 1)) : raw;
                if (keys.has(key))
                    fail(duplicateKey(key, line, i - lineStart + 1));
                keys.add(key);
            }
            keyDue = false;
            i = end;
        }
        else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
            open.push(c === 0x7b ? new Set() : undefined);
            if (open.length > kind.maxDepth)
                fail(tooDeep(kind, line));
            keyDue = c === 0x7b;
        }
        else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
            open.pop();
        }
        else if (c === 0x2c /* , */) {
            keyDue = open.at(-1) !== undefined;
        }
        else if (c === 0x0a) {
            line++;
            lineStart = i + 1;
        }
    }
}
async function parseYaml(text, kind, fail) {
    // A lazy chunk in dist/ (script/bundle.ts): a run without a YAML file does not parse yaml.
    const yaml = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    // yaml composes a document with the call stack: the nesting is bounded on its syntax tree first.
    const deep = deepestYamlNode(yaml, text, kind.maxDepth);
    if (deep !== undefined)
        fail(tooDeep(kind, lineColumn(text, deep)[0]));
    // Its messages quote the text: an error is told by its code and place only.
    const document = yaml.parseDocument(text, { prettyErrors: false, uniqueKeys: false });
    const [first] = document.errors;
    if (first) {
        const [line, column] = lineColumn(text, first.pos[0]);
        fail(`is not valid YAML at line ${line}, column ${column} (${first.code.toLowerCase().replace(/_/g, ' ')}): fix its syntax.`);
    }
    checkYamlKeys(yaml, text, document.contents, fail);
    let value;
    try {
        value = document.toJS({ maxAliasCount: MAX_ALIASES });
    }
    catch (error) {
        if (!(error instanceof ReferenceError))
            throw error;
        return fail(/^Excessive alias count/.test(error.message)
            ? `expands its aliases (*name) too many times, over ${MAX_ALIASES}: write the values out, or refer to them less.`
            : 'uses an alias (*name) whose anchor (&name) comes later or not at all: define each anchor before it is used.');
    }
    // Aliases can nest a value deeper than its text does.
    if ((0,_lib_json_walk_js__WEBPACK_IMPORTED_MODULE_8__/* .nestsDeeperThan */ .ix)(value, kind.maxDepth))
        fail(tooDeep(kind));
    return value;
}
/** Where the first collection nested deeper than `limit` begins (an index into `text`), walked without recursion. */
function deepestYamlNode(yaml, text, limit) {
    const stack = [...new yaml.Parser().parse(text)].map((token) => [token, 0]);
    for (let next = stack.pop(); next; next = stack.pop()) {
        const [token, depth] = next;
        if (!token)
            continue;
        if (token.type === 'document') {
            stack.push([token.value, depth]);
        }
        else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
            if (depth + 1 > limit)
                return token.offset;
            for (const item of token.items)
                stack.push([item.key ?? undefined, depth + 1], [item.value, depth + 1]);
        }
    }
    return undefined;
}
/** A key given twice in one mapping: toJS would keep one silently. Keys compare as the object's keys will. */
function checkYamlKeys(yaml, text, root, fail) {
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        if (yaml.isMap(node)) {
            const keys = new Set();
            for (const pair of node.items) {
                if (yaml.isScalar(pair.key)) {
                    const key = String(pair.key.value);
                    if (keys.has(key))
                        fail(duplicateKey(key, ...lineColumn(text, pair.key.range?.[0] ?? 0)));
                    keys.add(key);
                }
                stack.push(pair.value);
            }
        }
        else if (yaml.isSeq(node)) {
            for (const item of node.items)
                stack.push(item);
        }
    }
}
function duplicateKey(key, line, column) {
    const quoted = JSON.stringify((0,_lib_bound_js__WEBPACK_IMPORTED_MODULE_5__/* .cut */ .Jj)(key, KEY_SHOWN_CHARS));
    return `gives the key ${quoted} twice in one object, again at line ${line}, column ${column}: keep one of them.`;
}
function tooDeep(kind, line) {
    return `nests more than ${kind.maxDepth} levels deep${line === undefined ? '' : ` (at line ${line})`}, the most '${kind.input}' accepts: check that it is the right file.`;
}
/** 1-based line and column of the character at `index`. */
function lineColumn(text, index) {
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
        line++;
        lineStart = i + 1;
    }
    return [line, index - lineStart + 1];
}


/***/ })

};
;