"use strict";
exports.id = 924;
exports.ids = [924];
exports.modules = {

/***/ 2924:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mergeStep: () => (/* binding */ mergeStep)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(2210);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(2815);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
;// CONCATENATED MODULE: ./docs/report.schema.json
const report_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/llamacloud-extract-action/report.schema.json","title":"LlamaCloud Extract action: run report","description":"Written by the action\'s report-file input; read back by its baseline input.","type":"object","required":["version","createdAt","run","commit","ref","mode","configuration","verdict","problems","totals","budget","documents"],"additionalProperties":false,"properties":{"version":{"const":1},"createdAt":{"type":"string","format":"date-time"},"run":{"type":"object","description":"The workflow run that wrote the report, when the runner says (GITHUB_REPOSITORY, GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT).","additionalProperties":false,"required":["repository","id","attempt"],"properties":{"repository":{"type":["string","null"],"description":"owner/name."},"id":{"type":["string","null"]},"attempt":{"type":["integer","null"],"minimum":1}}},"commit":{"type":["string","null"],"description":"GITHUB_SHA of the run."},"ref":{"type":["string","null"],"description":"GITHUB_REF of the run."},"mode":{"enum":["file","job-id"]},"configuration":{"$ref":"#/$defs/configuration"},"verdict":{"$ref":"#/$defs/verdict","description":"fail when the step failed (under fail-on-error)."},"problems":{"type":"array","items":{"type":"string"},"description":"Problems of the step rather than of one document."},"totals":{"type":"object","additionalProperties":false,"required":["documents","passed","failed","pending","reused","credits","compared","accuracy","matched","fields"],"properties":{"documents":{"$ref":"#/$defs/count"},"passed":{"$ref":"#/$defs/count"},"failed":{"$ref":"#/$defs/count"},"pending":{"$ref":"#/$defs/count"},"reused":{"$ref":"#/$defs/count"},"credits":{"type":["number","null"],"description":"Credits of the jobs this run created; null when no job said."},"compared":{"$ref":"#/$defs/count"},"accuracy":{"oneOf":[{"$ref":"#/$defs/fraction"},{"type":"null"}],"description":"Mean accuracy of the documents compared."},"matched":{"$ref":"#/$defs/count"},"fields":{"$ref":"#/$defs/count"}}},"budget":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["maxCredits","estimate"],"properties":{"maxCredits":{"$ref":"#/$defs/count"},"estimate":{"type":"number","minimum":0,"description":"Credits the new jobs were estimated at before the start."}}}],"description":"With max-credits: the budget and the estimate, beside the credits billed (totals.credits); null without."},"shard":{"description":"With the shard input (i/n): this run\'s share of the documents matched and the checks it was judged with; null without. A merge (merge-reports) takes the reports of shards 1..count that agree on count, corpus and checks.","oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["index","count","documents","corpus","failOnError","minConfidence","minAccuracy","metric"],"properties":{"index":{"type":"integer","minimum":1},"count":{"type":"integer","minimum":1,"maximum":256},"documents":{"$ref":"#/$defs/count","description":"Documents matched in all shards together."},"corpus":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$","description":"SHA-256 of every matched document\'s path and size (path, NUL, size, LF, in path order): equal in the reports of one split."},"failOnError":{"type":"boolean"},"minConfidence":{"oneOf":[{"$ref":"#/$defs/fraction"},{"type":"null"}]},"minAccuracy":{"oneOf":[{"$ref":"#/$defs/fraction"},{"type":"null"}]},"metric":{"enum":["accuracy","f1",null]}}}]},"documents":{"type":"array","items":{"$ref":"#/$defs/document"}}},"$defs":{"count":{"type":"integer","minimum":0},"fraction":{"type":"number","minimum":0,"maximum":1},"verdict":{"enum":["pass","fail","pending"]},"scalar":{"oneOf":[{"type":["string","number","boolean","null"]},{"type":"object","description":"Alternate readings of an expected file.","additionalProperties":false,"required":["$one-of"],"properties":{"$one-of":{"type":"array","items":{"type":["string","number","boolean","null"]}}}}]},"configuration":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"type":"string"}}},{"type":"object","additionalProperties":false,"required":["digest"],"properties":{"digest":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"}},"description":"An inline configuration: the SHA-256 of its JSON with sorted keys."}]},"document":{"type":"object","additionalProperties":false,"required":["key","path","digest","configuration","jobId","reused","status","state","verdict","problems","warnings","usage","credits","resultDigest","confidences","result"],"properties":{"key":{"type":"string","description":"What a later run matches the document by: its path in file mode, else the job ID."},"path":{"type":["string","null"]},"digest":{"type":["string","null"],"pattern":"^sha256:[0-9a-f]{64}$"},"configuration":{"$ref":"#/$defs/configuration"},"jobId":{"type":"string"},"reused":{"type":"boolean"},"status":{"type":"string"},"state":{"enum":["completed","replayed","no-result","failed","cancelled","in-progress","timed-out","unreadable","not-started"],"description":"replayed: completed, its result taken from a baseline report with no request (see replayedFrom)."},"verdict":{"$ref":"#/$defs/verdict"},"problems":{"type":"array","items":{"type":"string"}},"warnings":{"type":"array","items":{"type":"string"}},"usage":{"type":"object","additionalProperties":{"type":"number"}},"credits":{"type":["number","null"]},"expected":{"$ref":"#/$defs/expected"},"judgement":{"$ref":"#/$defs/judgement"},"replayedFrom":{"type":"object","description":"Replayed: the run whose report the result was taken from, as that report said of itself.","additionalProperties":false,"required":["repository","runId","runAttempt","commit","createdAt"],"properties":{"repository":{"type":["string","null"]},"runId":{"type":["string","null"]},"runAttempt":{"type":["integer","null"],"minimum":1},"commit":{"type":["string","null"]},"createdAt":{"type":"string","format":"date-time"}}},"resultDigest":{"type":["string","null"],"pattern":"^sha256:[0-9a-f]{64}$","description":"SHA-256 of the bytes of result as written here, then (after a newline) of confidences as JSON with sorted keys when not null; null when there is no result. A replay takes the result only while it matches."},"confidences":{"description":"The job\'s field metadata cut to each field\'s confidence ({ \\"confidence\\": n }, positions kept), for a replay\'s confidence gate; null when none."},"result":{"description":"The extract_result as served; null when there is none."},"resultOmitted":{"type":"string"}}},"judgement":{"type":"object","description":"What the job summary and the verdict show of the document beyond its state and problems, so that a merge of shards\' reports renders them as each shard did.","additionalProperties":false,"required":["fileId","error","errorMessage","timedOut","cancelRequested","deferred","hasConfidence","resultFile","writeError","createdAt","updatedAt","violations","alwaysFailing"],"properties":{"fileId":{"type":["string","null"]},"error":{"type":["string","null"],"description":"Why the document got no job, or the error that ended the wait for its job."},"errorMessage":{"type":["string","null"],"description":"The job\'s error_message."},"timedOut":{"type":"boolean"},"cancelRequested":{"type":"boolean"},"deferred":{"type":"boolean","description":"Awaits an extraction the run could not make (no key)."},"hasConfidence":{"type":["boolean","null"],"description":"With min-confidence: whether the job carried confidence scores; null when not checked."},"resultFile":{"type":["string","null"]},"writeError":{"type":["string","null"]},"createdAt":{"type":["string","null"]},"updatedAt":{"type":["string","null"]},"violations":{"type":"array","maxItems":50,"items":{"type":"object","additionalProperties":false,"required":["jobId","gate","path","message"],"properties":{"jobId":{"type":"string"},"gate":{"enum":["schema","confidence"]},"path":{"type":"string"},"message":{"type":"string"},"confidence":{"type":"number"}}}},"violationsOmitted":{"$ref":"#/$defs/count"},"alwaysFailing":{"type":"array","items":{"$ref":"#/$defs/count"},"description":"Indices in problems of those that fail the step even with fail-on-error: false."}}},"expected":{"type":"object","additionalProperties":false,"required":["file","compared"],"properties":{"file":{"type":"string"},"compared":{"type":"boolean","description":"false: no expected file, or update-expected wrote it."},"updated":{"const":true},"accuracy":{"$ref":"#/$defs/fraction"},"matched":{"$ref":"#/$defs/count"},"wrong":{"$ref":"#/$defs/count"},"missing":{"$ref":"#/$defs/count"},"extra":{"$ref":"#/$defs/count"},"fields":{"type":"array","description":"Mismatches in document order, then the matched fields.","items":{"type":"object","additionalProperties":false,"required":["path","outcome"],"properties":{"path":{"type":"string"},"outcome":{"enum":["matched","wrong","missing","extra"]},"expected":{"$ref":"#/$defs/scalar"},"got":{"$ref":"#/$defs/scalar"}}}},"fieldsOmitted":{"$ref":"#/$defs/count"},"precision":{"$ref":"#/$defs/fraction"},"recall":{"$ref":"#/$defs/fraction"},"f1":{"$ref":"#/$defs/fraction"}}}}}');
// EXTERNAL MODULE: ./src/lib/bound.ts
var bound = __webpack_require__(4323);
// EXTERNAL MODULE: ./src/lib/constants.ts
var constants = __webpack_require__(8386);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: ./src/lib/json-span.ts
var json_span = __webpack_require__(4486);
// EXTERNAL MODULE: ./src/lib/markdown.ts
var markdown = __webpack_require__(3862);
// EXTERNAL MODULE: ./src/runner/log.ts
var log = __webpack_require__(7708);
// EXTERNAL MODULE: ./src/settings/inputs.ts
var inputs = __webpack_require__(7428);
// EXTERNAL MODULE: ./src/settings/mode.ts
var mode = __webpack_require__(6594);
// EXTERNAL MODULE: ./src/settings/review-inputs.ts
var review_inputs = __webpack_require__(7247);
;// CONCATENATED MODULE: ./src/settings/merge-inputs.ts
// The merge step's inputs (`merge-reports`): the shards' run reports to combine, and what a reviewer reads of the
// whole (`report-file`, `baseline`, the comment). It sends no request to LlamaCloud, so it takes no key and none
// of the inputs that pick or judge documents: the shards judged them.





