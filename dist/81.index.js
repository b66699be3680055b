"use strict";
exports.id = 81;
exports.ids = [81];
exports.modules = {

/***/ 3081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadSchema: () => (/* binding */ loadSchema)
/* harmony export */ });
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2463);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_8___default = /*#__PURE__*/__webpack_require__.n(ajv__WEBPACK_IMPORTED_MODULE_8__);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2210);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_7___default = /*#__PURE__*/__webpack_require__.n(ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_7__);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2815);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ajv_formats__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var re2js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2856);
/* harmony import */ var _lib_constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8386);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7268);
/* harmony import */ var _lib_bound_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4323);
/* harmony import */ var _settings_input_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(36);
/* harmony import */ var _lib_json_walk_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8175);
/* harmony import */ var _settings_workspace_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7180);
// Checks each job's extract_result against the user's JSON Schema, compiled once for every job of the step.










// ajv-formats is CommonJS and sets `exports.default` on the function it exports, so `.default` is the plugin
// whether the default import is the whole module (Node ESM, ts-jest, NodeNext types) or `exports.default` (ncc).
const addFormats = (ajv_formats__WEBPACK_IMPORTED_MODULE_0___default()["default"]);
/** ajv's checks recurse with the data (a recursive $ref does): deeper results are refused, not checked. */
const MAX_SCHEMA_DEPTH = 1000;
const DRAFT_2020_12 = /^https?:\/\/json-schema\.org\/draft\/2020-12\/schema#?$/;
// draft-04 and -06 read the same under draft-07 rules; draft-03 does not (`divisibleBy`, `extends` and
// `disallow` would be silently ignored, passing what it should not), so it is refused with 2019-09.
const DRAFT_07_STYLE = /^https?:\/\/json-schema\.org\/draft-0[467]\/schema#?$/;
/**
 * Compiling costs more than linearly in the schema's size (2,000 branches of a oneOf take seconds, 10,000
 * sibling allOf entries half a minute), and ajv's checks recurse with the schema: larger or deeper schemas are
 * refused before compiling, so the gate always ends in time.
 */
