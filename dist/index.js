/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 4726:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Yz: () => (/* binding */ debug),
  N4: () => (/* binding */ endGroup),
  z3: () => (/* binding */ error),
  V4: () => (/* binding */ getInput),
  pq: () => (/* binding */ info),
  lm: () => (/* binding */ notice),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ setSecret),
  Oh: () => (/* binding */ startGroup),
  $e: () => (/* binding */ warning)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function issue(name, message = '') {
    issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __nccwpck_require__(6982);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_.randomUUID()}`;
    const convertedValue = toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: ./src/actions-core.ts
// What the bundle gets for `import * as core from '@actions/core'` (tsconfig.json `paths`, which ncc applies):
// the entry points the action uses, as @actions/core's lib/core.js defines them, over its own command and
// file-command modules. Its entry module also imports the OIDC client, and with it
// @actions/http-client, tunnel and undici (about 100 modules): a third of the start-up, for a token the
// action never asks for. Tests and tsx load the real package, so its mocks and behaviour stay the reference.




function getInput(name, options) {
    const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options?.required && !value)
        throw new Error(`Input required and not supplied: ${name}`);
    return options?.trimWhitespace === false ? value : value.trim();
}
function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT)
        return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    process.stdout.write(external_node_os_.EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
}
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function info(message) {
    process.stdout.write(message + external_node_os_.EOL);
}
function notice(message, properties = {}) {
    annotate('notice', message, properties);
}
function warning(message, properties = {}) {
    annotate('warning', message, properties);
}
function error(message, properties = {}) {
    annotate('error', message, properties);
}
function annotate(level, message, properties) {
    issueCommand(level, toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function startGroup(name) {
    issue('group', name);
}
function endGroup() {
    issue('endgroup');
}


/***/ }),

/***/ 6050:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   UA: () => (/* binding */ snippet),
/* harmony export */   hD: () => (/* binding */ ApiError),
/* harmony export */   pb: () => (/* binding */ apiError),
/* harmony export */   qS: () => (/* binding */ statusText)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7242);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3916);
/* harmony import */ var _bound_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7659);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6670);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(8522);
/* harmony import */ var _http_transport_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(3860);
// One-line explanations of what LlamaCloud answered, each saying what to do about it.







/** A final answer from the API that another try will not change (401, 403, 404, 422, other 4xx). */
class ApiError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .l {
    status;
    constructor(status, message) {
        super(message);
        this.status = status;
    }
}
function apiError(response, context) {
    const { status } = response;
    if ((0,_http_transport_js__WEBPACK_IMPORTED_MODULE_6__/* .isRedirect */ .N6)(status))
        return redirectError(response, context);
    const elsewhere = response.url.origin === new URL(context.baseUrl).origin ? undefined : response.url.origin;
    if ((status === 401 || status === 403) && elsewhere) {
        // The transport dropped the key on the way there: the key is not at fault.
        return new ApiError(status, `${context.what} was redirected to another origin, ${elsewhere}, which answered ${statusText(status)}: the API key is only sent to the origin of '${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.BaseUrl}'. If LlamaCloud is served at ${elsewhere}, set '${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.BaseUrl}' to it.`);
    }
    const detail = errorDetail(response.body);
    switch (status) {
        case 401:
            return new ApiError(status, `LlamaCloud rejected the API key (401 Unauthorized): it is invalid or expired. Check the secret passed as '${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.ApiKey}'.` +
                (context.baseUrl === _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .EU_BASE_URL */ .bc
                    ? ' This base-url is the EU region: a key made in the US region does not work there.'
                    : ` A key made in the EU region needs '${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.BaseUrl}: ${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .EU_BASE_URL */ .bc}'.`));
        case 403:
            return new ApiError(status, `The API key may not access ${scope(context) || 'this resource'} (403 Forbidden). Use a key of that project, or fix '${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.ProjectId}' / '${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.OrganizationId}'.${detail ? ` LlamaCloud said: ${detail}` : ''}`);
        case 404:
            return new ApiError(status, `Extract job '${context.jobId ?? '?'}' was not found${context.projectId ? ` in project '${context.projectId}'` : ''} (404 Not Found). Check '${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.JobId}'${context.projectId ? ` and '${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.ProjectId}'` : ''}, and that the key belongs to the job's project and region.`);
        case 422:
            return new ApiError(status, `LlamaCloud refused ${context.what} (422 Unprocessable Entity): ${detail || 'no detail given'}. Fix the input it names.`);
        default:
            return new ApiError(status, `LlamaCloud answered ${statusText(status)} to ${context.what}${detail ? `: ${detail}` : ''}.`);
    }
}
/** A redirect the transport did not follow. */
function redirectError(response, context) {
    const location = response.headers.location;
    const why = (0,_http_transport_js__WEBPACK_IMPORTED_MODULE_6__/* .redirectRefusal */ .Hu)(response.url, location) ?? `more than ${_http_transport_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_REDIRECTS */ .NX} redirects in a row`;
    const target = location && URL.canParse(location, response.url.href) ? new URL(location, response.url) : undefined;
    const to = target ? ` to ${(0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redact */ .E$)(`${target.origin}${target.pathname}`)}` : '';
    return new ApiError(response.status, `${context.what} was redirected (${statusText(response.status)})${to} and not followed: ${why}. Set '${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.BaseUrl}' to the API's own https address.`);
}
function statusText(status) {
    return `${status} ${node_http__WEBPACK_IMPORTED_MODULE_0__.STATUS_CODES[status] ?? ''}`.trim();
}
/** FastAPI's `detail`, cut to a bound: a string, or a list of `{ loc, msg }` rendered as `query.project_id: msg`. */
function errorDetail(body) {
    return (0,_bound_js__WEBPACK_IMPORTED_MODULE_3__/* .bound */ .$s)(fullDetail(body));
}
function fullDetail(body) {
    let parsed;
    try {
        parsed = JSON.parse(body.toString('utf8'));
    }
    catch {
        return snippet(body);
    }
    const detail = (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .isObject */ .Gv)(parsed) ? (parsed.detail ?? parsed.message ?? parsed.error) : undefined;
    if (typeof detail === 'string')
        return clean(detail);
    if (Array.isArray(detail)) {
        return clean(detail
            .filter(_types_js__WEBPACK_IMPORTED_MODULE_5__/* .isObject */ .Gv)
            .map((item) => `${Array.isArray(item.loc) ? item.loc.join('.') : '?'}: ${typeof item.msg === 'string' ? item.msg : JSON.stringify(item.msg)}`)
            .join('; '));
    }
    return '';
}
/** The start of a body for an error line: secrets masked, control characters and runs of space folded. */
function snippet(body, max = 200) {
    const text = clean(body.toString('utf8', 0, Math.min(body.length, max * 4)));
    return text.length > max ? `${text.slice(0, max)}…` : text;
}
function clean(text) {
    // eslint-disable-next-line no-control-regex -- control characters (escapes, CR/LF) are what is folded away
    const controls = /[\u0000-\u001f\u007f]+/g;
    return (0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redact */ .E$)(text).replace(controls, ' ').replace(/\s+/g, ' ').trim();
}
function scope(context) {
    return [context.projectId && `project '${context.projectId}'`, context.organizationId && `organization '${context.organizationId}'`]
        .filter(Boolean)
        .join(' in ');
}


/***/ }),

/***/ 2463:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  jv: () => (/* binding */ ExtractClient),
  uK: () => (/* binding */ MAX_IN_FLIGHT),
  JD: () => (/* binding */ RequestFailedError),
  yy: () => (/* binding */ sleep)
});

