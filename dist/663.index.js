"use strict";
exports.id = 663;
exports.ids = [663,737];
exports.modules = {

/***/ 7330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aj: () => (/* binding */ REPORT_VERSION),
/* harmony export */   FK: () => (/* binding */ buildReport),
/* harmony export */   Vj: () => (/* binding */ verdictOf),
/* harmony export */   u5: () => (/* binding */ writeReport),
/* harmony export */   vA: () => (/* binding */ totalsOf)
/* harmony export */ });
/* harmony import */ var _lib_bound_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4323);
/* harmony import */ var _compare_values_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7801);
/* harmony import */ var _judge_judgement_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9848);
/* harmony import */ var _lib_atomic_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2949);
/* harmony import */ var _start_job_match_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3523);
/* harmony import */ var _check_confidence_tree_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5599);
/* harmony import */ var _start_digest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7270);
/* harmony import */ var _compare_describe_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2026);
// The run report (`report-file`): the whole run as one JSON document, the schema of which is
// docs/report.schema.json. It renders the judgements and decides nothing; it also holds each result, so a
// later run can take it as its baseline (baseline-diff.ts).








const REPORT_VERSION = 1;
/** Field outcomes listed per document: enough for any real extraction, bounded for a pathological one. */
const FIELD_LIMIT = 20_000;
/** Gate violations listed per document, as many as the summary shows. */
const VIOLATION_LIMIT = 50;
/** A string value in a field outcome is cut to this many bytes. */
const VALUE_BOUND_BYTES = 1024;
/**
 * Results a report holds in all (each up to 8 MiB: a larger one is spooled, not kept in memory), so that it
 * stays readable as a later run's baseline (read up to 256 MiB): the results past it are left to their files.
 */