/** What a step of its own does, never beside the inputs of a step that extracts. */
const EXTRACTING = [constants/* Inputs */.G0.File, constants/* Inputs */.G0.JobId, constants/* Inputs */.G0.Shard];
/** The inputs that pick, check or compare documents: the shards' steps took them, and their reports record what they found. */
const JUDGING = [
    constants/* Inputs */.G0.ConfigurationId,
    constants/* Inputs */.G0.Configuration,
    constants/* Inputs */.G0.MaxCredits,
    constants/* Inputs */.G0.JobFile,
    constants/* Inputs */.G0.Schema,
    constants/* Inputs */.G0.MinConfidence,
    constants/* Inputs */.G0.Expected,
    constants/* Inputs */.G0.MinAccuracy,
    constants/* Inputs */.G0.MinAccuracyMetric,
    constants/* Inputs */.G0.Compare
];
const JUDGING_SWITCHES = [constants/* Inputs */.G0.Reuse, constants/* Inputs */.G0.Replay, constants/* Inputs */.G0.UpdateExpected];
function readMerge() {
    const given = EXTRACTING.find((name) => (0,inputs/* input */.hF)(name).trim());
    if (given) {
        throw new errors/* InputError */.dz(constants/* Inputs */.G0.MergeReports, `merges the reports that the shards' steps wrote: give it in a step of its own (the merge job), without '${given}'.`);
    }
    const judging = JUDGING.find((name) => (0,inputs/* input */.hF)(name).trim()) ?? JUDGING_SWITCHES.find((name) => (0,inputs/* parseBoolean */.yG)(name));
    if (judging) {
        throw new errors/* InputError */.dz(judging, `belongs to the shards' steps: the merge step ('${constants/* Inputs */.G0.MergeReports}') checks nothing again, it renders what the shards' reports record.`);
    }
    const patterns = (0,mode/* patternLines */.El)((0,inputs/* input */.hF)(constants/* Inputs */.G0.MergeReports));
    if (patterns.length === 0 || patterns.every((pattern) => pattern.startsWith('!'))) {
        throw new errors/* InputError */.dz(constants/* Inputs */.G0.MergeReports, `names no report: give a pattern of the shards' report files, such as reports/**/*.json.`);
    }
    const workspace = process.env[constants/* EnvVars */.et.Workspace] || process.cwd();
    // Whether the shards compared with expected files is known from their reports: fail-on-regression is checked there.
    return { patterns, workspace, review: (0,review_inputs/* readReview */.t)(workspace, [], true) };
}

