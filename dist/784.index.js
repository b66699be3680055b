"use strict";
exports.id = 784;
exports.ids = [784];
exports.modules = {

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


/***/ }),

/***/ 7270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   He: () => (/* binding */ hashedBytes),
/* harmony export */   sW: () => (/* binding */ hashContent),
/* harmony export */   sl: () => (/* binding */ resultDigest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7268);
/* harmony import */ var _job_match_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3523);
// Content addressing: a document is known to LlamaCloud by the digest of its bytes, read as a stream; its
// upload sends exactly the bytes that were hashed, or nothing.





async function hashContent(file) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file), async function* (chunks) {
        for await (const chunk of chunks) {
            size += chunk.length;
            yield chunk;
        }
    }, hash);
    return { id: `sha256:${hash.digest('hex')}`, size };
}
/** The document no longer holds the bytes it was hashed at: its upload was stopped before its end. */
class DocumentChangedError extends _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ {
    constructor(detail) {
        super(`it changed during the step (${detail}), so its upload was stopped before its end: no file is filed under the digest of other bytes. Keep documents unchanged while the step runs.`);
    }
}
/**
 * The document's bytes read afresh (each try of an upload reads them again), checked against `content` on
 * the way: more bytes fail at once, and fewer or other bytes fail before the last piece is passed on, so the
 * body they feed never completes.
 */
async function* hashedBytes(file, content) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    let held;
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file)) {
        size += chunk.length;
        if (size > content.size)
            throw new DocumentChangedError(`it grew past the ${content.size} bytes it was hashed at`);
        hash.update(chunk);
        if (held)
            yield held;
        held = chunk;
    }
    if (size < content.size)
        throw new DocumentChangedError(`it is now ${size} bytes, not the ${content.size} it was hashed at`);
    if (`sha256:${hash.digest('hex')}` !== content.id)
        throw new DocumentChangedError('its bytes are no longer those hashed');
    if (held)
        yield held;
}
/**
 * What a run report keeps to check a result it holds: `sha256:` of the result's bytes as served, then, for a job
 * with field confidences, of their JSON with sorted keys. A replay takes the result only when it still matches.
 */
function resultDigest(result, confidences) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(result);
    if (confidences !== null && confidences !== undefined)
        hash.update('\n').update((0,_job_match_js__WEBPACK_IMPORTED_MODULE_4__/* .canonical */ .$N)(confidences));
    return `sha256:${hash.digest('hex')}`;
}


/***/ }),

/***/ 4386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ findDocuments)
/* harmony export */ });
/* harmony import */ var _actions_glob__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2377);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _lib_constants_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8386);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7268);
/* harmony import */ var _settings_workspace_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7180);
// The `file` input: each pattern matched in the workspace with @actions/glob and each document checked, before
// any request.







const WILDCARD = /[*?[]/;
/** The step before this one that puts an input's files in the workspace. */
const BROUGHT_BY = { [_lib_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.MergeReports]: 'actions/download-artifact' };
/**
 * Every document the patterns match, in path order; a pattern matching nothing, a folder named outright, an empty
 * or unreadable file is an error of `input` (`file`, or `merge-reports` for the shards' reports).
 */
async function findDocuments(patterns, workspace, input = _lib_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.File) {
    const anchored = (pattern) => (node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute(pattern) ? pattern : node_path__WEBPACK_IMPORTED_MODULE_3__.join(workspace, pattern));
    const exclusions = patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => `!${anchored(pattern.slice(1))}`);
    const found = new Map();
    for (const pattern of patterns.filter((p) => !p.startsWith('!'))) {
        const globber = await _actions_glob__WEBPACK_IMPORTED_MODULE_0__/* .create */ .v([anchored(pattern), ...exclusions].join('\n'), { implicitDescendants: false });
        let matched = 0;
        for (const match of await globber.glob()) {
            const document = await checkDocument(match, pattern, workspace, input);
            if (!document)
                continue;
            matched++;
            found.set(document.relative, document);
        }
        if (matched === 0) {
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(input, `'${pattern}' matches no file. Patterns are relative to the workspace (${workspace}): check the path, and that ${BROUGHT_BY[input] ?? 'actions/checkout'} ran before this step.`);
        }
    }
    return [...found.values()].sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
}
/** The document, or undefined for a folder that a wildcard matched on the way (`invoices/**` matches its subfolders). */
async function checkDocument(file, pattern, workspace, input) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_3__.relative(workspace, file);
    if (relative.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute(relative)) {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(input, `'${file}' (from '${pattern}') is outside the workspace. Extract documents of the checkout only.`);
    }
    const shown = relative.split(node_path__WEBPACK_IMPORTED_MODULE_3__.sep).join('/');
    // A committed link is followed only to a file of the checkout: one to a key file or /etc is refused.
    const real = (0,_settings_workspace_js__WEBPACK_IMPORTED_MODULE_6__/* .realPathToRead */ .hn)(input, file, workspace);
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(real);
    if (info.isDirectory()) {
        if (WILDCARD.test(pattern))
            return undefined;
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(input, `'${shown}' is a folder. Give the documents in it, e.g. ${shown}/**/*.pdf.`);
    }
    if (info.size === 0)
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(input, `'${shown}' is empty: there is nothing to extract. Check the file, or exclude it with '!${shown}'.`);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.access)(real, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.R_OK);
    }
    catch (error) {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(input, `'${shown}' cannot be read (${error.code ?? 'unreadable'}). Check its permissions.`);
    }
    return { path: real, relative: shown, size: info.size };
}


