"use strict";
exports.id = 2;
exports.ids = [2];
exports.modules = {

/***/ 6002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compareWithBaseline: () => (/* binding */ compareWithBaseline),
  loadBaseline: () => (/* binding */ loadBaseline)
});

// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/input-file.ts
var input_file = __webpack_require__(1054);
// EXTERNAL MODULE: ./src/input-helper.ts
var input_helper = __webpack_require__(5432);
// EXTERNAL MODULE: ./src/output/file-writer.ts
var file_writer = __webpack_require__(955);
// EXTERNAL MODULE: ./src/judgement.ts
var judgement = __webpack_require__(5836);
// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/workspace.ts
var src_workspace = __webpack_require__(3338);
// EXTERNAL MODULE: ./src/field-path.ts
var field_path = __webpack_require__(5059);
;// CONCATENATED MODULE: ./src/compare/assignment.ts
// The optimal assignment (Hungarian algorithm, Jonker-Volgenant style with potentials): O(rows² × columns).
/**
 * Pairs each row with a distinct column so that the summed weight is as large as possible.
 * `weights[i][j]` is the gain of pairing row i with column j (rows of equal length). Returns, for each row,
 * its column, or -1 when there are more rows than columns and the row was left out.
 */
function maxWeightAssignment(weights) {
    const rows = weights.length;
    const columns = weights[0]?.length ?? 0;
    const result = new Array(rows).fill(-1);
    if (rows === 0 || columns === 0)
        return result;
    // The algorithm needs rows ≤ columns: a taller matrix is solved transposed. Costs are -weights, flat.
    const transposed = rows > columns;
    const n = transposed ? columns : rows;
    const m = transposed ? rows : columns;
    const cost = new Float64Array(n * m);
    weights.forEach((line, i) => line.forEach((weight, j) => {
        cost[transposed ? j * m + i : i * m + j] = -weight;
    }));
    const rowOfColumn = solve(cost, n, m);
    rowOfColumn.forEach((row, column) => {
        if (row < 0)
            return;
        if (transposed)
            result[column] = row;
        else
            result[row] = column;
    });
    return result;
}
/** Minimises the summed cost of an n × m matrix (n ≤ m); for each column, its row, or -1. */
function solve(cost, n, m) {
    // 1-based, as the algorithm is usually written: index 0 is its virtual row and column.
    const u = new Float64Array(n + 1);
    const v = new Float64Array(m + 1);
    const rowOf = new Int32Array(m + 1);
    const way = new Int32Array(m + 1);
    const minimum = new Float64Array(m + 1);
    const used = new Uint8Array(m + 1);
    for (let i = 1; i <= n; i++) {
        rowOf[0] = i;
        let column = 0;
        minimum.fill(Infinity);
        used.fill(0);
        do {
            used[column] = 1;
            const row = rowOf[column] ?? 0;
            const base = (row - 1) * m - 1;
            const potential = u[row] ?? 0;
            let delta = Infinity;
            let next = 0;
            for (let j = 1; j <= m; j++) {
                if (used[j])
                    continue;
                const reduced = (cost[base + j] ?? 0) - potential - (v[j] ?? 0);
                if (reduced < (minimum[j] ?? Infinity)) {
                    minimum[j] = reduced;
                    way[j] = column;
                }
                if ((minimum[j] ?? Infinity) < delta) {
                    delta = minimum[j] ?? Infinity;
                    next = j;
                }
            }
            for (let j = 0; j <= m; j++) {
                if (used[j]) {
                    const r = rowOf[j] ?? 0;
                    u[r] = (u[r] ?? 0) + delta;
                    v[j] = (v[j] ?? 0) - delta;
                }
                else {
                    minimum[j] = (minimum[j] ?? Infinity) - delta;
                }
            }
            column = next;
        } while (rowOf[column] !== 0);
        do {
            const previous = way[column] ?? 0;
            rowOf[column] = rowOf[previous] ?? 0;
            column = previous;
        } while (column !== 0);
    }
    return Array.from({ length: m }, (_, j) => (rowOf[j + 1] ?? 0) - 1);
}

;// CONCATENATED MODULE: ./src/compare/normalize.ts
// When two leaf values count as the same: the normalisation the README's "Comparing with expected results" explains.
// Strings are trimmed with inner whitespace collapsed; a number and a numeric string compare as numbers; dates in
// common written forms compare as ISO dates. Everything else must be equal.
function isScalar(value) {
    return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}
