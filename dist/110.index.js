"use strict";
exports.id = 110;
exports.ids = [110];
exports.modules = {

/***/ 9110:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CreditMeter: () => (/* reexport */ CreditMeter),
  checkBudget: () => (/* binding */ checkBudget),
  estimate: () => (/* binding */ estimate)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./src/lib/bound.ts
var bound = __webpack_require__(4323);
// EXTERNAL MODULE: ./src/lib/constants.ts
var constants = __webpack_require__(8386);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: ./src/runner/log.ts
var log = __webpack_require__(7708);
// EXTERNAL MODULE: ./src/runner/progress.ts
var runner_progress = __webpack_require__(667);
// EXTERNAL MODULE: ./src/lib/concurrency.ts
var concurrency = __webpack_require__(3716);
// EXTERNAL MODULE: ./src/start/start-jobs.ts
var start_jobs = __webpack_require__(7897);
// EXTERNAL MODULE: ./src/lib/markdown.ts
var markdown = __webpack_require__(3862);
// EXTERNAL MODULE: ./src/api/call-policy.ts
var call_policy = __webpack_require__(9349);
;// CONCATENATED MODULE: ./src/start/budget/meter.ts
// `max-credits` during the run: LlamaCloud bills a job when it ends, so the estimate checked before the start can
// be passed while later documents are still being created (a document converted to more pages than counted).
// Before each new job the credits billed by the jobs this step created so far are read afresh; once they reach
// the budget, no new job is created.




class CreditMeter {
    client;
    maxCredits;
    call;
    billed = 0;
    /** Jobs created by this step whose credits are not known yet, with the file each was made for. */
    unbilled = new Map();
    reading;
    /** The reading after the one under way, shared by every document that asks before it begins. */
    next;
    constructor(client, maxCredits, call) {
        this.client = client;
        this.maxCredits = maxCredits;
        this.call = call;
    }
    /** Why no new job may be created (the credits billed have reached the budget), or undefined. */
    get reached() {
        if (this.billed < this.maxCredits)
            return undefined;
        return `the credits billed by this step's jobs (${(0,markdown/* grouped */.zD)(this.billed)}) reached ${constants/* Inputs */.G0.MaxCredits} ${(0,markdown/* grouped */.zD)(this.maxCredits)}`;
    }
    /**
     * Before a new job: the credits of every job created until now, read by a reading that begins after this call
     * (documents asking at once share it). A reading that fails throws: a step that cannot tell what it spent
     * creates nothing more.
     */
    async check() {
        if (this.reached === undefined && this.unbilled.size > 0)
            await this.fresh();
        return this.reached;
    }
    /** A job this step created: it bills when it ends. */
    add(jobId, fileId) {
        this.unbilled.set(jobId, fileId);
    }
    fresh() {
        if (!this.reading) {
            this.reading = this.read().finally(() => (this.reading = undefined));
            return this.reading;
        }
        // The reading under way began before the caller asked: a job may have ended since it listed them.
        this.next ??= this.reading
            .catch(() => undefined)
            .then(() => {
            this.next = undefined;
            return this.fresh();
        });
        return this.next;
    }
    /** One listing of the unbilled jobs' statuses, and a read of each that ended (only a read of the job carries its credits). */
    async read() {
        const ids = [...this.unbilled.keys()];
        const statuses = await this.client.listStatuses(ids, this.call);
        const ended = ids.filter((id) => constants/* TERMINAL_STATUSES */.CM.includes(statuses.get(id) ?? ''));
        await (0,concurrency/* mapLimit */.s)(ended, call_policy/* MAX_IN_FLIGHT */.uK, async (id) => {
            const job = await this.client.getJob(id, this.call, this.unbilled.get(id));
            // Read for its credits only: the wait reads the job again for its result.
            job.result?.discard();
            // Credits stay null a moment after the end, until billing has recorded them: read again next time.
            if (job.usage.credits === undefined)
                return;
            this.billed += job.usage.credits;
            this.unbilled.delete(id);
        });
    }
}

;// CONCATENATED MODULE: ./src/start/budget/estimate.ts
// `max-credits`: what the jobs this step would create can cost, estimated before any upload or create, and a
// step over the budget stopped before it spends anything. Loaded only when the input is set.












/** Credits per page by tier, as LlamaCloud publishes them. */
const PRICE_PER_PAGE = { cost_effective: 5, agentic: 15, turbo: 35, agentic_plus: 50 };
const HIGHEST_PRICE = Math.max(...Object.values(PRICE_PER_PAGE));
/** The API's default tier. */
const DEFAULT_TIER = 'cost_effective';
/** One page each: the formats LlamaCloud reads as a single image. */
const IMAGES = new Set(['.png', '.jpg', '.jpeg', '.gif', '.bmp', '.webp']);
const MIB = 1024 * 1024;
/** A PDF larger than this is not parsed: its page count is unknown. */
const MAX_COUNTED_BYTES = 64 * MIB;
/**
 * A PDF whose count takes longer (a hostile one can try) is given up: its page count is unknown. No count
 * outlives the step's timeout either.
 */
const COUNT_TIME_MS = 15_000;
/** The page worker's heap: a decompression bomb ends the worker, never the step. */
const WORKER_HEAP_MB = 256;
/** PDFs counted at once: the runner has two cores. */
const COUNTING_AT_ONCE = 2;
/** Documents named in the over-budget message. */
const LARGEST_SHOWN = 5;
/**
 * The estimate for the documents that would get a new job; `countPdf` counts one PDF's pages within `limitMs`.
 * `startedAt`: the step's start, which progress lines count from; `deadline` (epoch ms): the step's timeout.
 */
async function estimate(documents, configuration, { startedAt, deadline }, countPdf = countInWorker) {
    const inline = 'inline' in configuration ? configuration.inline : undefined;
    const tier = inline === undefined ? undefined : typeof inline.tier === 'string' ? inline.tier : inline.tier == null ? DEFAULT_TIER : '?';
    // A saved configuration's tier cannot be read through the published API, nor an unknown tier's price: the highest applies.
    const pricePerPage = (tier && PRICE_PER_PAGE[tier]) || HIGHEST_PRICE;
    const tierShown = tier && PRICE_PER_PAGE[tier]
        ? `tier ${tier}`
        : inline
            ? `tier '${(0,bound/* bound */.$s)(String(tier), 64)}' of no published price: the highest`
            : 'a saved configuration: the highest tier';
    const cap = pageCap(inline);
    const progress = new runner_progress/* Progress */.ke(documents.length, startedAt);
    let done = 0;
    const estimates = await (0,concurrency/* mapLimit */.s)(documents, COUNTING_AT_ONCE, async (document) => {
        const counted = await pagesOf(document, cap, deadline, countPdf);
        progress.report(++done, () => `Counting pages for max-credits: ${done} of ${(0,markdown/* plural */.LS)(documents.length, 'document')}`);
        return { document, ...counted };
    });
    const known = estimates.filter((entry) => entry.pages !== undefined);
    const pages = known.reduce((sum, entry) => sum + (entry.pages ?? 0), 0);
    return {
        credits: pages * pricePerPage,
        pages,
        pricePerPage,
        tier: tierShown,
        documents: estimates,
        unknown: estimates.filter((entry) => entry.pages === undefined)
    };
}
/** A document's pages: counted, one for an image, else the configuration's cap (undefined: unknown, and why). */
async function pagesOf(document, cap, deadline, countPdf) {
    const counted = (await isPdf(document)) ? await pdfPages(document, deadline, countPdf) : isImage(document) ? 1 : undefined;
    if (typeof counted === 'number')
        return { pages: cap === undefined ? counted : Math.min(counted, cap) };
    return cap === undefined ? { why: counted } : { pages: cap };
}
/** A PDF's pages, or what stopped its count when a bound did (undefined: it could not be read). */
async function pdfPages(document, deadline, countPdf) {
    if (document.size > MAX_COUNTED_BYTES)
        return `over ${MAX_COUNTED_BYTES / MIB} MiB, not counted`;
    const left = deadline - Date.now();
    if (left <= 0)
        return 'the timeout was reached before its pages were counted';
    const counted = await countPdf(document.path, Math.min(COUNT_TIME_MS, left));
    switch (counted) {
        case 'unreadable':
            return undefined;
        case 'time':
            return left < COUNT_TIME_MS
                ? 'the timeout was reached while its pages were counted'
                : `counting took longer than ${COUNT_TIME_MS / 1000} s`;
        case 'memory':
            return `counting needed more than ${WORKER_HEAP_MB} MiB of memory`;
        case 'stream':
            return `a stream in it decodes to more than ${constants/* PDF_STREAM_BOUND_BYTES */.fT / MIB} MiB`;
        default:
            return counted;
    }
}
/** Fails the step, before anything is spent, when the estimate is over `maxCredits` or unknown; else logs it. */
function checkBudget(found, maxCredits) {
    const jobs = found.documents.length;
    const cost = `${(0,markdown/* grouped */.zD)(found.credits)} credits (${(0,markdown/* grouped */.zD)(found.pages)} pages at ${found.pricePerPage} credits per page, ${found.tier})`;
    if (found.credits <= maxCredits && found.unknown.length === 0) {
        log/* info */.pq(`Estimated cost of ${(0,markdown/* plural */.LS)(jobs, 'new job')}: at most ${cost}, within ${constants/* Inputs */.G0.MaxCredits} ${(0,markdown/* grouped */.zD)(maxCredits)}.`);
        return;
    }
    const largest = [...found.documents]
        .filter((entry) => entry.pages !== undefined)
        .sort((a, b) => (b.pages ?? 0) - (a.pages ?? 0))
        .slice(0, LARGEST_SHOWN)
        .map((entry) => `${(0,start_jobs/* shown */.S)(entry.document)} (${(0,markdown/* plural */.LS)(entry.pages ?? 0, 'page')})`);
    const unknown = found.unknown.slice(0, LARGEST_SHOWN).map((entry) => `${(0,start_jobs/* shown */.S)(entry.document)}${entry.why ? ` (${entry.why})` : ''}`);
    const parts = [
        `The jobs this step would create are estimated at ${cost}${found.unknown.length ? ` plus ${(0,markdown/* plural */.LS)(found.unknown.length, 'document')} of unknown page count` : ''}, over ${constants/* Inputs */.G0.MaxCredits} ${(0,markdown/* grouped */.zD)(maxCredits)}: nothing was uploaded and no job created.`,
        largest.length ? `Largest: ${largest.join(', ')}${found.documents.length - found.unknown.length > largest.length ? ', …' : ''}.` : '',
        unknown.length
            ? `Unknown page count (not a PDF or an image, or a PDF that could not be counted): ${unknown.join(', ')}${found.unknown.length > unknown.length ? ', …' : ''}; max_pages or target_pages in the configuration bounds them.`
            : '',
        `Raise ${constants/* Inputs */.G0.MaxCredits}, or extract fewer documents or pages.`
    ];
    throw new errors/* ActionError */.lZ(parts.filter(Boolean).join(' '));
}
/** At most this many pages are extracted of any document: `max_pages`, and the pages `target_pages` lists. */
function pageCap(inline) {
    if (!inline)
        return undefined;
    const caps = [
        typeof inline.max_pages === 'number' && inline.max_pages >= 1 ? Math.floor(inline.max_pages) : undefined,
        typeof inline.target_pages === 'string' ? listedPages(inline.target_pages) : undefined
    ].filter((cap) => cap !== undefined);
    return caps.length ? Math.min(...caps) : undefined;
}
/** How many pages `1,3,5-7` lists (5); undefined for text that is not such a list. */
function listedPages(text) {
    const pages = new Set();
    for (const part of text.split(',')) {
        const range = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(part);
        if (!range)
            return undefined;
        const first = Number(range[1]);
        const last = range[2] === undefined ? first : Number(range[2]);
        if (first < 1 || last < first || last - first > 100_000)
            return undefined;
        for (let page = first; page <= last; page++)
            pages.add(page);
    }
    return pages.size;
}
/** `%PDF-` within the first KiB, as readers accept it, or a .pdf name. */
async function isPdf(document) {
    if (external_node_path_.extname(document.path).toLowerCase() === '.pdf')
        return true;
    const handle = await (0,promises_.open)(document.path, 'r');
    try {
        const { buffer, bytesRead } = await handle.read(Buffer.alloc(1024), 0, 1024, 0);
        return buffer.subarray(0, bytesRead).includes('%PDF-');
    }
    finally {
        await handle.close();
    }
}
function isImage(document) {
    return IMAGES.has(external_node_path_.extname(document.path).toLowerCase());
}
/** One PDF counted by the action's own entry file in a worker thread, bounded in time (`limitMs`) and memory. */
function countInWorker(file, limitMs) {
    return new Promise((resolve) => {
        const worker = new external_node_worker_threads_.Worker(process.argv[1] ?? '', {
            argv: [constants/* PAGE_WORKER_FLAG */.S],
            workerData: { file },
            resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
            stdout: true,
            stderr: true
        });
        const done = (counted) => {
            clearTimeout(timer);
            void worker.terminate();
            resolve(counted);
        };
        const timer = setTimeout(() => done('time'), limitMs);
        worker.once('message', (pages) => done(typeof pages === 'number' && Number.isSafeInteger(pages) && pages >= 1 ? pages : pages === 'stream' ? 'stream' : 'unreadable'));
        worker.once('error', (error) => done(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'unreadable'));
        worker.once('exit', () => done('unreadable'));
    });
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