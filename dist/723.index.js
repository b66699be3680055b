"use strict";
exports.id = 723;
exports.ids = [723];
exports.modules = {

/***/ 7723:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  postComment: () => (/* binding */ postComment)
});

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/lib/bound.ts
var bound = __webpack_require__(4323);
// EXTERNAL MODULE: ./src/lib/constants.ts
var constants = __webpack_require__(8386);
// EXTERNAL MODULE: ./src/runner/log.ts
var log = __webpack_require__(7708);
// EXTERNAL MODULE: ./src/lib/json-walk.ts
var json_walk = __webpack_require__(8175);
// EXTERNAL MODULE: ./src/runner/event.ts
var runner_event = __webpack_require__(3034);
;// CONCATENATED MODULE: ./src/review/target.ts
// Which pull request a run belongs to, from the runner's event: the event's own pull request, or for a push
// the open pull request of the pushed branch (looked up by the caller). Pure: reads the environment only.


const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];
/** The repository and the event's pull request or push; undefined when the runner does not say which repository. */
function commentTarget(env = process.env) {
    const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo || rest.length > 0)
        return undefined;
    const event = env.GITHUB_EVENT_NAME ?? '';
    const target = { owner, repo, event };
    const payload = (0,runner_event/* readEvent */.j)(env.GITHUB_EVENT_PATH);
    if (PULL_REQUEST_EVENTS.includes(event)) {
        const pull = (0,json_walk/* isObject */.Gv)(payload) && (0,json_walk/* isObject */.Gv)(payload.pull_request) ? payload.pull_request : undefined;
        const number = pull?.number ?? ((0,json_walk/* isObject */.Gv)(payload) ? payload.number : undefined);
        if (typeof number === 'number' && Number.isSafeInteger(number) && number > 0)
            target.pullRequest = number;
    }
    else if (event === 'push') {
        const sha = (0,json_walk/* isObject */.Gv)(payload) && typeof payload.after === 'string' ? payload.after : env.GITHUB_SHA;
        const ref = (0,json_walk/* isObject */.Gv)(payload) && typeof payload.ref === 'string' ? payload.ref : env.GITHUB_REF;
        if (sha && ref?.startsWith('refs/heads/'))
            target.push = { sha, branch: ref.slice('refs/heads/'.length) };
    }
    return target;
}
/** The run's page, where its job summary is: `GITHUB_SERVER_URL/owner/repo/actions/runs/ID`. */
function runUrl(env = process.env) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: run, GITHUB_RUN_ATTEMPT: attempt } = env;
    if (!server || !repository || !run || !/^\d+$/.test(run))
        return undefined;
    const tail = attempt && /^\d+$/.test(attempt) && attempt !== '1' ? `/attempts/${attempt}` : '';
    return `${server.replace(/\/+$/, '')}/${repository}/actions/runs/${run}${tail}`;
}

// EXTERNAL MODULE: ./src/compare/describe.ts
var describe = __webpack_require__(2026);
// EXTERNAL MODULE: ./src/review/baseline-summary.ts
var baseline_summary = __webpack_require__(9992);
// EXTERNAL MODULE: ./src/report/run-report.ts
var run_report = __webpack_require__(7330);
// EXTERNAL MODULE: ./src/lib/markdown.ts
var markdown = __webpack_require__(3862);
;// CONCATENATED MODULE: ./src/review/render.ts
// The pull-request comment: the verdict and the totals, then the change against the baseline (regressions
// first), then per document a folded section, failing documents first. Whatever the run's size it stays under
// GitHub's 65,536-character limit, cutting the detail with a link to the job summary. Untrusted text goes
// through the summary's escaping.