const RESULTS_BOUND_BYTES = 128 * 1024 * 1024;
/** A merge of shards' reports has their configuration as they recorded it. */
function configurationReport(configuration) {
    if (!configuration)
        return null;
    return 'digest' in configuration ? configuration : (0,_start_job_match_js__WEBPACK_IMPORTED_MODULE_3__/* .configurationRef */ .w2)(configuration);
}
/** Passed every check; pending while a job still runs (wait: false) or a document awaits its extraction, without a problem yet. */
function verdictOf(judgement) {
    if ((0,_judge_judgement_js__WEBPACK_IMPORTED_MODULE_1__/* .passed */ .bF)(judgement))
        return 'pass';
    return judgement.problems.length === 0 && (judgement.state === 'in-progress' || judgement.deferred) ? 'pending' : 'fail';
}
/** The report, each result left out: `resultParts` gives the bytes to write in their place. */
function buildReport(judgements, context) {
    const configuration = configurationReport(context.configuration);
    let room = RESULTS_BOUND_BYTES;
    const documents = judgements.map((judgement) => {
        const document = documentReport(judgement, configuration);
        room = keepResult(document, judgement, room);
        return document;
    });
    const problems = [...judgements.flatMap((judgement) => judgement.problems), ...context.stepProblems];
    const stepFails = (0,_judge_judgement_js__WEBPACK_IMPORTED_MODULE_1__/* .failing */ .Jr)(problems, context.failOnError).length > 0;
    const count = (verdict) => documents.filter((document) => document.verdict === verdict).length;
    return {
        version: REPORT_VERSION,
        createdAt: context.now.toISOString(),
        run: {
            repository: process.env.GITHUB_REPOSITORY || null,
            id: process.env.GITHUB_RUN_ID || null,
            attempt: Number(process.env.GITHUB_RUN_ATTEMPT) || null
        },
        commit: process.env.GITHUB_SHA || null,
        ref: process.env.GITHUB_REF || null,
        mode: context.fileMode ? 'file' : 'job-id',
        configuration,
        verdict: stepFails ? 'fail' : count('pending') > 0 ? 'pending' : 'pass',
        problems: context.stepProblems.map((problem) => problem.message),
        totals: totalsOf(documents),
        budget: context.budget ?? null,
        shard: context.shard
            ? {
                ...context.shard,
                failOnError: context.failOnError,
                minConfidence: context.minConfidence ?? null,
                minAccuracy: context.comparison?.minAccuracy ?? null,
                metric: context.comparison ? (context.comparison.metric ?? 'accuracy') : null
            }
            : null,
        documents
    };
}
function totalsOf(documents) {
    const compared = documents.flatMap((document) => (document.expected?.compared ? [document.expected] : []));
    const billed = documents.filter((document) => !document.reused && document.credits !== null);
    return {
        documents: documents.length,
        passed: documents.filter((document) => document.verdict === 'pass').length,
        failed: documents.filter((document) => document.verdict === 'fail').length,
        pending: documents.filter((document) => document.verdict === 'pending').length,
        reused: documents.filter((document) => document.reused).length,
        credits: billed.length > 0 ? billed.reduce((sum, document) => sum + (document.credits ?? 0), 0) : null,
        compared: compared.length,
        accuracy: compared.length > 0 ? compared.reduce((sum, expected) => sum + (expected.accuracy ?? 0), 0) / compared.length : null,
        matched: compared.reduce((sum, expected) => sum + (expected.matched ?? 0), 0),
        fields: compared.reduce((sum, expected) => sum + (0,_compare_describe_js__WEBPACK_IMPORTED_MODULE_5__/* .fieldCount */ .W3)(expected), 0)
    };
}
function documentReport(judgement, configuration) {
    const { source, job } = judgement;
    const usage = job?.usage ?? {};
    const document = {
        key: source?.file ?? judgement.id,
        path: source?.file ?? null,
        digest: source?.digest || null,
        configuration: source ? configuration : null,
        jobId: judgement.id,
        reused: source?.reused ?? false,
        status: judgement.status,
        state: (0,_judge_judgement_js__WEBPACK_IMPORTED_MODULE_1__/* .shownState */ .B5)(judgement),
        verdict: verdictOf(judgement),
        problems: judgement.problems.map((problem) => problem.message),
        warnings: judgement.warnings.map((warning) => (0,_lib_bound_js__WEBPACK_IMPORTED_MODULE_0__/* .bound */ .$s)(warning, _lib_bound_js__WEBPACK_IMPORTED_MODULE_0__/* .MESSAGE_BOUND_BYTES */ .vY)),
        usage,
        credits: usage.credits ?? null,
        resultDigest: null,
        confidences: null,
        result: null
    };
    if (judgement.comparison)
        document.expected = expectedReport(judgement.comparison);
    document.judgement = judgementRecord(judgement);
    if (source?.replayedFrom)
        document.replayedFrom = source.replayedFrom;
    return document;
}
function judgementRecord(judgement) {
    const { job, violations } = judgement;
    const record = {
        fileId: judgement.source?.fileId || null,
        error: judgement.error ?? null,
        errorMessage: judgement.errorMessage ?? null,
        timedOut: judgement.timedOut,
        cancelRequested: judgement.cancelRequested,
        deferred: judgement.deferred ?? false,
        hasConfidence: judgement.hasConfidence ?? null,
        resultFile: judgement.resultFile ?? null,
        writeError: judgement.writeError ?? null,
        createdAt: job?.createdAt ?? null,
        updatedAt: job?.updatedAt ?? null,
        violations: violations.slice(0, VIOLATION_LIMIT).map((violation) => ({
            ...violation,
            path: (0,_lib_bound_js__WEBPACK_IMPORTED_MODULE_0__/* .bound */ .$s)(violation.path, _lib_bound_js__WEBPACK_IMPORTED_MODULE_0__/* .PATH_BOUND_BYTES */ .Lr),
            message: (0,_lib_bound_js__WEBPACK_IMPORTED_MODULE_0__/* .bound */ .$s)(violation.message, _lib_bound_js__WEBPACK_IMPORTED_MODULE_0__/* .MESSAGE_BOUND_BYTES */ .vY)
        })),
        alwaysFailing: judgement.problems.flatMap((problem, i) => (problem.always ? [i] : []))
    };
    if (violations.length > VIOLATION_LIMIT)
        record.violationsOmitted = violations.length - VIOLATION_LIMIT;
    return record;
}
/** What the report keeps to check each result, by job: computed once however often the report is built. */
const kept = new WeakMap();
/** The result as served (spliced in by reportParts), its confidences and their digest, while the room lasts; the room left. */
function keepResult(document, judgement, room) {
    const { job } = judgement;
    if (judgement.state !== 'completed' || !job)
        return room;
    const bytes = job.result?.bytes;
    if (!bytes) {
        if (job.result)
            document.resultOmitted = `${job.result.size} bytes, too large to keep in the report: the result file has it.`;
        return room;
    }
    let keep = kept.get(job);
    if (!keep) {
        const confidences = (0,_check_confidence_tree_js__WEBPACK_IMPORTED_MODULE_6__/* .confidenceTree */ .X)(job.fieldMetadata);
        keep = {
            digest: (0,_start_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .resultDigest */ .sl)(bytes, confidences),
            confidences,
            bytes: bytes.length + (confidences ? JSON.stringify(confidences).length : 0)
        };
        kept.set(job, keep);
    }
    if (keep.bytes > room) {
        document.resultOmitted = `the report holds at most ${RESULTS_BOUND_BYTES / 1024 / 1024} MiB of results, reached before this one: the result file has it.`;
        return room;
    }
    document.resultDigest = keep.digest;
    document.confidences = keep.confidences;
    return room - keep.bytes;
}
function expectedReport(finding) {
    const end = (0,_compare_describe_js__WEBPACK_IMPORTED_MODULE_5__/* .endOf */ .pJ)(finding);
    const report = { file: finding.expectedFile, compared: end.kind === 'compared' };
    if (end.kind === 'written')
        report.updated = true;
    if (end.kind !== 'compared')
        return report;
    const { comparison } = end;
    const fields = comparison.mismatches.map(({ path, kind, expected, got }) => {
        const field = { path, outcome: kind };
        if (expected !== undefined)
            field.expected = boundValue(expected);
        if (got !== undefined)
            field.got = boundValue(got);
        return field;
    });
    for (const path of comparison.matchedPaths)
        fields.push({ path, outcome: 'matched' });
    const { accuracy, matched, wrong, missing, extra, precision, recall, f1 } = comparison;
    Object.assign(report, { accuracy, matched, wrong, missing, extra, precision, recall, f1, fields: fields.slice(0, FIELD_LIMIT) });
    if (fields.length > FIELD_LIMIT)
        report.fieldsOmitted = fields.length - FIELD_LIMIT;
    return report;
}
function boundValue(value) {
    if (value instanceof _compare_values_js__WEBPACK_IMPORTED_MODULE_7__/* .OneOf */ .E8)
        return { '$one-of': value.values.map(boundValue) };
    // A number longer than a double holds: the nearest double (the result itself keeps every digit).
    if (value instanceof _compare_values_js__WEBPACK_IMPORTED_MODULE_7__/* .ExactNumber */ .fh)
        return Number(value.text);
    return typeof value === 'string' ? (0,_lib_bound_js__WEBPACK_IMPORTED_MODULE_0__/* .bound */ .$s)(value, VALUE_BOUND_BYTES) : value;
}
/**
 * The report as written: pretty JSON, each document's `result` spliced in as the exact bytes served (numbers
 * keep their precision, and a large result is not serialised again). Made as it is written, each result copied
 * from its file when written there: the whole report never sits in memory.
 */