;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = require("node:stream");
// EXTERNAL MODULE: ./src/log.ts
var log = __nccwpck_require__(5625);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __nccwpck_require__(7242);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/duration.ts
var duration = __nccwpck_require__(7607);
;// CONCATENATED MODULE: ./src/http/retry-policy.ts
const BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 8000;
/** A server hint longer than this is not waited for blindly; the backoff applies instead. */
const MAX_HINT_MS = 60_000;
function isRetryableStatus(status, headers) {
    const hint = header(headers, 'x-should-retry');
    if (hint === 'true')
        return true;
    if (hint === 'false')
        return false;
    return status === 408 || status === 409 || status === 429 || status >= 500;
}
/** The server's own wait: `retry-after-ms`, then `Retry-After` in seconds or as an HTTP date. */
function retryAfterMs(headers, now = Date.now()) {
    const ms = Number.parseFloat(header(headers, 'retry-after-ms') ?? '');
    if (Number.isFinite(ms) && ms >= 0 && ms <= MAX_HINT_MS)
        return ms;
    const after = header(headers, 'retry-after');
    if (!after)
        return undefined;
    const seconds = Number(after);
    const wait = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(after) - now;
    return Number.isFinite(wait) && wait >= 0 && wait <= MAX_HINT_MS ? wait : undefined;
}
/** Delay before retry number `retry` (0-based) when the server gave no hint. */
function backoffMs(retry, random = Math.random) {
    const delay = Math.min(BASE_DELAY_MS * 2 ** retry, MAX_DELAY_MS);
    return delay * (1 - 0.25 * random());
}
function header(headers, name) {
    const value = headers[name];
    return (Array.isArray(value) ? value[0] : value)?.trim();
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/http/multipart.ts
// A multipart/form-data body whose file part streams from disk: the document is never held in memory,
// and each try opens it afresh (an upload cut off halfway is sent again whole).



function multipartBody(fields, file) {
    const boundary = `----llamacloud-extract-action-${(0,external_node_crypto_.randomBytes)(12).toString('hex')}`;
    const head = Buffer.from(fields.map(([name, value]) => `--${boundary}\r\n${disposition(name)}\r\n\r\n${value}\r\n`).join('') +
        `--${boundary}\r\n${disposition(file.field, file.name)}\r\nContent-Type: application/octet-stream\r\n\r\n`);
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    return {
        contentType: `multipart/form-data; boundary=${boundary}`,
        length: head.length + file.size + tail.length,
        open: () => external_node_stream_namespaceObject.Readable.from((async function* () {
            yield head;
            yield* (0,external_node_fs_.createReadStream)(file.path);
            yield tail;
        })())
    };
}
/** Quotes and line breaks in a name are percent-encoded, as browsers do (RFC 7578 4.2), so a name cannot end the header. */
function disposition(name, filename) {
    const quote = (value) => `"${value.replace(/["\r\n%]/g, (char) => encodeURIComponent(char))}"`;
    return `Content-Disposition: form-data; name=${quote(name)}${filename === undefined ? '' : `; filename=${quote(filename)}`}`;
}

// EXTERNAL MODULE: ./src/http/transport.ts + 1 modules
var transport = __nccwpck_require__(3860);
// EXTERNAL MODULE: ./src/redact.ts
var redact = __nccwpck_require__(6670);
;// CONCATENATED MODULE: ./src/api/adaptive-limit.ts
// How many requests may be in flight at once: halved on every 429, grown back by one per round of answers
// that were not refused (additive increase, multiplicative decrease, as TCP does), so many readers settle
// at the rate the API accepts instead of each collecting its own refusals.
class AdaptiveLimit {
    max;
    limit;
    inFlight = 0;
    waiting = [];
    constructor(max) {
        this.max = max;
        this.limit = max;
    }
    /** Resolves to the release function once a request may go out. */
    async acquire() {
        while (this.inFlight >= Math.floor(this.limit))
            await new Promise((resolve) => this.waiting.push(resolve));
        this.inFlight++;
        let released = false;
        return () => {
            if (released)
                return;
            released = true;
            this.inFlight--;
            this.waiting.shift()?.();
        };
    }
    refused() {
        this.limit = Math.max(1, this.limit / 2);
    }
    accepted() {
        const before = Math.floor(this.limit);
        this.limit = Math.min(this.max, this.limit + 1 / this.limit);
        // A slot that opened up goes to a waiting request at once.
        if (Math.floor(this.limit) > before)
            this.waiting.shift()?.();
    }
    get current() {
        return Math.floor(this.limit);
    }
}

// EXTERNAL MODULE: ./src/api/api-errors.ts
var api_errors = __nccwpck_require__(6050);
// EXTERNAL MODULE: ./src/json-scan.ts
var json_scan = __nccwpck_require__(3627);
// EXTERNAL MODULE: ./src/output/file-writer.ts
var file_writer = __nccwpck_require__(955);
// EXTERNAL MODULE: ./src/types.ts
var types = __nccwpck_require__(8522);
// EXTERNAL MODULE: ./src/api/usage.ts
var usage = __nccwpck_require__(4787);
;// CONCATENATED MODULE: ./src/api/parse-job.ts
// Reads a job from the API's bytes by what is present, so the seed shape, the current shape and
// fields added later all parse; only a body that is not a job at all is refused. The bytes come split by
// JobBody: the result aside (as served, never re-serialised), the rest small enough to parse.


/** The answer was not a JSON job: a proxy page, a cut body. Worth another try. */
class BadPayloadError extends Error {
}
function parseJob(parts) {
    const job = parseJson(parts.rest);
    if (!(0,types/* isObject */.Gv)(job))
        throw new BadPayloadError('not a JSON object');
    if (typeof job.id !== 'string' || typeof job.status !== 'string') {
        throw new BadPayloadError(`JSON without a job's "id" and "status": ${describeKeys(job)}`);
    }
    const { json, spool } = parts;
    const isNull = json !== undefined && json.length === 4 && json.toString('latin1') === 'null';
    const resultJson = json && !isNull ? json : undefined;
    return {
        id: job.id,
        status: job.status,
        errorMessage: typeof job.error_message === 'string' && job.error_message ? job.error_message : undefined,
        createdAt: stringAt(job, 'created_at'),
        updatedAt: stringAt(job, 'updated_at'),
        fileInput: stringAt(job, 'file_input') ?? stringAt(job, 'value'),
        usage: (0,usage/* readUsage */.k9)(job),
        fieldMetadata: (0,usage/* objectAt */.lJ)(job, 'extract_metadata')?.field_metadata ?? undefined,
        resultJson,
        resultSpool: spool,
        // A result kept in memory is small: parsed once here, for the gates and the summary.
        parsedResult: resultJson ? parseJson(resultJson) : undefined,
        raw: spool || resultJson === undefined || parts.resultAt === undefined ? parts.rest : spliced(parts.rest, parts.resultAt, resultJson),
        rawResultAt: spool ? parts.resultAt : undefined
    };
}
/** The whole job as served: `rest` with its `null` placeholder at `at` replaced by the result again. */
function spliced(rest, at, result) {
    return Buffer.concat([rest.subarray(0, at), result, rest.subarray(at + 4)]);
}
/** The jobs of a list page, and the token of the next page. */
function parseJobList(body) {
    const page = parseJson(body);
    if (!(0,types/* isObject */.Gv)(page) || !Array.isArray(page.items))
        throw new BadPayloadError(`JSON without "items": ${describeKeys(page)}`);
    const jobs = page.items.filter(types/* isObject */.Gv).flatMap((item) => {
        const job = listedJob(item);
        return job ? [job] : [];
    });
    return { jobs, nextPageToken: typeof page.next_page_token === 'string' && page.next_page_token ? page.next_page_token : undefined };
}
/** The answer to a create: the new job. */
function parseCreatedJob(body) {
    const value = parseJson(body);
    const job = (0,types/* isObject */.Gv)(value) ? listedJob(value) : undefined;
    if (!job)
        throw new BadPayloadError(`JSON without a job's "id" and "status": ${describeKeys(value)}`);
    return job;
}
/** What LlamaCloud's IDs look like (`ext-…`, `dfl-…`): anything else is not taken as one, so it never reaches a log line. */
const API_ID = /^[A-Za-z0-9_-]{1,128}$/;
function listedJob(item) {
    if (typeof item.id !== 'string' || !API_ID.test(item.id) || typeof item.status !== 'string')
        return undefined;
    return {
        id: item.id,
        status: item.status,
        createdAt: stringAt(item, 'created_at'),
        configurationId: stringAt(item, 'configuration_id'),
        configuration: (0,types/* isObject */.Gv)(item.configuration) ? item.configuration : undefined
    };
}
function parseFile(body) {
    const value = parseJson(body);
    const file = (0,types/* isObject */.Gv)(value) ? fileRecord(value) : undefined;
    if (!file)
        throw new BadPayloadError(`JSON without a file's "id": ${describeKeys(value)}`);
    return file;
}
function parseFileList(body) {
    const page = parseJson(body);
    if (!(0,types/* isObject */.Gv)(page) || !Array.isArray(page.items))
        throw new BadPayloadError(`JSON without "items": ${describeKeys(page)}`);
    return page.items.filter(types/* isObject */.Gv).flatMap((item) => {
        const file = fileRecord(item);
        return file ? [file] : [];
    });
}
function fileRecord(item) {
    if (typeof item.id !== 'string' || !API_ID.test(item.id))
        return undefined;
    return { id: item.id, externalFileId: stringAt(item, 'external_file_id'), expiresAt: stringAt(item, 'expires_at') };
}
function parseJson(bytes) {
    try {
        return JSON.parse(bytes.toString('utf8'));
    }
    catch (error) {
        throw new BadPayloadError(`not valid JSON (${error.message})`);
    }
}
function stringAt(job, key) {
    const value = job[key];
    return typeof value === 'string' && value ? value : undefined;
}
function describeKeys(value) {
    return (0,types/* isObject */.Gv)(value)
        ? `keys ${Object.keys(value).slice(0, 8).join(', ') || '(none)'}`
        : `a JSON ${Array.isArray(value) ? 'array' : typeof value}`;
}

;// CONCATENATED MODULE: ./src/api/job-body.ts
// Takes a job answer as it arrives, in one pass: masks the secrets, checks the JSON syntax of the whole
// body, and routes the bytes of `extract_result` aside: kept in memory when small, written to a spool file
// as they come when large, so a 100 MB result never sits in memory. What is left of the job (its other
// members, with `null` where the result was) is small and parsed as usual.




const RESULT_KEY = 'extract_result';
/** Results up to this size stay in memory and are parsed once (the gates and the summary read the value). */
const KEEP_RESULT_BYTES = 8 * 1024 * 1024;
const NULL = Buffer.from('null');
const HEAD_BYTES = 800;
class JobBody {
    keepBytes;
    masker = (0,redact/* createMasker */.aD)();
    scanner;
    /** Absolute offset of the masked stream's next byte. */
    offset = 0;
    rest = [];
    restBytes = 0;
    resultAt;
    /** Routing is inside the result's value. */
    inResult = false;
    /** The scanner is inside the result's value (it runs ahead of the routing, one piece at a time). */
    scanningResult = false;
    started = false;
    json = [];
    jsonBytes = 0;
    spool;
    head = [];
    headBytes = 0;
    marks = [];
    constructor(keepBytes = KEEP_RESULT_BYTES) {
        this.keepBytes = keepBytes;
        this.scanner = new json_scan/* JsonScanner */.V({
            valueStart: (name, at) => {
                if (name !== RESULT_KEY)
                    return;
                this.scanningResult = true;
                this.marks.push({ at, start: true });
            },
            valueEnd: (at) => {
                if (!this.scanningResult)
                    return;
                this.scanningResult = false;
                this.marks.push({ at, start: false });
            }
        });
    }
    /** Takes the next bytes as served; throws BadPayloadError (and keeps nothing) as soon as they cannot be JSON. */
    write(chunk) {
        this.checked(() => this.takeAll(this.masker.write(chunk)));
    }
    /** The parts once the whole answer has arrived; throws BadPayloadError unless it was one JSON object. */
    end() {
        this.checked(() => {
            this.takeAll(this.masker.end());
            this.scanner.end();
        });
        const parts = { rest: Buffer.concat(this.rest, this.restBytes), head: this.firstBytes(), resultAt: this.resultAt };
        if (this.resultAt === undefined)
            return parts;
        if (this.spool) {
            this.spool.finish();
            parts.spool = this.spool;
        }
        else
            parts.json = Buffer.concat(this.json, this.jsonBytes);
        return parts;
    }
    checked(step) {
        try {
            step();
        }
        catch (error) {
            if (!(error instanceof json_scan/* JsonSyntaxError */.q))
                throw error;
            this.abort();
            throw new BadPayloadError(`not a JSON object (${error.message})`);
        }
    }
    /** The first bytes seen (masked), for saying what came instead of a job. */
    firstBytes() {
        return Buffer.concat(this.head);
    }
    /** The answer broke off or failed: nothing of it is kept. */
    abort() {
        this.spool?.discard();
        this.spool = undefined;
    }
    /** The head first, so an error on the chunk's first byte can still show what came. */
    takeAll(pieces) {
        for (const piece of pieces) {
            if (this.headBytes >= HEAD_BYTES)
                break;
            this.head.push(piece.subarray(0, HEAD_BYTES - this.headBytes));
            this.headBytes += Math.min(piece.length, HEAD_BYTES - this.headBytes);
        }
        for (const piece of pieces)
            this.take(piece);
    }
    take(piece) {
        if (!this.started)
            this.checkStart(piece);
        const base = this.offset;
        this.marks = [];
        try {
            this.scanner.write(piece);
        }
        finally {
            this.offset += piece.length;
        }
        // Route the piece: bytes inside the result's value aside, the rest (with `null` for it) to `rest`.
        let from = 0;
        for (const mark of this.marks) {
            const at = mark.at - base;
            if (mark.start) {
                this.toRest(piece.subarray(from, at));
                this.startResult();
            }
            else {
                this.toResult(piece.subarray(from, at));
                this.inResult = false;
            }
            from = at;
        }
        if (this.inResult)
            this.toResult(piece.subarray(from));
        else
            this.toRest(piece.subarray(from));
    }
    /** A job is an object: anything else (an HTML page, a list) is named at its first byte. */
    checkStart(piece) {
        const first = piece.findIndex((c) => c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09);
        if (first < 0)
            return;
        this.started = true;
        if (piece[first] !== 0x7b)
            throw new json_scan/* JsonSyntaxError */.q(`expected '{' at byte ${this.offset + first}`);
    }
    /** A (last-wins) `extract_result` member begins: an earlier one is dropped, as JSON.parse would. */
    startResult() {
        this.abort();
        this.json = [];
        this.jsonBytes = 0;
        this.inResult = true;
        this.resultAt = this.restBytes;
        this.toRest(NULL);
    }
    toRest(bytes) {
        if (bytes.length === 0)
            return;
        this.rest.push(bytes);
        this.restBytes += bytes.length;
    }
    toResult(bytes) {
        if (bytes.length === 0)
            return;
        if (this.spool)
            return this.spool.write(bytes);
        this.json.push(bytes);
        this.jsonBytes += bytes.length;
        if (this.jsonBytes > this.keepBytes) {
            this.spool = (0,file_writer/* openSpool */.KK)();
            for (const part of this.json)
                this.spool.write(part);
            this.json = [];
        }
    }
}

;// CONCATENATED MODULE: ./src/api/rate-window.ts
// A published rate limit kept on our side (uploads 50 per 5 s, creates 15 per second): a request waits
// for a free place in the sliding window instead of being refused with a 429.
class RateWindow {
    max;
    windowMs;
    clock;
    starts = [];
    queue = Promise.resolve();
    constructor(max, windowMs, clock) {
        this.max = max;
        this.windowMs = windowMs;
        this.clock = clock;
    }
    /** Resolves when one more request may start; callers are served in order. */
    take(signal) {
        const turn = this.queue.then(() => this.waitForRoom(signal));
        this.queue = turn.catch(() => undefined);
        return turn;
    }
    async waitForRoom(signal) {
        for (;;) {
            const now = this.clock.now();
            while ((this.starts[0] ?? Infinity) <= now - this.windowMs)
                this.starts.shift();
            const oldest = this.starts[0];
            if (oldest === undefined || this.starts.length < this.max) {
                this.starts.push(now);
                return;
            }
            await this.clock.sleep(oldest + this.windowMs - now, signal);
        }
    }
}

;// CONCATENATED MODULE: ./src/api/extract-client.ts
// LlamaCloud's extract endpoints with the retry policy applied: every call is bounded by a deadline
// and a retry budget, and ends in a job, a final ApiError, or a RequestFailedError saying what went wrong.














/** Transient failures went on until the retry budget or the deadline ran out. */
class RequestFailedError extends errors/* ActionError */.l {
    deadlineReached;
    constructor(message, deadlineReached) {
        super(message);
        this.deadlineReached = deadlineReached;
    }
}
/** A job, but not the one asked for (a cache or proxy mixing answers up): never taken for it, and worth another try. */
class WrongJobError extends BadPayloadError {
}
/** No single request waits longer than this, however much of the timeout is left. */
const MAX_REQUEST_MS = 60_000;
/** An upload carries a whole document: it may take longer than any read. */
const MAX_UPLOAD_MS = 10 * 60_000;
const LIST_PAGE_SIZE = 50;
/** Pages of a job list read for reuse or adoption: the newest jobs of one file come first. */
const MAX_LIST_PAGES = 4;
const FILES_PATH = '/api/v1/beta/files';
/** A file about to expire may be gone before its job reads it: one with less left than this is uploaded again. */
const EXPIRY_MARGIN_MS = 15 * 60_000;
/** LlamaCloud's published limits (see ../shared/api/README.md): kept on our side rather than learnt from 429s. */
const UPLOADS_PER_WINDOW = 50;
const UPLOAD_WINDOW_MS = 5000;
const CREATES_PER_SECOND = 15;
/** Connection failures that never reached the service: a create refused this way made no job. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
/** A try made at the short bound (see reachBy) still gets this long to be answered, so its failure says what is wrong. */
const MIN_ANSWER_MS = 1000;
/** However soon a server asks for another try: a few tries a second at most, even through a long outage. */
const MIN_RETRY_MS = 250;
/** Requests in flight at once, before any 429 lowers it: bounds sockets for 200 jobs. */
const MAX_IN_FLIGHT = 8;
const NETWORK_ADVICE = "Check base-url and the runner's network and proxy settings (HTTPS_PROXY, NO_PROXY).";
const STATUS_ADVICE = 'LlamaCloud is unavailable or rate-limiting: try again later, or raise timeout.';
const PAYLOAD_ADVICE = "A proxy or firewall may be answering instead of LlamaCloud: check base-url and the runner's proxy settings.";
const clock = { now: Date.now, sleep };
class ExtractClient {
    transport;
    rateLimitedUntil = 0;
    uploads = new RateWindow(UPLOADS_PER_WINDOW, UPLOAD_WINDOW_MS, clock);
    creates = new RateWindow(CREATES_PER_SECOND, 1000, clock);
    /** The API has answered in this step: its address, key and the way there work, so later faults are transient. */
    answered = false;
    /** When the current run of failed tries began (any call's), for the message that gives up on it. */
    failingSince;
    inFlight = new AdaptiveLimit(MAX_IN_FLIGHT);
    /** What every request and its errors may name: the key is kept apart, so no error context carries it. */
    scope;
    authorization;
    constructor({ apiKey, baseUrl, projectId, organizationId }, transport) {
        this.transport = transport;
        this.scope = { baseUrl, projectId, organizationId };
        this.authorization = `Bearer ${apiKey}`;
    }
    getJob(jobId, options) {
        const url = this.url(`/api/v2/extract/${jobId}`, [...constants/* JOB_EXPAND */.nF.map((value) => ['expand', value])]);
        // A job's answer is masked, checked and split as it arrives (see JobBody); other answers are collected.
        const sink = (status, headers) => status >= 200 && status < 300 ? jobSink(headers) : undefined;
        const read = (response) => {
            const parts = response.received;
            const job = parseJob(parts);
            if (job.id !== jobId) {
                parts.spool?.discard();
                throw new WrongJobError(`the answer is job '${job.id}', not the job '${jobId}' asked for`);
            }
            return job;
        };
        return this.call('GET', url, { jobId }, options, read, { sink });
    }
    /** Status of each listed job that the API knows, in as few requests as the page size allows. */
    async listStatuses(jobIds, options) {
        const statuses = new Map();
        for (let first = 0; first < jobIds.length; first += LIST_PAGE_SIZE) {
            const chunk = jobIds.slice(first, first + LIST_PAGE_SIZE);
            const wanted = new Set(chunk);
            const tokens = new Set();
            let pageToken;
            do {
                const query = [
                    ...chunk.map((id) => ['job_ids', id]),
                    ['page_size', String(LIST_PAGE_SIZE)]
                ];
                if (pageToken)
                    query.push(['page_token', pageToken]);
                const page = await this.call('GET', this.url('/api/v2/extract', query), {}, options, (response) => parseJobList(response.body));
                const before = wanted.size;
                for (const job of page.jobs) {
                    statuses.set(job.id, job.status);
                    wanted.delete(job.id);
                }
                pageToken = page.nextPageToken;
                // Every page must bring a job asked for and a token not seen before: a listing that does not advance
                // would otherwise be read back to back without end. The caller then reads the jobs one by one.
                if (pageToken && (wanted.size === before || tokens.has(pageToken))) {
                    throw new errors/* ActionError */.l(`GET /api/v2/extract made no progress: a page brought none of the jobs asked for, or a next_page_token seen before`);
                }
                if (pageToken)
                    tokens.add(pageToken);
            } while (pageToken && wanted.size > 0);
        }
        return statuses;
    }
    async cancelJob(jobId, options) {
        await this.call('POST', this.url(`/api/v2/extract/${jobId}/cancel`, []), { jobId }, options, () => undefined);
    }
    /** The file uploaded under `externalFileId` that will not expire soon, if there is one. */
    async findFile(externalFileId, options) {
        const url = this.url(FILES_PATH, [
            ['external_file_id', externalFileId],
            ['page_size', String(LIST_PAGE_SIZE)]
        ]);
        const files = await this.call('GET', url, {}, options, (response) => parseFileList(response.body));
        const usableAfter = Date.now() + EXPIRY_MARGIN_MS;
        return files.find((file) => file.externalFileId === externalFileId && (file.expiresAt === undefined || Date.parse(file.expiresAt) > usableAfter));
    }
    /** Streams the document as multipart/form-data; before sending it again, looks its digest up (an upload whose answer was lost). */
    uploadFile(upload, options) {
        const body = multipartBody([
            ['purpose', 'extract'],
            ['external_file_id', upload.externalFileId]
        ], { field: 'file', path: upload.path, name: upload.name, size: upload.size });
        return this.call('POST', this.url(FILES_PATH, []), {}, options, (response) => parseFile(response.body), {
            body,
            window: this.uploads,
            maxRequestMs: MAX_UPLOAD_MS,
            reconcile: () => this.findFile(upload.externalFileId, options)
        });
    }
    /** Creates a job; a try that may have made one is only repeated after `reconcile` found none. */
    createJob(fileId, configuration, options, reconcile) {
        const fields = 'id' in configuration ? { configuration_id: configuration.id } : { configuration: configuration.inline };
        const json = Buffer.from(JSON.stringify({ file_input: fileId, ...fields }));
        const body = { contentType: 'application/json', length: json.length, open: () => external_node_stream_namespaceObject.Readable.from([json]) };
        return this.call('POST', this.url('/api/v2/extract', []), {}, options, (response) => parseCreatedJob(response.body), {
            body,
            window: this.creates,
            reconcile
        });
    }
    /** Jobs of one file, newest first, with their configuration; `since` (epoch ms) keeps only those created from then on. */
    async listJobsOfFile(fileId, filter, options) {
        const jobs = [];
        let pageToken;
        for (let page = 0; page < MAX_LIST_PAGES && (page === 0 || pageToken); page++) {
            const query = [
                ['file_input', fileId],
                ['expand', 'configuration'],
                ['page_size', String(LIST_PAGE_SIZE)]
            ];
            if (filter.status)
                query.push(['status', filter.status]);
            if (filter.since !== undefined)
                query.push(['created_at_on_or_after', new Date(filter.since).toISOString()]);
            if (pageToken)
                query.push(['page_token', pageToken]);
            const answer = await this.call('GET', this.url('/api/v2/extract', query), {}, options, (response) => parseJobList(response.body));
            jobs.push(...answer.jobs);
            pageToken = answer.nextPageToken;
        }
        return jobs;
    }
    /** One request within the in-flight limit and any rate-limit pause, its body masked on arrival. */
    async send(method, url, options, answerBy, extras) {
        await extras.window?.take(options.signal);
        const release = await this.inFlight.acquire();
        let sent;
        try {
            await this.waitOutRateLimit(options);
            sent = await this.transport.send({
                method,
                url,
                headers: { Authorization: this.authorization, Accept: 'application/json' },
                body: extras.body,
                timeoutMs: Math.min(extras.maxRequestMs ?? MAX_REQUEST_MS, Math.max(1, options.deadline - Date.now())),
                answerTimeoutMs: Math.max(MIN_ANSWER_MS, answerBy - Date.now()),
                signal: options.signal,
                sink: extras.sink
            });
        }
        finally {
            release();
        }
        if (sent.status === 429) {
            this.inFlight.refused();
            this.rateLimitedUntil = Math.max(this.rateLimitedUntil, Date.now() + (retryAfterMs(sent.headers) ?? backoffMs(0)));
        }
        else {
            this.inFlight.accepted();
        }
        // Masked on arrival: a key the API echoes cannot reach a message, file or summary, whole or cut short
        // (a sink masks what it takes as it comes).
        return { ...sent, body: (0,redact/* redactBuffer */.Um)(sent.body) };
    }
    /** A 429 speaks for the whole key: every read in flight holds off until it has passed, not just the one refused. */
    async waitOutRateLimit(options) {
        const pause = Math.min(this.rateLimitedUntil, options.deadline) - Date.now();
        if (pause > 0)
            await sleep(pause, options.signal);
    }
    url(path, query) {
        const url = new URL(`${this.scope.baseUrl}${path}`);
        for (const [name, value] of query)
            url.searchParams.append(name, value);
        if (this.scope.projectId)
            url.searchParams.append('project_id', this.scope.projectId);
        if (this.scope.organizationId)
            url.searchParams.append('organization_id', this.scope.organizationId);
        return url;
    }
    async call(method, url, ids, options, parse, extras = {}) {
        const context = { what: `${method} ${url.pathname}`, ...ids, ...this.scope };
        const started = Date.now();
        for (let attempt = 1;; attempt++) {
            let failure;
            let advice = NETWORK_ADVICE;
            let hintMs;
            // Read at each try, as another call may have reached the API meanwhile.
            const ridingOut = options.rideOut === true && this.answered;
            const giveUpAt = this.answered ? options.deadline : Math.min(options.deadline, options.reachBy ?? options.deadline);
            // Whether this try may have done its work on the service although no answer says so.
            let mayHaveArrived = true;
            try {
                const response = await this.send(method, url, options, giveUpAt, extras);
                if (response.status >= 200 && response.status < 300) {
                    const value = parseOrExplain(response, parse);
                    this.answered = true;
                    this.failingSince = undefined;
                    return value;
                }
                if (!isRetryableStatus(response.status, response.headers))
                    throw (0,api_errors/* apiError */.pb)(response, context);
                failure = (0,api_errors/* statusText */.qS)(response.status);
                advice = STATUS_ADVICE;
                hintMs = retryAfterMs(response.headers);
                mayHaveArrived = response.status !== 429;
            }
            catch (error) {
                if (!(error instanceof transport/* NetworkError */.Dr || error instanceof BadPayloadError))
                    throw error;
                failure = error.message;
                if (error instanceof BadPayloadError)
                    advice = PAYLOAD_ADVICE;
                else
                    mayHaveArrived = !NOT_SENT.has(error.code);
            }
            this.failingSince ??= Date.now();
            const waitMs = Math.max(MIN_RETRY_MS, hintMs ?? backoffMs(attempt - 1));
            const outOfTime = Date.now() + waitMs >= giveUpAt;
            const reconcile = mayHaveArrived ? extras.reconcile : undefined;
            if ((!ridingOut && attempt > options.maxRetries) || outOfTime) {
                const made = await reconcile?.();
                if (made !== undefined)
                    return made;
                const deadlineReached = outOfTime && giveUpAt === options.deadline;
                const tries = attempt === 1 ? '1 attempt' : `${attempt} attempts`;
                const gaveUp = ridingOut
                    ? `LlamaCloud was unreachable from ${clockTime(this.failingSince)} (for ${(0,duration/* formatDuration */.a3)(Date.now() - this.failingSince)}) until the timeout; ${tries}`
                    : `Gave up after ${tries} over ${(0,duration/* formatDuration */.a3)(Date.now() - started)}${deadlineReached ? ' (the timeout was reached)' : ''}`;
                throw new RequestFailedError(`${context.what} failed: ${failure}. ${gaveUp}. ${advice}`, deadlineReached);
            }
            log/* info */.pq(`${context.what}: ${failure}; ${reconcile ? 'it may have reached LlamaCloud: checking before ' : ''}retry ${attempt} in ${(0,duration/* formatDuration */.a3)(waitMs)}`);
            await sleep(waitMs, options.signal);
            const made = await reconcile?.();
            if (made !== undefined)
                return made;
        }
    }
}
/** `07:41:05 UTC`: when an outage began, as the run's log timestamps show it. */
function clockTime(ms) {
    return `${new Date(ms).toISOString().slice(11, 19)} UTC`;
}
function parseOrExplain(response, parse) {
    try {
        return parse(response);
    }
    catch (error) {
        if (!(error instanceof BadPayloadError) || error instanceof WrongJobError)
            throw error;
        const head = response.received?.head ?? response.body;
        throw notAJob(error.message, response.headers, head);
    }
}
function notAJob(reason, headers, head) {
    const type = String(headers['content-type'] ?? 'none');
    return new BadPayloadError(`answer is not a JSON job (${reason}; content-type ${type}; begins "${(0,api_errors/* snippet */.UA)(head)}")`);
}
/** A JobBody whose syntax errors say what came instead of a job (a BadPayloadError: retried). */
function jobSink(headers) {
    const body = new JobBody();
    const explained = (step) => {
        try {
            return step();
        }
        catch (error) {
            if (error instanceof BadPayloadError)
                throw notAJob(error.message, headers, body.firstBytes());
            throw error;
        }
    };
    return {
        write: (chunk) => explained(() => body.write(chunk)),
        end: () => explained(() => body.end()),
        abort: () => body.abort()
    };
}
/** Waits `ms`, or rejects with the signal's reason as soon as the step is cancelled. */
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}


/***/ }),

/***/ 4787:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Rl: () => (/* binding */ sumUsage),
/* harmony export */   k9: () => (/* binding */ readUsage),
/* harmony export */   lJ: () => (/* binding */ objectAt)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8522);
// Usage numbers live in three places depending on the API's age: `extract_metadata.usage` (seed shape:
// tokens, pages), `metadata.usage` (pages extracted/billed) and `usage` (credits, with expand=usage).

/** Every finite number in the three usage objects; the current API's places win over the seed's. */
function readUsage(job) {
    const usage = {};
    for (const source of [
        objectAt(job, 'usage'),
        objectAt(objectAt(job, 'metadata'), 'usage'),
        objectAt(objectAt(job, 'extract_metadata'), 'usage')
    ]) {
        for (const [name, value] of Object.entries(source ?? {})) {
            if (typeof value === 'number' && Number.isFinite(value) && !(name in usage))
                usage[name] = value;
        }
    }
    return usage;
}
/** Sums each number over the jobs that carry it; a number no job carries stays absent. */
function sumUsage(all) {
    const total = {};
    for (const usage of all)
        for (const [name, value] of Object.entries(usage))
            total[name] = (total[name] ?? 0) + value;
    return total;
}
function objectAt(value, key) {
    const child = (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(value) ? value[key] : undefined;
    return (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(child) ? child : undefined;
}


/***/ }),

/***/ 7659:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $s: () => (/* binding */ bound),
/* harmony export */   BC: () => (/* binding */ TEXT_BOUND_BYTES),
/* harmony export */   Lr: () => (/* binding */ PATH_BOUND_BYTES),
/* harmony export */   vY: () => (/* binding */ MESSAGE_BOUND_BYTES)
/* harmony export */ });
// API text is cut to a readable bound wherever it is shown or set as an output: this is the one cut.
/** Longest text from the API shown or set as an output in one piece; longer text is cut, saying so. */
const TEXT_BOUND_BYTES = 4096;
/** A field path inside a message: short enough that the message's reason after it survives the message's own cut. */
const PATH_BOUND_BYTES = 256;
/** One message of ours around a bounded piece of API text. */
const MESSAGE_BOUND_BYTES = TEXT_BOUND_BYTES + 1024;
/** `text` cut to at most `maxBytes` of UTF-8 (whole characters), ending with a note saying how much was cut. */
function bound(text, maxBytes = TEXT_BOUND_BYTES) {
    const size = Buffer.byteLength(text);
    if (size <= maxBytes)
        return text;
    const note = ` … [cut: ${size} bytes in all]`;
    const keep = Buffer.from(text).subarray(0, Math.max(0, maxBytes - Buffer.byteLength(note)));
    // A cut in the middle of a character decodes to U+FFFD; drop it.
    return `${keep.toString('utf8').replace(/\uFFFD$/, '')}${note}`;
}


/***/ }),

/***/ 2026:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BJ: () => (/* binding */ formatAccuracy),
/* harmony export */   GR: () => (/* binding */ belowMinimum),
/* harmony export */   Me: () => (/* binding */ overall),
/* harmony export */   W3: () => (/* binding */ fieldCount),
/* harmony export */   _1: () => (/* binding */ shortPath),
/* harmony export */   rg: () => (/* binding */ noExpectedResult)
/* harmony export */ });
/* harmony import */ var _bound_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7659);
// The words for a comparison, shared by the log, the summary and the outputs so they always agree.

