"use strict";
exports.id = 892;
exports.ids = [892];
exports.modules = {

/***/ 9456:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jn: () => (/* reexport safe */ _values_js__WEBPACK_IMPORTED_MODULE_0__.jn),
/* harmony export */   ob: () => (/* binding */ valuesMatch),
/* harmony export */   zV: () => (/* binding */ valueKey)
/* harmony export */ });
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


/***/ })

};
;