/** GitHub refuses a comment body longer than this many characters. */
const COMMENT_LIMIT = 65_536;
/** Room under the limit for the cut note, counted in UTF-16 units (never fewer than GitHub's characters). */
const BUDGET = COMMENT_LIMIT - 1_536;
/** The change against the baseline takes at most this share, so documents always get room. */
const BASELINE_SHARE = 0.4;
/** The most the comment shows of each piece (rows, problems, characters); the job summary has the rest. */
const SHOWN = { mismatchRows: 10, problems: 5, nameChars: 120, textChars: 300, valueChars: 60 };
/** The hidden first line by which a later run finds this comment again. */
function marker(key) {
    return `<!-- llamacloud-extract-action comment-key=${key} -->`;
}
function renderComment(judgements, diff, context) {
    const documents = judgements.map((judgement) => ({ judgement, verdict: (0,run_report/* verdictOf */.Vj)(judgement) }));
    const head = `${marker(context.key)}\n${headline(context.run)}`;
    let left = BUDGET - head.length;
    const where = context.runUrl ? `the [job summary](${context.runUrl})` : 'the job summary';
    const baseline = diff
        ? (0,baseline_summary/* renderBaseline */.q)(diff, Math.floor(Math.min(left, BUDGET * BASELINE_SHARE)), (n) => `> ✂️ ${(0,markdown/* plural */.LS)(n, 'more document')} changed: ${where} has every one.\n\n`)
        : '';
    // The baseline section was rendered within its share of bytes, which is never fewer than its characters.
    left -= baseline.length;
    const order = [...documents.filter((d) => d.verdict === 'fail'), ...documents.filter((d) => d.verdict !== 'fail')];
    const blocks = (0,bound/* leadingWithin */.S5)(order, ({ judgement, verdict }) => documentBlock(judgement, verdict), left, (block) => block.length);
    const rest = order.length - blocks.length;
    const note = rest > 0 ? `> ✂️ ${(0,markdown/* plural */.LS)(rest, 'document')} not shown, to stay under GitHub's comment limit: ${where} has every one.\n` : '';
    const title = blocks.length > 0 ? '### Documents\n\n' : '';
    return `${head}${baseline}${title}${blocks.join('')}${note}`;
}
function headline({ verdict, totals, problems }) {
    const icon = { pass: '✅', fail: '❌', pending: '⏳' }[verdict];
    const said = { pass: 'passed', fail: 'failed', pending: 'pending' }[verdict];
    const what = totals.failed > 0 ? `${totals.failed} of ${(0,markdown/* plural */.LS)(totals.documents, 'document')} failed` : (0,markdown/* plural */.LS)(totals.documents, 'document');
    const parts = [`${totals.passed} passed`];
    if (totals.failed)
        parts.push(`${totals.failed} failed`);
    // Pending: a job still running (wait: false), or a document awaiting its extraction (a fork's run, without a key).
    if (totals.pending)
        parts.push(`${totals.pending} pending`);
    if (totals.accuracy !== null)
        parts.push(`mean accuracy ${(0,describe/* formatAccuracy */.BJ)(totals.accuracy)} over ${(0,markdown/* plural */.LS)(totals.compared, 'document')}`);
    parts.push(totals.credits === null ? 'no credits reported' : `${(0,markdown/* tidy */.DZ)(totals.credits)} credits used`);
    if (totals.reused)
        parts.push(`${(0,markdown/* plural */.LS)(totals.reused, 'document')} reused (no new credits)`);
    const step = problems.map((message) => `⛔ ${(0,markdown/* esc */.UQ)((0,bound/* cut */.Jj)(message, SHOWN.textChars))}\n\n`).join('');
    return `## ${icon} LlamaCloud Extract ${said}: ${what}\n\n${parts.join(' · ')}\n\n${step}`;
}
const ICONS = { pass: '✅', fail: '❌', pending: '⏳' };
function documentBlock(judgement, verdict) {
    const name = judgement.source?.file ?? judgement.id;
    const comparison = judgement.comparison?.comparison;
    const facts = [
        judgement.deferred ? 'needs extraction' : judgement.status || 'not read',
        comparison ? `accuracy ${(0,describe/* formatAccuracy */.BJ)(comparison.accuracy)}` : '',
        judgement.source?.reused ? 'reused' : '',
        judgement.source?.replayedFrom ? 'replayed' : ''
    ].filter(Boolean);
    const summary = `${ICONS[verdict]} <code>${(0,markdown/* esc */.UQ)((0,bound/* cut */.Jj)(name, SHOWN.nameChars))}</code> · ${(0,markdown/* esc */.UQ)(facts.join(' · '))}`;
    const problems = judgement.problems
        .slice(0, SHOWN.problems)
        .map((problem) => `- ${(0,markdown/* esc */.UQ)((0,bound/* cut */.Jj)(problem.message, SHOWN.textChars))}\n`)
        .join('');
    const moreProblems = judgement.problems.length > SHOWN.problems ? `- …and ${judgement.problems.length - SHOWN.problems} more\n` : '';
    const rows = (comparison?.mismatches ?? [])
        .slice(0, SHOWN.mismatchRows)
        .map((mismatch) => `${(0,describe/* fieldRow */.h0)(mismatch.path, mismatch.expected, mismatch.got, mismatch.kind, SHOWN.valueChars)}\n`);
    const table = rows.length
        ? `\n| Field | Expected | Got | Kind |\n| --- | --- | --- | --- |\n${rows.join('')}${comparison && comparison.mismatches.length > SHOWN.mismatchRows ? `\n…and ${comparison.mismatches.length - SHOWN.mismatchRows} more of ${(0,describe/* fieldCount */.W3)(comparison)} fields\n` : ''}`
        : '';
    const body = problems + moreProblems + table;
    if (body === '')
        return `${summary}\n\n`;
    return `<details><summary>${summary}</summary>\n\n${body}\n</details>\n\n`;
}