/** Paths named in a one-line problem; the summary's table lists more. */
const PATHS_IN_MESSAGE = 3;
/** Four decimals, rounded down: a score under 1 never shows as 1, nor one under the bar as the bar. */
function formatAccuracy(accuracy) {
    return String(Math.floor(accuracy * 10_000) / 10_000);
}
function fieldCount(comparison) {
    return comparison.matched + comparison.wrong + comparison.missing + comparison.extra;
}
/** The `::error::` for a document below min-accuracy, or undefined when it passes. */
function belowMinimum(jobId, finding, minAccuracy) {
    const { comparison } = finding;
    if (!comparison || comparison.accuracy >= minAccuracy)
        return undefined;
    const paths = comparison.mismatches.slice(0, PATHS_IN_MESSAGE).map((mismatch) => shortPath(mismatch.path));
    const more = comparison.mismatches.length - paths.length;
    return (`Job ${jobId}: accuracy ${formatAccuracy(comparison.accuracy)} against ${finding.expectedFile} is below min-accuracy ${minAccuracy} ` +
        `(${comparison.matched} of ${fieldCount(comparison)} fields matched; ${comparison.wrong} wrong, ${comparison.missing} missing, ${comparison.extra} extra). ` +
        `Differs at ${paths.join(', ')}${more > 0 ? ` and ${more} more` : ''}.`);
}
function noExpectedResult(jobId, finding) {
    if (finding.comparison || finding.updated || finding.error)
        return undefined;
    return `Job ${jobId}: no expected result at ${finding.expectedFile}, so it was not compared. Add the file, or write it from this result with update-expected: true.`;
}
/** Over the documents compared; undefined when none was. */
function overall(findings) {
    const comparisons = findings.flatMap((finding) => (finding?.comparison ? [finding.comparison] : []));
    if (comparisons.length === 0)
        return undefined;
    return {
        documents: comparisons.length,
        accuracy: comparisons.reduce((sum, comparison) => sum + comparison.accuracy, 0) / comparisons.length,
        matched: comparisons.reduce((sum, comparison) => sum + comparison.matched, 0),
        fields: comparisons.reduce((sum, comparison) => sum + fieldCount(comparison), 0)
    };
}
/** '' is the document itself (a result that is a single value); a path from a document is cut like any. */
function shortPath(path) {
    return (0,_bound_js__WEBPACK_IMPORTED_MODULE_0__/* .bound */ .$s)(path || '(the whole result)', _bound_js__WEBPACK_IMPORTED_MODULE_0__/* .PATH_BOUND_BYTES */ .Lr);
}


/***/ }),

/***/ 7242:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $q: () => (/* binding */ MAX_OUTPUT_BYTES),
/* harmony export */   CM: () => (/* binding */ TERMINAL_STATUSES),
/* harmony export */   Do: () => (/* binding */ KNOWN_STATUSES),
/* harmony export */   G0: () => (/* binding */ Inputs),
/* harmony export */   Ql: () => (/* binding */ DEFAULT_BASE_URL),
/* harmony export */   _w: () => (/* binding */ PATH_PLACEHOLDER),
/* harmony export */   bc: () => (/* binding */ EU_BASE_URL),
/* harmony export */   et: () => (/* binding */ EnvVars),
/* harmony export */   gs: () => (/* binding */ JOB_ID_PLACEHOLDER),
/* harmony export */   nF: () => (/* binding */ JOB_EXPAND),
/* harmony export */   nW: () => (/* binding */ Status),
/* harmony export */   tY: () => (/* binding */ Outputs),
/* harmony export */   uE: () => (/* binding */ NAME_PLACEHOLDER)
/* harmony export */ });
// Every input, output, environment variable and API fact lives here, so no module spells them loose.
var Inputs;
(function (Inputs) {
    Inputs["JobId"] = "job-id";
    Inputs["File"] = "file";
    Inputs["ConfigurationId"] = "configuration-id";
    Inputs["Configuration"] = "configuration";
    Inputs["Reuse"] = "reuse";
    Inputs["ApiKey"] = "api-key";
    Inputs["ProjectId"] = "project-id";
    Inputs["OrganizationId"] = "organization-id";
    Inputs["BaseUrl"] = "base-url";
    Inputs["Wait"] = "wait";
    Inputs["Timeout"] = "timeout";
    Inputs["PollInterval"] = "poll-interval";
    Inputs["OutputFile"] = "output-file";
    Inputs["JobFile"] = "job-file";
    Inputs["FailOnError"] = "fail-on-error";
    Inputs["Schema"] = "schema";
    Inputs["MinConfidence"] = "min-confidence";
    Inputs["CancelOnTimeout"] = "cancel-on-timeout";
    Inputs["Expected"] = "expected";
    Inputs["MinAccuracy"] = "min-accuracy";
    Inputs["Compare"] = "compare";
    Inputs["UpdateExpected"] = "update-expected";
})(Inputs || (Inputs = {}));
var Outputs;
(function (Outputs) {
    Outputs["Status"] = "status";
    Outputs["JobId"] = "job-id";
    Outputs["ResultFile"] = "result-file";
    Outputs["Result"] = "result";
    Outputs["ErrorMessage"] = "error-message";
    Outputs["TimedOut"] = "timed-out";
    Outputs["Usage"] = "usage";
    Outputs["NumPagesExtracted"] = "num-pages-extracted";
    Outputs["NumDocumentTokens"] = "num-document-tokens";
    Outputs["NumOutputTokens"] = "num-output-tokens";
    Outputs["NumPagesBilled"] = "num-pages-billed";
    Outputs["Credits"] = "credits";
    Outputs["Jobs"] = "jobs";
    Outputs["Accuracy"] = "accuracy";
})(Outputs || (Outputs = {}));
const EnvVars = {
    ApiKey: 'LLAMA_CLOUD_API_KEY',
    BaseUrl: 'LLAMA_CLOUD_BASE_URL',
    Workspace: 'GITHUB_WORKSPACE',
    StepSummary: 'GITHUB_STEP_SUMMARY',
    RunnerDebug: 'RUNNER_DEBUG'
};
const DEFAULT_BASE_URL = 'https://api.cloud.llamaindex.ai';
const EU_BASE_URL = 'https://api.cloud.eu.llamaindex.ai';
/** Placeholders in `output-file` / `job-file`: each job's ID, and (with `file`) its document's name and path without the extension. */
const JOB_ID_PLACEHOLDER = '{job_id}';
const NAME_PLACEHOLDER = '{name}';
const PATH_PLACEHOLDER = '{path}';
const Status = {
    Pending: 'PENDING',
    Throttled: 'THROTTLED',
    Running: 'RUNNING',
    Completed: 'COMPLETED',
    Failed: 'FAILED',
    Cancelled: 'CANCELLED'
};
const TERMINAL_STATUSES = [Status.Completed, Status.Failed, Status.Cancelled];
const KNOWN_STATUSES = [Status.Pending, Status.Throttled, Status.Running, ...TERMINAL_STATUSES];
/** The `expand` values asked for on every job read: credits and per-field metadata. */
const JOB_EXPAND = ['usage', 'extract_metadata'];
/** GitHub refuses a step output or summary above 1 MiB. */
const MAX_OUTPUT_BYTES = 1024 * 1024;


/***/ }),

/***/ 7607:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   d5: () => (/* binding */ elapsedMs)
/* harmony export */ });
// Durations as workflow authors write them: `90` (seconds), `90s`, `15m`, `1h`, `1h30m`, `500ms`.
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
/** Milliseconds for `text`, or undefined when it is not a duration. */
function parseDuration(text) {
    const value = text.trim().toLowerCase();
    if (/^\d+(\.\d+)?$/.test(value))
        return Math.round(Number(value) * 1000);
    if (value === '')
        return undefined;
    PART.lastIndex = 0;
    let total = 0;
    let consumed = 0;
    for (let match = PART.exec(value); match; match = PART.exec(value)) {
        // PART's second group matches only the units UNIT_MS names.
        total += Number(match[1]) * UNIT_MS[match[2]];
        consumed = PART.lastIndex;
    }
    return consumed === value.length ? Math.round(total) : undefined;
}
/** `95000` → `1m 35s`; `1500` → `1.5s`: short, for log lines and the summary. */
function formatDuration(ms) {
    if (ms < 60_000)
        return `${Number((ms / 1000).toFixed(1))}s`;
    const totalSeconds = Math.round(ms / 1000);
    const hours = Math.floor(totalSeconds / 3600);
    const minutes = Math.floor((totalSeconds % 3600) / 60);
    const seconds = String(totalSeconds % 60).padStart(2, '0');
    return hours > 0 ? `${hours}h ${String(minutes).padStart(2, '0')}m ${seconds}s` : `${minutes}m ${seconds}s`;
}
/** Milliseconds between two ISO timestamps (a job's created_at and updated_at), when both are readable. */
function elapsedMs(from, to) {
    const ms = Date.parse(to ?? '') - Date.parse(from ?? '');
    return Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ InputError),
/* harmony export */   l: () => (/* binding */ ActionError)
/* harmony export */ });
// Expected failures carry a one-line message that says what to do; main prints it without a stack.
/** A failure the user can act on: printed as one `::error::` line, stack only under RUNNER_DEBUG. */
class ActionError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = new.target.name;
    }
}
/** A bad input, caught before any request is sent. */
class InputError extends ActionError {
    input;
    constructor(input, message) {
        super(`Input '${input}': ${message}`);
        this.input = input;
    }
}


/***/ }),

/***/ 5059:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ indexPath),
/* harmony export */   D: () => (/* binding */ keyPath)
/* harmony export */ });
// Field paths as the action prints them: `vendor.name`, `items[2].amount`, `["Invoice No."]`.
/** `address.city`, or `["Invoice No."]` when the field name is not a plain identifier. */
function keyPath(path, key) {
    if (/^[A-Za-z_$][\w$]*$/.test(key))
        return path ? `${path}.${key}` : key;
    return `${path}[${JSON.stringify(key)}]`;
}
function indexPath(path, index) {
    return `${path}[${index}]`;
}


/***/ }),

/***/ 3860:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  NX: () => (/* binding */ MAX_REDIRECTS),
  Dr: () => (/* binding */ NetworkError),
  oK: () => (/* binding */ Transport),
  N6: () => (/* binding */ isRedirect),
  Hu: () => (/* binding */ redirectRefusal)
});

// UNUSED EXPORTS: hostOf

// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/proxy.js
var proxy = __nccwpck_require__(9783);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = require("node:https");
;// CONCATENATED MODULE: ./src/http/transport.ts



/** The exchange failed below HTTP: `code` is Node's (ECONNREFUSED, ENOTFOUND, ...) or ours (ETIMEDOUT, ETRUNCATED). */
class NetworkError extends Error {
    code;
    host;
    constructor(code, host, detail) {
        super(`${host}: ${detail} (${code})`);
        this.code = code;
        this.host = host;
        this.name = 'NetworkError';
    }
}
const REDIRECTS = [301, 302, 303, 307, 308];
const MAX_REDIRECTS = 5;
const MAX_BODY_BYTES = 1024 ** 3;
class Transport {
    userAgent;
    maxSockets;
    /** Keep-alive agents by protocol: one for direct requests, and http-client's when a proxy applies. */
    direct = new Map();
    proxied = new Map();
    constructor(userAgent, maxSockets) {
        this.userAgent = userAgent;
        this.maxSockets = maxSockets;
    }
    async send(request) {
        let url = request.url;
        let method = request.method;
        const headers = { ...request.headers };
        const deadline = Date.now() + request.timeoutMs;
        const answerBy = Math.min(deadline, Date.now() + (request.answerTimeoutMs ?? request.timeoutMs));
        for (let hop = 0;; hop++) {
            // A 303 turns the request into a GET, which carries no body.
            const body = method === request.method ? request.body : undefined;
            const response = await this.exchange(method, url, headers, body, { deadline, answerBy }, request);
            const location = response.headers.location;
            // A redirect not taken is the answer: a final one, which the caller explains (see redirectRefusal).
            if (!isRedirect(response.status) || hop === MAX_REDIRECTS || redirectRefusal(url, location))
                return response;
            const next = new URL(location, url);
            // The key is only ever sent to the origin it was configured for.
            if (next.origin !== url.origin) {
                for (const name of Object.keys(headers))
                    if (name.toLowerCase() === 'authorization')
                        delete headers[name];
            }
            if (response.status === 303)
                method = 'GET';
            url = next;
        }
    }
    /** Closes kept-alive sockets so the process can exit. */
    dispose() {
        for (const agent of this.direct.values())
            agent.destroy();
        for (const client of this.proxied.values())
            client.dispose();
        this.direct.clear();
        this.proxied.clear();
    }
    async agentFor(url) {
        // http-client's proxy stack (its client and tunnel, a lazy chunk of dist/) loads only when a proxy applies
        // to the URL, by its own rules (HTTPS_PROXY, NO_PROXY).
        if ((0,proxy/* getProxyUrl */.s)(url)?.hostname) {
            const { HttpClient } = await __nccwpck_require__.e(/* import() */ 983).then(__nccwpck_require__.bind(__nccwpck_require__, 1983));
            let client = this.proxied.get(url.protocol);
            if (!client) {
                client = new HttpClient(this.userAgent, [], { keepAlive: true, maxSockets: this.maxSockets });
                this.proxied.set(url.protocol, client);
            }
            const agent = client.getAgent(url.href);
            if (isTunnel(agent))
                boundConnect(agent);
            return agent;
        }
        let agent = this.direct.get(url.protocol);
        if (!agent) {
            const options = { keepAlive: true, maxSockets: this.maxSockets };
            agent = url.protocol === 'https:' ? new external_node_https_namespaceObject.Agent(options) : new external_node_http_.Agent(options);
            this.direct.set(url.protocol, agent);
        }
        return agent;
    }
    async exchange(method, url, headers, body, { deadline, answerBy }, { signal, sink }) {
        const host = hostOf(url);
        const agent = await this.agentFor(url);
        return new Promise((resolve, reject) => {
            if (signal?.aborted)
                return reject(signal.reason);
            const transport = url.protocol === 'https:' ? external_node_https_namespaceObject : external_node_http_;
            const setUp = new AbortController();
            const options = {
                method,
                headers: {
                    'User-Agent': this.userAgent,
                    'Accept-Encoding': ACCEPT_ENCODING,
                    ...(body ? { 'Content-Type': body.contentType, 'Content-Length': String(body.length) } : {}),
                    ...headers
                },
                agent,
                [CONNECT_SIGNAL]: setUp.signal
            };
            const req = transport.request(url, options);
            let settled = false;
            let onFailure = () => undefined;
            const finish = (error, response) => {
                if (settled)
                    return;
                settled = true;
                clearTimeout(timer);
                signal?.removeEventListener('abort', onAbort);
                if (response)
                    resolve(response);
                else {
                    onFailure();
                    setUp.abort();
                    req.destroy();
                    reject(error);
                }
            };
            const onAbort = () => finish(signal?.reason);
            const expire = (at, detail) => setTimeout(() => finish(new NetworkError('ETIMEDOUT', host, detail)), Math.max(1, at - Date.now()));
            let timer = answerBy < deadline
                ? expire(answerBy, 'no answer in the time allowed (connection set-up included)')
                : expire(deadline, 'no complete answer in the time allowed');
            signal?.addEventListener('abort', onAbort, { once: true });
            req.on('error', (error) => finish(new NetworkError(error.code ?? 'ECONNRESET', host, error.message)));
            req.on('response', (res) => {
                if (answerBy < deadline) {
                    clearTimeout(timer);
                    timer = expire(deadline, 'no complete answer in the time allowed');
                }
                const status = res.statusCode ?? 0;
                const custom = isRedirect(status) ? undefined : sink?.(status, res.headers);
                const taker = custom ?? collector(res);
                onFailure = () => taker.abort();
                receive(res, host, taker).then((received) => finish(undefined, { status, headers: res.headers, body: custom ? EMPTY : received, received, url }), (error) => finish(error));
            });
            if (!body)
                return void req.end();
            const source = body.open();
            // A document that cannot be read is no network failure: it ends the exchange with its own error.
            source.once('error', (error) => finish(error));
            source.pipe(req);
            req.once('close', () => source.destroy());
        });
    }
}
/** Request options carry the signal that ends a request's connection set-up to the proxy agent (see boundConnect). */
const CONNECT_SIGNAL = 'llxConnectSignal';
function isTunnel(agent) {
    const candidate = agent;
    return (typeof candidate.proxyOptions === 'object' && typeof candidate.request === 'function' && typeof candidate.createSocket === 'function');
}
const boundAgents = new WeakSet();
/**
 * The tunnel agent's CONNECT has no deadline and is out of reach of the request it serves, so a proxy that
 * accepts and never answers would hold it (and the process) until the proxy drops it. Each CONNECT gets the
 * signal of its request (passed through the request's options, which the agent hands to createSocket), so it
 * ends when that request gives up.
 */
function boundConnect(agent) {
    if (boundAgents.has(agent))
        return;
    boundAgents.add(agent);
    const createSocket = agent.createSocket;
    const send = agent.request;
    agent.createSocket = function (options, onSocket) {
        const signal = options[CONNECT_SIGNAL];
        // createSocket sends its CONNECT synchronously, through `this.request`.
        this.request = (connect) => send({ ...connect, signal });
        try {
            createSocket.call(this, options, onSocket);
        }
        finally {
            this.request = send;
        }
    };
}
const EMPTY = Buffer.alloc(0);
/** Collects a body in one buffer, preallocated when its length is announced (one copy of a large answer, not two). */
function collector(res) {
    const announced = Number(res.headers['content-length']);
    const whole = !res.headers['content-encoding'] && Number.isSafeInteger(announced) && announced <= MAX_BODY_BYTES
        ? Buffer.allocUnsafe(announced)
        : undefined;
    const chunks = [];
    let received = 0;
    return {
        write(chunk) {
            if (whole && received + chunk.length <= whole.length)
                chunk.copy(whole, received);
            else
                chunks.push(chunk);
            received += chunk.length;
        },
        end: () => (whole && received === whole.length ? whole : Buffer.concat(chunks, received)),
        abort: () => undefined
    };
}
// JSON compresses about tenfold: a large result crosses the network compressed when the API offers it.
const ACCEPT_ENCODING = 'gzip, deflate, br';
const DECODERS = {
    gzip: (z) => z.createGunzip(),
    'x-gzip': (z) => z.createGunzip(),
    deflate: (z) => z.createInflate(),
    br: (z) => z.createBrotliDecompress()
};
/**
 * Streams the body into `sink`, decompressed as it arrives (zlib is loaded only for an encoded answer):
 * resolves with what the sink made of it once the whole body is in. A body cut short, longer than
 * announced, over 1 GiB or corrupt in its encoding is a transport failure worth another try.
 */
async function receive(res, host, sink) {
    const announced = Number(res.headers['content-length']);
    const known = Number.isSafeInteger(announced) && announced >= 0;
    if (known && announced > MAX_BODY_BYTES) {
        res.destroy();
        throw new NetworkError('ETOOLARGE', host, `answer of ${announced} bytes is over the 1 GiB limit`);
    }
    const name = res.headers['content-encoding']?.trim().toLowerCase();
    const encoded = !!name && name !== 'identity';
    const makeDecoder = encoded ? DECODERS[name] : undefined;
    if (encoded && !makeDecoder) {
        res.destroy();
        throw new NetworkError('EBADENCODING', host, `answer in an unknown encoding '${name}'`);
    }
    const decoder = makeDecoder?.(await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6141, 23)));
    return new Promise((resolve, reject) => {
        let received = 0;
        let decoded = 0;
        let failed = false;
        const fail = (error) => {
            if (failed)
                return;
            failed = true;
            res.destroy();
            decoder?.destroy();
            reject(error);
        };
        const deliver = (chunk) => {
            if (failed)
                return;
            decoded += chunk.length;
            if (decoded > MAX_BODY_BYTES)
                return fail(new NetworkError('ETOOLARGE', host, 'answer is over the 1 GiB limit'));
            try {
                sink.write(chunk);
            }
            catch (error) {
                fail(error);
            }
        };
        const done = () => {
            if (failed)
                return;
            try {
                resolve(sink.end());
            }
            catch (error) {
                fail(error);
            }
        };
        res.on('data', (chunk) => {
            received += chunk.length;
            if (known && received > announced)
                return fail(new NetworkError('EBADLENGTH', host, 'answer longer than its Content-Length'));
            if (decoder)
                decoder.write(chunk);
            else
                deliver(chunk);
        });
        res.on('end', () => {
            if (known && received !== announced)
                return fail(truncated(host, received, announced));
            if (decoder)
                decoder.end();
            else
                done();
        });
        res.on('error', () => fail(truncated(host, received, known ? announced : undefined)));
        res.on('close', () => {
            if (!res.complete)
                fail(truncated(host, received, known ? announced : undefined));
        });
        if (decoder) {
            decoder.on('data', deliver);
            decoder.on('end', done);
            decoder.on('error', (error) => fail(new NetworkError('EBADENCODING', host, `the ${name} answer could not be decompressed (${error.message})`)));
        }
    });
}
function truncated(host, received, announced) {
    const of = announced === undefined ? '' : ` of ${announced}`;
    return new NetworkError('ETRUNCATED', host, `connection closed after ${received}${of} bytes of the answer`);
}
function isRedirect(status) {
    return REDIRECTS.includes(status);
}
/** Why a redirect from `from` to `location` is not followed, or undefined when it is. */
function redirectRefusal(from, location) {
    if (!location || !URL.canParse(location, from.href))
        return 'it has no valid Location';
    const to = new URL(location, from).protocol;
    // Downgrading would send the key and the result in clear text.
    if (from.protocol === 'https:' && to !== 'https:') {
        return `a redirect from https to ${to.replace(':', '')} is refused, so the key and the result never travel unencrypted`;
    }
    if (to !== 'http:' && to !== 'https:')
        return `only http and https redirects are followed`;
    return undefined;
}
function hostOf(url) {
    return url.port ? `${url.hostname}:${url.port}` : `${url.hostname}:${url.protocol === 'https:' ? 443 : 80}`;
}