function* reportParts(report, judgements) {
    const { documents, ...head } = report;
    const headText = JSON.stringify({ ...head, documents: [] }, null, 2);
    yield Buffer.from(`${headText.slice(0, headText.lastIndexOf('[]'))}[\n`);
    for (const [i, document] of documents.entries()) {
        const raw = document.resultDigest === null ? undefined : judgements[i]?.job?.result?.part;
        // `result` last, so the served bytes go in place of its `null` right before the closing brace.
        const { result, ...fields } = document;
        const text = JSON.stringify({ ...fields, result }, null, 2).replace(/^/gm, '    ');
        if (raw) {
            const at = text.lastIndexOf('null');
            yield Buffer.from(text.slice(0, at));
            yield raw;
            yield Buffer.from(text.slice(at + 'null'.length));
        }
        else {
            yield Buffer.from(text);
        }
        yield Buffer.from(i < documents.length - 1 ? ',\n' : '\n');
    }
    yield Buffer.from('  ]\n}\n');
}
/** Writes the report atomically; the reason it could not be written, or undefined. */
function writeReport(file, judgements, context) {
    const report = buildReport(judgements, context);
    try {
        (0,_lib_atomic_file_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomic */ .Z)(file, reportParts(report, judgements), 'the run report');
        return undefined;
    }
    catch (error) {
        return error.message;
    }
}


