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
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
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
// EXTERNAL MODULE: ./src/start/start-jobs.ts + 1 modules
var start_jobs = __webpack_require__(4455);
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
/** The page counter's heap: a PDF that fills it ends the counter's process, never the step. */
const WORKER_HEAP_MB = 256;
/** PDFs counted at once: the runner has two cores. */
const COUNTING_AT_ONCE = 2;
/** Documents named in the over-budget message. */
const LARGEST_SHOWN = 5;
/**
 * The estimate for the documents that would get a new job; `countPdf` counts one PDF's pages within `limitMs`.
 * `startedAt`: the step's start, which progress lines count from; `deadline` (epoch ms): the step's timeout.
 */
async function estimate(documents, configuration, { startedAt, deadline }, countPdf = countInProcess) {
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
    // Over only for documents of unknown page count: no budget bounds them, so a higher one would not help.
    const over = found.credits > maxCredits;
    const budget = `${constants/* Inputs */.G0.MaxCredits} ${(0,markdown/* grouped */.zD)(maxCredits)}`;
    const parts = [
        `The jobs this step would create are estimated at ${cost}${found.unknown.length ? ` plus ${(0,markdown/* plural */.LS)(found.unknown.length, 'document')} of unknown page count` : ''}, ${over ? `over ${budget}` : `which ${budget} cannot bound`}: nothing was uploaded and no job created.`,
        largest.length ? `Largest: ${largest.join(', ')}${found.documents.length - found.unknown.length > largest.length ? ', …' : ''}.` : '',
        unknown.length
            ? `Unknown page count (not a PDF or an image, or a PDF that could not be counted): ${unknown.join(', ')}${found.unknown.length > unknown.length ? ', …' : ''}; max_pages or target_pages in the configuration bounds them.`
            : '',
        over
            ? `Raise ${constants/* Inputs */.G0.MaxCredits}, or extract fewer documents or pages.`
            : `Raising ${constants/* Inputs */.G0.MaxCredits} does not help: bound their pages in the configuration, or leave them out of '${constants/* Inputs */.G0.File}'.`
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
/**
 * One PDF counted by the action's own entry file in a child process, bounded in time (`limitMs`) and heap.
 * A process, not a worker thread: on Node 24 a worker over its heap limit aborts the whole step.
 */
function countInProcess(file, limitMs) {
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.fork)(process.argv[1] ?? '', [constants/* PAGE_WORKER_FLAG */.S, file], {
            execArgv: [`--max-old-space-size=${WORKER_HEAP_MB}`],
            // It parses a file a pull request controls: none of the step's environment (the key among its inputs,
            // NODE_OPTIONS) reaches it. Windows' Node needs SystemRoot to start.
            env: process.env.SystemRoot === undefined ? {} : { SystemRoot: process.env.SystemRoot },
            // Nothing it prints reaches the log; its last words say whether its heap ran out.
            stdio: ['ignore', 'ignore', 'pipe', 'ipc']
        });
        let said = '';
        child.stderr?.on('data', (chunk) => (said = (said + chunk.toString('latin1')).slice(-4096)));
        const done = (counted) => {
            clearTimeout(timer);
            child.kill('SIGKILL');
            resolve(counted);
        };
        const timer = setTimeout(() => done('time'), limitMs);
        child.once('message', (pages) => done(typeof pages === 'number' && Number.isSafeInteger(pages) && pages >= 1 ? pages : pages === 'stream' ? 'stream' : 'unreadable'));
        child.once('error', () => done('unreadable'));
        // stderr is read to its end before 'close': an exit without a count says why, if it was the heap.
        child.once('close', () => done(/heap out of memory|Reached heap limit/.test(said) ? 'memory' : 'unreadable'));
    });
}


/***/ })

};
;