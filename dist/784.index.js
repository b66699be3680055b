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
/* harmony import */ var _lib_path_order_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2565);
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
    return [...found.values()].sort((a, b) => (0,_lib_path_order_js__WEBPACK_IMPORTED_MODULE_7__/* .byPath */ .f)(a.relative, b.relative));
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
// EXTERNAL MODULE: ./src/lib/path-order.ts
var path_order = __webpack_require__(2565);
;// CONCATENATED MODULE: ./src/start/shard.ts
// `shard: i/n`: a matrix of n steps splits the documents matched among them, each extracting its share. The split
// depends only on the documents' paths and sizes, never on the order a folder lists them in, a locale or the
// time, so every runner of every run computes the same one; it is balanced by size, as the upload is most of a
// document's cost in time. Each shard records what it was split from, so the merge step can tell that its
// reports are the shares of one corpus.


function inPathOrder(a, b) {
    return (0,path_order/* byPath */.f)(a.relative, b.relative);
}
/**
 * Each document's shard (0-based) in `count` shards: largest first (path order among equal sizes), each to the
 * shard with the fewest bytes so far (then the fewest documents, then the lowest number). Any two shards then
 * differ by at most the largest document.
 */
function assignShards(documents, count) {
    const shards = Array.from({ length: count }, () => ({ bytes: 0, documents: [] }));
    const order = [...documents].sort((a, b) => b.size - a.size || inPathOrder(a, b));
    for (const document of order) {
        let least = shards[0];
        for (const shard of shards) {
            if (shard.bytes < least.bytes || (shard.bytes === least.bytes && shard.documents.length < least.documents.length))
                least = shard;
        }
        least.bytes += document.size;
        least.documents.push(document);
    }
    return shards.map((shard) => shard.documents.sort(inPathOrder));
}
/** The documents of `shard`, in path order, and what its report records of the split. */
function shardOf(documents, shard) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const document of [...documents].sort(inPathOrder))
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
// EXTERNAL MODULE: ./src/start/start-jobs.ts + 1 modules
var start_jobs = __webpack_require__(4455);
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


/***/ })

};
;