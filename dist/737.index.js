"use strict";
exports.id = 737;
exports.ids = [737];
exports.modules = {

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

/***/ 5737:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkReplay: () => (/* binding */ checkReplay),
/* harmony export */   planReplay: () => (/* binding */ planReplay)
/* harmony export */ });
/* harmony import */ var _api_call_policy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9349);
/* harmony import */ var _api_job_body_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2820);
/* harmony import */ var _api_parse_job_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2785);
/* harmony import */ var _lib_bound_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4323);
/* harmony import */ var _lib_constants_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8386);
/* harmony import */ var _lib_concurrency_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(3716);
/* harmony import */ var _lib_json_span_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4486);
/* harmony import */ var _lib_json_walk_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(8175);
/* harmony import */ var _lib_markdown_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3862);
/* harmony import */ var _model_origin_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(1579);
/* harmony import */ var _model_result_body_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5305);
/* harmony import */ var _runner_log_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7708);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7270);
/* harmony import */ var _job_match_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3523);
/* harmony import */ var _start_jobs_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(7897);
// Replay: a document whose bytes and configuration are those of a document in a baseline report (an earlier run's
// `report-file`) takes that report's result, with no request and no credit, and then goes through the gates, the
// comparison, the files and the summary as a job read now would. A pull request from a fork, which has no key,
// gets its checks on every unchanged document this way; with a key, `replay: true` saves requests and credits.
// The report is untrusted text (a cache entry, an artifact): every field used is checked, each result against its
// digest, and a report that fails is not replayed from.















const SHA256 = /^sha256:[0-9a-f]{64}$/;
const REPOSITORY = /^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/;
const RUN_ID = /^\d{1,20}$/;
const COMMIT = /^[0-9a-f]{1,64}$/i;
/** Documents named in one log line, before "and N more". */
const NAMED = 10;
class Unfit extends Error {
}
/**
 * The baseline's results, each checked against its digest: undefined (with a warning) when the report cannot be
 * replayed from, and `tampered` when a result does not match its digest, which makes the whole report
 * untrustworthy. `bytes` are the report's as read (the results are taken from them byte for byte).
 */