/***/ }),

/***/ 5432:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Yy: () => (/* binding */ fileFor),
/* harmony export */   iZ: () => (/* binding */ readApiKey),
/* harmony export */   mt: () => (/* binding */ getSettings)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4726);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7242);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7607);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3916);
/* harmony import */ var _output_placeholders_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(7855);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(6670);
// Turns the raw step inputs into one validated Settings object before any request is sent.







const JOB_ID = /^[A-Za-z0-9_-]{1,128}$/;
const MIN_POLL_MS = 1000;
/** A key is sent as a header value: visible ASCII only (a pasted line break would break the request). */
const API_KEY = /^[\x21-\x7e]*$/;
/** A path that names a folder (`out/`, `.`, `out/..`) cannot be a result file. */
const FOLDER_PATH = /(^|[\\/])(\.\.?)?$/;
/**
 * What an empty input means: the same defaults as action.yml (a test holds them equal), kept here too
 * because an empty input is also what a caller who sets no INPUT_* at all gives.
 */
const FALLBACKS = {
    [_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Wait]: 'true',
    [_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Timeout]: '30m',
    [_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.PollInterval]: '5s',
    [_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.OutputFile]: 'extract-result.json',
    [_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.FailOnError]: 'true',
    [_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.CancelOnTimeout]: 'false',
    [_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.UpdateExpected]: 'false',
    [_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Reuse]: 'false'
};
/** The input as given, or its fallback when empty. */
function input(name) {
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name) || (FALLBACKS[name] ?? '');
}
/** Reads the API key from the input or the environment and masks it, before anything else can log it. */
function readApiKey() {
    const key = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.ApiKey) || (process.env[_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .EnvVars */ .et.ApiKey] ?? '').trim();
    (0,_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .registerSecret */ .cl)(key);
    return key;
}
function getSettings(apiKey) {
    if (!apiKey) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.ApiKey, `no API key. Pass it from a secret (api-key: \${{ secrets.LLAMA_CLOUD_API_KEY }}) or set the ${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .EnvVars */ .et.ApiKey} environment variable.`);
    }
    if (!API_KEY.test(apiKey)) {
        // The key itself is never shown: only where it came from and what is wrong with it.
        const source = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.ApiKey) ? 'the key' : `the key in the ${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .EnvVars */ .et.ApiKey} environment variable`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.ApiKey, `${source} holds a line break, a space, a control or a non-ASCII character. Copy the key again (one line, as LlamaCloud shows it) into the secret.`);
    }
    const workspace = process.env[_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .EnvVars */ .et.Workspace] || process.cwd();
    const filePatterns = parseFilePatterns(input(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.File));
    const jobIds = filePatterns.length > 0 ? [] : parseJobIds(input(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.JobId));
    const outputFile = resolveFileTemplate(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.OutputFile, input(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.OutputFile), jobIds, workspace);
    const jobFileInput = input(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.JobFile);
    const jobFile = jobFileInput ? resolveFileTemplate(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.JobFile, jobFileInput, jobIds, workspace) : undefined;
    if (jobFile)
        refuseSharedFiles(outputFile, jobFile, jobIds, [_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.JobFile, 'job file', `jobs/${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .JOB_ID_PLACEHOLDER */ .gs}.json`]);
    const minConfidence = input(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.MinConfidence);
    const schema = input(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Schema);
    return {
        jobIds,
        filePatterns,
        configuration: parseJobConfiguration(filePatterns.length > 0, workspace),
        reuse: parseBoolean(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Reuse),
        apiKey,
        projectId: optionalId(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.ProjectId),
        organizationId: optionalId(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.OrganizationId),
        // The input, then the environment (an EU workflow may set it once for every step), then the US region.
        baseUrl: parseBaseUrl(input(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.BaseUrl) || (process.env[_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .EnvVars */ .et.BaseUrl] ?? '').trim() || _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_BASE_URL */ .Ql),
        wait: parseBoolean(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Wait),
        timeoutMs: parsePositiveDuration(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Timeout, 0),
        pollIntervalMs: parsePositiveDuration(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.PollInterval, MIN_POLL_MS),
        outputFile,
        jobFile,
        failOnError: parseBoolean(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.FailOnError),
        schemaPath: schema ? node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(workspace, schema) : undefined,
        minConfidence: minConfidence ? parseFraction(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.MinConfidence, minConfidence, 'a confidence', '0.8') : undefined,
        cancelOnTimeout: parseBoolean(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.CancelOnTimeout),
        workspace,
        comparison: comparisonSettings(jobIds, workspace, outputFile)
    };
}
/** One pattern per line; blank lines and `#` comments skipped, as @actions/glob reads them. */
function parseFilePatterns(raw) {
    const patterns = raw
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line && !line.startsWith('#'));
    if (patterns.length > 0 && input(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.JobId)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.File, `give either '${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.JobId}' (jobs started elsewhere) or '${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.File}' (documents to extract), not both.`);
    }
    if (patterns.length > 0 && patterns.every((pattern) => pattern.startsWith('!'))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.File, `holds only exclusions ('!...'): add a pattern of documents to extract, such as invoices/**/*.pdf.`);
    }
    return patterns;
}
/** With `file`: exactly one of `configuration-id` and `configuration`; with `job-id`: neither, nor `reuse`. */
function parseJobConfiguration(fileMode, workspace) {
    const id = optionalId(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.ConfigurationId);
    const file = input(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Configuration);
    if (!fileMode) {
        const stray = [_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.ConfigurationId, _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Configuration, _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Reuse].find((name) => name === _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Reuse ? parseBoolean(name) : input(name));
        if (stray) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(stray, `applies to jobs this step creates from '${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.File}'; a job given by '${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.JobId}' was configured when it was created.`);
        }
        return undefined;
    }
    if (id && file) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Configuration, `give either '${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.ConfigurationId}' (a saved configuration) or '${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Configuration}' (a file in the repository), not both.`);
    }
    if (id)
        return { id };
    if (file)
        return { file: node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(workspace, file), shown: file };
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.ConfigurationId, `is required with '${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.File}': give a saved configuration's ID (cfg-...), or '${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Configuration}': a JSON or YAML file with data_schema and the extract options.`);
}
function parseJobIds(raw) {
    const ids = [...new Set(raw.split(/[\s,]+/).filter(Boolean))];
    if (ids.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.JobId, `is required unless '${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.File}' is given. Give the extract job ID (e.g. ext-0a1b2c...), or several separated by newlines, commas or spaces.`);
    }
    for (const id of ids) {
        if (!JOB_ID.test(id)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.JobId, `'${id}' is not a job ID. Expected letters, digits, '-' and '_' only (e.g. ext-0a1b2c...).`);
        }
    }
    return ids;
}
function optionalId(name) {
    const value = input(name);
    if (value && !JOB_ID.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(name, `'${value}' is not an ID. Expected letters, digits, '-' and '_' only.`);
    }
    return value || undefined;
}
/** https only, except plain http to this machine (an emulator or a local proxy). */
function parseBaseUrl(raw) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.BaseUrl, `'${raw}' is not a URL. Expected e.g. ${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_BASE_URL */ .Ql} or ${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .EU_BASE_URL */ .bc}.`);
    }
    const loopback = isLoopbackHost(url.hostname);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.BaseUrl, `'${raw}' must use https:// (plain http:// is accepted only for localhost, 127.0.0.0/8 and ::1).`);
    }
    if (url.search || url.hash || url.username || url.password) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.BaseUrl, `'${url.origin}${url.pathname}' must not carry credentials, a query or a fragment.`);
    }
    return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}
function isLoopbackHost(hostname) {
    return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}
function parseBoolean(name) {
    const raw = input(name);
    const value = raw.toLowerCase();
    if (value === 'true')
        return true;
    if (value === 'false')
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(name, `'${raw}' is not a boolean. Expected true or false.`);
}
function parsePositiveDuration(name, minMs) {
    const raw = input(name);
    const ms = (0,_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDuration */ .E9)(raw);
    if (ms === undefined || ms <= 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(name, `'${raw}' is not a duration. Expected seconds (90) or a duration such as 90s, 15m or 1h.`);
    }
    if (ms < minMs)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(name, `'${raw}' is too short. Expected at least ${minMs / 1000}s.`);
    return ms;
}
function parseFraction(input, raw, what, example) {
    const value = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(value) || value < 0 || value > 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(input, `'${raw}' is not ${what}. Expected a number from 0 to 1, such as ${example}.`);
    }
    return value;
}
/** Job-id mode is checked here; file mode, once the documents are known (see start/documents.ts). */
function resolveFileTemplate(name, raw, jobIds, workspace) {
    if (FOLDER_PATH.test(raw)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(name, `'${raw}' names a folder. Give a file path, e.g. out/extract-result.json.`);
    }
    const documentPlaceholder = _output_placeholders_js__WEBPACK_IMPORTED_MODULE_5__/* .DOCUMENT_PLACEHOLDERS */ .Dm.find((placeholder) => raw.includes(placeholder));
    if (jobIds.length > 0 && documentPlaceholder) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(name, `'${raw}' holds ${documentPlaceholder}, which names a document: it needs '${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.File}'. With '${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.JobId}', use ${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .JOB_ID_PLACEHOLDER */ .gs}.`);
    }
    if (jobIds.length > 1 && !raw.includes(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .JOB_ID_PLACEHOLDER */ .gs)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(name, `'${raw}' must contain ${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .JOB_ID_PLACEHOLDER */ .gs} when several job IDs are given, so each job gets its own file (e.g. results/${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .JOB_ID_PLACEHOLDER */ .gs}.json).`);
    }
    return node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(workspace, raw);
}
/** A job or expected file written over a result (or the other way round) would lose one of them. */
function refuseSharedFiles(outputFile, other, jobIds, [input, noun, example]) {
    const results = new Set(jobIds.map((id) => fileFor(outputFile, id)));
    const shared = jobIds.map((id) => fileFor(other, id)).find((file) => results.has(file));
    if (shared) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(input, `'${shared}' is also where ${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.OutputFile} writes a result. Give the ${noun} its own path, e.g. ${example}.`);
    }
}
/** The path for one job: `{job_id}` replaced, and `{name}` / `{path}` from its document in file mode. */
function fileFor(template, jobId, document) {
    return (0,_output_placeholders_js__WEBPACK_IMPORTED_MODULE_5__/* .renderTemplate */ .Xm)(template, { jobId, document });
}
// --- Regression comparison (issue 11): `expected`, `min-accuracy`, `compare`, `update-expected`.
function comparisonSettings(jobIds, workspace, outputFile) {
    const raw = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Expected);
    const minAccuracy = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.MinAccuracy);
    const rules = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Compare);
    const update = parseBoolean(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.UpdateExpected);
    if (!raw) {
        const orphan = [minAccuracy && _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.MinAccuracy, rules && _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Compare, update && _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.UpdateExpected].find(Boolean);
        if (orphan) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(orphan, `needs 'expected', the path of each job's expected result (e.g. test/expected/${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .JOB_ID_PLACEHOLDER */ .gs}.json).`);
        }
        return undefined;
    }
    const expected = resolveFileTemplate(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Expected, raw, jobIds, workspace);
    refuseSharedFiles(outputFile, expected, jobIds, [_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Expected, 'expected file', `test/expected/${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .JOB_ID_PLACEHOLDER */ .gs}.json`]);
    return {
        expected,
        minAccuracy: minAccuracy ? parseFraction(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.MinAccuracy, minAccuracy, 'an accuracy', '0.95') : 1,
        rulesFile: rules ? node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(workspace, rules) : undefined,
        update
    };
}


/***/ }),

/***/ 3627:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ JsonScanner),
/* harmony export */   q: () => (/* binding */ JsonSyntaxError)
/* harmony export */ });
// A validating JSON scanner that builds nothing: it checks the full grammar of RFC 8259 in one linear pass,
// chunk by chunk as bytes arrive, and reports where the values of the top-level object's members begin and
// end. A body of any size is thus known to be valid JSON before its result is written, at the cost of one
// look at each byte, and a large `extract_result` can go to disk as it arrives.
class JsonSyntaxError extends Error {
}
// The scanner's states, as numeric literals in the code (`case 6 /* String */`): a switch over literals
// compiles to a jump table, where an enum object would cost a property load per case and byte.
//    0 Value: a value must come (after '[', ':', ',' in an array, or at the top)
//    1 ValueOrEnd: right after '[': a value or ']'
//    2 KeyOrEnd: right after '{': a key or '}'
//    3 Key: after ',' in an object
//    4 Colon
//    5 AfterValue: ',' or the container's close, or the end at the top
//    6 String
//    7 Escape
//    8 Unicode: `left` hex digits to go
//    9 Minus: after '-': a digit
//   10 Zero: after a leading 0
//   11 Int: integer digits
//   12 Dot: after '.': a digit
//   13 Frac
//   14 Exp: after 'e': sign or digit
//   15 ExpSign: after the exponent's sign: a digit
//   16 ExpDigits
//   17 Literal: `literal` bytes to match from `left`
//   18 Done: the top-level value has ended: only whitespace
const OBJECT = 1;
const ARRAY = 2;
/** Keys longer than this (raw bytes) are never a member anyone asks about; they are still validated. */
const MAX_KEY_BYTES = 256;
const TRUE = Buffer.from('true');
const FALSE = Buffer.from('false');
const NULL = Buffer.from('null');
/** Byte classes: 1 where the byte belongs. */
const table = (test) => Uint8Array.from({ length: 256 }, (_, c) => (test(c) ? 1 : 0));
const SPACE = table((c) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09);
const DIGIT = table((c) => c >= 0x30 && c <= 0x39);
const HEX = table((c) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66));
/** Bytes a string holds as they are: not a quote, a backslash or a control character. */
const PLAIN = table((c) => c >= 0x20 && c !== 0x22 && c !== 0x5c);
/** What may follow a backslash, \u aside. */
const ESCAPE = table((c) => '"\\/bfnrt'.includes(String.fromCharCode(c)));
class JsonScanner {
    events;
    state = 0; /* Value */
    /** Open containers, innermost last (iterative: no depth can overflow a stack). */
    stack = new Uint8Array(64);
    depth = 0;
    offset = 0;
    left = 0;
    literal = NULL;
    inKey = false;
    /** The raw bytes of the top-level key being read, while short enough to matter. */
    keyParts = [];
    keyBytes = 0;
    key;
    /** Inside a top-level member's value (depth counts from the top-level object). */
    memberOpen = false;
    constructor(events = {}) {
        this.events = events;
    }
    /** Scans `chunk`; throws JsonSyntaxError at the first byte that cannot continue valid JSON. */
    write(chunk) {
        const n = chunk.length;
        let i = 0;
        // The state lives in a local while the loop runs: the hot paths (string bodies, digits, whitespace)
        // are tight loops over a lookup table, not a dispatch per byte.
        let state = this.state;
        // A top-level key cut by the chunk boundary goes on from the chunk's first byte.
        let keyFrom = this.inKey && this.depth === 1 && (state === 6 /* String */ || state === 7 /* Escape */ || state === 8) /* Unicode */ ? 0 : -1;
        while (i < n) {
            switch (state) {
                case 6 /* String */: {
                    while (i < n && PLAIN[chunk[i]] === 1)
                        i++;
                    if (i === n)
                        break;
                    const d = chunk[i++];
                    if (d === 0x5c) {
                        state = 7; /* Escape */
                        break;
                    }
                    if (d !== 0x22)
                        this.fail(i - 1, 'a control character inside a string');
                    if (this.inKey) {
                        if (keyFrom >= 0)
                            this.keyPart(chunk.subarray(keyFrom, i));
                        keyFrom = -1;
                        this.inKey = false;
                        if (this.depth === 1)
                            this.endKey();
                        state = 4; /* Colon */
                    }
                    else
                        state = this.memberOpen ? this.endValue(i) : this.depth === 0 ? 18 /* Done */ : 5; /* AfterValue */
                    break;
                }
                case 7 /* Escape */: {
                    const c = chunk[i++];
                    if (c === 0x75) {
                        state = 8; /* Unicode */
                        this.left = 4;
                    }
                    else if (ESCAPE[c] === 1)
                        state = 6; /* String */
                    else
                        this.fail(i - 1, 'an invalid escape in a string');
                    break;
                }
                case 8 /* Unicode */:
                    if (HEX[chunk[i++]] !== 1)
                        this.fail(i - 1, 'an invalid \\u escape');
                    if (--this.left === 0)
                        state = 6; /* String */
                    break;
                case 0 /* Value */:
                case 1 /* ValueOrEnd */: {
                    while (i < n && SPACE[chunk[i]] === 1)
                        i++;
                    if (i === n)
                        break;
                    const c = chunk[i];
                    if (c === 0x5d && state === 1 /* ValueOrEnd */) {
                        this.depth--;
                        state = this.endValue(++i);
                    }
                    else if (c === 0x22) {
                        this.memberStart(i);
                        this.inKey = false;
                        state = 6; /* String */
                        i++;
                    }
                    else
                        state = this.startValue(chunk, i++, c);
                    break;
                }
                case 2 /* KeyOrEnd */:
                case 3 /* Key */: {
                    while (i < n && SPACE[chunk[i]] === 1)
                        i++;
                    if (i === n)
                        break;
                    const c = chunk[i];
                    if (c === 0x22) {
                        state = 6; /* String */
                        this.inKey = true;
                        if (this.depth === 1) {
                            this.keyParts = [];
                            this.keyBytes = 0;
                            keyFrom = i;
                        }
                        i++;
                    }
                    else if (c === 0x7d && state === 2 /* KeyOrEnd */) {
                        this.depth--;
                        state = this.endValue(++i);
                    }
                    else
                        this.fail(i, state === 3 /* Key */ ? 'a key after a comma' : "a key or '}'");
                    break;
                }
                case 4 /* Colon */:
                    while (i < n && SPACE[chunk[i]] === 1)
                        i++;
                    if (i === n)
                        break;
                    if (chunk[i] !== 0x3a)
                        this.fail(i, "':' after a key");
                    state = 0; /* Value */
                    i++;
                    // The usual value inside the result, straight away: a string, or a number's first digit.
                    if (i < n && this.depth > 1) {
                        const c = chunk[i];
                        if (c === 0x22) {
                            this.inKey = false;
                            state = 6; /* String */
                            i++;
                        }
                        else if (c >= 0x31 && c <= 0x39) {
                            state = 11; /* Int */
                            i++;
                        }
                    }
                    break;
                case 5 /* AfterValue */: {
                    while (i < n && SPACE[chunk[i]] === 1)
                        i++;
                    if (i === n)
                        break;
                    const c = chunk[i];
                    const top = this.stack[this.depth - 1];
                    if (c === 0x2c) {
                        i++;
                        // The usual next token, straight away: a key in an object, a string value in an array.
                        if (i < n && chunk[i] === 0x22) {
                            i++;
                            state = 6; /* String */
                            this.inKey = top === OBJECT;
                            if (this.inKey && this.depth === 1) {
                                this.keyParts = [];
                                this.keyBytes = 0;
                                keyFrom = i - 1;
                            }
                        }
                        else
                            state = top === OBJECT ? 3 /* Key */ : 0; /* Value */
                    }
                    else if ((c === 0x7d && top === OBJECT) || (c === 0x5d && top === ARRAY)) {
                        this.depth--;
                        state = this.endValue(++i);
                    }
                    else
                        this.fail(i, top === OBJECT ? "',' or '}'" : "',' or ']'");
                    break;
                }
                case 9 /* Minus */: {
                    const c = chunk[i++];
                    if (c === 0x30)
                        state = 10; /* Zero */
                    else if (DIGIT[c] === 1)
                        state = 11; /* Int */
                    else
                        this.fail(i - 1, "a digit after '-'");
                    break;
                }
                case 10 /* Zero */:
                case 11 /* Int */: {
                    if (state === 11 /* Int */) {
                        while (i < n && DIGIT[chunk[i]] === 1)
                            i++;
                        if (i === n)
                            break;
                    }
                    const c = chunk[i];
                    if (c === 0x2e) {
                        state = 12; /* Dot */
                        i++;
                    }
                    else if (c === 0x65 || c === 0x45) {
                        state = 14; /* Exp */
                        i++;
                    }
                    else
                        state = this.memberOpen ? this.endValue(i) : this.depth === 0 ? 18 /* Done */ : 5; /* AfterValue */ // the byte is the next token's: looked at again
                    break;
                }
                case 12 /* Dot */:
                    if (DIGIT[chunk[i++]] !== 1)
                        this.fail(i - 1, "a digit after '.'");
                    state = 13; /* Frac */
                    break;
                case 13 /* Frac */: {
                    while (i < n && DIGIT[chunk[i]] === 1)
                        i++;
                    if (i === n)
                        break;
                    const c = chunk[i];
                    if (c === 0x65 || c === 0x45) {
                        state = 14; /* Exp */
                        i++;
                    }
                    else
                        state = this.endValue(i);
                    break;
                }
                case 14 /* Exp */: {
                    const c = chunk[i++];
                    if (c === 0x2b || c === 0x2d)
                        state = 15; /* ExpSign */
                    else if (DIGIT[c] === 1)
                        state = 16; /* ExpDigits */
                    else
                        this.fail(i - 1, 'a digit in an exponent');
                    break;
                }
                case 15 /* ExpSign */:
                    if (DIGIT[chunk[i++]] !== 1)
                        this.fail(i - 1, 'a digit in an exponent');
                    state = 16; /* ExpDigits */
                    break;
                case 16 /* ExpDigits */:
                    while (i < n && DIGIT[chunk[i]] === 1)
                        i++;
                    if (i < n)
                        state = this.endValue(i);
                    break;
                case 17 /* Literal */:
                    if (chunk[i] !== this.literal[this.left])
                        this.fail(i, `'${this.literal.toString()}'`);
                    i++;
                    if (++this.left === this.literal.length)
                        state = this.endValue(i);
                    break;
                case 18 /* Done */:
                    while (i < n && SPACE[chunk[i]] === 1)
                        i++;
                    if (i < n)
                        this.fail(i, 'the end after the JSON value');
                    break;
            }
        }
        if (keyFrom >= 0)
            this.keyPart(chunk.subarray(keyFrom, n));
        this.state = state;
        this.offset += n;
    }
    /** Throws unless the bytes written so far are one whole JSON value. */
    end() {
        // A number may end with the input: `1` alone is whole.
        if (this.state === 10 /* Zero */ || this.state === 11 /* Int */ || this.state === 13 /* Frac */ || this.state === 16 /* ExpDigits */)
            this.state = this.endValue(0, true);
        if (this.state !== 18 /* Done */) {
            throw new JsonSyntaxError(this.offset === 0 ? 'the answer is empty' : `the JSON ends early, after ${this.offset} bytes`);
        }
    }
    /** A top-level member's value begins at byte `i` of the current chunk. */
    memberStart(i) {
        if (this.depth === 1 && !this.memberOpen && this.stack[0] === OBJECT) {
            this.memberOpen = true;
            this.events.valueStart?.(this.key, this.offset + i);
        }
    }
    /** The state after the first byte `c` (at `i`) of a value other than a string. */
    startValue(chunk, i, c) {
        this.memberStart(i);
        switch (c) {
            case 0x7b:
                this.push(OBJECT);
                return 2; /* KeyOrEnd */
            case 0x5b:
                this.push(ARRAY);
                return 1; /* ValueOrEnd */
            case 0x2d:
                return 9; /* Minus */
            case 0x74:
            case 0x66:
            case 0x6e:
                this.literal = c === 0x74 ? TRUE : c === 0x66 ? FALSE : NULL;
                this.left = 1;
                return 17; /* Literal */
            default:
                if (DIGIT[c] !== 1)
                    this.fail(i, chunk[i] === 0x3c ? "a JSON value, not '<' (HTML?)" : 'a JSON value');
                return c === 0x30 ? 10 /* Zero */ : 11; /* Int */
        }
    }
    /** A value ended just before byte `i` of the current chunk (`atEnd`: at the end of the input); the next state. */
    endValue(i, atEnd = false) {
        if (this.memberOpen && this.depth === 1) {
            this.memberOpen = false;
            this.events.valueEnd?.(atEnd ? this.offset : this.offset + i);
        }
        return this.depth === 0 ? 18 /* Done */ : 5; /* AfterValue */
    }
    push(kind) {
        if (this.depth === this.stack.length) {
            const grown = new Uint8Array(this.stack.length * 2);
            grown.set(this.stack);
            this.stack = grown;
        }
        this.stack[this.depth++] = kind;
    }
    keyPart(part) {
        if (this.keyBytes > MAX_KEY_BYTES)
            return;
        this.keyParts.push(part);
        this.keyBytes += part.length;
    }
    /** A top-level key has ended: what it says, as JSON.parse reads it. */
    endKey() {
        this.key = this.keyBytes <= MAX_KEY_BYTES ? JSON.parse(Buffer.concat(this.keyParts).toString('utf8')) : undefined;
        this.keyParts = [];
    }
    fail(i, expected) {
        throw new JsonSyntaxError(`expected ${expected} at byte ${this.offset + i}`);
    }
}