/***/ }),

/***/ 3523:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ canonical),
/* harmony export */   hg: () => (/* binding */ claimNewest),
/* harmony export */   w2: () => (/* binding */ configurationRef)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lib_json_walk_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8175);
// Which earlier job stands for the one this step would create: same file, same configuration, newest first.
// The one definition of "the same configuration", for `reuse`, for a job an earlier run left running, and
// for the job a create whose answer was lost may have made. LlamaCloud reports a job's configuration
// resolved: the spec's defaults filled in, and `version` made a concrete release when the job was made.


/** ExtractConfiguration's defaults, as the API spec states them (a test holds this to the spec). */
const CONFIGURATION_DEFAULTS = {
    tier: 'cost_effective',
    version: 'latest',
    disable_cache: false,
    extraction_target: 'per_doc',
    cite_sources: false,
    confidence_scores: false,
    spreadsheet_mode: false
};
/** Fields the spec gives no default: absent means none (null). `parse_tier` is apart: it defaults to the tier. */
const NULL_WHEN_ABSENT = ['target_pages', 'max_pages', 'system_prompt', 'sheet_names', 'parse_config_id'];
const LATEST = 'latest';
const RELEASE_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The newest job of `jobs` made with `configuration` and not yet taken by another document, now taken. */
function claimNewest(jobs, configuration, claimed, options = {}) {
    const newest = newestReleases(jobs);
    const match = jobs
        .filter((job) => !claimed.has(job.id) &&
        (options.statuses === undefined || options.statuses.includes(job.status)) &&
        sameConfiguration(job, configuration, newest, options))
        .sort((a, b) => createdAt(b) - createdAt(a))[0];
    if (match)
        claimed.add(match.id);
    return match;
}
/**
 * A saved configuration by its ID. An inline one: every field of the file, and every field the file leaves
 * to its default, agrees with the job's (deep, key order ignored; fields the service adds that the spec
 * does not name are not compared), and the versions agree (see sameVersion).
 */
function sameConfiguration(job, configuration, newest, options) {
    if ('id' in configuration)
        return job.configurationId === configuration.id;
    if (!job.configuration)
        return false;
    const wanted = normalised(configuration.inline);
    const reported = normalised(job.configuration);
    const fieldsAgree = Object.keys(wanted).every((key) => key === 'version' || canonical(wanted[key]) === canonical(reported[key]));
    return fieldsAgree && sameVersion(String(wanted.version), reported, job, newest, options);
}
/**
 * A pinned version matches a job that reports it (a date between releases resolves to an earlier release,
 * which a job made under an older pin reports too, so only a job this step made is taken then). `latest`
 * matches the version the job was resolved to, unless a job of the same tier shows a newer release exists:
 * the action cannot know of a release no listed job ran.
 */