/***/ }),

/***/ 9992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ renderBaseline)
/* harmony export */ });
/* harmony import */ var _compare_describe_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2026);
/* harmony import */ var _lib_bound_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4323);
/* harmony import */ var _lib_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3862);
// The change against the baseline in Markdown, for the job summary and the pull-request comment: totals then
// and now, then per document (regressions first) a folded table of its fields. Untrusted text goes through the
// summary's escaping; the whole stays within the byte budget it is given, cutting documents with a note.



const VALUE_CHARS = 80;
const NAME_CHARS = 120;
const FIELD_ROWS = 30;
/** The section within `budget` bytes; `cutNote` says where the rest is when documents are left out. */
function renderBaseline(diff, budget, cutNote) {
    const { head, blocks } = baselineParts(diff);
    // Room is kept for the note that may follow.
    const kept = (0,_lib_bound_js__WEBPACK_IMPORTED_MODULE_1__/* .leadingWithin */ .S5)(blocks, (block) => block, budget - bytes(head) - 512);
    const rest = blocks.length - kept.length;
    return `${head}${kept.join('')}${rest > 0 ? cutNote(rest) : ''}`;
}
function baselineParts(diff) {
    const since = `${diff.commit ? `commit <code>${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .esc */ .UQ)((0,_lib_bound_js__WEBPACK_IMPORTED_MODULE_1__/* .cut */ .Jj)(diff.commit, 12))}</code>, ` : ''}${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .esc */ .UQ)((0,_lib_bound_js__WEBPACK_IMPORTED_MODULE_1__/* .cut */ .Jj)(diff.createdAt, 30))}`;
    if (diff.mode === 'drift') {
        const head = `### 🔀 What this change does to the extracted data\n\n` +
            `Each result against the baseline's result of the same document (${since}), field by field; no expected files are involved.\n\n` +
            `${changedLine(diff)}\n\n${totalsTable(diff, false)}`;
        return { head, blocks: diff.documents.map(driftBlock) };
    }
    const headline = diff.regressed > 0
        ? `🔻 **${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(diff.regressed, 'field')} regressed** (matched the expected value in the baseline, not now)`
        : '✅ No field regressed';
    const fixed = diff.fixed > 0 ? ` · 🟢 ${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(diff.fixed, 'field')} fixed` : '';
    const head = `### 📊 Against the baseline\n\nBaseline: ${since}.\n\n${headline}${fixed}\n\n${totalsTable(diff, true)}`;
    return { head, blocks: diff.documents.map(expectedBlock) };
}
function changedLine(diff) {
    const changedDocuments = diff.documents.filter((change) => change.changed.length > 0).length;
    const parts = [
        changedDocuments === 0
            ? 'No extracted value changed'
            : `${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(diff.changed, 'field')} changed in ${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(changedDocuments, 'document')}`
    ];
    if (diff.added)
        parts.push(`${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(diff.added, 'new document')}`);
    if (diff.gone)
        parts.push(`${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(diff.gone, 'document')} gone`);
    return parts.join(' · ');
}
function totalsTable(diff, expected) {
    const { then, now } = diff;
    const rows = [
        ['Documents', String(then.documents), String(now.documents), `${diff.added} new, ${diff.gone} gone`],
        ['Passed', String(then.passed), String(now.passed), signed(now.passed - then.passed, 0)]
    ];
    if (expected) {
        rows.push([
            'Mean accuracy',
            accuracy(then.accuracy),
            accuracy(now.accuracy),
            then.accuracy === null || now.accuracy === null ? '—' : signed(now.accuracy - then.accuracy, 4)
        ]);
        rows.push(['Fields regressed · fixed', '', `${diff.regressed} · ${diff.fixed}`, '']);
    }
    rows.push([
        'Credits',
        credits(then.credits),
        credits(now.credits),
        then.credits === null || now.credits === null ? '—' : signed(now.credits - then.credits, 3)
    ]);
    rows.push(['Documents reused (no new credits)', String(then.reused), String(now.reused), '']);
    return `| | Baseline | Now | Change |\n| --- | --- | --- | --- |\n${rows.map((row) => `| ${row.join(' | ')} |\n`).join('')}\n`;
}
function expectedBlock(change) {
    const name = `<code>${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .esc */ .UQ)((0,_lib_bound_js__WEBPACK_IMPORTED_MODULE_1__/* .cut */ .Jj)(change.key, NAME_CHARS))}</code>`;
    if (change.presence !== 'both') {
        const what = change.presence === 'new' ? `🆕 ${name}: new since the baseline` : `➖ ${name}: gone since the baseline`;
        return `${what}, accuracy ${accuracy(change.presence === 'new' ? change.accuracyNow : change.accuracyThen)}\n\n`;
    }
    const icon = change.regressed.length > 0 ? '🔻' : change.fixed.length > 0 ? '🟢' : '↔️';
    const counts = [
        change.regressed.length ? `${change.regressed.length} regressed` : '',
        change.fixed.length ? `${change.fixed.length} fixed` : ''
    ].filter(Boolean);
    const summary = `${icon} ${name}: accuracy ${accuracy(change.accuracyThen)} → ${accuracy(change.accuracyNow)}${counts.length ? ` (${counts.join(', ')})` : ''}`;
    const rows = [
        ...change.regressed.map((field) => changeRow(field, 'regressed')),
        ...change.fixed.map((field) => changeRow(field, 'fixed'))
    ];
    return folded(summary, '| Field | Expected | Now | Change |\n| --- | --- | --- | --- |\n', rows);
}
function driftBlock(change) {
    const name = `<code>${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .esc */ .UQ)((0,_lib_bound_js__WEBPACK_IMPORTED_MODULE_1__/* .cut */ .Jj)(change.key, NAME_CHARS))}</code>`;
    if (change.presence === 'new')
        return `🆕 ${name}: new since the baseline\n\n`;
    if (change.presence === 'gone')
        return `➖ ${name}: gone since the baseline\n\n`;
    const summary = `🔀 ${name}: ${(0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(change.changed.length, 'field')} changed (${accuracy(change.accuracyNow)} of the baseline's fields the same)`;
    const words = { wrong: 'changed', missing: 'gone', extra: 'new' };
    const rows = change.changed.map((mismatch) => `${(0,_compare_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldRow */ .h0)(mismatch.path, mismatch.expected, mismatch.got, words[mismatch.kind], VALUE_CHARS)}\n`);
    return folded(summary, '| Field | Baseline | Now | Change |\n| --- | --- | --- | --- |\n', rows);
}
function folded(summary, tableHead, rows) {
    const more = rows.length > FIELD_ROWS ? `\n…and ${rows.length - FIELD_ROWS} more\n` : '';
    return `<details><summary>${summary}</summary>\n\n${tableHead}${rows.slice(0, FIELD_ROWS).join('')}${more}\n</details>\n\n`;
}
function changeRow(field, change) {
    const note = field.outcome === 'matched' ? `fixed (was ${(0,_compare_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .valueCell */ .S7)(field.was, VALUE_CHARS)})` : `${change}: ${field.outcome}`;
    return `${(0,_compare_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldRow */ .h0)(field.path, field.then, field.now, note, VALUE_CHARS)}\n`;
}
function accuracy(value) {
    return value === null ? '—' : (0,_compare_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .formatAccuracy */ .BJ)(value);
}
function credits(value) {
    return value === null ? '—' : String((0,_lib_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .tidy */ .DZ)(value));
}
function signed(value, digits) {
    const rounded = Number(value.toFixed(digits));
    return rounded > 0 ? `+${rounded}` : rounded === 0 ? '±0' : String(rounded);
}
function bytes(text) {
    return Buffer.byteLength(text, 'utf8');
}


