"use strict";
exports.id = 742;
exports.ids = [742];
exports.modules = {

/***/ 742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compareWithBaseline: () => (/* binding */ compareWithBaseline)
});

// EXTERNAL MODULE: ./src/model/state.ts
var state = __webpack_require__(156);
// EXTERNAL MODULE: ./src/compare/compare.ts + 1 modules
var compare = __webpack_require__(4829);
// EXTERNAL MODULE: ./src/compare/exact-json.ts
var exact_json = __webpack_require__(7987);
// EXTERNAL MODULE: ./src/lib/constants.ts
var constants = __webpack_require__(8386);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: ./src/lib/atomic-file.ts
var atomic_file = __webpack_require__(2949);
// EXTERNAL MODULE: ./src/settings/workspace.ts
var workspace = __webpack_require__(7180);
// EXTERNAL MODULE: ./src/compare/rules.ts
var compare_rules = __webpack_require__(8892);
// EXTERNAL MODULE: ./src/compare/values.ts
var values = __webpack_require__(7801);
// EXTERNAL MODULE: ./src/compare/normalize.ts
var normalize = __webpack_require__(9456);
;// CONCATENATED MODULE: ./src/compare/update-expected.ts
// With update-expected, each result written as its expected file instead of scored against it.








/** Writes `result` (its numbers exact) as the target's expected file; the reason it could not be, or undefined. */
function writeExpected(baseline, target, jobId, result) {
    const previous = baseline.expected.get(target.key);
    const kept = previous === undefined ? result : keepReadings(previous, result, baseline.rules);
    // Pretty-printed: the file is reviewed in pull requests, and a diff of one-line JSON says nothing.
    const text = Buffer.from(`${(0,exact_json/* stringifyExpected */.ef)(kept)}\n`);
    try {
        (0,atomic_file/* writeFileAtomic */.Z)((0,workspace/* writablePath */.Uq)(constants/* Inputs */.G0.Expected, target.file, baseline.workspace), [text], `the expected result of job ${jobId}`);
        return undefined;
    }
    catch (error) {
        if (!(error instanceof errors/* ActionError */.lZ))
            throw error;
        return error.message;
    }
}
/**
 * The result to write as the expected file, with the expected file's alternate readings kept where the result,
 * at the same path, is one of them (under the rules): accepting a change does not lose the readings around it.
 */
function keepReadings(previous, result, rules) {
    let root = result;
    const stack = [
        { expected: previous, got: result, scope: (0,compare_rules/* rootScope */.Pu)(rules), set: (value) => (root = value) }
    ];
    while (stack.length > 0) {
        const { expected, got, scope, set } = stack.pop();
        if (expected instanceof values/* OneOf */.E8) {
            if ((0,values/* isLeaf */.xe)(got) && (0,normalize/* valuesMatch */.ob)(expected, got, scope))
                set(expected);
        }
        else if (Array.isArray(expected) && Array.isArray(got)) {
            expected.forEach((item, index) => {
                if (index < got.length)
                    stack.push({ expected: item, got: got[index], scope: (0,compare_rules/* childScope */.Xu)(scope, index), set: (value) => (got[index] = value) });
            });
        }
        else if ((0,values/* isRecord */.u4)(expected) && (0,values/* isRecord */.u4)(got)) {
            for (const key of Object.keys(expected)) {
                // A `__proto__` field is left as it is rather than set through the prototype's setter.
                if (Object.hasOwn(got, key) && key !== '__proto__')
                    stack.push({ expected: expected[key], got: got[key], scope: (0,compare_rules/* childScope */.Xu)(scope, key), set: (value) => (got[key] = value) });
            }
        }
    }
    return root;
}

;// CONCATENATED MODULE: ./src/compare/baseline.ts