/***/ }),

/***/ 119:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ nestsDeeperThan),
/* harmony export */   l: () => (/* binding */ jsonPrefix)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8522);
// Walks over parsed API JSON with a stack of its own, never the call stack: a result or field metadata nested
// thousands of levels deep (JSON.parse takes any depth) cannot crash the step.

/** Whether containers in `value` nest more than `limit` levels deep (the top-level container is level 1). */
function nestsDeeperThan(value, limit) {
    const stack = [[value, 1]];
    for (let next = stack.pop(); next; next = stack.pop()) {
        const [node, depth] = next;
        if (!Array.isArray(node) && !(0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(node))
            continue;
        if (depth > limit)
            return true;
        for (const child of Object.values(node))
            stack.push([child, depth + 1]);
    }
    return false;
}
/**
 * The start of `JSON.stringify(value)`, at most `max` characters, built only as far as it is shown: a preview
 * of a large or deep value costs what it shows. Values are as JSON.parse makes them.
 */
function jsonPrefix(root, max) {
    let out = '';
    // The containers being written, innermost last, each with the index of its next member.
    const open = [];
    let value = root;
    let haveValue = true;
    while (out.length < max) {
        if (haveValue) {
            haveValue = false;
            if (Array.isArray(value)) {
                out += '[';
                open.push({ node: value, next: 0 });
            }
            else if ((0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(value)) {
                out += '{';
                open.push({ node: value, keys: Object.keys(value), next: 0 });
            }
            else {
                // A long string is cut before it is escaped; the cut falls inside it, so its closing quote is never shown.
                out += JSON.stringify(typeof value === 'string' ? value.slice(0, max) : value) ?? 'null';
            }
            continue;
        }
        const top = open.at(-1);
        if (!top)
            break;
        const { node, keys } = top;
        if (top.next === (keys ?? node).length) {
            out += keys ? '}' : ']';
            open.pop();
            continue;
        }
        if (top.next > 0)
            out += ',';
        // Only objects have keys; the check above keeps `next` within them.
        const key = keys?.[top.next];
        if (key === undefined) {
            value = node[top.next];
        }
        else {
            out += `${JSON.stringify(key)}:`;
            value = node[key];
        }
        top.next++;
        haveValue = true;
    }
    return out.slice(0, max);
}


/***/ }),

/***/ 5836:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GY: () => (/* binding */ combinedStatus),
/* harmony export */   Jr: () => (/* binding */ failing),
/* harmony export */   L4: () => (/* binding */ stateOf),
/* harmony export */   S4: () => (/* binding */ judge),
/* harmony export */   ui: () => (/* binding */ isUnfinished)
/* harmony export */ });
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7242);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7607);
/* harmony import */ var _bound_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7659);
/* harmony import */ var _compare_describe_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2026);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(8522);
// The one decision per job: from what was read, what the gates found and what writing its files gave, the
// job's state and every problem it has. The summary, the log, the outputs and the verdict render this
// value and decide nothing of their own.





/** A status longer than this is no status LlamaCloud sends; it is cut wherever it is shown. */
const STATUS_BOUND_BYTES = 100;
/** The state a read alone gives: also what the tracker's progress lines and cancel-on-timeout go by. */
function stateOf(read, cancelRequested = false) {
    if (read.error && !read.timedOut)
        return 'unreadable';
    if (read.timedOut)
        return 'timed-out';
    if (cancelRequested)
        return 'cancelled';
    switch (read.status) {
        case _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Status */ .nW.Completed:
            // Seen COMPLETED in a list sweep, but the step was stopped before the job itself was read: no result yet.
            if (read.job?.status !== _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Status */ .nW.Completed)
                return 'in-progress';
            return (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .hasResult */ .yX)(read.job) ? 'completed' : 'no-result';
        case _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Status */ .nW.Failed:
            return 'failed';
        case _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Status */ .nW.Cancelled:
            return 'cancelled';
        default:
            return 'in-progress';
    }
}
/** Still running as far as this step knows, so a cancel may stop its billing. */
function isUnfinished(read) {
    const state = stateOf(read);
    return (state === 'in-progress' || state === 'timed-out') && !_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .TERMINAL_STATUSES */ .CM.includes(read.status);
}
function judge(read, findings, context) {
    const cancelRequested = findings.cancelRequested ?? false;
    const state = stateOf(read, cancelRequested);
    const violations = findings.gates?.violations ?? [];
    const judgement = {
        id: read.id,
        source: read.source,
        state,
        status: (0,_bound_js__WEBPACK_IMPORTED_MODULE_2__/* .bound */ .$s)(read.status, STATUS_BOUND_BYTES),
        job: read.job,
        timedOut: read.timedOut,
        cancelRequested,
        error: read.error === undefined ? undefined : (0,_bound_js__WEBPACK_IMPORTED_MODULE_2__/* .bound */ .$s)(read.error),
        errorMessage: read.job?.errorMessage === undefined ? undefined : (0,_bound_js__WEBPACK_IMPORTED_MODULE_2__/* .bound */ .$s)(read.job.errorMessage),
        violations,
        hasConfidence: findings.gates?.hasConfidence,
        comparison: findings.comparison,
        resultFile: findings.write?.resultFile,
        jobFile: findings.write?.jobFile,
        writeError: findings.write?.error === undefined ? undefined : (0,_bound_js__WEBPACK_IMPORTED_MODULE_2__/* .bound */ .$s)(findings.write.error),
        problems: [],
        warnings: []
    };
    const problem = (message, always = false) => {
        judgement.problems.push({ jobId: read.id, message: (0,_bound_js__WEBPACK_IMPORTED_MODULE_2__/* .bound */ .$s)(message, _bound_js__WEBPACK_IMPORTED_MODULE_2__/* .MESSAGE_BOUND_BYTES */ .vY), always });
    };
    const { id } = judgement;
    switch (state) {
        case 'unreadable':
            problem(judgement.error, true);
            break;
        case 'timed-out': {
            const last = judgement.status ? `last status ${judgement.status}` : 'never read';
            const cancel = cancelRequested ? ' It was cancelled.' : " Raise 'timeout', or set 'cancel-on-timeout: true' so it stops billing.";
            const error = judgement.error ? ` Last error: ${judgement.error}` : '';
            problem(`Job ${id} did not finish within ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(context.timeoutMs)} (${last}).${error}${cancel}`);
            break;
        }
        case 'failed':
        case 'cancelled':
            // Cancelled by this step (a stop): the stop is the step's problem, not the job's.
            if (_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .TERMINAL_STATUSES */ .CM.includes(read.status)) {
                problem(`Job ${id} ${judgement.status}: ${judgement.errorMessage ?? 'LlamaCloud gave no error message'}`);
            }
            break;
        case 'no-result':
            problem(`Job ${id} COMPLETED without an extract_result: check the extraction's configuration and document.`);
            break;
        case 'completed':
            for (const violation of violations) {
                problem(`Job ${id}: ${violation.gate} check failed at ${(0,_bound_js__WEBPACK_IMPORTED_MODULE_2__/* .bound */ .$s)(violation.path || '/', _bound_js__WEBPACK_IMPORTED_MODULE_2__/* .PATH_BOUND_BYTES */ .Lr)}: ${violation.message}`);
            }
            if (judgement.hasConfidence === false) {
                judgement.warnings.push(`Job ${id} carries no confidence scores, so 'min-confidence' checked nothing: enable confidence scores in the extract configuration.`);
            }
            if (findings.comparison)
                judgeComparison(id, findings.comparison, context.comparison?.minAccuracy ?? 1, judgement, problem);
            break;
        case 'in-progress':
            // With wait: false the user asked for one read, not for the end; after a stop, the stop is the problem.
            break;
    }
    if (judgement.writeError)
        problem(judgement.writeError, true);
    return judgement;
}
/** Below min-accuracy is a problem like a gate violation; an expected file that could not be written always fails. */
function judgeComparison(id, finding, minAccuracy, judgement, problem) {
    if (finding.error)
        problem(finding.error, true);
    const below = (0,_compare_describe_js__WEBPACK_IMPORTED_MODULE_3__/* .belowMinimum */ .GR)(id, finding, minAccuracy);
    if (below)
        problem(below);
    const unexpected = (0,_compare_describe_js__WEBPACK_IMPORTED_MODULE_3__/* .noExpectedResult */ .rg)(id, finding);
    if (unexpected)
        judgement.warnings.push(unexpected);
}
/** COMPLETED only when every job completed; else the worst: FAILED, CANCELLED, a still-running status, unread. */
function combinedStatus(judgements) {
    const statuses = judgements.map((judgement) => judgement.status);
    if (statuses.every((status) => status === _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Status */ .nW.Completed))
        return _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Status */ .nW.Completed;
    for (const worst of [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Status */ .nW.Failed, _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Status */ .nW.Cancelled])
        if (statuses.includes(worst))
            return worst;
    return statuses.find((status) => status && !_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .TERMINAL_STATUSES */ .CM.includes(status)) ?? '';
}
/** The problems that fail the step under these settings. */
function failing(problems, failOnError) {
    return problems.filter((problem) => failOnError || problem.always);
}


/***/ }),

/***/ 5625:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   N4: () => (/* binding */ endGroup),
/* harmony export */   Oh: () => (/* binding */ startGroup),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   lm: () => (/* binding */ notice),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* unused harmony export oneLine */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4726);
/* harmony import */ var _bound_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7659);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6670);
// Every line this action writes to the log goes through here, because most carry text from the API or
// from documents (statuses, error messages, IDs, field paths, file names) and the runner acts on any line
// that starts with `::` (after leading whitespace). Each message is made one line: CR, LF and the other
// line breaks become a visible `⏎`, so API text can never start a line; `##[` (the runner's older
// command syntax, honoured anywhere in a line) is broken up; and a line is cut to a bound. @actions/core
// escapes annotation messages itself but not `info` lines, so the same rule applies to both.



/** One log line: a message of ours around a few pieces of bounded API text. */
const LINE_BOUND_BYTES = 4 * _bound_js__WEBPACK_IMPORTED_MODULE_1__/* .TEXT_BOUND_BYTES */ .BC;
// \r\n, \r, \n, and what .NET and JavaScript also treat as line ends (VT, FF, NEL, LS, PS).
const LINE_BREAKS = /\r\n|[\r\n\v\f\u0085\u2028\u2029]/g;
/** `message` as one safe line: redacted, line breaks shown as ⏎, `##[` broken up, never starting with `::`. */
function oneLine(message) {
    const line = (0,_bound_js__WEBPACK_IMPORTED_MODULE_1__/* .bound */ .$s)((0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(message), LINE_BOUND_BYTES).replace(LINE_BREAKS, ' ⏎ ').replace(/##\[/g, '#\u200b#[');
    return /^\s*::/.test(line) ? `\u203a ${line}` : line;
}
const info = (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(oneLine(message));
const warning = (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(oneLine(message));
const error = (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(oneLine(message));
const notice = (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(oneLine(message));
const setFailed = (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(oneLine(message));
const startGroup = (title) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh(oneLine(title));
const endGroup = () => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .endGroup */ .N4();
/** A stack trace keeps its lines: `::debug::` escapes line breaks itself, so they cannot start a line. */
const debug = (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz((0,_bound_js__WEBPACK_IMPORTED_MODULE_1__/* .bound */ .$s)((0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(message), LINE_BOUND_BYTES));


/***/ }),

/***/ 955:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KK: () => (/* binding */ openSpool),
/* harmony export */   YL: () => (/* binding */ removeStaleFile),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   vU: () => (/* binding */ removeUnfinishedFiles)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3916);
// Files appear whole or not at all: written to a temporary file beside the target, then renamed.
// Synchronous: the files are written once every job has ended, when nothing else waits on the event loop,
// and a step writes a few small files where each asynchronous call would cost a trip through the thread pool.





const COPY_BLOCK_BYTES = 1024 * 1024;
/** A spool gathers this much before each write: a few large writes, not one per network chunk. */
const SPOOL_BATCH_BYTES = 1024 * 1024;
/** Temporary files being written, removed if the process is stopped mid-write. */
const unfinished = new Set();
/** A new spool file; every one left is removed by removeUnfinishedFiles or at the step's end (discardSpools). */
function openSpool() {
    const file = node_path__WEBPACK_IMPORTED_MODULE_3__.join(process.env.RUNNER_TEMP || node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir(), `.llx-result-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    let fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(file, 'wx', 0o600);
    unfinished.add(file);
    let size = 0;
    let batch = [];
    let batched = 0;
    let moved = false;
    // Synchronous: the answer's bytes go to disk as they come, so none pile up in memory.
    const flush = () => {
        if (fd === undefined || batched === 0)
            return;
        writeAll(fd, batch);
        batch = [];
        batched = 0;
    };
    const close = () => {
        flush();
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        fd = undefined;
    };
    return {
        path: file,
        get size() {
            return size;
        },
        write(bytes) {
            if (fd === undefined)
                throw new Error(`spool ${file} is closed`);
            batch.push(bytes);
            batched += bytes.length;
            size += bytes.length;
            if (batched >= SPOOL_BATCH_BYTES)
                flush();
        },
        finish: close,
        discard() {
            close();
            if (!moved)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(file, { force: true });
            unfinished.delete(file);
        },
        moveTo(target, tail) {
            close();
            if (moved)
                return false;
            withFile(file, 'a', (appended) => writeAll(appended, tail));
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.chmodSync)(file, 0o644);
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(file, target);
            }
            catch (error) {
                // Another file system (EXDEV): the caller copies instead; the tail is trimmed off again.
                if (error.code !== 'EXDEV')
                    throw error;
                withFile(file, 'r+', (reopened) => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.ftruncateSync)(reopened, size));
                return false;
            }
            moved = true;
            unfinished.delete(file);
            return true;
        }
    };
}
/**
 * A short fixed-length name beside the target: it fits wherever the target's name does (a name near the
 * 255-byte limit plus a suffix would not), and the same folder keeps the rename atomic.
 */
function tempNameFor(file) {
    return node_path__WEBPACK_IMPORTED_MODULE_3__.join(node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(file), `.llx-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
}
function writeFileAtomic(file, chunks, what) {
    const temp = tempNameFor(file);
    let step = 'creating its folder';
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(file), { recursive: true });
        step = 'writing';
        // A file that is one spool (and a newline) is the spool itself, renamed into place: no copy.
        const [first, ...tail] = chunks;
        if (first && !Buffer.isBuffer(first) && tail.every((part) => Buffer.isBuffer(part)) && first.moveTo(file, tail))
            return;
        unfinished.add(temp);
        withFile(temp, 'wx', (fd) => writeParts(fd, chunks), 0o644);
        step = 'moving it into place';
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(temp, file);
    }
    catch (error) {
        // The cleanup fails too when the folder is unusable (ENOTDIR): the first error is the one to report.
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(temp, { force: true });
        }
        catch {
            // the error that matters is the first one
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionError */ .l(`Could not write ${what} to '${file}' (${reasonOf(error)}, while ${step}). Check that the path is a writable file location in the workspace.`);
    }
    finally {
        unfinished.delete(temp);
    }
}
/** Runs `use` on `file` opened with `flags`, and closes it whatever happens. */
function withFile(file, flags, use, mode) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(file, flags, mode);
    try {
        return use(fd);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}
function writeParts(fd, parts) {
    let block;
    for (let i = 0; i < parts.length;) {
        const part = parts[i];
        if (!Buffer.isBuffer(part)) {
            // A spool is copied through one reused block: a large result never sits in memory, nor leaves garbage.
            const copy = (block ??= Buffer.allocUnsafe(COPY_BLOCK_BYTES));
            withFile(part.path, 'r', (source) => {
                for (let read; (read = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(source, copy, 0, copy.length, null)) > 0;)
                    writeAll(fd, [copy.subarray(0, read)]);
            });
            i++;
            continue;
        }
        let end = i;
        while (end < parts.length && Buffer.isBuffer(parts[end]))
            end++;
        writeAll(fd, parts.slice(i, end));
        i = end;
    }
}
/** Every byte of `buffers`: writev may stop short (a full disk) and is carried on until all is written or it fails. */
function writeAll(fd, buffers) {
    const total = buffers.reduce((sum, chunk) => sum + chunk.length, 0);
    let done = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writevSync)(fd, buffers);
    if (done === total)
        return;
    const rest = Buffer.concat(buffers).subarray(done);
    for (done = 0; done < rest.length;) {
        const wrote = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, rest, done, rest.length - done);
        // Nothing written and no error: a short file must never be renamed into place.
        if (wrote === 0)
            throw new Error(`only ${total - rest.length + done} of ${total} bytes were written; is the disk full?`);
        done += wrote;
    }
}
/** For a stop by signal: leaves no temporary file behind. */
function removeUnfinishedFiles() {
    for (const temp of unfinished)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(temp, { force: true });
    unfinished.clear();
}
/** A job without a result leaves no file from an earlier run at its path (self-hosted runners keep workspaces). */
function removeStaleFile(file) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(file, { force: true });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionError */ .l(`Could not remove the earlier result at '${file}' (${reasonOf(error)}). Point the output path at a file, not a folder.`);
    }
}
/** `ENOTDIR: not a directory`: Node's code and words, without the syscall and temporary path it appends. */
function reasonOf(error) {
    const { code, message } = error;
    return /^E[A-Z]+: [^,]+/.exec(message)?.[0] ?? code ?? message;
}


/***/ }),