/***/ }),

/***/ 3663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  prepareReview: () => (/* binding */ prepareReview),
  renderBaseline: () => (/* reexport */ baseline_summary/* renderBaseline */.q)
});

// EXTERNAL MODULE: ./src/runner/actions-core.ts + 2 modules
var actions_core = __webpack_require__(5947);
// EXTERNAL MODULE: ./src/lib/constants.ts
var constants = __webpack_require__(8386);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: ./src/compare/describe.ts
var describe = __webpack_require__(2026);
// EXTERNAL MODULE: ./src/settings/review-inputs.ts
var review_inputs = __webpack_require__(7247);
// EXTERNAL MODULE: ./src/settings/workspace.ts
var settings_workspace = __webpack_require__(7180);
// EXTERNAL MODULE: ./src/settings/input-file.ts
var input_file = __webpack_require__(36);
// EXTERNAL MODULE: ./src/compare/compare.ts + 1 modules
var compare = __webpack_require__(4829);
// EXTERNAL MODULE: ./src/runner/log.ts
var log = __webpack_require__(7708);
// EXTERNAL MODULE: ./src/report/run-report.ts
var run_report = __webpack_require__(7330);
// EXTERNAL MODULE: ./src/lib/json-walk.ts
var json_walk = __webpack_require__(8175);
// EXTERNAL MODULE: ./src/lib/markdown.ts
var markdown = __webpack_require__(3862);
;// CONCATENATED MODULE: ./src/review/baseline-diff.ts
// The change against a baseline (`baseline`: an earlier run's report). With `expected`: per document the
// accuracy then and now, the fields that regressed (matched then, not now) and those fixed. Without: each
// result diffed against its baseline result field by field with the same scoring, the baseline result standing
// in for the expected one. Loaded only by a step with `baseline`.