function sameVersion(wanted, reported, job, newest, options) {
    const version = String(reported.version);
    if (version === wanted)
        return true;
    const madeByThisStep = options.madeSince !== undefined && createdAt(job) >= options.madeSince;
    if (wanted === LATEST) {
        const known = newest.get(String(reported.tier));
        return madeByThisStep || known === undefined || !RELEASE_DATE.test(version) || version >= known;
    }
    return madeByThisStep && RELEASE_DATE.test(wanted) && RELEASE_DATE.test(version) && version <= wanted;
}
/** The newest release each tier is known to have, from the versions the listed jobs report. */
function newestReleases(jobs) {
    const newest = new Map();
    for (const job of jobs) {
        const { tier, version } = normalised(job.configuration ?? {});
        if (typeof version !== 'string' || !RELEASE_DATE.test(version))
            continue;
        const known = newest.get(String(tier));
        if (known === undefined || version > known)
            newest.set(String(tier), version);
    }
    return newest;
}
/** The configuration with what the service fills in: the spec's defaults, null for the rest, parse_tier the tier. */
function normalised(configuration) {
    const filled = { ...CONFIGURATION_DEFAULTS };
    for (const key of NULL_WHEN_ABSENT)
        filled[key] = null;
    for (const [key, value] of Object.entries(configuration))
        if (value !== undefined && value !== null)
            filled[key] = value;
    filled.parse_tier ??= filled.tier;
    return filled;
}
function createdAt(job) {
    const at = job.createdAt === undefined ? NaN : Date.parse(job.createdAt);
    return Number.isNaN(at) ? 0 : at;
}
/** JSON text of `value` with every object's keys sorted: equal for equal values whatever their key order. */
function canonical(value) {
    return JSON.stringify(sortKeys(value));
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (!(0,_lib_json_walk_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(value))
        return value;
    return Object.fromEntries(Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys(value[key])]));
}
function configurationRef(configuration) {
    if ('id' in configuration)
        return { id: configuration.id };
    return { digest: `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(canonical(configuration.inline)).digest('hex')}` };
}


/***/ }),

/***/ 1784:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  earlierAttempt: () => (/* reexport */ earlierAttempt),
  prepareStart: () => (/* binding */ prepareStart),
  startJobs: () => (/* reexport */ start_jobs/* startJobs */.t)
});

// EXTERNAL MODULE: ./src/settings/clashes.ts
var clashes = __webpack_require__(660);
// EXTERNAL MODULE: ./src/lib/constants.ts
var constants = __webpack_require__(8386);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: ./src/settings/input-file.ts
var input_file = __webpack_require__(36);
// EXTERNAL MODULE: ./src/settings/workspace.ts
var settings_workspace = __webpack_require__(7180);
// EXTERNAL MODULE: ./src/lib/json-walk.ts
var json_walk = __webpack_require__(8175);
;// CONCATENATED MODULE: ./src/start/configuration.ts
// The `configuration` input: an inline extract configuration read from a JSON or YAML file before any request.





/** The parsed object; a file that cannot be read or parsed, or holds no object, is an input error. */
async function readConfiguration(file, workspace) {
    const value = await (0,input_file/* readInputFile */.jH)(input_file/* CONFIGURATION_FILE */.oT, file, workspace);
    if (!(0,json_walk/* isObject */.Gv)(value)) {
        throw new errors/* InputError */.dz(constants/* Inputs */.G0.Configuration, `'${(0,settings_workspace/* relativeToWorkspace */.Tv)(file, workspace)}' holds ${describe(value)}, not an object. Expected an extract configuration such as { "data_schema": {...}, "tier": "cost_effective" }.`);
    }
    return value;
}
function describe(value) {
    if (value === null || value === undefined)
        return 'nothing';
    return Array.isArray(value) ? 'a list' : `a ${typeof value}`;
}

// EXTERNAL MODULE: ./src/start/documents.ts
var start_documents = __webpack_require__(4386);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/start/shard.ts
// `shard: i/n`: a matrix of n steps splits the documents matched among them, each extracting its share. The split
// depends only on the documents' paths and sizes, never on the order a folder lists them in, a locale or the
// time, so every runner of every run computes the same one; it is balanced by size, as the upload is most of a
// document's cost in time. Each shard records what it was split from, so the merge step can tell that its
// reports are the shares of one corpus.