/** By job ID, for each completed job with a result: its score, or with update-expected the file written. */
function compareWithBaseline(reads, baseline) {
    const findings = new Map();
    for (const read of reads) {
        const target = baseline.targets.get(read.source?.file ?? read.id);
        const result = (0,state/* stateOf */.L)(read) === 'completed' ? read.job?.result : undefined;
        if (!result || !target)
            continue;
        findings.set(read.id, checkOne(baseline, target, read.id, result));
    }
    return findings;
}
function checkOne(baseline, target, jobId, result) {
    const finding = { expectedFile: target.shown };
    if (baseline.metric)
        finding.metric = baseline.metric;
    const value = exactValue(result);
    if (baseline.update) {
        const error = value === undefined
            ? `Could not write the expected result of job ${jobId} to '${target.shown}': the result could not be read back.`
            : writeExpected(baseline, target, jobId, value);
        if (error)
            finding.error = error;
        else
            finding.updated = true;
        return finding;
    }
    if (baseline.expected.has(target.key))
        finding.comparison = (0,compare/* compareResult */.R)(baseline.expected.get(target.key), value, baseline.rules);
    return finding;
}
/** The result's value, its numbers exact; one that cannot be read back has no fields. */
function exactValue(result) {
    try {
        return (0,exact_json/* parseExact */.jM)(result.text(), () => result.value());
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 7987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FX: () => (/* binding */ MarkerError),
/* harmony export */   ef: () => (/* binding */ stringifyExpected),
/* harmony export */   jM: () => (/* binding */ parseExact),
/* harmony export */   zU: () => (/* binding */ decodeExpected)
/* harmony export */ });
/* harmony import */ var _lib_field_path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6571);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7801);
// Results and expected files read for the comparison with every number as exact as it was written, and written
// back (update-expected) the same way. JSON.parse is kept wherever it loses nothing: a text without a number of
// 16 or more digits or a 3-digit exponent holds only numbers a double represents uniquely (15 significant digits
// survive a round trip), so only other texts take the slower reading below.


/**
 * A number of 16 digits or more (a decimal point allowed between them), or with an exponent of 3 digits, where a
 * value starts (the text's start, or after `:`, `,` or `[`). A digit string ("12345678901234567") starts with a
 * quote, so it does not trip it; text inside a string that looks like this only costs speed.
 */
