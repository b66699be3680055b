"use strict";
exports.id = 957;
exports.ids = [957];
exports.modules = {

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


/***/ }),

/***/ 2957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadBaseline: () => (/* binding */ loadBaseline)
/* harmony export */ });
/* harmony import */ var _lib_constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8386);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7268);
/* harmony import */ var _settings_input_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36);
/* harmony import */ var _settings_placeholders_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4419);
/* harmony import */ var _settings_workspace_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7180);
/* harmony import */ var _exact_json_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7987);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8892);
// The expected results a step compares with, read (and the rules checked against them) before any request.







/** Before any request: the rules file parsed and checked against the expected files that exist. */
async function loadBaseline(settings, subjects, workspace) {
    const { rulesFile } = settings;
    const rules = rulesFile
        ? (0,_rules_js__WEBPACK_IMPORTED_MODULE_6__/* .parseRules */ .NR)(await (0,_settings_input_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readInputFile */ .jH)(_settings_input_file_js__WEBPACK_IMPORTED_MODULE_2__/* .RULES_FILE */ .$Y, rulesFile, workspace), (0,_settings_workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .relativeToWorkspace */ .Tv)(rulesFile, workspace))
        : _rules_js__WEBPACK_IMPORTED_MODULE_6__/* .NO_RULES */ .Wd;
    const targets = subjects.map((subject) => {
        const key = 'document' in subject ? subject.document : subject.jobId;
        const file = (0,_settings_placeholders_js__WEBPACK_IMPORTED_MODULE_3__/* .renderTemplate */ .Xm)(settings.expected, subject);
        return { key, file, shown: (0,_settings_workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .relativeToWorkspace */ .Tv)(file, workspace) };
    });
    const expected = new Map();
    for (const target of targets) {
        // A file about to be replaced is read only for its alternate readings: a broken one is what is being fixed.
        const value = settings.update ? readIfFine(target, workspace) : readExpected(target, workspace);
        if (value !== undefined)
            expected.set(target.key, value);
    }
    if (!settings.update)
        (0,_rules_js__WEBPACK_IMPORTED_MODULE_6__/* .checkRulesAgainst */ .$1)(rules, [...expected.values()]);
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
    return (0,_settings_input_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readJsonFile */ .JE)(_settings_input_file_js__WEBPACK_IMPORTED_MODULE_2__/* .EXPECTED_FILE */ .Yx, file, workspace, (json) => {
        try {
            return (0,_exact_json_js__WEBPACK_IMPORTED_MODULE_5__/* .decodeExpected */ .zU)((0,_exact_json_js__WEBPACK_IMPORTED_MODULE_5__/* .parseExact */ .jM)(json, () => JSON.parse(json)));
        }
        catch (error) {
            if (!(error instanceof _exact_json_js__WEBPACK_IMPORTED_MODULE_5__/* .MarkerError */ .FX))
                throw error;
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(_lib_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Expected, `expected file '${shown}' at ${error.message}.`);
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