function checkReplay(report, bytes, shownFile) {
    const why = (reason) => _runner_log_js__WEBPACK_IMPORTED_MODULE_8__/* .warning */ .$e(`Input '${_lib_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.Baseline}': '${shownFile}' cannot be replayed from: ${reason}. No result is taken from it.`);
    let documents;
    let spans;
    let own;
    let configuration;
    try {
        if (!(0,_lib_json_walk_js__WEBPACK_IMPORTED_MODULE_12__/* .isObject */ .Gv)(report) || !Array.isArray(report.documents))
            throw new Unfit('it is not a run report');
        const run = (0,_lib_json_walk_js__WEBPACK_IMPORTED_MODULE_12__/* .isObject */ .Gv)(report.run) ? report.run : {};
        own = originOf({ repository: run.repository, runId: run.id, runAttempt: run.attempt, commit: report.commit, createdAt: report.createdAt }, 'the run that wrote it');
        configuration = (0,_job_match_js__WEBPACK_IMPORTED_MODULE_10__/* .canonical */ .$N)(configurationOf(report.configuration, 'its configuration'));
        documents = report.documents;
        const list = (0,_lib_json_span_js__WEBPACK_IMPORTED_MODULE_5__/* .memberSpans */ .Mn)(bytes, (0,_lib_json_span_js__WEBPACK_IMPORTED_MODULE_5__/* .valueStart */ .so)(bytes)).get('documents');
        spans = list ? (0,_lib_json_span_js__WEBPACK_IMPORTED_MODULE_5__/* .itemSpans */ .jQ)(bytes, list.start) : [];
        if (spans.length !== documents.length)
            throw new Unfit('its documents cannot be told apart');
    }
    catch (error) {
        if (!(error instanceof Unfit))
            throw error;
        why(error.message);
        return undefined;
    }
    const entries = [];
    const jobIds = new Set();
    for (const [i, document] of documents.entries()) {
        let entry;
        let result;
        try {
            if (!(0,_lib_json_walk_js__WEBPACK_IMPORTED_MODULE_12__/* .isObject */ .Gv)(document) || typeof document.key !== 'string')
                throw new Unfit(`document ${i + 1} has no key`);
            const claimed = document.resultDigest;
            if (claimed === null || claimed === undefined)
                continue;
            if (typeof claimed !== 'string' || !SHA256.test(claimed))
                throw new Unfit(`document ${i + 1} has no valid resultDigest`);
            entry = replayable(document, i, own);
            const span = (0,_lib_json_span_js__WEBPACK_IMPORTED_MODULE_5__/* .memberSpans */ .Mn)(bytes, spans[i].start).get('result');
            result = span && bytes.subarray(span.start, span.end);
            if (!result || (0,_digest_js__WEBPACK_IMPORTED_MODULE_9__/* .resultDigest */ .sl)(result, document.confidences) !== claimed) {
                _runner_log_js__WEBPACK_IMPORTED_MODULE_8__/* .warning */ .$e(`Input '${_lib_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.Baseline}': '${shownFile}' does not match its digests: the result of document ${i + 1} ('${(0,_lib_bound_js__WEBPACK_IMPORTED_MODULE_3__/* .bound */ .$s)(document.key, _lib_bound_js__WEBPACK_IMPORTED_MODULE_3__/* .PATH_BOUND_BYTES */ .Lr)}') was changed after the report was written. The report is ignored: no result is taken from it and nothing is compared with it.`);
                return 'tampered';
            }
        }
        catch (error) {
            if (!(error instanceof Unfit))
                throw error;
            why(error.message);
            return undefined;
        }
        if (!entry || !result || result.length > _api_job_body_js__WEBPACK_IMPORTED_MODULE_1__/* .KEEP_RESULT_BYTES */ .O)
            continue;
        if (jobIds.has(entry.jobId)) {
            why(`job ${entry.jobId} stands for two documents`);
            return undefined;
        }
        jobIds.add(entry.jobId);
        entries.push({ ...entry, result });
    }
    return { shown: shownFile, origin: own, configuration, entries };
}
/** A checked document with a result that a later run may take: completed (or replayed in turn), with its digests and job. */
function replayable(document, i, own) {
    const where = `document ${i + 1}`;
    const { key, digest, jobId, state } = document;
    if (state !== 'completed' && state !== 'replayed')
        return undefined;
    if (typeof digest !== 'string' || !SHA256.test(digest))
        throw new Unfit(`${where} has a result but no valid digest`);
    if (typeof jobId !== 'string' || !_api_parse_job_js__WEBPACK_IMPORTED_MODULE_2__/* .API_ID */ .bT.test(jobId))
        throw new Unfit(`${where} has a result but no valid jobId`);
    return {
        key: key,
        digest,
        configuration: (0,_job_match_js__WEBPACK_IMPORTED_MODULE_10__/* .canonical */ .$N)(configurationOf(document.configuration, `${where}'s configuration`)),
        jobId,
        confidences: document.confidences ?? null,
        origin: document.replayedFrom === undefined ? own : originOf(document.replayedFrom, `${where}'s replayedFrom`)
    };
}
function configurationOf(value, what) {
    if ((0,_lib_json_walk_js__WEBPACK_IMPORTED_MODULE_12__/* .isObject */ .Gv)(value) && Object.keys(value).length === 1) {
        if (typeof value.id === 'string' && _api_parse_job_js__WEBPACK_IMPORTED_MODULE_2__/* .API_ID */ .bT.test(value.id))
            return { id: value.id };
        if (typeof value.digest === 'string' && SHA256.test(value.digest))
            return { digest: value.digest };
    }
    throw new Unfit(`${what} is not a configuration's id or digest`);
}
/** A run as a report names it, each part checked (it reaches the log and the summary); `createdAt` re-rendered. */
function originOf(value, what) {
    const fail = () => {
        throw new Unfit(`${what} is not named as the action names a run`);
    };
    if (!(0,_lib_json_walk_js__WEBPACK_IMPORTED_MODULE_12__/* .isObject */ .Gv)(value))
        return fail();
    const { repository, runId, runAttempt, commit, createdAt } = value;
    const nullOr = (part, valid) => part === null || valid(part);
    const text = (pattern) => (part) => typeof part === 'string' && pattern.test(part);
    const at = typeof createdAt === 'string' ? Date.parse(createdAt) : NaN;
    if (!nullOr(repository, text(REPOSITORY)) ||
        !nullOr(runId, text(RUN_ID)) ||
        !nullOr(runAttempt, (part) => Number.isSafeInteger(part) && part >= 1) ||
        !nullOr(commit, text(COMMIT)) ||
        Number.isNaN(at)) {
        return fail();
    }
    return {
        repository: repository,
        runId: runId,
        runAttempt: runAttempt,
        commit: commit,
        createdAt: new Date(at).toISOString()
    };
}
/**
 * Which documents take a result of `source`: the bytes (by digest) and the configuration of a baseline document,
 * the one of the same path first, each baseline document taken once. `keyless`: the rest are not extracted here.
 */
