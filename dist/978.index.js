"use strict";
exports.id = 978;
exports.ids = [978];
exports.modules = {

/***/ 4978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compareWithBaseline: () => (/* binding */ compareWithBaseline),
  loadBaseline: () => (/* binding */ loadBaseline)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/lib/constants.ts
var constants = __webpack_require__(8386);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: ./src/settings/input-file.ts
var input_file = __webpack_require__(36);
// EXTERNAL MODULE: ./src/settings/input-helper.ts
var input_helper = __webpack_require__(3454);
// EXTERNAL MODULE: ./src/lib/file-writer.ts
var file_writer = __webpack_require__(1453);
// EXTERNAL MODULE: ./src/model/types.ts
var types = __webpack_require__(440);
// EXTERNAL MODULE: ./src/settings/workspace.ts
var settings_workspace = __webpack_require__(7180);
// EXTERNAL MODULE: ./src/compare/compare.ts + 1 modules
var compare = __webpack_require__(4829);
// EXTERNAL MODULE: ./src/lib/field-path.ts
var field_path = __webpack_require__(6571);
// EXTERNAL MODULE: ./src/compare/values.ts
var compare_values = __webpack_require__(7801);
;// CONCATENATED MODULE: ./src/compare/exact-json.ts
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
    return LONG_NUMBER.test(token) ? new compare_values/* ExactNumber */.fh(token) : Number(token);
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
            if (!Array.isArray(values) || values.length === 0 || !values.every(compare_values/* isScalar */.jn)) {
                throw new MarkerError(`'${path || '(the whole file)'}': "${ONE_OF}" must list the accepted values, e.g. {"${ONE_OF}": ["ACME Inc.", "ACME"]}`);
            }
            set(new compare_values/* OneOf */.E8(values));
        }
        else if (marker === LITERAL) {
            set(value[LITERAL]);
        }
        else if (Array.isArray(value)) {
            value.forEach((item, index) => stack.push({ value: item, path: (0,field_path/* indexPath */.A)(path, index), set: (next) => (value[index] = next) }));
        }
        else if ((0,compare_values/* isRecord */.u4)(value)) {
            for (const key of Object.keys(value)) {
                stack.push({ value: value[key], path: (0,field_path/* keyPath */.D)(path, key), set: (next) => setOwn(value, key, next) });
            }
        }
    }
    return root;
}
class MarkerError extends Error {
}
function markerOf(value) {
    if (!(0,compare_values/* isRecord */.u4)(value))
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
        if (value instanceof compare_values/* ExactNumber */.fh) {
            out += value.text;
        }
        else if (value instanceof compare_values/* OneOf */.E8) {
            stack.push({ value: { [ONE_OF]: [...value.values] }, depth, raw: true });
        }
        else if (!raw && markerOf(value) !== undefined) {
            // A result's own object that reads as a marker is written as a literal, so it reads back as itself.
            stack.push(`${close}}`, { value, depth: depth + 1, raw: true }, `{${indent}${JSON.stringify(LITERAL)}: `);
        }
        else if (Array.isArray(value) || (0,compare_values/* isRecord */.u4)(value)) {
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

// EXTERNAL MODULE: ./src/compare/normalize.ts
var normalize = __webpack_require__(9456);
// EXTERNAL MODULE: ./src/compare/rules.ts
var compare_rules = __webpack_require__(8892);
// EXTERNAL MODULE: ./src/model/state.ts
var state = __webpack_require__(156);
;// CONCATENATED MODULE: ./src/compare/baseline.ts
// The expected results a step compares with: read (and the rules checked against them) before any request,
// each job's result scored against its own, or with update-expected each result written as its expected file.














/** What comparing gave for one job: its score, or that it has no expected file, or that its file was (not) written. */
/** Before any request: the rules file parsed and checked against the expected files that exist. */
async function loadBaseline(settings, subjects, workspace) {
    const { rulesFile } = settings;
    const rules = rulesFile
        ? (0,compare_rules/* parseRules */.NR)(await (0,input_file/* readInputFile */.jH)(input_file/* RULES_FILE */.$Y, rulesFile, workspace), (0,settings_workspace/* relativeToWorkspace */.Tv)(rulesFile, workspace))
        : compare_rules/* NO_RULES */.Wd;
    const targets = subjects.map((subject) => {
        if ('document' in subject && settings.expected.includes(constants/* JOB_ID_PLACEHOLDER */.gs)) {
            // A created job's ID is new on every run: the expected file must be named after its document.
            throw new errors/* InputError */.dz(constants/* Inputs */.G0.Expected, `'${(0,settings_workspace/* relativeToWorkspace */.Tv)(settings.expected, workspace)}' holds ${constants/* JOB_ID_PLACEHOLDER */.gs}, which is new on every run with '${constants/* Inputs */.G0.File}': name each expected file after its document, e.g. test/expected/${constants/* NAME_PLACEHOLDER */.uE}.json.`);
        }
        const key = 'document' in subject ? subject.document : subject.jobId;
        const file = 'document' in subject ? (0,input_helper/* fileFor */.Yy)(settings.expected, '', subject.document) : (0,input_helper/* fileFor */.Yy)(settings.expected, subject.jobId);
        return { key, file, shown: (0,settings_workspace/* relativeToWorkspace */.Tv)(file, workspace) };
    });
    const expected = new Map();
    for (const target of targets) {
        // A file about to be replaced is read only for its alternate readings: a broken one is what is being fixed.
        const value = settings.update ? readIfFine(target, workspace) : readExpected(target, workspace);
        if (value !== undefined)
            expected.set(target.key, value);
    }
    if (!settings.update)
        (0,compare_rules/* checkRulesAgainst */.$1)(rules, [...expected.values()]);
    return {
        update: settings.update,
        workspace,
        metric: settings.metric,
        rules,
        targets: new Map(targets.map((target) => [target.key, target])),
        expected
    };
}
/** The parsed file, its numbers exact, or undefined when there is none yet. */
function readExpected({ file, shown }, workspace) {
    return (0,input_file/* readJsonFile */.JE)(input_file/* EXPECTED_FILE */.Yx, file, workspace, (json) => {
        try {
            return decodeExpected(parseExact(json, () => JSON.parse(json)));
        }
        catch (error) {
            if (!(error instanceof MarkerError))
                throw error;
            throw new errors/* InputError */.dz(constants/* Inputs */.G0.Expected, `expected file '${shown}' at ${error.message}.`);
        }
    });
}
function readIfFine(target, workspace) {
    try {
        return readExpected(target, workspace);
    }
    catch {
        return undefined;
    }
}
/** By job ID, for each completed job with a result: its score, or with update-expected the file written. */
function compareWithBaseline(reads, baseline) {
    const findings = new Map();
    for (const read of reads) {
        const key = read.source?.file ?? read.id;
        const target = baseline.targets.get(key);
        if ((0,state/* stateOf */.L)(read) !== 'completed' || !read.job || !target)
            continue;
        findings.set(read.id, checkOne(baseline, target, read.id, read.job));
    }
    return findings;
}
function checkOne(baseline, target, jobId, job) {
    const finding = { expectedFile: target.shown };
    if (baseline.metric)
        finding.metric = baseline.metric;
    const result = resultOf(job);
    if (baseline.update) {
        const previous = baseline.expected.get(target.key);
        const kept = previous === undefined ? result : keepReadings(previous, result, baseline.rules);
        // Pretty-printed: the file is reviewed in pull requests, and a diff of one-line JSON says nothing.
        const text = result === undefined ? job.resultJson : Buffer.from(`${stringifyExpected(kept)}\n`);
        try {
            (0,file_writer/* writeFileAtomic */.Zf)((0,settings_workspace/* writablePath */.Uq)(constants/* Inputs */.G0.Expected, target.file, baseline.workspace), [text], `the expected result of job ${jobId}`);
            finding.updated = true;
        }
        catch (error) {
            if (!(error instanceof errors/* ActionError */.lZ))
                throw error;
            finding.error = error.message;
        }
        return finding;
    }
    if (baseline.expected.has(target.key))
        finding.comparison = (0,compare/* compareResult */.i)(baseline.expected.get(target.key), result, baseline.rules);
    return finding;
}
/** The result's value, its numbers exact; one that cannot be read back or is not JSON has no fields. */
function resultOf(job) {
    try {
        const text = job.resultSpool ? (0,external_node_fs_.readFileSync)(job.resultSpool.path, 'utf8') : job.resultJson?.toString('utf8');
        return text === undefined ? undefined : parseExact(text, () => (0,types/* resultValue */.pm)(job));
    }
    catch {
        return undefined;
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
        if (expected instanceof compare_values/* OneOf */.E8) {
            if ((0,compare_values/* isLeaf */.xe)(got) && (0,normalize/* valuesMatch */.ob)(expected, got, scope))
                set(expected);
        }
        else if (Array.isArray(expected) && Array.isArray(got)) {
            expected.forEach((item, index) => {
                if (index < got.length)
                    stack.push({ expected: item, got: got[index], scope: (0,compare_rules/* childScope */.Xu)(scope, index), set: (value) => (got[index] = value) });
            });
        }
        else if ((0,compare_values/* isRecord */.u4)(expected) && (0,compare_values/* isRecord */.u4)(got)) {
            for (const key of Object.keys(expected)) {
                // A `__proto__` field is left as it is rather than set through the prototype's setter.
                if (Object.hasOwn(got, key) && key !== '__proto__')
                    stack.push({ expected: expected[key], got: got[key], scope: (0,compare_rules/* childScope */.Xu)(scope, key), set: (value) => (got[key] = value) });
            }
        }
    }
    return root;
}


/***/ })

};
;