// EXTERNAL MODULE: ./src/settings/input-file.ts
var input_file = __webpack_require__(36);
// EXTERNAL MODULE: ./src/settings/workspace.ts
var settings_workspace = __webpack_require__(7180);
// EXTERNAL MODULE: ./src/start/documents.ts
var documents = __webpack_require__(4386);
// EXTERNAL MODULE: ./src/start/job-match.ts
var job_match = __webpack_require__(3523);
// EXTERNAL MODULE: ./src/report/outputs.ts
var outputs = __webpack_require__(5468);
// EXTERNAL MODULE: ./src/compare/values.ts
var values = __webpack_require__(7801);
// EXTERNAL MODULE: ./src/judge/judgement.ts
var judge_judgement = __webpack_require__(9848);
// EXTERNAL MODULE: ./src/model/result-body.ts
var result_body = __webpack_require__(5305);
;// CONCATENATED MODULE: ./src/report/recorded.ts
// A document of a run report read back as the judgement it records, so a merge of shards' reports renders the
// summary, the comment, the outputs and the verdict with the same code and words as each shard would have: nothing
// is checked or compared again. A report is an untrusted file: its text is cut to the bounds a judgement keeps (what
// the action wrote is within them already, so it reads back unchanged).




/**
 * `result`: the bytes of the document's result as its report holds them (numbers as written), when it holds one;
 * `metric`: what min-accuracy was measured on.
 */
