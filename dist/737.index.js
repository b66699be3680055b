"use strict";
exports.id = 737;
exports.ids = [737];
exports.modules = {

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
/* harmony import */ var _start_jobs_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(4455);
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
    (0,_digest_js__WEBPACK_IMPORTED_MODULE_9__/* .hashContent */ .sW)(document.path, document.size).then((content) => content.id, () => undefined));
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


/***/ })

};
;