;// CONCATENATED MODULE: ./src/review/comment.ts
// The one pull-request comment of a step (`comment`, `comment-key`, `github-token`): found by its hidden marker
// and updated in place, or created. Loaded only by a run that may comment, and @actions/github (octokit) only
// once there is a pull request to comment on. A comment that cannot be posted never fails the step: a warning
// says why, and the job summary carries the report.






/** GitHub's page size limit: fewer pages to walk on a busy pull request. */
const PER_PAGE = 100;
/** A secondary rate limit asking for a wait up to this long is waited out once; a longer one gives up. */
const MAX_RETRY_AFTER_S = 10;
async function postComment(judgements, diff, run, review) {
    const always = review.comment === 'always';
    // Said as a warning when the workflow asked for a comment, as a plain line when it only might have one.
    const skip = (why) => (always ? log/* warning */.$e : log/* info */.pq)(`No pull-request comment: ${why}.`);
    const target = commentTarget();
    if (!target)
        return skip('GITHUB_REPOSITORY does not name a repository');
    if (!target.pullRequest && !target.push)
        return skip(`the ${target.event || 'unknown'} event has no pull request`);
    if (!review.githubToken)
        return skip(`'${constants/* Inputs */.G0.GithubToken}' is empty`);
    try {
        const { getOctokit } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(753)]).then(__webpack_require__.bind(__webpack_require__, 2413));
        const octokit = getOctokit(review.githubToken);
        let number = target.pullRequest;
        if (number === undefined) {
            // Every push asks under `auto`: a token that may not list pull requests is no reason for a warning then.
            try {
                number = await openPullRequest(octokit, target);
            }
            catch (error) {
                return skip(`the pull requests of the pushed commit could not be listed (${error.status ?? reason(error)})`);
            }
        }
        if (number === undefined)
            return skip(`no open pull request has the pushed branch ${target.push?.branch ?? ''}`);
        const body = renderComment(judgements, diff, { key: review.commentKey, run, runUrl: runUrl() });
        const { created, url } = await upsert(octokit, target, number, review.commentKey, body);
        log/* info */.pq(`${created ? 'Posted' : 'Updated'} the comment on pull request #${number}: ${url}`);
    }
    catch (error) {
        log/* warning */.$e(`The pull-request comment could not be posted: ${reason(error)} The job summary has the whole report.`);
    }
}
/** The open pull request whose head is the pushed branch, if any. */
async function openPullRequest(octokit, { owner, repo, push }) {
    if (!push)
        return undefined;
    const { data } = await call(() => octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: push.sha }));
    return data.find((pull) => pull.state === 'open' && pull.head.ref === push.branch)?.number;
}
/** Updates the comment that carries this key's marker, or creates it. */
async function upsert(octokit, { owner, repo }, issue_number, key, body) {
    const mark = marker(key);
    for (let page = 1;; page++) {
        const { data } = await call(() => octokit.rest.issues.listComments({ owner, repo, issue_number, per_page: PER_PAGE, page }));
        const mine = data.find((comment) => comment.body?.startsWith(mark));
        if (mine) {
            const { data: updated } = await call(() => octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body }));
            return { created: false, url: updated.html_url };
        }
        if (data.length < PER_PAGE)
            break;
    }
    const { data: created } = await call(() => octokit.rest.issues.createComment({ owner, repo, issue_number, body }));
    return { created: true, url: created.html_url };
}
/** One request; a secondary rate limit with a short `retry-after` is waited out once. */
async function call(request) {
    try {
        return await request();
    }
    catch (error) {
        const wait = retryAfter(error);
        if (wait === undefined || wait > MAX_RETRY_AFTER_S)
            throw error;
        await (0,promises_.setTimeout)(wait * 1000);
        return request();
    }
}
function retryAfter(error) {
    if (error.status !== 403 && error.status !== 429)
        return undefined;
    const header = error.response?.headers?.['retry-after'];
    const seconds = Number(header);
    return header === undefined || !Number.isFinite(seconds) || seconds < 0 ? undefined : seconds;
}
function reason(error) {
    const http = error;
    const said = (0,bound/* bound */.$s)(String(isRecord(http.response?.data) ? (http.response.data.message ?? '') : (http.message ?? error)), 300);
    const wait = retryAfter(http);
    if (wait !== undefined)
        return `GitHub's rate limit (${http.status}, retry after ${wait}s: ${said}).`;
    switch (http.status) {
        case 401:
            return `the token was refused (401: ${said}).`;
        case 403:
        case 404:
            return `the token may not write to this pull request (${http.status}: ${said}). A pull request from a fork gets a read-only token; otherwise give the job 'permissions: pull-requests: write'.`;
        case 422:
            return `GitHub refused the comment (422: ${said}).`;
        case undefined:
            return `${said}.`;
        default:
            return `GitHub answered ${http.status} (${said}).`;
    }
}
function isRecord(value) {
    return typeof value === 'object' && value !== null;
}


/***/ })

};
;