/***/ 7855:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dm: () => (/* binding */ DOCUMENT_PLACEHOLDERS),
/* harmony export */   Kc: () => (/* binding */ hasPlaceholder),
/* harmony export */   Xm: () => (/* binding */ renderTemplate)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7242);
// The placeholders of a file template (`output-file`, `job-file`, ...), rendered in one place for every input that takes them.


/** The placeholders that name a document: meaningful only with `file`. */
const DOCUMENT_PLACEHOLDERS = [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .NAME_PLACEHOLDER */ .uE, _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PATH_PLACEHOLDER */ ._w];
function renderTemplate(template, values) {
    const stem = values.document === undefined ? undefined : withoutExtension(values.document);
    let rendered = template.split(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .JOB_ID_PLACEHOLDER */ .gs).join(values.jobId);
    if (stem !== undefined) {
        rendered = rendered.split(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .NAME_PLACEHOLDER */ .uE).join(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(stem)).split(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PATH_PLACEHOLDER */ ._w).join(stem);
    }
    return rendered;
}
/** Whether the template holds a placeholder that differs between documents (or jobs). */
function hasPlaceholder(template) {
    return [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .JOB_ID_PLACEHOLDER */ .gs, ...DOCUMENT_PLACEHOLDERS].some((placeholder) => template.includes(placeholder));
}
/** `invoices/2024/a.pdf` -> `invoices/2024/a`; a leading dot is a name, not an extension (`.env` stays). */
function withoutExtension(relative) {
    const extension = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.extname(relative);
    return extension ? relative.slice(0, -extension.length) : relative;
}


/***/ }),

/***/ 390:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ writeResultFiles),
/* harmony export */   T: () => (/* binding */ relativeToWorkspace)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
/* harmony import */ var _input_helper_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5432);
/* harmony import */ var _judgement_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5836);
/* harmony import */ var _file_writer_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(955);
// Writes each completed job's `extract_result` (bytes as served) and, when asked, the whole job. Both are
// already masked: the client masks every answer as it arrives. A file that cannot be written is that job's
// problem: the other jobs are still written.





const NEWLINE = Buffer.from('\n');
/** What writing gave, by job ID: the paths written, or the first reason a file could not be. */
function writeResultFiles(reads, settings) {
    const written = new Map();
    for (const read of reads) {
        const result = {};
        written.set(read.id, result);
        const { job } = read;
        try {
            const resultPath = (0,_input_helper_js__WEBPACK_IMPORTED_MODULE_2__/* .fileFor */ .Yy)(settings.outputFile, read.id, read.source?.file);
            // The job file first: writing the result may move a spooled result into place.
            if (job && settings.jobFile) {
                const jobPath = (0,_input_helper_js__WEBPACK_IMPORTED_MODULE_2__/* .fileFor */ .Yy)(settings.jobFile, read.id, read.source?.file);
                (0,_file_writer_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Zf)(jobPath, withNewline(jobParts(job)), `job ${read.id}`);
                result.jobFile = relativeToWorkspace(jobPath, settings.workspace);
            }
            if ((0,_judgement_js__WEBPACK_IMPORTED_MODULE_3__/* .stateOf */ .L4)(read) === 'completed' && job) {
                (0,_file_writer_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Zf)(resultPath, withNewline(resultParts(job)), `the result of job ${read.id}`);
                result.resultFile = relativeToWorkspace(resultPath, settings.workspace);
            }
            else {
                (0,_file_writer_js__WEBPACK_IMPORTED_MODULE_4__/* .removeStaleFile */ .YL)(resultPath);
            }
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .l))
                throw error;
            result.error = error.message;
        }
    }
    return written;
}
/** As the user wrote it: relative inside the workspace, absolute outside it. */
function relativeToWorkspace(file, workspace) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_0__.relative(workspace, file);
    return relative.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute(relative) ? file : relative;
}
/** The result as served: in memory, or its spool. */
function resultParts(job) {
    return job.resultSpool ? [job.resultSpool] : job.resultJson ? [job.resultJson] : [];
}
/** The whole job as served; a spooled result goes back in place of the `null` that stood for it. */
function jobParts(job) {
    if (!job.resultSpool || job.rawResultAt === undefined)
        return [job.raw];
    return [job.raw.subarray(0, job.rawResultAt), job.resultSpool, job.raw.subarray(job.rawResultAt + 'null'.length)];
}
/** A JSON value always ends in `}`, `]`, `"`, a digit or a letter: the newline is added unless one was served. */
function withNewline(parts) {
    const last = parts.at(-1);
    return Buffer.isBuffer(last) && last[last.length - 1] === 0x0a ? parts : [...parts, NEWLINE];
}


/***/ }),

/***/ 8282:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
/** Runs `task` over `items` with at most `limit` at a time, in order of start; results keep the items' order. */
async function mapLimit(items, limit, task) {
    const results = new Array(items.length);
    // One iterator shared by all workers: each takes the next item when it is free.
    const queue = items.entries();
    const worker = async () => {
        for (const [index, item] of queue)
            results[index] = await task(item);
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}


/***/ }),

/***/ 6670:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   Um: () => (/* binding */ redactBuffer),
/* harmony export */   aD: () => (/* binding */ createMasker),
/* harmony export */   cl: () => (/* binding */ registerSecret)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4726);
// The runner masks registered secrets in the log, but not in files, outputs or the summary we write:
// everything that leaves the action passes through here, so an API that echoes the key leaks nothing.

const MASK = '***';
const MASK_BYTES = Buffer.from(MASK);
const secrets = [];
/** Masks `secret` in the runner log and in everything redacted from now on. */
function registerSecret(secret) {
    if (!secret || secrets.includes(secret))
        return;
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(secret);
    secrets.push(secret);
}
function redact(text) {
    let out = text;
    for (const secret of secrets)
        out = out.split(secret).join(MASK);
    return out;
}
/** A masker for every secret registered so far, applied one after the other as redact does. */
function createMasker() {
    const stages = secrets.map((secret) => new SecretMatcher(Buffer.from(secret)));
    const through = (pieces, stage) => pieces.flatMap((piece) => stage.write(piece));
    return {
        write: (chunk) => stages.reduce(through, [chunk]),
        end: () => stages.reduce((pieces, stage) => [...through(pieces, stage), ...stage.end()], [])
    };
}
/**
 * `data` with every secret masked, byte for byte otherwise (no text round trip, so no string size limit);
 * `data` itself when it holds no secret, so large results are not copied.
 */
function redactBuffer(data) {
    const masker = createMasker();
    const pieces = [...masker.write(data), ...masker.end()];
    return pieces.length === 1 && pieces[0]?.length === data.length ? data : Buffer.concat(pieces);
}
/**
 * One secret over a stream. Within a chunk the secret is found by Node's native search (Boyer-Moore-Horspool,
 * no copies); across chunk boundaries by Knuth-Morris-Pratt, whose state (how much of the secret the stream
 * ends with) is all that is held back. Those held bytes are the secret's own first bytes, so they are
 * re-emitted from the secret when the match fails. Every byte is looked at a bounded number of times.
 */
class SecretMatcher {
    secret;
    fail;
    /** Bytes of the secret matched so far, at the end of what was written. */
    matched = 0;
    constructor(secret) {
        this.secret = secret;
        this.fail = new Int32Array(secret.length);
        for (let i = 1, k = 0; i < secret.length; i++) {
            while (k > 0 && secret[i] !== secret[k])
                k = this.fail[k - 1];
            if (secret[i] === secret[k])
                k++;
            this.fail[i] = k;
        }
    }
    write(chunk) {
        const { secret } = this;
        const m = secret.length;
        const n = chunk.length;
        const carried = this.matched;
        const out = [];
        // Positions are relative to the chunk; the carried bytes sit at -carried..-1 and equal secret[0..carried).
        let emitted = -carried;
        const emitUpTo = (to) => {
            if (to <= emitted)
                return;
            if (emitted < 0) {
                const end = Math.min(to, 0);
                out.push(secret.subarray(emitted + carried, end + carried));
                emitted = end;
            }
            if (to > emitted) {
                out.push(chunk.subarray(emitted, to));
                emitted = to;
            }
        };
        const mask = (end) => {
            emitUpTo(end - m);
            out.push(MASK_BYTES);
            emitted = end;
        };
        // A match begun in an earlier chunk: carried on byte by byte until it completes or falls through.
        let i = 0;
        let q = carried;
        while (q > 0 && i < n) {
            q = this.step(q, chunk[i++]);
            if (q === m) {
                mask(i);
                q = 0;
            }
        }
        // Whole matches inside the chunk, by native search.
        for (let at = q === 0 ? chunk.indexOf(secret, i) : -1; at >= 0; at = chunk.indexOf(secret, i)) {
            i = at + m;
            mask(i);
        }
        // What the chunk ends with of the secret's start: only the last m - 1 bytes can hold it.
        if (q === 0) {
            for (let j = Math.max(i, n - m + 1); j < n; j++)
                q = this.step(q, chunk[j]);
        }
        emitUpTo(n - q);
        this.matched = q;
        return out;
    }
    end() {
        const held = this.secret.subarray(0, this.matched);
        this.matched = 0;
        return held.length ? [held] : [];
    }
    /** The matched length after byte `c`, from `q` matched. */
    step(q, c) {
        let k = q;
        while (k > 0 && this.secret[k] !== c)
            k = this.fail[k - 1];
        return this.secret[k] === c ? k + 1 : k;
    }
}


/***/ }),

/***/ 8522:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   pm: () => (/* binding */ resultValue),
/* harmony export */   xT: () => (/* binding */ resultBytes),
/* harmony export */   yX: () => (/* binding */ hasResult)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// Shared shapes that flow one way: settings -> client -> poller (JobRead) -> gates, files -> one Judgement per job.