async function planReplay(source, documents, configuration, keyless) {
    const wanted = (0,_job_match_js__WEBPACK_IMPORTED_MODULE_10__/* .canonical */ .$N)((0,_job_match_js__WEBPACK_IMPORTED_MODULE_10__/* .configurationRef */ .w2)(configuration));
    if (source.configuration !== wanted) {
        _runner_log_js__WEBPACK_IMPORTED_MODULE_8__/* .warning */ .$e(`Input '${_lib_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.Baseline}': '${source.shown}' was made with another configuration than this step's: no result is replayed from it, every document ${keyless ? 'needs a real extraction' : 'is extracted'}.`);
        return { replayed: [], rest: documents };
    }
    const digests = await (0,_lib_concurrency_js__WEBPACK_IMPORTED_MODULE_13__/* .mapLimit */ .s)(documents, _api_call_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_IN_FLIGHT */ .uK, (document) => 
    // A document that cannot be read now is left to the start, which says why.
    (0,_digest_js__WEBPACK_IMPORTED_MODULE_9__/* .hashContent */ .sW)(document.path).then((content) => content.id, () => undefined));
    // By digest, each baseline document taken once.
    const unclaimed = new Map();
    for (const entry of source.entries) {
        if (entry.configuration === wanted)
            unclaimed.set(entry.digest, [...(unclaimed.get(entry.digest) ?? []), entry]);
    }
    // The document of the same path first, then any of the same bytes (a document moved or copied).
    const taken = new Map();
    for (const samePath of [true, false]) {
        for (const [i, document] of documents.entries()) {
            const fits = (digests[i] && unclaimed.get(digests[i])) || [];
            const entry = fits.find((candidate) => !samePath || candidate.key === document.relative);
            if (!entry || taken.has(document))
                continue;
            fits.splice(fits.indexOf(entry), 1);
            taken.set(document, entry);
        }
    }
    const replayed = [];
    const left = [];
    for (const [i, document] of documents.entries()) {
        const entry = taken.get(document);
        const digest = digests[i];
        if (!entry || !digest) {
            left.push(document);
            continue;
        }
        _runner_log_js__WEBPACK_IMPORTED_MODULE_8__/* .info */ .pq(`Document ${(0,_start_jobs_js__WEBPACK_IMPORTED_MODULE_11__/* .shown */ .S)(document)}: replayed job ${entry.jobId} from ${(0,_model_origin_js__WEBPACK_IMPORTED_MODULE_14__/* .describeOrigin */ .u)(entry.origin)} (no request, no credits)`);
        replayed.push({
            id: entry.jobId,
            source: { file: document.relative, fileId: '', digest, reused: false, replayedFrom: entry.origin },
            status: _lib_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Status */ .nW.Completed,
            timedOut: false,
            job: {
                id: entry.jobId,
                status: _lib_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Status */ .nW.Completed,
                usage: {},
                result: new _model_result_body_js__WEBPACK_IMPORTED_MODULE_7__/* .KeptResult */ .kv(entry.result, JSON.parse(entry.result.toString('utf8'))),
                fieldMetadata: entry.confidences ?? undefined,
                // Not a job read now: there is no whole job to write as a job file.
                served: []
            }
        });
    }
    const one = left.length === 1;
    const rest = keyless
        ? `${one ? 'needs' : 'need'} a real extraction, which a run without a key cannot make`
        : `${one ? 'is' : 'are'} extracted`;
    const named = left.slice(0, NAMED).map(_start_jobs_js__WEBPACK_IMPORTED_MODULE_11__/* .shown */ .S).join(', ');
    const more = left.length > NAMED ? `, and ${left.length - NAMED} more` : '';
    _runner_log_js__WEBPACK_IMPORTED_MODULE_8__/* .info */ .pq(`Replayed ${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .plural */ .LS)(replayed.length, 'document')} of ${documents.length} from '${source.shown}' (${(0,_model_origin_js__WEBPACK_IMPORTED_MODULE_14__/* .describeOrigin */ .u)(source.origin)}).` +
        (left.length ? ` ${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .plural */ .LS)(left.length, 'document')} ${rest} (bytes or configuration not in the baseline): ${named}${more}.` : ''));
    return { replayed, rest: left, from: replayed.length ? (0,_model_origin_js__WEBPACK_IMPORTED_MODULE_14__/* .describeOrigin */ .u)(source.origin) : undefined };
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