// `1234.5`, `-3`, `1,234.50`: thousands commas in groups of three. No leading zeros, so `"01234"` (a postcode,
// an account number) stays text and never equals 1234.
const NUMERIC = /^[+-]?(?:0|[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*)(?:\.\d+)?$/;
function asNumber(value) {
    if (typeof value === 'number')
        return Number.isFinite(value) ? value : undefined;
    if (typeof value !== 'string')
        return undefined;
    const text = value.trim();
    return NUMERIC.test(text) ? Number(text.replace(/,/g, '')) : undefined;
}
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_NAME = '([A-Za-z]{3,9})\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
// Each form with the groups holding its year, month and day; checked in this order.
const DATE_FORMS = [
    { form: /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/, year: 1, month: 2, day: 3 }, // 2024-03-15, 2024/03/15
    { form: /^(\d{1,2})[.-](\d{1,2})[.-](\d{4})$/, year: 3, month: 2, day: 1 }, // 15.03.2024, 15-03-2024: day first
    // 03/15/2024 is month first (US), unless the first number cannot be a month: 15/03/2024.
    { form: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, year: 3, month: 1, day: 2, monthFirst: true },
    { form: new RegExp(`^${DAY} ${MONTH_NAME},? (\\d{4})$`), year: 3, month: 2, day: 1 }, // 15 March 2024
    { form: new RegExp(`^${MONTH_NAME} ${DAY},? (\\d{4})$`), year: 3, month: 1, day: 2 } // March 15, 2024
];
/** `YYYY-MM-DD` for a real calendar date in one of {@link DATE_FORMS}, else undefined. */
function asIsoDate(text) {
    const trimmed = text.trim().replace(/\s+/g, ' ');
    if (trimmed.length > 20 || !/\d{4}/.test(trimmed))
        return undefined;
    for (const form of DATE_FORMS) {
        const match = form.form.exec(trimmed);
        if (!match)
            continue;
        const [year, first, second] = [match[form.year] ?? '', match[form.month] ?? '', match[form.day] ?? ''];
        const [monthText, dayText] = form.monthFirst && Number(first) > 12 ? [second, first] : [first, second];
        const month = /^\d+$/.test(monthText) ? Number(monthText) : monthNumber(monthText);
        const day = Number(dayText);
        if (month === undefined || month < 1 || month > 12 || day < 1 || day > daysIn(Number(year), month))
            return undefined;
        return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    }
    return undefined;
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
function normalText(text, caseInsensitive) {
    const collapsed = text.trim().replace(/\s+/g, ' ');
    return caseInsensitive ? collapsed.toLowerCase() : collapsed;
}
/**
 * A string that two values share exactly when they are the same after normalisation (tolerance and any-of
 * aside): used to pair identical rows and equal array items in one pass instead of comparing every pair.
 */
function valueKey(value, caseInsensitive) {
    if (typeof value === 'string') {
        const date = asIsoDate(value);
        if (date)
            return `d${date}`;
    }
    const number = asNumber(value);
    if (number !== undefined)
        return `n${number}`;
    if (typeof value === 'string')
        return `s${normalText(value, caseInsensitive)}`;
    return `${typeof value}${String(value)}`;
}
function valuesMatch(expected, got, options) {
    if (sameValue(expected, got, options))
        return true;
    return options.anyOf?.some((alternative) => sameValue(alternative, got, options)) ?? false;
}
function sameValue(expected, got, options) {
    if (expected === got)
        return true;
    const a = asNumber(expected);
    const b = asNumber(got);
    if (a !== undefined && b !== undefined)
        return withinTolerance(a, b, options.tolerance);
    if (typeof expected === 'string' && typeof got === 'string') {
        const dateA = asIsoDate(expected);
        if (dateA !== undefined)
            return dateA === asIsoDate(got);
        return normalText(expected, options.caseInsensitive) === normalText(got, options.caseInsensitive);
    }
    return false;
}
function withinTolerance(expected, got, tolerance) {
    if (expected === got)
        return true;
    if (!tolerance)
        return false;
    const allowed = 'absolute' in tolerance ? tolerance.absolute : (Math.abs(expected) * tolerance.relative) / 100;
    // A hair of slack for binary fractions: 0.1 + 0.2 is within 0.3 of 0.
    return Math.abs(expected - got) <= allowed + Number.EPSILON * Math.max(1, Math.abs(expected), Math.abs(got));
}

;// CONCATENATED MODULE: ./src/compare/rules.ts
// The `compare` rules file: field paths (`*` any key, `[]` any index) mapped to rules that change how those
// fields compare. Parsed and checked before any request; a rule applies to its field and everything under it.




const NO_RULES = { source: '', list: [] };
const RULE_NAMES = ['ignore', 'tolerance', 'case-insensitive', 'key', 'any-of'];
const EXAMPLE = `e.g. {"total": {"tolerance": 0.01}, "items[].description": {"case-insensitive": true}}`;
/** `document` is the parsed JSON or YAML file; every problem is an InputError naming the path and the rule. */
function parseRules(document, source) {
    const fail = (message) => {
        throw new errors/* InputError */.d(constants/* Inputs */.G0.Compare, `rules file '${source}': ${message}`);
    };
    if (!(0,types/* isObject */.Gv)(document))
        fail(`expected a map of field paths to rules, ${EXAMPLE}.`);
    const list = Object.entries(document).map(([pattern, body]) => {
        const segments = parsePattern(pattern);
        if (typeof segments === 'string')
            return fail(`'${pattern}' is not a field path (${segments}).`);
        if (!(0,types/* isObject */.Gv)(body))
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
                    rule.anyOf = Array.isArray(value) && value.length > 0 && value.every(isScalar) ? value : bad('a list of accepted values');
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
    const inherited = { ignore: parent.ignore, caseInsensitive: parent.caseInsensitive, tolerance: parent.tolerance };
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
            if (key === undefined || (Array.isArray(node) && node.some((row) => (0,types/* isObject */.Gv)(row) && Object.hasOwn(row, key))))
                hit.add(rule);
        }
        if (scope.progress.length === 0)
            continue;
        if (Array.isArray(node))
            node.forEach((item, index) => stack.push([item, childScope(scope, index)]));
        else if ((0,types/* isObject */.Gv)(node))
            for (const [key, value] of Object.entries(node))
                stack.push([value, childScope(scope, key)]);
    }
    const unmatched = rules.list.filter((rule) => !hit.has(rule));
    if (unmatched.length === 0)
        return;
    const described = unmatched.map((rule) => rule.rule.key === undefined ? `'${rule.pattern}'` : `'${rule.pattern}' (an array of rows with the field '${rule.rule.key}')`);
    throw new errors/* InputError */.d(constants/* Inputs */.G0.Compare, `rules file '${rules.source}': ${described.join(', ')} ${unmatched.length === 1 ? 'matches' : 'match'} nothing in any expected file. ` +
        `Check the path: * stands for any key, [] for any index (items[].amount).`);
}

;// CONCATENATED MODULE: ./src/compare/compare.ts
// Scores one result against its expected file, field by field: both are walked down to their leaf fields
// (iteratively: results can nest deeper than the call stack), arrays of objects are matched row to row,
// arrays of plain values as multisets. Pure and deterministic: the same two values always give the same score.





/**
 * Rows left unpaired after identical rows are paired: up to this many expected × result rows (300 × 300) get an
 * optimal assignment, O(n³); past it, a greedy match on distinctive values, O(n), that may pair a few rows less well.
 */
const OPTIMAL_MATCH_CELLS = 90_000;
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
    approximated = [];
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
        const { matched, wrong, missing, extra, mismatches, approximated } = this;
        return { matched, wrong, missing, extra, accuracy: total === 0 ? 1 : matched / total, mismatches, approximated };
    }
}
function compareResult(expected, got, rules = NO_RULES) {
    const tally = new Tally();
    const stack = [{ expected, got, path: '', scope: rootScope(rules) }];
    // Children are pushed in reverse so they are taken in document order and mismatches come out in it.
    const pushAll = (tasks) => {
        for (let i = tasks.length - 1; i >= 0; i--) {
            const task = tasks[i];
            if (task)
                stack.push(task);
        }
    };
    while (stack.length > 0) {
        const { expected: e, got: g, path, scope } = stack.pop();
        if (scope.ignore)
            continue;
        // null and a missing field are the same.
        const noExpected = e === null || e === undefined;
        const noGot = g === null || g === undefined;
        if (noExpected && noGot)
            continue;
        if (noGot || noExpected) {
            for (const leaf of leavesOf(noGot ? e : g, scope).leaves) {
                const at = under(path, leaf.path);
                if (noGot)
                    tally.add('missing', at, leaf.value, undefined);
                else
                    tally.add('extra', at, undefined, leaf.value);
            }
        }
        else if (isScalar(e) && isScalar(g)) {
            if (valuesMatch(e, g, scope))
                tally.matched += 1;
            else
                tally.add('wrong', path, e, g);
        }
        else if ((0,types/* isObject */.Gv)(e) && (0,types/* isObject */.Gv)(g)) {
            const tasks = Object.keys(e).map((key) => ({
                expected: e[key],
                // Own fields only: a result without `constructor` has no such field, whatever Object.prototype holds.
                got: Object.hasOwn(g, key) ? g[key] : undefined,
                path: (0,field_path/* keyPath */.D)(path, key),
                scope: childScope(scope, key)
            }));
            for (const key of Object.keys(g)) {
                if (!Object.hasOwn(e, key))
                    tasks.push({ expected: undefined, got: g[key], path: (0,field_path/* keyPath */.D)(path, key), scope: childScope(scope, key) });
            }
            pushAll(tasks);
        }
        else if (Array.isArray(e) && Array.isArray(g)) {
            pushAll(compareArrays(e, g, path, scope, tally));
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
function compareArrays(e, g, path, scope, tally) {
    const items = childScope(scope, 0);
    if (items.ignore)
        return [];
    const task = (i, j) => ({
        expected: i === undefined ? undefined : e[i],
        got: j === undefined ? undefined : g[j],
        path: (0,field_path/* indexPath */.A)(path, i ?? j),
        scope: items
    });
    if (scope.key !== undefined)
        return pairedTasks(matchByKey(e, g, scope.key, items), e.length, g.length, task);
    if (e.some(types/* isObject */.Gv) || g.some(types/* isObject */.Gv))
        return pairedTasks(matchRows(e, g, path, items, tally), e.length, g.length, task);
    if (e.every(isScalar) && g.every(isScalar)) {
        compareMultisets(e, g, path, items, tally);
        return [];
    }
    // Lists of lists: element by element.
    return Array.from({ length: Math.max(e.length, g.length) }, (_, i) => task(i < e.length ? i : undefined, i < g.length ? i : undefined));
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
    const keyScope = childScope(items, key);
    const keyOf = (row) => {
        const value = (0,types/* isObject */.Gv)(row) && Object.hasOwn(row, key) ? row[key] : undefined;
        return isScalar(value) && value !== null ? valueKey(value, keyScope.caseInsensitive) : undefined;
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
        if (settled.expected.has(row.index))
            tally.matched += row.leaves.length;
        else
            leftExpected.push(row);
    }
    let pairs = new Map();
    if (leftExpected.length > 0 && leftGot.length > 0) {
        if (leftExpected.length * leftGot.length <= OPTIMAL_MATCH_CELLS) {
            pairs = assignOptimally(leftExpected, leftGot);
        }
        else {
            tally.approximated.push(path);
            pairs = assignGreedily(leftExpected, leftGot);
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
        const value = valueKey(leaf.value, leaf.scope.caseInsensitive);
        return `${leaf.path}\u0000${value.length}:${value}`;
    });
    return fields.sort().join('\u0001');
}
/** How many fields of the two rows match, by relative path: the weight of pairing them. */
function rowScore(expected, got) {
    let score = 0;
    for (const leaf of got.leaves) {
        const other = expected.get(leaf.path);
        if (other && valuesMatch(other.value, leaf.value, other.scope))
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
function assignOptimally(expected, got) {
    const weights = expected.map((row) => {
        const fields = fieldMap(row);
        return got.map((other) => rowScore(fields, other));
    });
    const pairs = new Map();
    maxWeightAssignment(weights).forEach((j, i) => {
        const row = expected[i];
        const other = got[j];
        const weight = weights[i]?.[j];
        if (row && other && weight !== undefined && worthPairing(weight, row, other))
            pairs.set(row.index, other.index);
    });
    return pairs;
}
/**
 * Each expected row, in order, takes the free result row sharing most of its distinctive field values (values
 * held by few rows); rows sharing none are then paired in order when they have any field in common.
 */
function assignGreedily(expected, got) {
    const token = (leaf) => `${leaf.path}\u0000${valueKey(leaf.value, leaf.scope.caseInsensitive)}`;
    const holders = new Map();
    got.forEach((row, j) => {
        for (const leaf of row.leaves) {
            const list = holders.get(token(leaf));
            if (list)
                list.push(j);
            else
                holders.set(token(leaf), [j]);
        }
    });
    const taken = new Uint8Array(got.length);
    const pairs = new Map();
    const unpaired = [];
    for (const row of expected) {
        const shared = new Map();
        for (const leaf of row.leaves) {
            const list = holders.get(token(leaf));
            if (!list || list.length > DISTINCTIVE_ROWS)
                continue;
            for (const j of list)
                if (!taken[j])
                    shared.set(j, (shared.get(j) ?? 0) + 1);
        }
        let best = -1;
        let most = 0;
        for (const [j, count] of shared) {
            if (count > most || (count === most && j < best))
                [best, most] = [j, count];
        }
        const chosen = got[best];
        if (!chosen) {
            unpaired.push(row);
            continue;
        }
        taken[best] = 1;
        pairs.set(row.index, chosen.index);
    }
    const free = got.filter((_, j) => !taken[j]);
    unpaired.forEach((row, k) => {
        const other = free[k];
        if (other && worthPairing(rowScore(fieldMap(row), other), row, other))
            pairs.set(row.index, other.index);
    });
    return pairs;
}
/** Plain values compare as multisets: each expected value is matched by at most one equal result value. */
function compareMultisets(e, g, path, items, tally) {
    const waiting = new Queues();
    e.forEach((value, i) => {
        if (value !== null)
            waiting.add(valueKey(value, items.caseInsensitive), i);
    });
    const leftGot = [];
    g.forEach((value, j) => {
        if (value === null)
            return;
        if (waiting.take(valueKey(value, items.caseInsensitive)) === undefined)
            leftGot.push(j);
        else
            tally.matched += 1;
    });
    let leftExpected = waiting.remaining();
    // Tolerance and any-of accept values whose keys differ: those are tried pair by pair, within the same bound.
    if ((items.tolerance || items.anyOf) && leftExpected.length > 0 && leftGot.length > 0) {
        if (leftExpected.length * leftGot.length > OPTIMAL_MATCH_CELLS) {
            tally.approximated.push(path);
        }
        else {
            const unmatched = [];
            for (const j of leftGot) {
                const k = leftExpected.findIndex((i) => valuesMatch(e[i] ?? null, g[j] ?? null, items));
                if (k < 0) {
                    unmatched.push(j);
                    continue;
                }
                tally.matched += 1;
                leftExpected = leftExpected.filter((_, index) => index !== k);
            }
            leftGot.splice(0, leftGot.length, ...unmatched);
        }
    }
    for (const i of leftExpected)
        tally.add('missing', (0,field_path/* indexPath */.A)(path, i), e[i], undefined);
    for (const j of leftGot)
        tally.add('extra', (0,field_path/* indexPath */.A)(path, j), undefined, g[j]);
}
/**
 * The non-null leaf fields under `node`, with paths relative to it, in document order. With a `bound`, the walk
 * stops after that many nodes and skips what is deeper than that many levels, and says it is not `complete`.
 */
function leavesOf(node, scope, bound) {
    const leaves = [];
    const stack = [[node, '', scope, 0]];
    let visited = 0;
    let complete = true;
    while (stack.length > 0) {
        const [value, path, at, depth] = stack.pop();
        if (at.ignore || value === null || value === undefined)
            continue;
        if (bound && ++visited > bound.nodes)
            return { leaves, complete: false };
        if (bound && depth > bound.depth) {
            complete = false;
            continue;
        }
        if (isScalar(value)) {
            leaves.push({ path, value, scope: at });
        }
        else if (Array.isArray(value)) {
            for (let i = value.length - 1; i >= 0; i--)
                stack.push([value[i], (0,field_path/* indexPath */.A)(path, i), childScope(at, i), depth + 1]);
        }
        else if ((0,types/* isObject */.Gv)(value)) {
            for (const key of Object.keys(value).reverse())
                stack.push([value[key], (0,field_path/* keyPath */.D)(path, key), childScope(at, key), depth + 1]);
        }
    }
    return { leaves, complete };
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

;// CONCATENATED MODULE: ./src/compare/baseline.ts
// The expected results a step compares with: read (and the rules checked against them) before any request,
// each job's result scored against its own, or with update-expected each result written as its expected file.










/** Before any request: the rules file parsed and checked against the expected files that exist. */
async function loadBaseline(settings, subjects, workspace) {
    const { rulesFile } = settings;
    const rules = rulesFile
        ? parseRules(await (0,input_file/* readInputFile */.jH)(input_file/* RULES_FILE */.$Y, rulesFile, workspace), (0,src_workspace/* relativeToWorkspace */.Tv)(rulesFile, workspace))
        : NO_RULES;
    const targets = subjects.map((subject) => {
        if ('document' in subject && settings.expected.includes(constants/* JOB_ID_PLACEHOLDER */.gs)) {
            // A created job's ID is new on every run: the expected file must be named after its document.
            throw new errors/* InputError */.d(constants/* Inputs */.G0.Expected, `'${(0,src_workspace/* relativeToWorkspace */.Tv)(settings.expected, workspace)}' holds ${constants/* JOB_ID_PLACEHOLDER */.gs}, which is new on every run with '${constants/* Inputs */.G0.File}': name each expected file after its document, e.g. test/expected/${constants/* NAME_PLACEHOLDER */.uE}.json.`);
        }
        const key = 'document' in subject ? subject.document : subject.jobId;
        const file = 'document' in subject ? (0,input_helper/* fileFor */.Yy)(settings.expected, '', subject.document) : (0,input_helper/* fileFor */.Yy)(settings.expected, subject.jobId);
        return { key, file, shown: (0,src_workspace/* relativeToWorkspace */.Tv)(file, workspace) };
    });
    const expected = new Map();
    // Files about to be replaced are not read: a first run has none, and a broken one is what is being fixed.
    if (!settings.update) {
        for (const target of targets) {
            const value = (0,input_file/* readJsonFile */.JE)(input_file/* EXPECTED_FILE */.Yx, target.file, workspace);
            if (value !== undefined)
                expected.set(target.key, value);
        }
        checkRulesAgainst(rules, [...expected.values()]);
    }
    return {
        update: settings.update,
        workspace,
        rules,
        targets: new Map(targets.map((target) => [target.key, target])),
        expected
    };
}
/** By job ID, for each completed job with a result: its score, or with update-expected the file written. */
function compareWithBaseline(reads, baseline) {
    const findings = new Map();
    for (const read of reads) {
        const key = read.source?.file ?? read.id;
        const target = baseline.targets.get(key);
        if ((0,judgement/* stateOf */.L4)(read) !== 'completed' || !read.job || !target)
            continue;
        findings.set(read.id, checkOne(baseline, target, read.id, read.job));
    }
    return findings;
}
function checkOne(baseline, target, jobId, job) {
    const finding = { expectedFile: target.shown };
    const result = resultOf(job);
    if (baseline.update) {
        // Pretty-printed: the file is reviewed in pull requests, and a diff of one-line JSON says nothing.
        const text = result === undefined ? job.resultJson : Buffer.from(`${JSON.stringify(result, null, 2)}\n`);
        try {
            (0,file_writer/* writeFileAtomic */.Zf)((0,src_workspace/* writablePath */.Uq)(constants/* Inputs */.G0.Expected, target.file, baseline.workspace), [text], `the expected result of job ${jobId}`);
            finding.updated = true;
        }
        catch (error) {
            if (!(error instanceof errors/* ActionError */.l))
                throw error;
            finding.error = error.message;
        }
        return finding;
    }
    if (baseline.expected.has(target.key))
        finding.comparison = compareResult(baseline.expected.get(target.key), result, baseline.rules);
    return finding;
}
/** The result's value; one that cannot be read back or is not JSON has no fields. */
function resultOf(job) {
    try {
        return (0,types/* resultValue */.pm)(job);
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 1054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ RULES_FILE),
/* harmony export */   JE: () => (/* binding */ readJsonFile),
/* harmony export */   Td: () => (/* binding */ SCHEMA_FILE),
/* harmony export */   Yx: () => (/* binding */ EXPECTED_FILE),
/* harmony export */   jH: () => (/* binding */ readInputFile),
/* harmony export */   oT: () => (/* binding */ CONFIGURATION_FILE)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7242);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _json_scan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3627);
/* harmony import */ var _json_walk_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(119);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3338);
// The one reader of the JSON and YAML files inputs name (configuration, compare rules, schema, expected results).
// They come from pull requests, forks included: each is read only inside the workspace, within a size and a
// nesting depth checked without recursion, with YAML aliases bounded, and its errors name the file, line and
// column but never quote it (a link to a key file must not print the key). yaml is loaded for YAML files only.







const MiB = 1024 * 1024;
// A configuration is sent with every job and a schema compiled into a checker: 1 MiB and 100 levels hold any
// real one many times over (a data schema nests about two levels per level of the fields it describes).
const CONFIGURATION_FILE = { input: _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Configuration, yaml: true, maxBytes: MiB, maxDepth: 100 };
const SCHEMA_FILE = { input: _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Schema, yaml: false, maxBytes: MiB, maxDepth: 100 };
const RULES_FILE = { input: _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Compare, yaml: true, maxBytes: MiB, maxDepth: 100 };
// An expected file is a whole result: as large as results the action handles (100 MiB are measured), and as
// deep as the schema gate checks them.
const EXPECTED_FILE = { input: _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Expected, yaml: false, maxBytes: 128 * MiB, maxDepth: 1000, optional: true };
/** YAML aliases expanded in all: a few `*ref`s are fine, a billion laughs is not. */
const MAX_ALIASES = 100;
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** Longest key quoted in a duplicate-key error. */
const MAX_KEY_SHOWN = 100;
/** The parsed file, JSON or YAML by its name; undefined only for an optional file that does not exist. Every problem is an InputError. */
async function readInputFile(kind, file, workspace) {
    if (!kind.yaml || node_path__WEBPACK_IMPORTED_MODULE_1__.extname(file).toLowerCase() === '.json')
        return readJsonFile(kind, file, workspace);
    const read = readText(kind, file, workspace);
    return read && parseYaml(read.text, kind, read.fail);
}
/** The same for a JSON file, without waiting: yaml is never needed. */
function readJsonFile(kind, file, workspace) {
    const read = readText(kind, file, workspace);
    return read && parseJson(read.bytes, read.text, kind, read.fail);
}
function readText(kind, file, workspace) {
    const shown = (0,_workspace_js__WEBPACK_IMPORTED_MODULE_6__/* .relativeToWorkspace */ .Tv)(file, workspace);
    const fail = (message) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(kind.input, `'${shown}' ${message}`);
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
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)((0,_workspace_js__WEBPACK_IMPORTED_MODULE_6__/* .realPathToRead */ .hn)(kind.input, file, workspace), 'r');
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d)
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
            fail(`is ${(info.size / MiB).toFixed(1)} MiB, over the ${kind.maxBytes / MiB} MiB accepted for '${kind.input}': check that it is the right file.`);
        }
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(fd);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function parseJson(bytes, text, kind, fail) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        // JSON.parse's message quotes the text: the scanner says where it broke, and what was due, instead.
        const at = syntaxErrorAt(bytes);
        if (!at)
            return fail('is not valid JSON: fix its syntax.');
        const [line, column] = lineColumn(text, bytes.subarray(0, at.offset).toString('utf8').length);
        return fail(`is not valid JSON at line ${line}, column ${column} (expected ${at.expected}): fix its syntax.`);
    }
    checkJsonKeys(text, kind, fail);
    return value;
}
function syntaxErrorAt(bytes) {
    try {
        const scanner = new _json_scan_js__WEBPACK_IMPORTED_MODULE_4__/* .JsonScanner */ .V();
        scanner.write(bytes);
        scanner.end();
    }
    catch (error) {
        if (error instanceof _json_scan_js__WEBPACK_IMPORTED_MODULE_4__/* .JsonSyntaxError */ .q)
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
    if ((0,_json_walk_js__WEBPACK_IMPORTED_MODULE_5__/* .nestsDeeperThan */ .i)(value, kind.maxDepth))
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
    const quoted = JSON.stringify(key.length > MAX_KEY_SHOWN ? `${key.slice(0, MAX_KEY_SHOWN)}…` : key);
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