const MAX_SCHEMA_NODES = 2000;
const MAX_SCHEMA_NESTING = 100;
/** Keywords whose values are data, not schemas: a `pattern` key inside them is no pattern. */
const DATA_KEYWORDS = new Set(['const', 'enum', 'default', 'examples']);
/** Keywords whose values map names to schemas. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas', 'dependencies']);
/** A pattern shown in a message is cut to this many characters, its ellipsis included. */
const PATTERN_CHARS = 101;
function loadSchema(file, workspace) {
    const shown = (0,_settings_workspace_js__WEBPACK_IMPORTED_MODULE_5__/* .relativeToWorkspace */ .Tv)(file, workspace);
    const schema = (0,_settings_input_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readJsonFile */ .JE)(_settings_input_file_js__WEBPACK_IMPORTED_MODULE_4__/* .SCHEMA_FILE */ .Td, file, workspace);
    checkComplexity(shown, schema);
    const validate = compile(shown, schema);
    return {
        check(jobId, data) {
            if ((0,_lib_json_walk_js__WEBPACK_IMPORTED_MODULE_6__/* .nestsDeeperThan */ .ix)(data, MAX_SCHEMA_DEPTH)) {
                return [
                    {
                        jobId,
                        gate: 'schema',
                        path: '/',
                        message: `the result nests more than ${MAX_SCHEMA_DEPTH} levels deep, too deep to check against the schema`
                    }
                ];
            }
            if (validate(data))
                return [];
            const seen = new Set();
            const violations = [];
            for (const error of validate.errors ?? []) {
                const violation = { jobId, gate: 'schema', path: error.instancePath || '/', message: describe(error) };
                const key = `${violation.path}\n${violation.message}`;
                if (seen.has(key))
                    continue; // allErrors repeats a problem once per anyOf/oneOf branch
                seen.add(key);
                violations.push(violation);
            }
            return violations;
        }
    };
}
function compile(path, schema) {
    // The class picks the draft; `$schema` is then dropped so spellings ajv does not know by id
    // (https, no `#`, draft-04/06) are checked against that draft's meta-schema instead of failing the lookup.
    let body = schema;
    let declared;
    if (typeof schema === 'object' && schema !== null && !Array.isArray(schema)) {
        const { $schema, ...rest } = schema;
        declared = $schema;
        body = rest;
    }
    // Patterns run on the linear-time engine: a pattern such as ^(a+)+$ cannot hang the step on a long string.
    // References are compiled once each, never copied into every place that uses them, so the code stays as
    // large as the schema. ajv's own logger would print the generated code of a failed compile to the log.
    const options = { allErrors: true, strict: false, inlineRefs: false, logger: false, code: { regExp: linearRegExp } };
    let ajv;
    if (declared === undefined || (typeof declared === 'string' && DRAFT_2020_12.test(declared))) {
        ajv = new ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_7__.Ajv2020(options);
    }
    else if (typeof declared === 'string' && DRAFT_07_STYLE.test(declared)) {
        ajv = new ajv__WEBPACK_IMPORTED_MODULE_8__.Ajv(options);
    }
    else {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(_lib_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.Schema, `schema file '${path}' declares an unsupported $schema ${JSON.stringify(declared)}: ` +
            `use http://json-schema.org/draft-07/schema# or https://json-schema.org/draft/2020-12/schema`);
    }
    addFormats(ajv);
    try {
        return ajv.compile(body);
    }
    catch (error) {
        // The checks below keep the compile's own recursion in bounds; this is the last guard.
        if (error instanceof RangeError)
            throw tooComplex(path, 'its compiled checks overflow the stack');
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(_lib_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.Schema, `schema file '${path}' is not a valid JSON Schema (${(0,_lib_bound_js__WEBPACK_IMPORTED_MODULE_3__/* .squash */ .iw)((0,_lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error))}): fix the schema`);
    }
}
/** ajv's RegExpEngine on RE2: linear time in the string's length, whatever the pattern. */
function linearRegExp(pattern, flags) {
    const compiled = re2js__WEBPACK_IMPORTED_MODULE_9__/* .RE2JS */ .L3.compile(re2js__WEBPACK_IMPORTED_MODULE_9__/* .RE2JS */ .L3.translateRegExp(pattern));
    // ajv keys its compiled patterns by toString: each must name its own pattern.
    return { test: (text) => compiled.test(text), toString: () => `/${pattern}/${flags}` };
}
linearRegExp.code = 're2js';
/** Refuses, before compiling, a schema too large or deep to compile in time, and a pattern RE2 cannot run. */
function checkComplexity(path, schema) {
    let nodes = 0;
    // [value, JSON pointer, depth, what it is: a schema, a map of names (or of patterns) to schemas, or data]
    const stack = [[schema, '', 1, 'schema']];
    for (let next = stack.pop(); next; next = stack.pop()) {
        const [node, pointer, depth, role] = next;
        if (typeof node !== 'object' || node === null)
            continue;
        if (++nodes > MAX_SCHEMA_NODES)
            throw tooComplex(path, `it has more than ${MAX_SCHEMA_NODES} objects and arrays`);
        if (depth > MAX_SCHEMA_NESTING)
            throw tooComplex(path, `it nests more than ${MAX_SCHEMA_NESTING} levels deep at ${pointer}`);
        for (const [key, value] of Object.entries(node)) {
            const at = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
            if (role === 'data') {
                stack.push([value, at, depth + 1, 'data']);
            }
            else if (role !== 'schema') {
                if (role === 'patterns')
                    checkPattern(path, key, at);
                stack.push([value, at, depth + 1, 'schema']);
            }
            else {
                if (key === 'pattern' && typeof value === 'string')
                    checkPattern(path, value, at);
                const map = key === 'patternProperties' ? 'patterns' : 'map';
                stack.push([value, at, depth + 1, DATA_KEYWORDS.has(key) ? 'data' : SCHEMA_MAPS.has(key) ? map : 'schema']);
            }
        }
    }
}
function checkPattern(path, pattern, pointer) {
    try {
        linearRegExp(pattern, '');
    }
    catch (error) {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(_lib_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.Schema, `the pattern ${JSON.stringify((0,_lib_bound_js__WEBPACK_IMPORTED_MODULE_3__/* .cut */ .Jj)(pattern, PATTERN_CHARS))} at ${pointer || '/'} in '${path}' cannot run on the linear-time (RE2) engine ` +
            `(${(0,_lib_bound_js__WEBPACK_IMPORTED_MODULE_3__/* .squash */ .iw)((0,_lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error))}): rewrite it without backreferences or lookaround`);
    }
}
function tooComplex(path, why) {
    return new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(_lib_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.Schema, `schema file '${path}' is too complex to check in time: ${why} (at most ${MAX_SCHEMA_NODES} objects and arrays, ${MAX_SCHEMA_NESTING} levels). Simplify or split the schema`);
}
function describe(error) {
    switch (error.keyword) {
        case 'required':
            return `missing required property '${error.params.missingProperty}'`;
        case 'additionalProperties':
            return `unexpected property '${error.params.additionalProperty}'`;
        case 'unevaluatedProperties':
            return `unexpected property '${error.params.unevaluatedProperty}'`;
        default:
            return error.message ?? `fails '${error.keyword}'`;
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