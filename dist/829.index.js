"use strict";
exports.id = 829;
exports.ids = [829];
exports.modules = {

/***/ 4829:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ compareResult)
});

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


/***/ })

};
;