/** Ordered by code units, as the paths are: no locale decides it. */
function byPath(a, b) {
    return a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0;
}
/**
 * Each document's shard (0-based) in `count` shards: largest first (path order among equal sizes), each to the
 * shard with the fewest bytes so far (then the fewest documents, then the lowest number). Any two shards then
 * differ by at most the largest document.
 */
function assignShards(documents, count) {
    const shards = Array.from({ length: count }, () => ({ bytes: 0, documents: [] }));
    const order = [...documents].sort((a, b) => b.size - a.size || byPath(a, b));
    for (const document of order) {
        let least = shards[0];
        for (const shard of shards) {
            if (shard.bytes < least.bytes || (shard.bytes === least.bytes && shard.documents.length < least.documents.length))
                least = shard;
        }
        least.bytes += document.size;
        least.documents.push(document);
    }
    return shards.map((shard) => shard.documents.sort(byPath));
}
/** The documents of `shard`, in path order, and what its report records of the split. */
function shardOf(documents, shard) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const document of [...documents].sort(byPath))
        hash.update(`${document.relative}\0${document.size}\n`);
    return {
        documents: assignShards(documents, shard.count)[shard.index - 1] ?? [],
        record: { ...shard, documents: documents.length, corpus: `sha256:${hash.digest('hex')}` }
    };
}

// EXTERNAL MODULE: ./src/runner/log.ts
var log = __webpack_require__(7708);
// EXTERNAL MODULE: ./src/lib/markdown.ts
var markdown = __webpack_require__(3862);
// EXTERNAL MODULE: ./src/start/start-jobs.ts
var start_jobs = __webpack_require__(7897);
;// CONCATENATED MODULE: ./src/start/earlier-attempt.ts
// A re-run of a workflow run ("Re-run jobs": the same GITHUB_RUN_ID, a higher GITHUB_RUN_ATTEMPT) may meet
// the jobs its earlier attempts made: they stand for new ones, so a document never gets two jobs in one
// workflow run. Which jobs are the run's own is told by when the run was made, read from GitHub's API; when
// that cannot be read, any earlier job of the same bytes and configuration is taken rather than paid again.

/** Only an attempt after the first; the run's creation time from GitHub's API with the step's token. */
async function earlierAttempt(token, env = process.env) {
    const attempt = Number(env.GITHUB_RUN_ATTEMPT);
    const runId = env.GITHUB_RUN_ID ?? '';
    if (!Number.isSafeInteger(attempt) || attempt < 2 || !/^\d+$/.test(runId))
        return undefined;
    const since = await runCreatedAt(token, runId, env);
    log/* info */.pq(since === undefined
        ? `Re-run attempt ${attempt}: an earlier job of a document's bytes and configuration is taken instead of a new one.`
        : `Re-run attempt ${attempt} of a run made at ${new Date(since).toISOString()}: a job made since then for a document's bytes and configuration is taken instead of a new one.`);
    return since === undefined ? { attempt } : { attempt, since };
}
async function runCreatedAt(token, runId, env) {
    const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!token || !owner || !repo || rest.length > 0)
        return undefined;
    try {
        // @actions/github (octokit) is a lazy chunk: only a re-run attempt in the file mode loads it.
        const { getOctokit } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(753)]).then(__webpack_require__.bind(__webpack_require__, 2413));
        const { data } = await getOctokit(token).rest.actions.getWorkflowRun({
            owner,
            repo,
            run_id: Number(runId)
        });
        const at = Date.parse(String(data.created_at));
        return Number.isNaN(at) ? undefined : at;
    }
    catch (error) {
        const status = error.status;
        log/* warning */.$e(`Re-run attempt: could not read when workflow run ${runId} was made (${typeof status === 'number' ? `GitHub answered ${status}` : 'GitHub could not be reached'}): any earlier job of a document's bytes and configuration counts as this run's. Give the job \`actions: read\` permission to limit it to this run.`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/start/prepare.ts
// The file mode's inputs made concrete before any request: the configuration file read and parsed, the
// documents found, their result files checked. Loaded only in file mode (yaml and @actions/glob with it).








async function prepareStart(settings) {
    const { configuration } = settings;
    const jobConfiguration = 'id' in configuration ? configuration : { inline: await readConfiguration(configuration.file, settings.workspace) };
    const documents = await (0,start_documents/* findDocuments */.I)(settings.filePatterns, settings.workspace);
    // Every shard checks every document's files: each refuses a clash, whichever shards its documents fall in.
    (0,clashes/* checkResultFiles */.FE)(settings, documents.map((document) => document.relative));
    if (!settings.shard)
        return { ...settings, documents, jobConfiguration };
    const shard = shardOf(documents, settings.shard);
    const bytes = (list) => list.reduce((sum, document) => sum + document.size, 0);
    log/* info */.pq(`Shard ${settings.shard.index} of ${settings.shard.count}: ${shard.documents.length} of ${(0,markdown/* plural */.LS)(documents.length, 'document')} matched (${bytes(shard.documents)} of ${bytes(documents)} bytes)${shard.documents.length === 0 ? ': more shards than documents, nothing to extract here' : ''}.`);
    return { ...settings, documents: shard.documents, jobConfiguration, shardRecord: shard.record };
}


/***/ }),