const LONG_NUMBER = /(?:^|[:,[])\s*-?(?:\d(?:\.?\d){15}|[\d.]+[eE][+-]?\d{3})/;
/** `parsed` is JSON.parse's reading of `text` (it throws for text that is not JSON, before the reader below sees it). */
function parseExact(text, parsed) {
    const value = parsed();
    return LONG_NUMBER.test(text) ? readExact(text) : value;
}
/** A number token: a JS number when a double holds it exactly as far as 15 significant digits go, else its text. */
function numberOf(token) {
    return LONG_NUMBER.test(token) ? new _values_js__WEBPACK_IMPORTED_MODULE_0__/* .ExactNumber */ .fh(token) : Number(token);
}
const WHITESPACE = new Set([0x20, 0x0a, 0x0d, 0x09]);
/** A reader of valid JSON with its own stack (values nest deeper than the call stack), JSON.parse's semantics otherwise. */
function readExact(text) {
    // Each open container with the key its next value goes under.
    const open = [];
    let at = 0;
    let root;
    const skip = () => {
        while (WHITESPACE.has(text.charCodeAt(at)))
            at++;
    };
    const readString = () => {
        const start = at;
        let escaped = false;
        at++;
        for (;;) {
            const code = text.charCodeAt(at);
            if (code === 0x22)
                break;
            if (code === 0x5c) {
                escaped = true;
                at++;
            }
            at++;
        }
        at++;
        return escaped ? JSON.parse(text.slice(start, at)) : text.slice(start + 1, at - 1);
    };
    const place = (value) => {
        const top = open.at(-1);
        if (!top) {
            root = value;
        }
        else if (Array.isArray(top.container)) {
            top.container.push(value);
        }
        else {
            setOwn(top.container, top.key, value);
            top.key = undefined;
        }
    };
    for (;;) {
        skip();
        const top = open.at(-1);
        const char = text[at];
        if (char === ',') {
            at++;
            continue;
        }
        if (char === ']' || char === '}') {
            at++;
            const closed = open.pop();
            place(closed?.container);
            if (open.length === 0)
                return root;
            continue;
        }
        if (top && !Array.isArray(top.container) && top.key === undefined) {
            top.key = readString();
            skip();
            at++; // ':'
            continue;
        }
        let value;
        let container;
        if (char === '{')
            container = {};
        else if (char === '[')
            container = [];
        else if (char === '"')
            value = readString();
        else if (char === 't' || char === 'f' || char === 'n') {
            value = char === 't' ? true : char === 'f' ? false : null;
            at += char === 'f' ? 5 : 4;
        }
        else {
            const start = at;
            while (at < text.length && /[-+.\deE]/.test(text[at]))
                at++;
            value = numberOf(text.slice(start, at));
        }
        if (container) {
            at++;
            open.push({ container });
            continue;
        }
        if (!top)
            return value;
        place(value);
    }
}
/** `__proto__` too, as JSON.parse makes it: an own field, never the prototype. */
function setOwn(object, key, value) {
    if (key === '__proto__')
        Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
    else
        object[key] = value;
}
const ONE_OF = '$one-of';
const LITERAL = '$literal';
/**
 * An expected file's markers read: `{"$one-of": [a, b]}` is one field with alternate readings, `{"$literal": x}` is
 * x as it is (how a result holding such an object is written back). Returns the problem's text for a bad marker.
 */
function decodeExpected(document) {
    const stack = [];
    let root = document;
    stack.push({ value: document, path: '', set: (value) => (root = value) });
    while (stack.length > 0) {
        const { value, path, set } = stack.pop();
        const marker = markerOf(value);
        if (marker === ONE_OF) {
            const values = value[ONE_OF];
            if (!Array.isArray(values) || values.length === 0 || !values.every(_values_js__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)) {
                throw new MarkerError(`'${path || '(the whole file)'}': "${ONE_OF}" must list the accepted values, e.g. {"${ONE_OF}": ["ACME Inc.", "ACME"]}`);
            }
            set(new _values_js__WEBPACK_IMPORTED_MODULE_0__/* .OneOf */ .E8(values));
        }
        else if (marker === LITERAL) {
            set(value[LITERAL]);
        }
        else if (Array.isArray(value)) {
            value.forEach((item, index) => stack.push({ value: item, path: (0,_lib_field_path_js__WEBPACK_IMPORTED_MODULE_1__/* .indexPath */ .A)(path, index), set: (next) => (value[index] = next) }));
        }
        else if ((0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(value)) {
            for (const key of Object.keys(value)) {
                stack.push({ value: value[key], path: (0,_lib_field_path_js__WEBPACK_IMPORTED_MODULE_1__/* .keyPath */ .D)(path, key), set: (next) => setOwn(value, key, next) });
            }
        }
    }
    return root;
}
class MarkerError extends Error {
}
function markerOf(value) {
    if (!(0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(value))
        return undefined;
    const keys = Object.keys(value);
    const [key] = keys;
    return keys.length === 1 && (key === ONE_OF || key === LITERAL) ? key : undefined;
}
/** A document as update-expected writes it, pretty-printed as JSON.stringify(value, null, 2) does, numbers as written. */
function stringifyExpected(document) {
    let out = '';
    // Work items: a value to write at a depth (`raw`: inside a literal, nothing is a marker), or text to emit.
    const stack = [{ value: document, depth: 0, raw: false }];
    while (stack.length > 0) {
        const item = stack.pop();
        if (typeof item === 'string') {
            out += item;
            continue;
        }
        const { value, depth, raw } = item;
        const indent = '\n' + '  '.repeat(depth + 1);
        const close = '\n' + '  '.repeat(depth);
        if (value instanceof _values_js__WEBPACK_IMPORTED_MODULE_0__/* .ExactNumber */ .fh) {
            out += value.text;
        }
        else if (value instanceof _values_js__WEBPACK_IMPORTED_MODULE_0__/* .OneOf */ .E8) {
            stack.push({ value: { [ONE_OF]: [...value.values] }, depth, raw: true });
        }
        else if (!raw && markerOf(value) !== undefined) {
            // A result's own object that reads as a marker is written as a literal, so it reads back as itself.
            stack.push(`${close}}`, { value, depth: depth + 1, raw: true }, `{${indent}${JSON.stringify(LITERAL)}: `);
        }
        else if (Array.isArray(value) || (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(value)) {
            const entries = Array.isArray(value)
                ? value.map((child) => [undefined, child])
                : Object.keys(value)
                    .filter((key) => value[key] !== undefined)
                    .map((key) => [key, value[key]]);
            const [start, end] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
            if (entries.length === 0) {
                out += start + end;
                continue;
            }
            out += start;
            stack.push(close + end);
            for (let i = entries.length - 1; i >= 0; i--) {
                const [key, child] = entries[i];
                stack.push({ value: child === undefined ? null : child, depth: depth + 1, raw });
                stack.push((i > 0 ? ',' : '') + indent + (key === undefined ? '' : `${JSON.stringify(key)}: `));
            }
        }
        else {
            out += JSON.stringify(value) ?? 'null';
        }
    }
    return out;
}


/***/ })

};
;