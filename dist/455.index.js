"use strict";
exports.id = 455;
exports.ids = [455];
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





/** A read stream's default piece. */
const PIECE_BYTES = 64 * 1024;
/**
 * The document's bytes as a stream, in pieces no larger than it was found to be: each piece is allocated
 * whole before it is read, so a stream of default pieces takes 64 KiB per read of a document of a few bytes,
 * which at thousands of small documents is most of the step's memory until it is collected.
 */
function readDocument(file, expectedSize) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file, { highWaterMark: Math.max(1, Math.min(expectedSize, PIECE_BYTES)) });
}
/** Hashes the whole file, however long it is now; `expectedSize` (its size when found) only sizes the reads. */
async function hashContent(file, expectedSize) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)(readDocument(file, expectedSize), async function* (chunks) {
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
    for await (const chunk of readDocument(file, content.size)) {
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
/* harmony export */   CT: () => (/* binding */ createdAt),
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
/** Epoch ms the job was made at, as it says; 0 when it does not say. */
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

/***/ 4455:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S: () => (/* binding */ shown),
  t: () => (/* binding */ startJobs)
});

// EXTERNAL MODULE: ./src/runner/log.ts
var log = __webpack_require__(7708);
// EXTERNAL MODULE: ./src/runner/progress.ts
var runner_progress = __webpack_require__(667);
// EXTERNAL MODULE: ./src/lib/constants.ts
var constants = __webpack_require__(8386);
// EXTERNAL MODULE: ./src/api/api-errors.ts
var api_errors = __webpack_require__(6050);
// EXTERNAL MODULE: ./src/api/call-policy.ts
var call_policy = __webpack_require__(9349);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: ./src/lib/bound.ts
var bound = __webpack_require__(4323);
// EXTERNAL MODULE: ./src/lib/markdown.ts
var markdown = __webpack_require__(3862);
// EXTERNAL MODULE: ./src/lib/concurrency.ts
var concurrency = __webpack_require__(3716);
// EXTERNAL MODULE: ./src/start/digest.ts
var digest = __webpack_require__(7270);
// EXTERNAL MODULE: ./src/start/job-match.ts
var job_match = __webpack_require__(3523);
;// CONCATENATED MODULE: ./src/start/lookups.ts
// The start stage's look-ups: a document's file by the digest of its bytes, and the earlier jobs of a file.
// Each is answered from a listing of the project read once, when the listing ends within a request budget
// shared by both (LISTING_SHARE per document); past the budget, or when a listing fails, each document is
// looked up on its own, so a project of a million files costs a few pages more, never a million rows.




/** Listing requests per document, in all: below 20 documents none, so a small step looks each document up. */
const LISTING_SHARE = 0.05;
const ALONE = { files: "each document's file is looked up on its own", jobs: "each file's jobs are looked up on their own" };
class Lookups {
    client;
    configuration;
    call;
    /** Listing requests left. */
    left;
    files;
    /** The project's jobs by the file they read; undefined when the listing did not end within the budget. */
    jobs;
    constructor(client, documents, configuration, call) {
        this.client = client;
        this.configuration = configuration;
        this.call = call;
        this.left = Math.floor(documents * LISTING_SHARE);
    }
    /** The usable file uploaded under `externalFileId` (the digest of a document's bytes), if there is one. */
    async file(externalFileId) {
        const index = await (this.files ??= this.fileIndex());
        // Whether a file lasts is judged now, not when it was listed: the start of a large step takes a while.
        const listed = index.byExternalId.get(externalFileId)?.find((file) => this.client.lasts(file));
        if (listed || index.complete)
            return listed;
        return this.client.findFile(externalFileId, this.call);
    }
    /** The jobs of one file, newest first, with their configuration. */
    async jobsOfFile(fileId, filter) {
        const index = await (this.jobs ??= this.jobIndex());
        if (!index)
            return this.client.listJobsOfFile(fileId, filter, this.call);
        return (index.get(fileId) ?? []).filter((job) => (filter.status === undefined || job.status === filter.status) && (filter.since === undefined || (0,job_match/* createdAt */.CT)(job) >= filter.since));
    }
    async fileIndex() {
        const { items, complete } = await this.read('files', (token) => this.client.listFiles(token, this.call));
        const byExternalId = new Map();
        for (const file of items) {
            if (file.externalFileId === undefined)
                continue;
            append(byExternalId, file.externalFileId, file);
        }
        return { byExternalId, complete };
    }
    /**
     * Only a complete listing stands for "no such job": a partial one is not used at all, so a file's jobs are
     * always judged together, as the per-file listing judges them.
     */
    async jobIndex() {
        const filter = 'id' in this.configuration ? { configurationId: this.configuration.id } : {};
        const { items, complete } = await this.read('jobs', (token) => this.client.listJobs(filter, token, this.call));
        if (!complete)
            return undefined;
        const byFile = new Map();
        const seen = new Set();
        // Thousands of jobs made with a few configurations hold one copy of each.
        const configurations = new Map();
        for (const job of items) {
            // A job on two pages (made while the listing was read) counts once.
            if (job.fileInput === undefined || seen.has(job.id))
                continue;
            seen.add(job.id);
            if (job.configuration) {
                const text = (0,job_match/* canonical */.$N)(job.configuration);
                job.configuration = configurations.get(text) ?? configurations.set(text, job.configuration).get(text);
            }
            append(byFile, job.fileInput, job);
        }
        return byFile;
    }
    /** Every page of a listing, while the budget lasts and each page brings a token not seen before. */
    async read(what, page) {
        const items = [];
        const tokens = new Set();
        let token;
        let pages = 0;
        try {
            do {
                if (this.left <= 0) {
                    // A step too small for a listing looks its documents up without a word.
                    if (pages > 0)
                        log/* info */.pq(`The project holds more than the ${items.length} ${what} listed by ${(0,markdown/* plural */.LS)(pages, 'request')}: ${ALONE[what]}.`);
                    return { items, complete: false };
                }
                this.left--;
                pages++;
                const answer = await page(token);
                items.push(...answer.items);
                token = answer.nextPageToken;
                if (token !== undefined && tokens.has(token)) {
                    log/* info */.pq(`The listing of the project's ${what} did not advance: ${ALONE[what]}.`);
                    return { items, complete: false };
                }
                if (token !== undefined)
                    tokens.add(token);
            } while (token !== undefined);
            return { items, complete: true };
        }
        catch (error) {
            // Each document then meets what the listing met, and the start explains it there.
            if (!(error instanceof errors/* ActionError */.lZ))
                throw error;
            log/* debug */.Yz(`Listing the project's ${what} failed (${ALONE[what]}): ${(0,errors/* messageOf */.bD)(error)}`);
            return { items, complete: false };
        }
    }
}
function append(map, key, value) {
    const values = map.get(key);
    if (values)
        values.push(value);
    else
        map.set(key, [value]);
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/start/start-jobs.ts
// The start stage of the file mode: documents -> file IDs (looked up by digest, uploaded only when new)
// -> job IDs (reused, waited for when an earlier run left one running, or created once: a create that may
// have reached LlamaCloud is retried only after looking for the job it may have made).













/** The service's clock may run behind ours: jobs made by a lost create are looked for from this much earlier. */
const CLOCK_SKEW_MS = 60_000;
async function startJobs(client, documents, options) {
    // One upload per content, however many documents share it; one document per job.
    const files = new Map();
    const claimed = new Set(options.taken);
    const lookups = new Lookups(client, documents.length, options.configuration, options.call);
    const fileOf = (document, content) => {
        const known = files.get(content.id);
        if (known)
            return known.then((fileId) => ({ fileId, uploaded: false }));
        const found = findOrUpload(client, lookups, document, content, options.call);
        // Only the file's ID is kept for the documents of the same bytes, not the record it came in.
        const fileId = found.then(({ file }) => file.id);
        // Awaited by a later document of the same bytes, if any: a failed upload is explained by this one's.
        fileId.catch(() => undefined);
        files.set(content.id, fileId);
        return found.then(({ file, uploaded }) => ({ fileId: file.id, uploaded }));
    };
    // A 402 (no credits left), or the credits billed reaching max-credits, ends the start stage: no document after
    // it is uploaded or gets a job.
    let stopped;
    const notStarted = (document) => ({
        document,
        message: `Document ${shown(document)}: not started, because ${stopped}.`
    });
    const known = options.beforeSpending ? await lookUpEarlier(lookups, documents, options, files, claimed) : new Map();
    await options.beforeSpending?.(documents.filter((document) => !known.has(document)));
    const count = { created: 0, earlier: 0, notStarted: 0, uploads: 0 };
    const startOne = async (document) => {
        // No request starts after the deadline: the documents not reached by then are not read either.
        if (Date.now() >= options.call.deadline)
            return { document, message: `Document ${shown(document)} was not started: the timeout was reached before its turn.` };
        // After a stop the step has moments left to report: the documents not reached are not even read.
        if (options.call.signal?.aborted)
            return { document, message: `Document ${shown(document)} was not started: the step was stopped before its turn.` };
        let stage = 'reading it';
        if (stopped)
            return notStarted(document);
        try {
            const content = await (0,digest/* hashContent */.sW)(document.path, document.size);
            stage = 'uploading it';
            const { fileId, uploaded } = await fileOf(document, content);
            if (uploaded)
                count.uploads++;
            stage = 'starting its job';
            if (stopped)
                return notStarted(document);
            // A file uploaded just now has no jobs yet.
            const earlier = known.get(document) ?? (uploaded ? undefined : await findEarlier(lookups, fileId, options, claimed));
            if (!earlier) {
                const reached = await options.meter?.check();
                if (reached || stopped) {
                    stopped ??= reached;
                    return notStarted(document);
                }
            }
            const jobId = earlier?.id ?? (await createOnce(client, fileId, options, claimed));
            if (!earlier)
                options.meter?.add(jobId, fileId);
            const how = !earlier
                ? 'created'
                : earlier.status === constants/* Status */.nW.Completed
                    ? `reused: COMPLETED job${dated(earlier.createdAt)}, no new credits`
                    : // One of UNFINISHED, matched exactly: no API text reaches the log here.
                        `${earlier.status} job${dated(earlier.createdAt)} left by an earlier run: waited for, no new credits`;
            // A document that starts well gets no line of its own (the progress lines count it), but the debug log names it.
            log/* debug */.Yz(`Document ${shown(document)}: file ${fileId} (${uploaded ? 'uploaded' : 'already uploaded'}), job ${jobId} (${how})`);
            return { document, fileId, digest: content.id, jobId, reused: earlier !== undefined };
        }
        catch (error) {
            // A stop goes on to the wait, which sees it at once: the jobs already made are then cancelled (cancel-on-timeout) and summed up.
            if (options.call.signal?.aborted)
                return { document, message: `Document ${shown(document)}: the step was stopped while ${stage}.` };
            if (error instanceof api_errors/* ApiError */.hD && error.status === 402) {
                stopped ??= 'LlamaCloud answered 402 Payment Required (out of credits or over the spending cap)';
            }
            return { document, message: explain(error, document, stage, options.configuration) };
        }
    };
    const progress = new runner_progress/* Progress */.ke(documents.length, options.startedAt);
    const line = () => {
        const parts = [
            [count.created, 'new job'],
            [count.earlier, 'earlier job'],
            [count.uploads, 'upload']
        ];
        const shownParts = parts.filter(([n]) => n > 0).map(([n, what]) => (0,markdown/* plural */.LS)(n, what));
        if (count.notStarted > 0)
            shownParts.push(`${count.notStarted} not started`);
        const done = count.created + count.earlier + count.notStarted;
        return `Start: ${done} of ${(0,markdown/* plural */.LS)(documents.length, 'document')}${shownParts.length ? ` (${shownParts.join(', ')})` : ''}`;
    };
    const results = await (0,concurrency/* mapLimit */.s)(documents, call_policy/* MAX_IN_FLIGHT */.uK, async (document) => {
        const result = await startOne(document);
        if ('message' in result) {
            count.notStarted++;
        }
        else {
            count[result.reused ? 'earlier' : 'created']++;
            options.onStarted?.(result);
        }
        progress.report(count.created + count.earlier + count.notStarted, line);
        return result;
    });
    return { failures: results.filter((result) => 'message' in result) };
}
/**
 * The jobs a budget need not pay for (reused, or left running by an earlier run): look-ups only (no upload, no
 * create). A file found is kept for the start; a look-up that fails is left to the start, which meets the same
 * answer and explains it.
 */
async function lookUpEarlier(lookups, documents, options, files, claimed) {
    const found = new Map();
    const lookUp = async (document) => {
        try {
            const { id } = await (0,digest/* hashContent */.sW)(document.path, document.size);
            const known = files.get(id);
            const fileId = known ? await known : (await lookups.file(id))?.id;
            if (fileId === undefined)
                return;
            if (!known)
                files.set(id, Promise.resolve(fileId));
            const earlier = await findEarlier(lookups, fileId, options, claimed);
            if (earlier)
                found.set(document, earlier);
        }
        catch {
            // Explained by the start.
        }
    };
    const progress = new runner_progress/* Progress */.ke(documents.length, options.startedAt);
    let done = 0;
    await (0,concurrency/* mapLimit */.s)(documents, call_policy/* MAX_IN_FLIGHT */.uK, async (document) => {
        await lookUp(document);
        progress.report(++done, () => `Looking up earlier jobs: ${done} of ${(0,markdown/* plural */.LS)(documents.length, 'document')} (${found.size} found)`);
    });
    return found;
}
async function findOrUpload(client, lookups, document, content, call) {
    const existing = await lookups.file(content.id);
    if (existing)
        return { file: existing, uploaded: false };
    // The bytes sent are the bytes hashed, checked as they go: a document rewritten since is not filed under the old digest.
    const upload = {
        name: external_node_path_.basename(document.path),
        size: content.size,
        externalFileId: content.id,
        read: () => (0,digest/* hashedBytes */.He)(document.path, content)
    };
    const file = await client.uploadFile(upload, call);
    return { file, uploaded: true };
}
/** Statuses of a job still on its way: an earlier run stopped before it ended. */
const UNFINISHED = [constants/* Status */.nW.Pending, constants/* Status */.nW.Throttled, constants/* Status */.nW.Running];
/**
 * An earlier job of the same bytes and configuration that stands for a new one: with `reuse`, the newest
 * COMPLETED one (on a re-run attempt without `reuse`, the newest made since the workflow run was); whether
 * or not `reuse` is on, one still running (an earlier run of the step was stopped
 * before it ended): its result is made now, as a new job's would be, and it bills anyway.
 */
async function findEarlier(lookups, fileId, options, claimed) {
    // A re-run attempt takes what its workflow run already made (a FAILED or CANCELLED job is tried again).
    const madeAt = options.reuse ? undefined : options.earlierAttempt?.since;
    const since = madeAt === undefined ? undefined : madeAt - CLOCK_SKEW_MS;
    if (options.reuse || options.earlierAttempt) {
        const completed = await lookups.jobsOfFile(fileId, { status: constants/* Status */.nW.Completed, since });
        const reused = (0,job_match/* claimNewest */.hg)(completed, options.configuration, claimed);
        if (reused)
            return reused;
    }
    const jobs = await lookups.jobsOfFile(fileId, {});
    return (0,job_match/* claimNewest */.hg)(jobs, options.configuration, claimed, { statuses: UNFINISHED });
}
/** Never two jobs for one document: a lost answer is followed by a look for the job it may have made. */
async function createOnce(client, fileId, options, claimed) {
    const since = Date.now() - CLOCK_SKEW_MS;
    const job = await client.createJob(fileId, options.configuration, options.call, async () => (0,job_match/* claimNewest */.hg)(await client.listJobsOfFile(fileId, { since }, options.call), options.configuration, claimed, { madeSince: since }));
    claimed.add(job.id);
    return job.id;
}
function explain(error, document, stage, configuration) {
    const name = `Document ${shown(document)}`;
    if (error instanceof api_errors/* ApiError */.hD && error.status === 413) {
        return `${name} (${(0,markdown/* fileSize */.Ov)(document.size)}) is too large for LlamaCloud (413 Payload Too Large). Split it, or extract it elsewhere.`;
    }
    if (error instanceof api_errors/* ApiError */.hD && error.status === 404 && stage === 'starting its job' && 'id' in configuration) {
        return `${name}: LlamaCloud knows no configuration '${configuration.id}' in this project, or cannot read the file it answered for the upload (404 Not Found on create). Check configuration-id and project-id; if they are right, re-run the step: the document is then looked up and uploaded again.`;
    }
    if (error instanceof api_errors/* ApiError */.hD && error.status === 404 && stage === 'starting its job') {
        return `${name}: LlamaCloud cannot read the file it answered for the upload (404 Not Found on create). Re-run the step: the document is then looked up and uploaded again.`;
    }
    if (error instanceof errors/* ActionError */.lZ)
        return `${name}: ${error.message}`;
    const code = error?.code;
    if (code)
        return `${name} could not be read (${code}) while ${stage}. Check that the file stays in place during the step.`;
    throw error;
}
/** A document's path as the log shows it: repository names are not trusted to hold no line breaks. */
function shown(document) {
    return (0,bound/* replaceControls */.N0)(document.relative, '?');
}
/** ` of <ISO time>` for a time the API gave, re-rendered: its text never reaches the log as is. */
function dated(createdAt) {
    const at = createdAt === undefined ? NaN : Date.parse(createdAt);
    return Number.isNaN(at) ? '' : ` of ${new Date(at).toISOString()}`;
}


/***/ })

};
;