/***/ 7897:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ shown),
/* harmony export */   t: () => (/* binding */ startJobs)
/* harmony export */ });
/* harmony import */ var _runner_log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7708);
/* harmony import */ var _runner_progress_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(667);
/* harmony import */ var _lib_constants_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8386);
/* harmony import */ var _api_api_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6050);
/* harmony import */ var _api_call_policy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9349);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7268);
/* harmony import */ var _lib_bound_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4323);
/* harmony import */ var _lib_markdown_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3862);
/* harmony import */ var _lib_concurrency_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(3716);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7270);
/* harmony import */ var _job_match_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3523);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_10___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_10__);
// The start stage of the file mode: documents -> file IDs (looked up by digest, uploaded only when new)
// -> job IDs (reused, waited for when an earlier run left one running, or created once: a create that may
// have reached LlamaCloud is retried only after looking for the job it may have made).












/** The service's clock may run behind ours: jobs made by a lost create are looked for from this much earlier. */
const CLOCK_SKEW_MS = 60_000;
async function startJobs(client, documents, options) {
    // One upload per content, however many documents share it; one document per job.
    const files = new Map();
    const claimed = new Set(options.taken);
    const fileOf = (document, content) => {
        let known = files.get(content.id);
        if (!known) {
            known = findOrUpload(client, document, content, options.call);
            files.set(content.id, known);
            return known;
        }
        return known.then(({ file }) => ({ file, uploaded: false }));
    };
    // A 402 (no credits left), or the credits billed reaching max-credits, ends the start stage: no document after
    // it is uploaded or gets a job.
    let stopped;
    const notStarted = (document) => ({
        document,
        message: `Document ${shown(document)}: not started, because ${stopped}.`
    });
    const known = options.beforeSpending ? await lookUpEarlier(client, documents, options, files, claimed) : new Map();
    await options.beforeSpending?.(documents.filter((document) => !known.has(document)));
    const count = { created: 0, earlier: 0, notStarted: 0, uploads: 0 };
    const startOne = async (document) => {
        // No request starts after the deadline: the documents not reached by then are not read either.
        if (Date.now() >= options.call.deadline)
            return { document, message: `Document ${shown(document)} was not started: the timeout was reached before its turn.` };
        let stage = 'reading it';
        if (stopped)
            return notStarted(document);
        try {
            const content = await (0,_digest_js__WEBPACK_IMPORTED_MODULE_8__/* .hashContent */ .sW)(document.path);
            stage = 'uploading it';
            const { file, uploaded } = await fileOf(document, content);
            if (uploaded)
                count.uploads++;
            stage = 'starting its job';
            if (stopped)
                return notStarted(document);
            // A file uploaded just now has no jobs yet.
            const earlier = known.get(document) ?? (uploaded ? undefined : await findEarlier(client, file.id, options, claimed));
            if (!earlier) {
                const reached = await options.meter?.check();
                if (reached || stopped) {
                    stopped ??= reached;
                    return notStarted(document);
                }
            }
            const jobId = earlier?.id ?? (await createOnce(client, file.id, options, claimed));
            if (!earlier)
                options.meter?.add(jobId, file.id);
            const how = !earlier
                ? 'created'
                : earlier.status === _lib_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Status */ .nW.Completed
                    ? `reused: COMPLETED job${dated(earlier.createdAt)}, no new credits`
                    : // One of UNFINISHED, matched exactly: no API text reaches the log here.
                        `${earlier.status} job${dated(earlier.createdAt)} left by an earlier run: waited for, no new credits`;
            // A document that starts well gets no line of its own (the progress lines count it), but the debug log names it.
            _runner_log_js__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(`Document ${shown(document)}: file ${file.id} (${uploaded ? 'uploaded' : 'already uploaded'}), job ${jobId} (${how})`);
            return { document, fileId: file.id, digest: content.id, jobId, reused: earlier !== undefined };
        }
        catch (error) {
            // A stop goes on to the wait, which sees it at once: the jobs already made are then cancelled (cancel-on-timeout) and summed up.
            if (options.call.signal?.aborted)
                return { document, message: `Document ${shown(document)}: the step was stopped while ${stage}.` };
            if (error instanceof _api_api_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ApiError */ .hD && error.status === 402) {
                stopped ??= 'LlamaCloud answered 402 Payment Required (out of credits or over the spending cap)';
            }
            return { document, message: explain(error, document, stage, options.configuration) };
        }
    };
    const progress = new _runner_progress_js__WEBPACK_IMPORTED_MODULE_1__/* .Progress */ .ke(documents.length, options.startedAt);
    const line = () => {
        const parts = [
            [count.created, 'new job'],
            [count.earlier, 'earlier job'],
            [count.uploads, 'upload']
        ];
        const shownParts = parts.filter(([n]) => n > 0).map(([n, what]) => (0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .plural */ .LS)(n, what));
        if (count.notStarted > 0)
            shownParts.push(`${count.notStarted} not started`);
        const done = count.created + count.earlier + count.notStarted;
        return `Start: ${done} of ${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .plural */ .LS)(documents.length, 'document')}${shownParts.length ? ` (${shownParts.join(', ')})` : ''}`;
    };
    const results = await (0,_lib_concurrency_js__WEBPACK_IMPORTED_MODULE_11__/* .mapLimit */ .s)(documents, _api_call_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_IN_FLIGHT */ .uK, async (document) => {
        const result = await startOne(document);
        if ('message' in result)
            count.notStarted++;
        else
            count[result.reused ? 'earlier' : 'created']++;
        progress.report(count.created + count.earlier + count.notStarted, line);
        return result;
    });
    return {
        started: results.filter((result) => 'jobId' in result),
        failures: results.filter((result) => 'message' in result)
    };
}
/**
 * The jobs a budget need not pay for (reused, or left running by an earlier run): look-ups only (no upload, no
 * create). A file found is kept for the start; a look-up that fails is left to the start, which meets the same
 * answer and explains it.
 */