/** The job carries an `extract_result` (in memory or spooled). */
function hasResult(job) {
    return job?.resultJson !== undefined || job?.resultSpool !== undefined;
}
/** Size in bytes of the job's `extract_result` as served. */
function resultBytes(job) {
    return job.resultSpool?.size ?? job.resultJson?.length ?? 0;
}
/** The result as a value: parsed on arrival when small, else read back from its spool; throws when it is unreadable. */
function resultValue(job) {
    if (job.parsedResult !== undefined)
        return job.parsedResult;
    const text = job.resultSpool ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(job.resultSpool.path, 'utf8') : job.resultJson?.toString('utf8');
    return text === undefined ? undefined : JSON.parse(text);
}
/** A JSON object (not an array, not null): what the API's loosely typed fields are checked with. */
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = require("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = require("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = require("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = require("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = require("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = require("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = require("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = require("net");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = require("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = require("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = require("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = require("node:http");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = require("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = require("node:path");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = require("node:stream/promises");

/***/ }),

/***/ 6141:
/***/ ((module) => {

module.exports = require("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = require("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = require("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = require("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = require("stream");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = require("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = require("util");

/***/ }),

/***/ 9783:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ getProxyUrl)
/* harmony export */ });
/* unused harmony export checkBypass */
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	(() => {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = (module) => {
/******/ 			var getter = module && module.__esModule ?
/******/ 				() => (module['default']) :
/******/ 				() => (module);
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/create fake namespace object */
/******/ 	(() => {
/******/ 		var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 		var leafPrototypes;
/******/ 		// create a fake namespace object
/******/ 		// mode & 1: value is a module id, require it
/******/ 		// mode & 2: merge all properties of value into the ns
/******/ 		// mode & 4: return value when already ns object
/******/ 		// mode & 16: return value when it's Promise-like
/******/ 		// mode & 8|1: behave like require
/******/ 		__nccwpck_require__.t = function(value, mode) {
/******/ 			if(mode & 1) value = this(value);
/******/ 			if(mode & 8) return value;
/******/ 			if(typeof value === 'object' && value) {
/******/ 				if((mode & 4) && value.__esModule) return value;
/******/ 				if((mode & 16) && typeof value.then === 'function') return value;
/******/ 			}
/******/ 			var ns = Object.create(null);
/******/ 			__nccwpck_require__.r(ns);
/******/ 			var def = {};
/******/ 			leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 			for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 				Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 			}
/******/ 			def['default'] = () => (value);
/******/ 			__nccwpck_require__.d(ns, def);
/******/ 			return ns;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __nccwpck_require__(7242);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/api/api-errors.ts
var api_errors = __nccwpck_require__(6050);
// EXTERNAL MODULE: ./src/api/extract-client.ts + 7 modules
var extract_client = __nccwpck_require__(2463);
// EXTERNAL MODULE: ./src/judgement.ts
var judgement = __nccwpck_require__(5836);
// EXTERNAL MODULE: ./src/log.ts
var log = __nccwpck_require__(5625);
// EXTERNAL MODULE: ./src/poll/concurrency.ts
var concurrency = __nccwpck_require__(8282);
;// CONCATENATED MODULE: ./src/cancel.ts
// cancel-on-timeout: a job left running keeps billing, so ask LlamaCloud to stop each unfinished one.





/** All cancels together get this long: the step is already late or being stopped. */
const CANCEL_BUDGET_MS = 4000;
/** Asks to cancel every unfinished job; gives the IDs of those the API accepted the cancel for. */
async function cancelUnfinished(client, reads) {
    const cancelled = new Set();
    const unfinished = reads.filter(judgement/* isUnfinished */.ui);
    if (unfinished.length === 0)
        return cancelled;
    const deadline = Date.now() + CANCEL_BUDGET_MS;
    await (0,concurrency/* mapLimit */.s)(unfinished, extract_client/* MAX_IN_FLIGHT */.uK, async (read) => {
        try {
            await client.cancelJob(read.id, { deadline, maxRetries: 0 });
            cancelled.add(read.id);
            log/* info */.pq(`Cancelled job ${read.id} (it was ${read.status || 'not read yet'}).`);
        }
        catch (error) {
            // 400: it ended meanwhile, and is left alone.
            const ended = error instanceof api_errors/* ApiError */.hD && error.status === 400;
            log/* info */.pq(ended ? `Job ${read.id} had already ended; nothing to cancel.` : `Could not cancel job ${read.id}: ${error.message}`);
        }
    });
    return cancelled;
}

// EXTERNAL MODULE: ./src/field-path.ts
var field_path = __nccwpck_require__(5059);
// EXTERNAL MODULE: ./src/types.ts
var types = __nccwpck_require__(8522);
;// CONCATENATED MODULE: ./src/gates/confidence-gate.ts
// Flags fields whose extraction confidence is under `min-confidence`, reading `extract_metadata.field_metadata`.
// The metadata is loosely typed and varies with the extraction target, so anything unexpected is skipped, never thrown on.


function checkConfidence(jobId, fieldMetadata, min) {
    const result = { violations: [], hasConfidence: false, lowCount: 0 };
    if (!(0,types/* isObject */.Gv)(fieldMetadata))
        return result;
    // Depth-first in document order, on a stack of its own: metadata of any depth is walked without recursion.
    const stack = [
        [fieldMetadata.row_metadata, 'rows'],
        [fieldMetadata.page_metadata, 'pages'],
        [fieldMetadata.document_metadata, '']
    ];
    for (let next = stack.pop(); next; next = stack.pop()) {
        const [node, path] = next;
        if (Array.isArray(node)) {
            for (let index = node.length - 1; index >= 0; index--)
                stack.push([node[index], `${path}[${index}]`]);
        }
        else if ((0,types/* isObject */.Gv)(node)) {
            const confidence = node.confidence;
            // An object with a numeric confidence is one field's entry; its other keys (citation, reasoning...) are not fields.
            if (typeof confidence === 'number' && Number.isFinite(confidence)) {
                result.hasConfidence = true;
                if (confidence < min) {
                    result.violations.push({ jobId, gate: 'confidence', path, message: `confidence ${confidence} is below ${min}`, confidence });
                }
                continue;
            }
            for (const [key, child] of Object.entries(node).reverse())
                stack.push([child, (0,field_path/* keyPath */.D)(path, key)]);
        }
    }
    result.lowCount = result.violations.length;
    return result;
}

;// CONCATENATED MODULE: ./src/check-results.ts
// Runs the merge gates on each completed job: the JSON Schema and the minimum field confidence.



/** A result too large to be kept in memory on arrival is read back and parsed here, for the schema only. */
function checkSchema(schema, jobId, job) {
    let value;
    try {
        value = (0,types/* resultValue */.pm)(job);
    }
    catch (error) {
        return [{ jobId, gate: 'schema', path: '/', message: `the result could not be read back (${error.message})` }];
    }
    return schema.check(jobId, value);
}
/** What the gates find in each completed job with a result, by job ID; other jobs are not checked. */
function checkResults(reads, gates) {
    const found = new Map();
    for (const read of reads) {
        const { job } = read;
        if ((0,judgement/* stateOf */.L4)(read) !== 'completed' || !job)
            continue;
        const result = { violations: gates.schema ? checkSchema(gates.schema, read.id, job) : [] };
        if (gates.minConfidence !== undefined) {
            const confidence = checkConfidence(read.id, job.fieldMetadata, gates.minConfidence);
            result.hasConfidence = confidence.hasConfidence;
            result.violations.push(...confidence.violations);
        }
        found.set(read.id, result);
    }
    return found;
}

// EXTERNAL MODULE: ./src/http/transport.ts + 1 modules
var http_transport = __nccwpck_require__(3860);
// EXTERNAL MODULE: ./src/input-helper.ts
var input_helper = __nccwpck_require__(5432);
// EXTERNAL MODULE: ./src/output/file-writer.ts
var file_writer = __nccwpck_require__(955);
// EXTERNAL MODULE: ./src/actions-core.ts + 3 modules
var actions_core = __nccwpck_require__(4726);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/json-scan.ts
var json_scan = __nccwpck_require__(3627);
;// CONCATENATED MODULE: ./src/json-span.ts
// Compacts JSON text without building objects for it, so numbers and strings keep their exact bytes.

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
/** Index just past the closing quote of the string that opens at `i`. */
function skipString(text, i) {
    let j = i + 1;
    for (;;) {
        j = text.indexOf(QUOTE, j);
        if (j < 0)
            throw new json_scan/* JsonSyntaxError */.q('the JSON ends inside a string');
        let slashes = 0;
        while (text[j - 1 - slashes] === BACKSLASH)
            slashes++;
        if (slashes % 2 === 0)
            return j + 1;
        j++;
    }
}
function skipSpace(text, i) {
    let j = i;
    while (text[j] === 0x20 || text[j] === 0x0a || text[j] === 0x0d || text[j] === 0x09)
        j++;
    return j;
}
/** The same JSON without whitespace between tokens; numbers and strings stay byte for byte. */
function compactJson(text) {
    const out = [];
    let from = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === QUOTE)
            i = skipString(text, i) - 1;
        else if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
            out.push(text.toString('utf8', from, i));
            from = skipSpace(text, i);
            i = from - 1;
        }
    }
    out.push(text.toString('utf8', from));
    return out.join('');
}

// EXTERNAL MODULE: ./src/api/usage.ts
var api_usage = __nccwpck_require__(4787);
// EXTERNAL MODULE: ./src/compare/describe.ts
var describe = __nccwpck_require__(2026);
// EXTERNAL MODULE: ./src/bound.ts
var bound = __nccwpck_require__(7659);
// EXTERNAL MODULE: ./src/redact.ts
var redact = __nccwpck_require__(6670);
;// CONCATENATED MODULE: ./src/output/outputs.ts
// Step outputs: one job's values, or for several the combined status, sums and a `jobs` array. Each renders
// the jobs' judgements; none may exceed GitHub's 1 MiB output limit.











const USAGE_OUTPUTS = [
    [constants/* Outputs */.tY.NumPagesExtracted, 'num_pages_extracted'],
    [constants/* Outputs */.tY.NumDocumentTokens, 'num_document_tokens'],
    [constants/* Outputs */.tY.NumOutputTokens, 'num_output_tokens'],
    [constants/* Outputs */.tY.NumPagesBilled, 'num_pages_billed'],
    [constants/* Outputs */.tY.Credits, 'credits']
];
/** Room under the limit for the file command's name and delimiter. */
const OUTPUT_BUDGET = constants/* MAX_OUTPUT_BYTES */.$q - 1024;
/** Each job's `error_message` keeps at least this much, however many jobs share the `jobs` output. */
const MIN_JOB_MESSAGE_BYTES = 200;
function setOutputs(judgements, context) {
    const set = (name, value) => actions_core/* setOutput */.uH(name, (0,redact/* redact */.E$)(value));
    const absolute = (file) => (file ? external_node_path_.resolve(context.workspace, file) : '');
    const usage = (0,api_usage/* sumUsage */.Rl)(judgements.flatMap((judgement) => (judgement.job ? [judgement.job.usage] : [])));
    set(constants/* Outputs */.tY.Status, (0,judgement/* combinedStatus */.GY)(judgements));
    set(constants/* Outputs */.tY.JobId, judgements.map((judgement) => judgement.id).join(','));
    set(constants/* Outputs */.tY.ResultFile, judgements.flatMap((judgement) => (judgement.resultFile ? [absolute(judgement.resultFile)] : [])).join('\n'));
    set(constants/* Outputs */.tY.ErrorMessage, (0,bound/* bound */.$s)(judgements.flatMap(messagesOf).join('\n'), OUTPUT_BUDGET));
    set(constants/* Outputs */.tY.TimedOut, String(judgements.some((judgement) => judgement.timedOut)));
    set(constants/* Outputs */.tY.Usage, JSON.stringify(usage));
    for (const [output, key] of USAGE_OUTPUTS)
        set(output, key in usage ? String(usage[key]) : '');
    set(constants/* Outputs */.tY.Jobs, jobsOutput(judgements, absolute));
    set(constants/* Outputs */.tY.Result, resultOutput(judgements));
    const compared = (0,describe/* overall */.Me)(judgements.map((judgement) => judgement.comparison));
    set(constants/* Outputs */.tY.Accuracy, compared ? String(tidy(compared.accuracy)) : '');
}
/** In `jobs`, for a job compared with its expected file: its accuracy and how many fields differ. */
function comparisonFields(finding) {
    const comparison = finding?.comparison;
    return comparison ? { accuracy: tidy(comparison.accuracy), mismatches: comparison.mismatches.length } : {};
}
/** 0.85, not the 0.8500000000000001 a mean of floats can give. */
function tidy(accuracy) {
    return Number(accuracy.toPrecision(12));
}
function messagesOf(judgement) {
    return judgement.problems.map((problem) => problem.message);
}
/** One entry per job; when they do not fit, each `error_message` is cut to an equal share of the limit. */
function jobsOutput(judgements, absolute) {
    const render = (messageBytes) => JSON.stringify(judgements.map((judgement) => ({
        id: judgement.id,
        // File mode: the document, its file and whether an earlier job was taken for it.
        ...(judgement.source ? { file: judgement.source.file, file_id: judgement.source.fileId, reused: judgement.source.reused } : {}),
        status: judgement.status,
        state: judgement.state,
        result_file: absolute(judgement.resultFile),
        error_message: (0,bound/* bound */.$s)(messagesOf(judgement).join('\n'), messageBytes),
        usage: judgement.job?.usage ?? {},
        ...comparisonFields(judgement.comparison)
    })));
    let json = render(Infinity);
    if (Buffer.byteLength(json) <= OUTPUT_BUDGET)
        return json;
    const withoutMessages = Buffer.byteLength(render(0));
    // JSON escapes can double a message's size; halve the share to stay under.
    const share = Math.floor((OUTPUT_BUDGET - withoutMessages) / judgements.length / 2);
    json = render(Math.max(MIN_JOB_MESSAGE_BYTES, share));
    if (Buffer.byteLength(json) <= OUTPUT_BUDGET)
        return json;
    log/* notice */.lm(`The 'jobs' output is empty: ${judgements.length} jobs do not fit in GitHub's 1 MiB output limit. Read the job summary instead.`);
    return '';
}
/** The compact result of a single job, when it fits in a step output. */
function resultOutput(judgements) {
    const [only] = judgements;
    const job = judgements.length === 1 && only?.state === 'completed' ? only.job : undefined;
    if (!(0,types/* hasResult */.yX)(job))
        return '';
    const result = job.resultJson;
    if (result && result.length <= constants/* MAX_OUTPUT_BYTES */.$q) {
        const compact = compactJson(result);
        if (Buffer.byteLength(compact) <= constants/* MAX_OUTPUT_BYTES */.$q)
            return compact;
    }
    log/* notice */.lm(`The 'result' output is empty: the result is ${((0,types/* resultBytes */.xT)(job) / 1024 / 1024).toFixed(1)} MiB, over GitHub's 1 MiB output limit. Read 'result-file' instead.`);
    return '';
}

// EXTERNAL MODULE: ./src/output/result-files.ts
var result_files = __nccwpck_require__(390);
// EXTERNAL MODULE: ./src/duration.ts
var duration = __nccwpck_require__(7607);
;// CONCATENATED MODULE: ./src/poll/job-tracker.ts
// What is known of each job while waiting, and the progress lines a person reads in the log.






/** At most one progress line this often, unless something changed. */
const PROGRESS_EVERY_MS = 5000;
class JobTracker {
    jobIds;
    started;
    states = new Map();
    warnedStatuses = new Set();
    lastLine = '';
    lastLineAt = 0;
    constructor(jobIds, started) {
        this.jobIds = jobIds;
        this.started = started;
        for (const id of jobIds)
            this.states.set(id, { status: '', done: false });
    }
    pending() {
        return this.jobIds.filter((id) => !this.state(id).done);
    }
    /** A status seen in a list sweep; the job stays pending until it has been read in full. */
    seen(id, status) {
        this.state(id).status = status;
        this.warnIfUnknown(id, status);
    }
    /** Reads one job; a final failure ends that job's wait, a timeout leaves it pending. */
    async read(id, fetch) {
        const state = this.state(id);
        try {
            const job = await fetch();
            state.job = job;
            state.status = job.status;
            state.done = constants/* TERMINAL_STATUSES */.CM.includes(job.status);
            this.warnIfUnknown(id, job.status);
        }
        catch (error) {
            if (error instanceof extract_client/* RequestFailedError */.JD && error.deadlineReached) {
                state.error = error.message;
            }
            else if (error instanceof api_errors/* ApiError */.hD || error instanceof extract_client/* RequestFailedError */.JD) {
                state.error = error.message;
                state.done = true;
            }
            else {
                throw error;
            }
        }
    }
    /** Logs where things stand: on every change, otherwise every few seconds. */
    report() {
        const elapsed = (0,duration/* formatDuration */.a3)(Date.now() - this.started);
        const [first] = this.jobIds;
        const line = first !== undefined && this.jobIds.length === 1 ? this.singleLine(first) : this.manyLine();
        if (line === this.lastLine && Date.now() - this.lastLineAt < PROGRESS_EVERY_MS)
            return;
        this.lastLine = line;
        this.lastLineAt = Date.now();
        log/* info */.pq(`${line} (${elapsed})`);
    }
    /** What was read, in the order the IDs were given; jobs still pending timed out when `waited`. */
    reads(waited) {
        return this.jobIds.map((id) => {
            const state = this.state(id);
            return { id, status: state.status, job: state.job, timedOut: waited && !state.done, error: state.error };
        });
    }
    /** As the judgement will call it: a pending job is still in progress whatever error its last read had. */
    label(id) {
        const state = this.state(id);
        return (0,judgement/* stateOf */.L4)({ ...state, timedOut: !state.done }) === 'unreadable' ? 'unreadable' : state.status || 'not read yet';
    }
    singleLine(id) {
        const label = this.label(id);
        return `Job ${id}: ${label === 'unreadable' ? 'could not be read' : label}`;
    }
    manyLine() {
        const counts = new Map();
        for (const id of this.jobIds) {
            const key = this.label(id);
            counts.set(key, (counts.get(key) ?? 0) + 1);
        }
        const done = this.jobIds.length - this.pending().length;
        const parts = [...counts].map(([status, count]) => `${count} ${status}`).join(', ');
        return `${done} of ${this.jobIds.length} jobs finished: ${parts}`;
    }
    warnIfUnknown(id, status) {
        if (constants/* KNOWN_STATUSES */.Do.includes(status) || this.warnedStatuses.has(status))
            return;
        this.warnedStatuses.add(status);
        log/* warning */.$e(`Job ${id} has status '${status}', which this action does not know: it is treated as still running until it ends or the timeout is reached.`);
    }
    state(id) {
        return this.states.get(id);
    }
}

;// CONCATENATED MODULE: ./src/poll/schedule.ts
// When to look again. The first look is immediate (an earlier step may have finished the job already);
// after that the gaps grow by a second per look from 4 s up to poll-interval: with the default 5 s the
// looks fall at 0, 4, 9, 14, 19 s... A job may end at any moment, and for that evenly spaced looks wait
// least per request, so the ramp is short: the official SDK's (1, 3, 6, 10, 15 s...) spends two more looks
// in the first 10 s, and one job here never costs more requests than with the SDK once it has run 5 s.
const FIRST_GAP_MS = 4000;
const RAMP_STEP_MS = 1000;
/** A sweep over many jobs is one request per page: it may come this often, whatever their count. */
const MIN_SWEEP_GAP_MS = 1000;
/** Gap before look number `looks + 1`, for one job, never over `maxGapMs` (the poll-interval input). */
function pollGapMs(looks, maxGapMs) {
    return Math.min(maxGapMs, FIRST_GAP_MS + Math.max(0, looks - 1) * RAMP_STEP_MS);
}
/**
 * Gap between sweeps that read `pending` jobs' statuses together: the request budget of polling each
 * job alone at `maxGapMs` buys fresher news for all of them, down to one sweep a second.
 */
function sweepGapMs(looks, maxGapMs, pending) {
    return Math.max(Math.min(MIN_SWEEP_GAP_MS, maxGapMs), Math.min(pollGapMs(looks, maxGapMs), maxGapMs / pending));
}

;// CONCATENATED MODULE: ./src/poll/poller.ts
// Reads every job until it ends, the timeout passes or the step is cancelled: one job by GET, many by
// list sweeps (one request per page of statuses) plus a GET of each job once it has ended.






/**
 * Until the API has answered once, and throughout with wait: false, faults are retried this long at most (and
 * only so many times): a wrong base-url, a dead proxy or an API down from the start fails the step fast.
 * Once the API has answered, a wait rides out transient faults until the timeout.
 */
const SHORT_BOUND_MS = 20_000;
/** Retries of one read while waiting, before the API has answered. */
const WAIT_RETRIES = 8;
/** With wait: false a read still survives a short blip. */
const ONCE_RETRIES = 3;
/** Time left for the last read before the deadline. */
const LAST_READ_MS = 500;
async function waitForJobs(client, jobIds, options) {
    // The timeout counts from the step's start, start-up included. Looks fall at fixed points after the
    // first one, so slow answers do not push them later, and a slow start does not bunch them up.
    const { startedAt } = options;
    let nextLookAt = Date.now();
    const deadline = startedAt + (options.wait ? options.timeoutMs : Math.min(options.timeoutMs, SHORT_BOUND_MS));
    const call = {
        deadline,
        maxRetries: options.wait ? WAIT_RETRIES : ONCE_RETRIES,
        rideOut: options.wait,
        reachBy: startedAt + SHORT_BOUND_MS,
        signal: options.signal
    };
    const tracker = new JobTracker(jobIds, startedAt);
    let sweep = options.wait && jobIds.length > 1;
    try {
        for (let looks = 0;; looks++) {
            let pending = tracker.pending();
            if (looks > 0) {
                // The last look starts early enough to be answered before the deadline.
                const lastLookAt = deadline - LAST_READ_MS;
                if (!options.wait || pending.length === 0 || Date.now() >= lastLookAt)
                    break;
                // Several jobs keep the cadence their number bought, down to the last one (see sweepGapMs).
                const gap = sweep ? sweepGapMs(looks, options.pollIntervalMs, jobIds.length) : pollGapMs(looks, options.pollIntervalMs);
                // After an answer slower than the gaps, the schedule goes on from now: missed looks are not made up in a burst.
                nextLookAt = Math.max(nextLookAt + gap, Date.now());
                await (0,extract_client/* sleep */.yy)(Math.max(0, Math.min(nextLookAt, lastLookAt) - Date.now()), options.signal);
            }
            if (sweep && pending.length > 1) {
                try {
                    const statuses = await client.listStatuses(pending, call);
                    // Running jobs are settled by the sweep; ended or unlisted ones are read in full below. An ended
                    // job's status counts at once, so a stop before its read never cancels a job that has finished.
                    pending = pending.filter((id) => {
                        const status = statuses.get(id);
                        if (status !== undefined)
                            tracker.seen(id, status);
                        return status === undefined || constants/* TERMINAL_STATUSES */.CM.includes(status);
                    });
                }
                catch (error) {
                    if (!(error instanceof Error) || options.signal.aborted)
                        throw error;
                    if (error instanceof extract_client/* RequestFailedError */.JD && error.deadlineReached)
                        break;
                    log/* info */.pq(`Listing job statuses failed (${error.message}); reading each job instead.`);
                    sweep = false;
                }
            }
            await (0,concurrency/* mapLimit */.s)(pending, extract_client/* MAX_IN_FLIGHT */.uK, (id) => tracker.read(id, () => client.getJob(id, call)));
            tracker.report();
        }
    }
    catch (error) {
        if (!options.signal.aborted)
            throw error;
        return { reads: tracker.reads(false), interrupted: true };
    }
    return { reads: tracker.reads(options.wait), interrupted: false };
}

// EXTERNAL MODULE: ./src/json-walk.ts
var json_walk = __nccwpck_require__(119);
;// CONCATENATED MODULE: ./src/summary.ts
// The job summary a reviewer reads on the run page: the combined result, one table row per job, and per-job
// detail folded in <details> so 200 jobs stay scannable. Pure: main writes the string with core.summary.





// GitHub refuses a summary over 1 MiB; keep room for the "cut" note and the newline core.summary appends.
const BUDGET = constants/* MAX_OUTPUT_BYTES */.$q - 1024;
const PREVIEW_FIELDS = 50;
const PREVIEW_ROWS = 3;
const VALUE_CHARS = 80;
const NOTE_CHARS = 80;
const MESSAGE_CHARS = 300;
const ERROR_CHARS = 2000;
const VIOLATION_ROWS = 50;
const TABLE_HEAD = '| Job | Status | Input | Duration | Pages | Tokens | Credits | Result file | Note |\n' +
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n';
const DETAILS_CLOSE = '</details>\n\n';
function renderSummary(outcomes, options = {}) {
    const head = heading(outcomes, options.title, options.stepProblems ?? []) + comparisonOverall(outcomes, options.minAccuracy) + TABLE_HEAD;
    let left = BUDGET - bytes(head);
    const fits = (text) => {
        const size = bytes(text);
        if (size > left)
            return false;
        left -= size;
        return true;
    };
    // What to give up when over budget, last first: previews, then per-job detail, then table rows.
    const rows = [];
    for (const outcome of outcomes) {
        const row = tableRow(outcome);
        if (!fits(row))
            break;
        rows.push(row);
    }
    const details = outcomes.slice(0, rows.length).map((outcome) => jobDetail(outcome, options, outcomes.length === 1));
    const kept = details.map((detail) => (detail && fits(detail.body + DETAILS_CLOSE) ? detail : undefined));
    const withPreview = kept.map((detail) => detail !== undefined && detail.preview !== '' && fits(detail.preview));
    const cuts = [
        [outcomes.length - rows.length, 'not listed'],
        [details.filter((detail, i) => detail && !kept[i]).length, 'without detail'],
        [kept.filter((detail, i) => detail?.preview && !withPreview[i]).length, 'without preview']
    ]
        .filter(([n]) => n > 0)
        .map(([n, what]) => `${plural(n, 'job')} ${what}`);
    const note = cuts.length ? `> ✂️ Cut to stay under GitHub's 1 MiB summary limit: ${cuts.join(', ')}.\n\n` : '';
    const blocks = kept.map((detail, i) => (detail ? detail.body + (withPreview[i] ? detail.preview : '') + DETAILS_CLOSE : ''));
    return `${head}${rows.join('')}\n${note}${blocks.join('')}`;
}
function heading(outcomes, title, stepProblems) {
    const tally = new Map();
    for (const outcome of outcomes) {
        const { label } = LOOKS[outcome.state];
        tally.set(label, (tally.get(label) ?? 0) + 1);
    }
    const completed = tally.get(LOOKS.completed.label) ?? 0;
    const gated = outcomes.filter((outcome) => outcome.violations.length > 0).length;
    const failing = stepProblems.length > 0 || outcomes.some((outcome) => outcome.problems.length > 0);
    const icon = failing ? '❌' : completed === outcomes.length ? '✅' : '⏳';
    const jobs = outcomes.length === 1 ? 'job' : 'jobs';
    const prefix = title ? `${esc(title)}: ` : '';
    const breakdown = [...tally].filter(([label]) => label !== LOOKS.completed.label).map(([label, n]) => `${n} ${label}`);
    if (gated)
        breakdown.push(`${plural(gated, 'job')} with gate violations`);
    const second = breakdown.length ? `${breakdown.join(' · ')}\n\n` : '';
    const step = stepProblems.map((problem) => `⛔ ${esc(cut(problem, ERROR_CHARS))}\n\n`).join('');
    return `## ${icon} ${prefix}${completed} of ${outcomes.length} extract ${jobs} completed\n\n${second}${step}`;
}
/** One word for the heading's breakdown and an emoji for the table, for each state of the judgement. */
const LOOKS = {
    completed: { label: 'completed', emoji: '✅' },
    'no-result': { label: 'without result', emoji: '❌' },
    failed: { label: 'failed', emoji: '❌' },
    cancelled: { label: 'cancelled', emoji: '🚫' },
    'in-progress': { label: 'in progress', emoji: '⏳' },
    'timed-out': { label: 'timed out', emoji: '⏱️' },
    unreadable: { label: 'unreadable', emoji: '⚠️' }
};
function tableRow(outcome) {
    const { job } = outcome;
    const usage = job?.usage ?? {};
    const cells = [
        `<code>${esc(outcome.id)}</code>`,
        `${LOOKS[outcome.state].emoji} ${esc(outcome.status || 'not read')}`,
        input(outcome),
        summary_duration(job),
        number(usage.num_pages_extracted ?? usage.num_pages_billed),
        tokens(usage),
        number(usage.credits),
        outcome.resultFile ? `<code>${esc(outcome.resultFile)}</code>` : '—',
        esc(notes(outcome).join('; '))
    ];
    return `| ${cells.join(' | ')} |\n`;
}
/** The document (file mode) above its file ID, or the job's file input. */
function input(outcome) {
    const fileId = outcome.source?.fileId ?? outcome.job?.fileInput;
    const id = fileId ? esc(cut(fileId, NOTE_CHARS)) : '';
    if (!outcome.source)
        return id || '—';
    return `<code>${esc(cut(outcome.source.file, NOTE_CHARS))}</code><br>${id}`;
}
function notes(outcome) {
    const schema = outcome.violations.filter((violation) => violation.gate === 'schema').length;
    const low = outcome.violations.length - schema;
    return [
        outcome.source?.reused ? 'reused an earlier COMPLETED job of this document: no new credits' : '',
        outcome.timedOut ? 'timed out' : '',
        outcome.cancelRequested ? 'cancel requested' : '',
        outcome.error ? `read error: ${cut(outcome.error, NOTE_CHARS)}` : '',
        outcome.errorMessage ? cut(outcome.errorMessage, NOTE_CHARS) : '',
        outcome.writeError ? `not written: ${cut(outcome.writeError, NOTE_CHARS)}` : '',
        schema ? plural(schema, 'schema violation') : '',
        low ? `${plural(low, 'field')} under min-confidence` : '',
        comparisonNote(outcome.comparison)
    ].filter((note) => note !== '');
}
/** The job's collapsible block: `body` opens it, `preview` (possibly '') goes right before DETAILS_CLOSE. */
function jobDetail(outcome, { minConfidence, minAccuracy }, open) {
    const { job } = outcome;
    const completed = outcome.state === 'completed';
    const sections = [
        outcome.timedOut ? `⏱️ Stopped waiting at the timeout; the job was ${esc(outcome.status || 'not read yet')}.` : '',
        outcome.cancelRequested ? '🚫 Cancellation was requested for this job.' : '',
        outcome.error ? `**Read error:** ${esc(cut(outcome.error, ERROR_CHARS))}` : '',
        outcome.errorMessage ? `**Error:** ${esc(cut(outcome.errorMessage, ERROR_CHARS))}` : '',
        outcome.state === 'no-result' ? 'The job returned no `extract_result`.' : '',
        outcome.writeError ? `**Not written:** ${esc(cut(outcome.writeError, ERROR_CHARS))}` : '',
        violationTable(outcome.violations),
        completed && minConfidence !== undefined ? confidenceLine(outcome, minConfidence) : '',
        outcome.comparison && minAccuracy !== undefined ? comparisonSection(outcome.comparison, minAccuracy) : ''
    ].filter((section) => section !== '');
    const preview = completed && job ? renderPreview(job) : '';
    if (sections.length === 0 && preview === '')
        return undefined;
    const { emoji } = LOOKS[outcome.state];
    const summary = `${emoji} <code>${esc(outcome.id)}</code> · ${esc(outcome.status || 'not read')}`;
    const body = `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${sections.map((section) => `${section}\n\n`).join('')}`;
    return { body, preview };
}
function violationTable(violations) {
    if (violations.length === 0)
        return '';
    const rows = violations
        .slice(0, VIOLATION_ROWS)
        .map((violation) => `| <code>${esc(cut(violation.path || '/', MESSAGE_CHARS))}</code> | ${esc(cut(violation.message, MESSAGE_CHARS))} | ${violation.confidence ?? '—'} |`);
    // The blank line ends the table; a plain line right under it would become one more row.
    const more = violations.length > VIOLATION_ROWS ? `\n\n…and ${violations.length - VIOLATION_ROWS} more violations` : '';
    return `| Field | Problem | Confidence |\n| --- | --- | --- |\n${rows.join('\n')}${more}`;
}
function confidenceLine(outcome, min) {
    if (!outcome.hasConfidence) {
        return 'ℹ️ This job carried no confidence data: enable `confidence_scores` in the extract configuration to use min-confidence.';
    }
    const low = outcome.violations.filter((violation) => violation.gate === 'confidence').length;
    return low ? `⚠️ ${plural(low, 'field')} below confidence ${min}.` : `All fields at or above confidence ${min}.`;
}
/** A folded look at the result: top-level fields, or for a list of rows its length and the first rows' fields. */
function renderPreview(job) {
    if (!(0,types/* hasResult */.yX)(job))
        return '';
    const value = job.parsedResult;
    // A result too large to be kept in memory when read is not parsed for a few lines of preview either.
    if (value === undefined)
        return `Result: ${((0,types/* resultBytes */.xT)(job) / 1024 / 1024).toFixed(1)} MiB, too large to preview.\n\n`;
    let label;
    let entries;
    if (Array.isArray(value)) {
        label = `${plural(value.length, 'row')}${value.length > PREVIEW_ROWS ? `, first ${PREVIEW_ROWS} shown` : ''}`;
        entries = value
            .slice(0, PREVIEW_ROWS)
            .flatMap((row, i) => (0,types/* isObject */.Gv)(row) ? Object.entries(row).map(([key, field]) => [`[${i}].${key}`, field]) : [[`[${i}]`, row]]);
    }
    else if ((0,types/* isObject */.Gv)(value)) {
        entries = Object.entries(value);
        label = plural(entries.length, 'field');
    }
    else {
        entries = [['(result)', value]];
        label = 'a single value';
    }
    if (entries.length === 0)
        return `Result: ${label}.\n\n`;
    const rows = entries
        .slice(0, PREVIEW_FIELDS)
        .map(([key, field]) => `| <code>${esc(cut(key, VALUE_CHARS))}</code> | ${esc(cut((0,json_walk/* jsonPrefix */.l)(field, VALUE_CHARS + 1), VALUE_CHARS))} |\n`);
    const more = entries.length > PREVIEW_FIELDS ? `\n…and ${entries.length - PREVIEW_FIELDS} more\n` : '';
    return `<details><summary>Result preview: ${label}</summary>\n\n| Field | Value |\n| --- | --- |\n${rows.join('')}${more}\n</details>\n\n`;
}
function summary_duration(job) {
    const ms = (0,duration/* elapsedMs */.d5)(job?.createdAt, job?.updatedAt);
    return ms === undefined ? '—' : (0,duration/* formatDuration */.a3)(ms);
}
/** Document plus output tokens; one side alone is labelled rather than summed with an invented 0. */
function tokens(usage) {
    const input = usage.num_document_tokens;
    const output = usage.num_output_tokens;
    if (input !== undefined && output !== undefined)
        return number(input + output);
    if (input !== undefined)
        return `${number(input)} in`;
    if (output !== undefined)
        return `${number(output)} out`;
    return '—';
}
/** Absent means unknown, shown as a dash, never as 0. */
function number(value) {
    return typeof value === 'number' && Number.isFinite(value) ? grouped(value) : '—';
}
/** `1,234.5`: en-US grouping, at most 3 decimals, written out here because the first toLocaleString loads ICU (~20 ms). */
function grouped(value) {
    const rounded = Number.isInteger(value) ? value : Math.round(value * 1000) / 1000;
    // BigInt spells out every integer digit, where String(1e21) would give an exponent.
    const [whole = '', fraction] = Number.isInteger(rounded) ? [BigInt(Math.abs(rounded)).toString()] : String(Math.abs(rounded)).split('.');
    return `${rounded < 0 ? '-' : ''}${whole.replace(/\B(?=(\d{3})+$)/g, ',')}${fraction ? `.${fraction}` : ''}`;
}
function plural(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
function cut(text, max) {
    if (text.length <= max)
        return text;
    let end = max - 1;
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        end -= 1; // keep surrogate pairs whole
    return `${text.slice(0, end)}…`;
}
// Everything from the API goes through esc: entities keep it from breaking table cells (|, newlines)
// or becoming HTML, code spans, emphasis, strike-through or links (`[` alone is enough to stop a link).
const UNSAFE = /\r\n|[\r\n&<>|`*_[\\~]/g;
function esc(text) {
    return text.replace(UNSAFE, (c) => (c.endsWith('\n') || c === '\r' ? '<br>' : `&#${c.charCodeAt(0)};`));
}
function bytes(text) {
    return Buffer.byteLength(text, 'utf8');
}
// --- Comparison with expected results (the `expected` input).
const MISMATCH_ROWS = 50;
/** The line under the heading: documents compared, mean accuracy, fields matched of all. */
function comparisonOverall(outcomes, minAccuracy) {
    if (minAccuracy === undefined)
        return '';
    const findings = outcomes.map((outcome) => outcome.comparison);
    const compared = (0,describe/* overall */.Me)(findings);
    const updated = findings.filter((finding) => finding?.updated).length;
    const unexpected = findings.filter((finding) => finding && !finding.comparison && !finding.updated && !finding.error).length;
    const below = findings.filter((finding) => finding?.comparison && finding.comparison.accuracy < minAccuracy).length;
    const parts = compared
        ? [
            `${plural(compared.documents, 'document')} compared`,
            `mean accuracy ${(0,describe/* formatAccuracy */.BJ)(compared.accuracy)}`,
            `${compared.matched} of ${plural(compared.fields, 'field')} matched`
        ]
        : ['no document compared'];
    if (below)
        parts.push(`${below} below min-accuracy ${minAccuracy}`);
    if (unexpected)
        parts.push(`${unexpected} without an expected result`);
    if (updated)
        parts.push(`${plural(updated, 'expected file')} written`);
    return `**Expected results:** ${parts.join(' · ')}\n\n`;
}
function comparisonNote(finding) {
    if (!finding)
        return '';
    if (finding.updated)
        return 'expected file written';
    if (finding.error)
        return 'expected file not written';
    return finding.comparison ? `accuracy ${(0,describe/* formatAccuracy */.BJ)(finding.comparison.accuracy)}` : 'no expected result';
}
function comparisonSection(finding, minAccuracy) {
    const file = `<code>${esc(cut(finding.expectedFile, MESSAGE_CHARS))}</code>`;
    if (finding.updated)
        return `📝 Written as the expected result: ${file}.`;
    if (finding.error)
        return `**Expected file not written:** ${esc(cut(finding.error, ERROR_CHARS))}`;
    const { comparison } = finding;
    if (!comparison)
        return `ℹ️ No expected result at ${file}: not compared.`;
    const pass = comparison.accuracy >= minAccuracy;
    const counts = `${comparison.matched} of ${plural((0,describe/* fieldCount */.W3)(comparison), 'field')} matched; ${comparison.wrong} wrong, ${comparison.missing} missing, ${comparison.extra} extra`;
    const verdict = pass ? '' : `, below min-accuracy ${minAccuracy}`;
    const line = `${pass ? '✅' : '❌'} Compared with ${file}: accuracy ${(0,describe/* formatAccuracy */.BJ)(comparison.accuracy)} (${counts})${verdict}.`;
    const greedy = comparison.approximated.map((path) => `\n\nℹ️ <code>${esc((0,describe/* shortPath */._1)(path))}</code>: too many rows differ for an optimal matching, so its rows were matched greedily on distinctive values.`);
    if (comparison.mismatches.length === 0)
        return line + greedy.join('');
    const show = (value) => (value === undefined ? '—' : esc(cut((0,json_walk/* jsonPrefix */.l)(value, VALUE_CHARS + 1), VALUE_CHARS)));
    const rows = comparison.mismatches
        .slice(0, MISMATCH_ROWS)
        .map((mismatch) => `| <code>${esc((0,describe/* shortPath */._1)(mismatch.path))}</code> | ${show(mismatch.expected)} | ${show(mismatch.got)} | ${mismatch.kind} |`);
    const more = comparison.mismatches.length > MISMATCH_ROWS ? `\n\n…and ${comparison.mismatches.length - MISMATCH_ROWS} more` : '';
    return `${line}${greedy.join('')}\n\n| Field | Expected | Got | Kind |\n| --- | --- | --- | --- |\n${rows.join('\n')}${more}`;
}

;// CONCATENATED MODULE: ./src/report.ts
// The verdict: each problem as an annotation, the step failed when any counts, and one line per job.



/** `stepProblems`: problems of the step rather than of one job (it was stopped by a signal). */
function reportVerdict(judgements, settings, stepProblems = []) {
    for (const warning of judgements.flatMap((judgement) => judgement.warnings))
        log/* warning */.$e(warning);
    const problems = [...judgements.flatMap((judgement) => judgement.problems), ...stepProblems];
    const failing = (0,judgement/* failing */.Jr)(problems, settings.failOnError);
    // The step's own problem heads the failure; else a single problem does, else a count.
    const headline = stepProblems.length > 0 ? stepProblems : failing.length === 1 ? failing : [];
    for (const problem of problems) {
        if (headline.includes(problem))
            continue;
        (failing.includes(problem) ? log/* error */.z3 : log/* warning */.$e)(problem.message);
    }
    for (const problem of headline)
        log/* setFailed */.C1(problem.message);
    if (headline.length === 0 && failing.length > 1) {
        const jobs = new Set(failing.map((problem) => problem.jobId)).size;
        log/* setFailed */.C1(`${jobs} of ${judgements.length} jobs did not pass (${failing.length} problems, listed above).`);
    }
    logFinalLines(judgements);
}
/** One line per job; several jobs' lines fold into a group so the log stays short. */
function logFinalLines(judgements) {
    const [only] = judgements;
    if (only && judgements.length === 1)
        return logFinalLine(only);
    log/* startGroup */.Oh(`Results of ${judgements.length} jobs`);
    for (const judgement of judgements)
        logFinalLine(judgement);
    log/* endGroup */.N4();
}
/** What the state adds to the last status, when the status alone would mislead. */
const STATE_NOTES = {
    'timed-out': 'timed out',
    unreadable: 'could not be read',
    'no-result': 'no result'
};
function logFinalLine(judgement) {
    const usage = judgement.job?.usage ?? {};
    const pages = usage.num_pages_extracted ?? usage.num_pages_billed;
    const took = (0,duration/* elapsedMs */.d5)(judgement.job?.createdAt, judgement.job?.updatedAt);
    const notes = [
        STATE_NOTES[judgement.state],
        judgement.cancelRequested ? 'cancel requested' : undefined,
        judgement.writeError ? 'not written' : undefined
    ];
    const note = notes.filter(Boolean).join(', ');
    const parts = [
        `Job ${judgement.id}: ${judgement.status || 'not read'}${note ? ` (${note})` : ''}`,
        took === undefined ? undefined : `took ${(0,duration/* formatDuration */.a3)(took)}`,
        pages === undefined ? undefined : `${pages} ${pages === 1 ? 'page' : 'pages'}`,
        judgement.resultFile ? `result in ${judgement.resultFile}` : undefined
    ];
    log/* info */.pq(parts.filter(Boolean).join(', '));
}

;// CONCATENATED MODULE: ./src/main.ts
// Orchestrates one step: inputs -> settings -> (documents -> uploads, creates) -> client -> poller -> (cancels,
// gates, comparisons, files) -> one judgement per job -> outputs, summary, verdict. It decides nothing itself.


















const USER_AGENT = 'llamacloud-extract-action/1';
/** After a cancel signal the process is gone within this long, whatever is in flight. */
const EXIT_AFTER_SIGNAL_MS = 800;
const EXIT_AFTER_SIGNAL_WITH_CANCEL_MS = 5000;
/** Retries of one upload, create or look-up before its document is given up. */
const START_RETRIES = 5;
/** One step, whose clock started at `startedAt` (epoch ms): the entry point gives the process's start. */
async function run(startedAt) {
    const apiKey = (0,input_helper/* readApiKey */.iZ)();
    const stop = new AbortController();
    const transport = new http_transport/* Transport */.oK(USER_AGENT, extract_client/* MAX_IN_FLIGHT */.uK);
    let cancelOnStop = false;
    const onSignal = (signal) => {
        if (stop.signal.aborted)
            exitNow();
        stop.abort(new errors/* ActionError */.l(`The step was stopped (${signal}) before every job had ended.`));
        setTimeout(exitNow, cancelOnStop ? EXIT_AFTER_SIGNAL_WITH_CANCEL_MS : EXIT_AFTER_SIGNAL_MS).unref();
    };
    process.on('SIGINT', onSignal).on('SIGTERM', onSignal);
    try {
        const settings = (0,input_helper/* getSettings */.mt)(apiKey);
        cancelOnStop = settings.cancelOnTimeout;
        // ajv is loaded only for a schema gate, the comparison only with `expected`, and the file mode's code
        // (yaml, @actions/glob, minimatch) only for it: lazy chunks in dist/ (script/bundle.ts), so a plain run
        // neither parses nor evaluates them.
        const schema = settings.schemaPath ? (await Promise.all(/* import() */[__nccwpck_require__.e(892), __nccwpck_require__.e(529)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4529))).loadSchema(settings.schemaPath) : undefined;
        const gates = { schema, minConfidence: settings.minConfidence };
        // The file mode's inputs are checked before the first request.
        const fileMode = settings.filePatterns.length > 0 ? await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(377), __nccwpck_require__.e(64)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1064)) : undefined;
        const prepared = fileMode ? await fileMode.prepareStart(settings) : undefined;
        // Expected files are read, and the rules checked against them, before any request: by document in file mode.
        const comparing = settings.comparison ? await __nccwpck_require__.e(/* import() */ 580).then(__nccwpck_require__.bind(__nccwpck_require__, 7580)) : undefined;
        const baseline = comparing && settings.comparison
            ? await comparing.loadBaseline(settings.comparison, prepared
                ? prepared.documents.map((document) => ({ document: document.relative }))
                : settings.jobIds.map((jobId) => ({ jobId })), settings.workspace)
            : undefined;
        const client = new extract_client/* ExtractClient */.jv(settings, transport);
        const start = fileMode && prepared
            ? await fileMode.startJobs(client, prepared.documents, {
                configuration: prepared.configuration,
                reuse: settings.reuse,
                call: {
                    deadline: startedAt + settings.timeoutMs,
                    maxRetries: START_RETRIES,
                    // A wrong base-url or a dead proxy fails the step as fast as the wait would.
                    reachBy: startedAt + SHORT_BOUND_MS,
                    signal: stop.signal
                }
            })
            : undefined;
        const waited = await waitForJobs(client, start ? start.started.map((started) => started.jobId) : settings.jobIds, {
            startedAt,
            wait: settings.wait,
            timeoutMs: settings.timeoutMs,
            pollIntervalMs: settings.pollIntervalMs,
            signal: stop.signal
        });
        const { interrupted } = waited;
        const reads = withSources(waited.reads, start);
        const cancelled = settings.cancelOnTimeout && (interrupted || reads.some((read) => read.timedOut))
            ? await cancelUnfinished(client, reads)
            : new Set();
        // After a stop the step has moments left and not every job ended: nothing more is checked or written.
        const gateResults = interrupted ? new Map() : checkResults(reads, gates);
        const comparisons = interrupted || !comparing || !baseline ? new Map() : comparing.compareWithBaseline(reads, baseline);
        const writes = interrupted ? new Map() : (0,result_files/* writeResultFiles */.S)(reads, settings);
        const judgements = reads.map((read) => (0,judgement/* judge */.S4)(read, {
            gates: gateResults.get(read.id),
            comparison: comparisons.get(read.id),
            write: writes.get(read.id),
            cancelRequested: cancelled.has(read.id)
        }, settings));
        // Whatever the verdict, the outputs and the summary say what is known: a stop by signal, or documents that got no job.
        const unstarted = (start?.failures ?? []).map((failure) => stepProblem(failure.message));
        const stopped = stop.signal.aborted ? [stepProblem(stop.signal.reason)] : unstarted;
        setOutputs(judgements, settings);
        const stepProblems = stopped.map((problem) => problem.message);
        writeSummary(renderSummary(judgements, { minConfidence: settings.minConfidence, minAccuracy: settings.comparison?.minAccuracy, stepProblems }));
        reportVerdict(judgements, settings, stopped);
    }
    catch (error) {
        fail(error);
    }
    finally {
        // Spooled results have been written out (or are not wanted): none stays in the runner's temp folder.
        (0,file_writer/* removeUnfinishedFiles */.vU)();
        transport.dispose();
        process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
    }
}
/**
 * Appends the step's summary to the runner's file, as core.summary's `addRaw(text, true).write()` does, in
 * one synchronous call: the summary is the step's last write, and fs/promises would load for it alone.
 */
function writeSummary(markdown) {
    const file = process.env[constants/* EnvVars */.et.StepSummary];
    if (!file)
        return;
    try {
        (0,external_node_fs_.appendFileSync)(file, `${(0,redact/* redact */.E$)(markdown)}${external_node_os_.EOL}`);
    }
    catch (error) {
        throw new errors/* ActionError */.l(`Could not write the job summary to '${file}' (${error.message}).`);
    }
}
/** Each job of the file mode knows its document. */
function withSources(reads, start) {
    if (!start)
        return reads;
    const byJob = new Map(start.started.map((started) => [started.jobId, started]));
    return reads.map((read) => {
        const started = byJob.get(read.id);
        return started ? { ...read, source: { file: started.document.relative, fileId: started.fileId, reused: started.reused } } : read;
    });
}
function stepProblem(reason) {
    return { jobId: '', message: reason instanceof Error ? reason.message : String(reason), always: true };
}
/** One line for the user; the stack only when the runner debugs. */
function fail(error) {
    const message = error instanceof Error ? error.message : String(error);
    if (process.env[constants/* EnvVars */.et.RunnerDebug] === '1' && error instanceof Error)
        log/* debug */.Yz(error.stack ?? '');
    log/* setFailed */.C1(error instanceof errors/* ActionError */.l ? message : `Unexpected error: ${message}`);
}
function exitNow() {
    (0,file_writer/* removeUnfinishedFiles */.vU)();
    process.exit(1);
}

;// CONCATENATED MODULE: ./src/index.ts

// The step's clock starts with the process: the timeout covers Node's start-up too.
void run(performance.timeOrigin);

module.exports = __webpack_exports__;
/******/ })()
;