/**
 * The earlier report, or undefined (with a notice or a warning saying why) when there is none to compare with.
 * It is read like every file an input names: inside the workspace only (a link out of it is an input error),
 * within a size and a depth, never quoted.
 */
function readBaseline(file, workspace) {
    const shown = (0,settings_workspace/* relativeToWorkspace */.Tv)(file, workspace);
    let report;
    let text = '';
    try {
        report = (0,input_file/* readJsonFile */.JE)(input_file/* BASELINE_FILE */.tu, file, workspace, (json) => {
            text = json;
            return JSON.parse(json);
        });
    }
    catch (error) {
        if (!(error instanceof errors/* InputError */.dz) || error instanceof settings_workspace/* OutsideWorkspaceError */.v$)
            throw error;
        log/* warning */.$e(`${error.message} Nothing is compared with an earlier run.`);
        return undefined;
    }
    if (report === undefined) {
        log/* notice */.lm(`No baseline at '${shown}' (a first run, or the base branch has none yet): nothing is compared with an earlier run.`);
        return undefined;
    }
    if (!(0,json_walk/* isObject */.Gv)(report) || report.version !== run_report/* REPORT_VERSION */.Aj || !Array.isArray(report.documents) || !report.documents.every(json_walk/* isObject */.Gv)) {
        log/* warning */.$e(`Input '${constants/* Inputs */.G0.Baseline}': '${shown}' is not a run report of version ${run_report/* REPORT_VERSION */.Aj} (written by 'report-file'); nothing is compared with an earlier run.`);
        return undefined;
    }
    return { report: report, text, shown };
}
/** `now`: the documents of this run as the run report gives them. */
function diffWithBaseline(baseline, now, judgements, expected) {
    const before = new Map(baseline.documents.map((document) => [document.key, document]));
    const keys = new Set(now.map((document) => document.key));
    const documents = [];
    now.forEach((document, i) => {
        // A document awaiting its extraction (a run without a key) has nothing to compare yet.
        if (judgements[i]?.deferred)
            return;
        const then = before.get(document.key);
        const change = expected ? expectedChange(document, then) : driftChange(document, then, judgements[i]);
        if (change)
            documents.push(change);
    });
    for (const then of baseline.documents) {
        if (!keys.has(then.key))
            documents.push({ ...blank(then, 'gone'), accuracyThen: then.expected?.accuracy ?? null });
    }
    // Regressions first, most first; then the rest in run order.
    const order = documents.map((document, index) => ({ document, index }));
    order.sort((a, b) => b.document.regressed.length - a.document.regressed.length || a.index - b.index);
    const sum = (count) => documents.reduce((total, change) => total + count(change), 0);
    return {
        mode: expected ? 'expected' : 'drift',
        commit: typeof baseline.commit === 'string' ? baseline.commit : null,
        createdAt: String(baseline.createdAt),
        then: (0,run_report/* totalsOf */.vA)(baseline.documents),
        now: (0,run_report/* totalsOf */.vA)(now),
        documents: order.map(({ document }) => document),
        regressed: sum((change) => change.regressed.length),
        fixed: sum((change) => change.fixed.length),
        changed: sum((change) => change.changed.length),
        added: documents.filter((change) => change.presence === 'new').length,
        gone: documents.filter((change) => change.presence === 'gone').length
    };
}
function blank(document, presence) {
    return {
        key: document.key,
        jobId: document.jobId,
        presence,
        accuracyThen: null,
        accuracyNow: null,
        regressed: [],
        fixed: [],
        changed: []
    };
}
function expectedChange(now, then) {
    const change = blank(now, then ? 'both' : 'new');
    change.accuracyNow = now.expected?.accuracy ?? null;
    if (!then)
        return change;
    change.accuracyThen = then.expected?.accuracy ?? null;
    const fieldsNow = new Map((now.expected?.fields ?? []).map((field) => [field.path, field]));
    const compared = now.expected?.compared === true;
    for (const field of then.expected?.fields ?? []) {
        const current = fieldsNow.get(field.path);
        if (field.outcome === 'matched' && current?.outcome !== 'matched') {
            change.regressed.push(current
                ? { path: field.path, then: current.expected, now: current.got, outcome: current.outcome }
                : // Not compared now (the job failed), or the field left the expected file.
                    { path: field.path, outcome: compared ? 'missing' : 'not compared' });
        }
        else if ((field.outcome === 'wrong' || field.outcome === 'missing') && current?.outcome === 'matched') {
            change.fixed.push({ path: field.path, then: field.expected, now: field.expected, was: field.got, outcome: 'matched' });
        }
    }
    const same = change.regressed.length === 0 && change.fixed.length === 0 && change.accuracyThen === change.accuracyNow;
    return same ? undefined : change;
}
function driftChange(now, then, judgement) {
    const change = blank(now, then ? 'both' : 'new');
    if (!then)
        return change;
    const current = judgement?.job && judgement.state === 'completed' ? baseline_diff_valueOf(judgement) : undefined;
    const comparison = (0,compare/* compareResult */.R)(then.result ?? undefined, current);
    change.accuracyThen = 1;
    change.accuracyNow = comparison.accuracy;
    change.changed = comparison.mismatches;
    return change.changed.length > 0 ? change : undefined;
}
/** This run's result as a value; one that cannot be read back has no fields. */
function baseline_diff_valueOf(judgement) {
    try {
        return judgement.job?.result?.value();
    }
    catch {
        return undefined;
    }
}
/** Each document's regressions as one problem of that document (`fail-on-regression`). */
function regressionProblems(diff, judgements, paths) {
    const byJob = new Map(judgements.map((judgement) => [judgement.id, judgement]));
    for (const change of diff.documents) {
        const judgement = byJob.get(change.jobId);
        if (!judgement || change.regressed.length === 0 || change.presence !== 'both')
            continue;
        const named = change.regressed.slice(0, 3).map((field) => paths(field.path));
        const more = change.regressed.length - named.length;
        judgement.problems.push({
            jobId: judgement.id,
            message: `Job ${judgement.id}: ${(0,markdown/* plural */.LS)(change.regressed.length, 'field')} matched the expected value in the baseline and no longer ${change.regressed.length === 1 ? 'does' : 'do'}: ${named.join(', ')}${more > 0 ? ` and ${more} more` : ''} (fail-on-regression).`,
            always: false
        });
    }
}