async function lookUpEarlier(client, documents, options, files, claimed) {
    const found = new Map();
    const lookUp = async (document) => {
        try {
            const { id } = await (0,_digest_js__WEBPACK_IMPORTED_MODULE_8__/* .hashContent */ .sW)(document.path);
            const known = files.get(id);
            const file = known ? (await known).file : await client.findFile(id, options.call);
            if (!file)
                return;
            if (!known)
                files.set(id, Promise.resolve({ file, uploaded: false }));
            const earlier = await findEarlier(client, file.id, options, claimed);
            if (earlier)
                found.set(document, earlier);
        }
        catch {
            // Explained by the start.
        }
    };
    const progress = new _runner_progress_js__WEBPACK_IMPORTED_MODULE_1__/* .Progress */ .ke(documents.length, options.startedAt);
    let done = 0;
    await (0,_lib_concurrency_js__WEBPACK_IMPORTED_MODULE_11__/* .mapLimit */ .s)(documents, _api_call_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_IN_FLIGHT */ .uK, async (document) => {
        await lookUp(document);
        progress.report(++done, () => `Looking up earlier jobs: ${done} of ${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .plural */ .LS)(documents.length, 'document')} (${found.size} found)`);
    });
    return found;
}
async function findOrUpload(client, document, content, call) {
    const existing = await client.findFile(content.id, call);
    if (existing)
        return { file: existing, uploaded: false };
    // The bytes sent are the bytes hashed, checked as they go: a document rewritten since is not filed under the old digest.
    const upload = {
        name: node_path__WEBPACK_IMPORTED_MODULE_10__.basename(document.path),
        size: content.size,
        externalFileId: content.id,
        read: () => (0,_digest_js__WEBPACK_IMPORTED_MODULE_8__/* .hashedBytes */ .He)(document.path, content)
    };
    const file = await client.uploadFile(upload, call);
    return { file, uploaded: true };
}
/** Statuses of a job still on its way: an earlier run stopped before it ended. */
const UNFINISHED = [_lib_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Status */ .nW.Pending, _lib_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Status */ .nW.Throttled, _lib_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Status */ .nW.Running];
/**
 * An earlier job of the same bytes and configuration that stands for a new one: with `reuse`, the newest
 * COMPLETED one (on a re-run attempt without `reuse`, the newest made since the workflow run was); whether
 * or not `reuse` is on, one still running (an earlier run of the step was stopped
 * before it ended): its result is made now, as a new job's would be, and it bills anyway.
 */