function recordedJudgement(document, result, metric) {
    const record = document.judgement;
    const state = document.state === 'replayed' ? 'completed' : document.state;
    const always = new Set(record?.alwaysFailing ?? []);
    const id = (0,bound/* bound */.$s)(document.jobId, bound/* PATH_BOUND_BYTES */.Lr);
    const judgement = {
        id,
        state,
        status: (0,bound/* bound */.$s)(document.status, judge_judgement/* STATUS_BOUND_BYTES */.mO),
        timedOut: record?.timedOut ?? state === 'timed-out',
        cancelRequested: record?.cancelRequested ?? false,
        violations: (record?.violations ?? []).map((violation) => ({
            ...violation,
            jobId: id,
            path: (0,bound/* bound */.$s)(violation.path, bound/* PATH_BOUND_BYTES */.Lr),
            message: (0,bound/* bound */.$s)(violation.message, bound/* MESSAGE_BOUND_BYTES */.vY)
        })),
        problems: document.problems.map((message, i) => ({ jobId: id, message: (0,bound/* bound */.$s)(message, bound/* MESSAGE_BOUND_BYTES */.vY), always: always.has(i) })),
        warnings: document.warnings.map((warning) => (0,bound/* bound */.$s)(warning, bound/* MESSAGE_BOUND_BYTES */.vY))
    };
    if (document.path !== null) {
        judgement.source = { file: (0,bound/* bound */.$s)(document.path), fileId: (0,bound/* bound */.$s)(record?.fileId ?? '', bound/* PATH_BOUND_BYTES */.Lr), reused: document.reused };
        if (document.digest)
            judgement.source.digest = document.digest;
        if (document.replayedFrom)
            judgement.source.replayedFrom = document.replayedFrom;
    }
    if (record?.error)
        judgement.error = (0,bound/* bound */.$s)(record.error);
    if (record?.errorMessage)
        judgement.errorMessage = (0,bound/* bound */.$s)(record.errorMessage);
    if (record?.deferred)
        judgement.deferred = true;
    if (record?.hasConfidence !== null && record?.hasConfidence !== undefined)
        judgement.hasConfidence = record.hasConfidence;
    if (record?.resultFile)
        judgement.resultFile = (0,bound/* bound */.$s)(record.resultFile);
    if (record?.writeError)
        judgement.writeError = (0,bound/* bound */.$s)(record.writeError);
    if (document.expected)
        judgement.comparison = recordedComparison(document.expected, metric);
    if (state !== 'not-started')
        judgement.job = recordedJob(document, judgement, result);
    return judgement;
}
function recordedJob(document, judgement, result) {
    const record = document.judgement;
    const job = { id: judgement.id, status: judgement.status, usage: document.usage, served: [] };
    if (record?.createdAt)
        job.createdAt = record.createdAt;
    if (record?.updatedAt)
        job.updatedAt = record.updatedAt;
    if (judgement.source?.fileId)
        job.fileInput = judgement.source.fileId;
    if (judgement.errorMessage)
        job.errorMessage = judgement.errorMessage;
    // The confidences the report kept are the field metadata cut to what the gate and the report read.
    if (document.confidences !== null)
        job.fieldMetadata = document.confidences;
    if (result)
        job.result = new result_body/* KeptResult */.kv(result, document.result);
    return job;
}
function recordedComparison(expected, metric) {
    const finding = { expectedFile: expected.file };
    if (metric)
        finding.metric = metric;
    if (expected.updated)
        finding.updated = true;
    if (!expected.compared)
        return finding;
    const fields = expected.fields ?? [];
    const accuracy = expected.accuracy ?? 0;
    finding.comparison = {
        matched: expected.matched ?? 0,
        wrong: expected.wrong ?? 0,
        missing: expected.missing ?? 0,
        extra: expected.extra ?? 0,
        accuracy,
        precision: expected.precision ?? accuracy,
        recall: expected.recall ?? accuracy,
        f1: expected.f1 ?? accuracy,
        mismatches: fields.flatMap((field) => field.outcome === 'matched'
            ? []
            : [{ path: field.path, kind: field.outcome, ...recorded_valueOf('expected', field.expected), ...recorded_valueOf('got', field.got) }]),
        matchedPaths: fields.flatMap((field) => (field.outcome === 'matched' ? [field.path] : [])),
        approximated: []
    };
    return finding;
}
function recorded_valueOf(key, value) {
    if (value === undefined)
        return {};
    return { [key]: leaf(value) };
}
function leaf(value) {
    return typeof value === 'object' && value !== null ? new values/* OneOf */.E8(value['$one-of'].map(leaf)) : value;
}

// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(7994);
// EXTERNAL MODULE: ./src/report/verdict.ts
var verdict = __webpack_require__(687);
// EXTERNAL MODULE: ./src/review/review.ts + 1 modules
var review_review = __webpack_require__(3663);
;// CONCATENATED MODULE: ./src/review/merge.ts
// The merge step (`merge-reports`): the run reports of a matrix's shards (`shard: i/n`) read back and combined into
// one summary, one pull-request comment, one set of outputs and one verdict, from the judgements the shards
// recorded, with the renderers a single step uses. The reports are untrusted files (artifacts): each is read
// inside the workspace only, within a size, and checked against the report's JSON Schema; the merge takes them only
// when they are exactly shards 1..n of one split, of one workflow run, with one configuration and the same checks.




















// ajv-formats is CommonJS and sets `exports.default` on the function it exports.
const addFormats = (dist_default())["default"];
/** A shard's report is read as a baseline is: the same bounds. */
const SHARD_REPORT = { ...input_file/* BASELINE_FILE */.tu, input: constants/* Inputs */.G0.MergeReports, optional: false };
/** Schema complaints quoted in an error: their paths hold the file's keys. */
const COMPLAINT_CHARS = 200;
/** Runs the merge step; the job summary's Markdown, for the entry point to write after the verdict. */
async function mergeStep(sectionBytes, cutNote) {
    const settings = readMerge();
    const { reportFile } = settings.review;
    const files = await (0,documents/* findDocuments */.I)(settings.patterns, settings.workspace, constants/* Inputs */.G0.MergeReports);
    const own = files.find((file) => external_node_path_.resolve(settings.workspace, file.relative) === reportFile);
    if (own) {
        throw new errors/* InputError */.dz(constants/* Inputs */.G0.ReportFile, `'${own.relative}' is one of the reports merged ('${constants/* Inputs */.G0.MergeReports}'): write the merged report elsewhere.`);
    }
    let merged;
    try {
        merged = mergeShards(files.map((file) => readShard(file.path, settings.workspace)));
    }
    catch (error) {
        // As a step that fails before any job: the report says why, with no document.
        const review = (0,review_review.prepareReview)({ review: { ...settings.review, baselineFile: undefined }, workspace: settings.workspace });
        review.write([], { failOnError: true, fileMode: true, stepProblems: [{ jobId: '', message: (0,errors/* messageOf */.bD)(error), always: true }] });
        throw error;
    }
    const { judgements, context } = merged;
    const comparison = merged.minAccuracy === undefined ? undefined : { expected: '', minAccuracy: merged.minAccuracy, update: false };
    const review = (0,review_review.prepareReview)({ review: settings.review, comparison, workspace: settings.workspace });
    const diff = review.judge(judgements, context);
    (0,outputs/* setOutputs */.n)(judgements, settings);
    const unwritten = review.write(judgements, context);
    const stepProblems = [...context.stepProblems, ...(unwritten ? [unwritten] : [])];
    await review.comment(judgements, diff, context);
    (0,verdict/* reportVerdict */.K)(judgements, context, stepProblems);
    return (0,summary/* renderSummary */.B)(judgements, {
        minConfidence: merged.minConfidence,
        minAccuracy: merged.minAccuracy,
        stepProblems: stepProblems.map((problem) => problem.message),
        section: diff ? (0,review_review.renderBaseline)(diff, sectionBytes, cutNote) : undefined
    });
}
let validate;
/** A shard's report, checked against the report's JSON Schema, with a shard recorded. */
function readShard(file, workspace) {
    const shown = (0,settings_workspace/* relativeToWorkspace */.Tv)(file, workspace);
    let bytes = Buffer.alloc(0);
    const report = (0,input_file/* readJsonFile */.JE)(SHARD_REPORT, file, workspace, (json) => {
        bytes = Buffer.from(json);
        return JSON.parse(json);
    });
    if (!validate) {
        const ajv = new _2020.Ajv2020({ allErrors: false, strict: false });
        addFormats(ajv);
        validate = ajv.compile(report_schema_namespaceObject);
    }
    if (!validate(report)) {
        const [complaint] = validate.errors ?? [];
        const said = complaint ? `${complaint.instancePath || '/'} ${complaint.message ?? ''}` : 'invalid';
        throw new errors/* InputError */.dz(constants/* Inputs */.G0.MergeReports, `'${shown}' is not a run report of this action (docs/report.schema.json: ${(0,bound/* cut */.Jj)(said, COMPLAINT_CHARS)}): merge the files the shards' 'report-file' wrote.`);
    }
    const checked = report;
    if (!checked.shard) {
        const why = checked.problems[0] ? `; its step failed first: ${(0,bound/* cut */.Jj)(checked.problems[0], COMPLAINT_CHARS)}` : '';
        throw new errors/* InputError */.dz(constants/* Inputs */.G0.MergeReports, `'${shown}' records no shard (a step without 'shard: i/n', or one that failed before splitting its documents${why}).`);
    }
    const list = (0,json_span/* memberSpans */.Mn)(bytes, (0,json_span/* valueStart */.so)(bytes)).get('documents');
    const spans = list ? (0,json_span/* itemSpans */.jQ)(bytes, list.start) : [];
    const results = spans.map((span) => {
        const result = (0,json_span/* memberSpans */.Mn)(bytes, span.start).get('result');
        const raw = result && bytes.subarray(result.start, result.end);
        return raw && raw.toString() !== 'null' ? raw : undefined;
    });
    return { shown, report: checked, results };
}
/** The reports of shards 1..n of one split, as one run; any other set is an input error naming what is wrong. */
function mergeShards(shards) {
    const [first] = shards;
    if (!first)
        throw new errors/* InputError */.dz(constants/* Inputs */.G0.MergeReports, 'matches no report.');
    const { count } = first.report.shard;
    for (const other of shards.slice(1))
        checkSame(first, other);
    const byIndex = new Map();
    for (const shard of shards) {
        const twice = byIndex.get(shard.report.shard.index);
        if (twice) {
            throw new errors/* InputError */.dz(constants/* Inputs */.G0.MergeReports, `'${twice.shown}' and '${shard.shown}' are both shard ${shard.report.shard.index} of ${count}: keep one report per shard (the latest attempt's).`);
        }
        byIndex.set(shard.report.shard.index, shard);
    }
    const missing = Array.from({ length: count }, (_, i) => i + 1).filter((index) => !byIndex.has(index));
    if (missing.length > 0) {
        throw new errors/* InputError */.dz(constants/* Inputs */.G0.MergeReports, `${missing.length === 1 ? 'shard' : 'shards'} ${listed(missing)} of ${count} ${missing.length === 1 ? 'is' : 'are'} missing (found ${(0,markdown/* plural */.LS)(shards.length, 'report')}: ${listed([...byIndex.keys()].sort((a, b) => a - b))}). Each shard's step must upload its report-file, also when it fails (if: always()), and the merge job must wait for every shard.`);
    }
    const ordered = [...byIndex.entries()].sort(([a], [b]) => a - b).map(([, shard]) => shard);
    const run = first.report.run.id ? ` of run ${first.report.run.id}` : '';
    log/* info */.pq(`Merging ${(0,markdown/* plural */.LS)(count, 'shard')}${run}: ${(0,markdown/* plural */.LS)(first.report.shard.documents, 'document')} (${ordered.map((shard) => shard.shown).join(', ')}).`);
    const total = ordered.reduce((sum, shard) => sum + shard.report.documents.length, 0);
    if (total !== first.report.shard.documents) {
        throw new errors/* InputError */.dz(constants/* Inputs */.G0.MergeReports, `the ${count} shards hold ${(0,markdown/* plural */.LS)(total, 'document')}, but ${first.report.shard.documents} were matched and split: a shard's report is incomplete.`);
    }
    const recorded = first.report.shard;
    const metric = recorded.metric ?? undefined;
    const judgements = ordered.flatMap((shard) => shard.report.documents.map((document, i) => recordedJudgement(document, shard.results[i], metric)));
    const stepProblems = ordered.flatMap((shard) => shard.report.problems.map((message) => ({
        jobId: '',
        message: `Shard ${shard.report.shard.index} of ${count}: ${message}`,
        always: true
    })));
    return {
        judgements,
        context: {
            failOnError: recorded.failOnError,
            fileMode: true,
            configuration: first.report.configuration ?? undefined,
            stepProblems,
            minConfidence: recorded.minConfidence ?? undefined,
            comparison: recorded.minAccuracy === null ? undefined : { minAccuracy: recorded.minAccuracy, metric }
        },
        minConfidence: recorded.minConfidence ?? undefined,
        minAccuracy: recorded.minAccuracy ?? undefined
    };
}
/** Shares of one split, of one run, with one configuration and the same checks; else an error naming the first difference. */
function checkSame(first, other) {
    const a = first.report;
    const b = other.report;
    const differs = (what, fix) => {
        throw new errors/* InputError */.dz(constants/* Inputs */.G0.MergeReports, `'${other.shown}' and '${first.shown}' differ in ${what}: ${fix}`);
    };
    if (a.shard.count !== b.shard.count) {
        differs(`their number of shards (${b.shard.count} and ${a.shard.count})`, 'merge the shards of one matrix, all run with the same n.');
    }
    if (a.shard.corpus !== b.shard.corpus) {
        differs(`the documents they split (${b.shard.documents} and ${a.shard.documents} matched)`, "every shard must match the same documents: the same 'file' patterns on the same commit.");
    }
    if (a.run.repository !== b.run.repository || a.run.id !== b.run.id) {
        differs(`their workflow run (${b.run.id ?? 'none'} and ${a.run.id ?? 'none'})`, "merge the reports of this run's shards only.");
    }
    if ((0,job_match/* canonical */.$N)(a.configuration) !== (0,job_match/* canonical */.$N)(b.configuration)) {
        differs('their extract configuration', "run every shard with the same 'configuration' or 'configuration-id'.");
    }
    const checks = (shard) => (0,job_match/* canonical */.$N)([shard.failOnError, shard.minConfidence, shard.minAccuracy, shard.metric]);
    if (checks(a.shard) !== checks(b.shard)) {
        differs('their checks', "run every shard with the same 'fail-on-error', 'min-confidence', 'min-accuracy' and 'min-accuracy-metric'.");
    }
}
/** 3, `2 and 4`, `1, 2 and 4`. */
function listed(numbers) {
    if (numbers.length <= 1)
        return numbers.join('');
    return `${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
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


/***/ })

};
;