// EXTERNAL MODULE: ./src/review/baseline-summary.ts
var baseline_summary = __webpack_require__(9992);
// EXTERNAL MODULE: ./src/start/replay.ts
var replay = __webpack_require__(5737);
;// CONCATENATED MODULE: ./src/review/review.ts
// What a reviewer reads beside the run: the run report, the change against a baseline, the summary's section on
// it, and the pull-request comment. Loaded only by a step with `report-file` or `baseline`, or one that may
// comment (comment.ts decides), so a plain run neither parses nor evaluates it.










/**
 * Before any request: the baseline read (a missing one is a notice); with `replaying`, its results checked too (a
 * report whose results do not match their digests is not compared with either).
 */
function prepareReview(settings, replaying = false) {
    const { baselineFile, reportFile, failOnRegression } = settings.review;
    const read = baselineFile ? readBaseline(baselineFile, settings.workspace) : undefined;
    const checked = read && replaying ? (0,replay.checkReplay)(read.report, Buffer.from(read.text), read.shown) : undefined;
    const baseline = checked === 'tampered' ? undefined : read?.report;
    const expected = settings.comparison !== undefined && !settings.comparison.update;
    return {
        replay: checked === 'tampered' ? undefined : checked,
        judge(judgements, context) {
            if (!baseline)
                return undefined;
            const now = () => (0,run_report/* buildReport */.FK)(judgements, { ...context, now: new Date() });
            const diff = diffWithBaseline(baseline, now().documents, judgements, expected);
            if (failOnRegression && diff.regressed > 0) {
                regressionProblems(diff, judgements, describe/* shortPath */._1);
                diff.now = now().totals;
            }
            // Empty when the mode does not count them, never an invented 0.
            actions_core.setOutput(constants/* Outputs */.tY.Regressions, diff.mode === 'expected' ? String(diff.regressed) : '');
            actions_core.setOutput(constants/* Outputs */.tY.ChangedFields, diff.mode === 'drift' ? String(diff.changed) : '');
            return diff;
        },
        write(judgements, context) {
            if (!reportFile)
                return undefined;
            let unwritten;
            try {
                // Checked before any request too; a step that failed before that check writes its report here as well.
                unwritten = (0,run_report/* writeReport */.u5)((0,settings_workspace/* writablePath */.Uq)(constants/* Inputs */.G0.ReportFile, reportFile, settings.workspace), judgements, {
                    ...context,
                    now: new Date()
                });
            }
            catch (error) {
                if (!(error instanceof errors/* InputError */.dz))
                    throw error;
                unwritten = error.message;
            }
            return unwritten === undefined ? undefined : { jobId: '', message: unwritten, always: true };
        },
        async comment(judgements, diff, context) {
            if (!(0,review_inputs/* mayComment */.z)(settings.review))
                return;
            const { postComment } = await __webpack_require__.e(/* import() */ 723).then(__webpack_require__.bind(__webpack_require__, 7723));
            await postComment(judgements, diff, (0,run_report/* buildReport */.FK)(judgements, { ...context, now: new Date() }), settings.review);
        }
    };
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