async function findEarlier(client, fileId, options, claimed) {
    // A re-run attempt takes what its workflow run already made (a FAILED or CANCELLED job is tried again).
    const madeAt = options.reuse ? undefined : options.earlierAttempt?.since;
    const since = madeAt === undefined ? undefined : madeAt - CLOCK_SKEW_MS;
    if (options.reuse || options.earlierAttempt) {
        const completed = await client.listJobsOfFile(fileId, { status: _lib_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Status */ .nW.Completed, since }, options.call);
        const reused = (0,_job_match_js__WEBPACK_IMPORTED_MODULE_9__/* .claimNewest */ .hg)(completed, options.configuration, claimed);
        if (reused)
            return reused;
    }
    const jobs = await client.listJobsOfFile(fileId, {}, options.call);
    return (0,_job_match_js__WEBPACK_IMPORTED_MODULE_9__/* .claimNewest */ .hg)(jobs, options.configuration, claimed, { statuses: UNFINISHED });
}
/** Never two jobs for one document: a lost answer is followed by a look for the job it may have made. */
async function createOnce(client, fileId, options, claimed) {
    const since = Date.now() - CLOCK_SKEW_MS;
    const job = await client.createJob(fileId, options.configuration, options.call, async () => (0,_job_match_js__WEBPACK_IMPORTED_MODULE_9__/* .claimNewest */ .hg)(await client.listJobsOfFile(fileId, { since }, options.call), options.configuration, claimed, { madeSince: since }));
    claimed.add(job.id);
    return job.id;
}
function explain(error, document, stage, configuration) {
    const name = `Document ${shown(document)}`;
    if (error instanceof _api_api_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ApiError */ .hD && error.status === 413) {
        return `${name} (${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .fileSize */ .Ov)(document.size)}) is too large for LlamaCloud (413 Payload Too Large). Split it, or extract it elsewhere.`;
    }
    if (error instanceof _api_api_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ApiError */ .hD && error.status === 404 && stage === 'starting its job' && 'id' in configuration) {
        return `${name}: LlamaCloud knows no configuration '${configuration.id}' in this project, or cannot read the file it answered for the upload (404 Not Found on create). Check configuration-id and project-id; if they are right, re-run the step: the document is then looked up and uploaded again.`;
    }
    if (error instanceof _api_api_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ApiError */ .hD && error.status === 404 && stage === 'starting its job') {
        return `${name}: LlamaCloud cannot read the file it answered for the upload (404 Not Found on create). Re-run the step: the document is then looked up and uploaded again.`;
    }
    if (error instanceof _lib_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ActionError */ .lZ)
        return `${name}: ${error.message}`;
    const code = error?.code;
    if (code)
        return `${name} could not be read (${code}) while ${stage}. Check that the file stays in place during the step.`;
    throw error;
}
/** A document's path as the log shows it: repository names are not trusted to hold no line breaks. */
function shown(document) {
    return (0,_lib_bound_js__WEBPACK_IMPORTED_MODULE_6__/* .replaceControls */ .N0)(document.relative, '?');
}
/** ` of <ISO time>` for a time the API gave, re-rendered: its text never reaches the log as is. */
function dated(createdAt) {
    const at = createdAt === undefined ? NaN : Date.parse(createdAt);
    return Number.isNaN(at) ? '' : ` of ${new Date(at).toISOString()}`;
}


/***/ })

};
;