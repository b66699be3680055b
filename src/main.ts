// Orchestrates one step: inputs -> settings -> (documents -> uploads, creates) -> client -> poller, waiting for
// each job as soon as it is made -> (gates, comparison, files, one judgement) per job as soon as it ends ->
// (cancels) -> outputs, summary, verdict. It decides nothing itself.
// The merge step of a sharded matrix (`merge-reports`) is review/merge.ts's, from the shards' reports.
import { closeSync, openSync, writeFileSync } from 'node:fs';
import { EOL } from 'node:os';
import { EnvVars, Inputs } from './lib/constants.js';
import { input } from './settings/inputs.js';
import { ActionError, messageOf, reasonOf } from './lib/errors.js';
import { forkPullRequest } from './runner/event.js';
import { cancelUnfinished } from './wait/cancel.js';
import { ExtractClient } from './api/extract-client.js';
import { MAX_IN_FLIGHT, type CallOptions } from './api/call-policy.js';
import { Transport } from './http/transport.js';
import { getSettings, readApiKey } from './settings/input-helper.js';
import { mayComment } from './settings/review-inputs.js';
import type { Subject } from './settings/placeholders.js';
import { Spools } from './lib/spool.js';
import { setOutputs } from './report/outputs.js';
import { endJob, type JobEnd } from './report/job-end.js';
import { waitForJobs, type WaitedJob } from './wait/poller.js';
import { Handover } from './lib/handover.js';
import { judge, type Judgement, type Problem } from './judge/judgement.js';
import type { Review } from './review/review.js';
import * as log from './runner/log.js';
import type { StartedJob, StartResult } from './start/start-jobs.js';
import type { JobRead } from './model/types.js';
import { redact } from './runner/redact.js';
import { plural } from './lib/markdown.js';
import { byPath } from './lib/path-order.js';
import { checkWrites, relativeToWorkspace } from './settings/workspace.js';
import { renderSummary } from './report/summary.js';
import { reportVerdict } from './report/verdict.js';
import type { Spending } from './report/run-report.js';
import type { Document } from './start/documents.js';

const USER_AGENT = 'llamacloud-extract-action/1';
/** After a cancel signal the process is gone within this long, whatever is in flight. */
const EXIT_AFTER_SIGNAL_MS = 800;
const EXIT_AFTER_SIGNAL_WITH_CANCEL_MS = 5000;
/** The summary's share for the change against a baseline: the jobs' own table and detail keep the rest. */
const SECTION_BYTES = 256 * 1024;

/** One step, whose clock started at `startedAt` (epoch ms): the entry point gives the process's start. */
export async function run(startedAt: number): Promise<void> {
  // The merge step of a matrix's shards reads their reports: no key, no request to LlamaCloud.
  if (input(Inputs.MergeReports)) return merge();
  const apiKey = readApiKey();
  const stop = new AbortController();
  const transport = new Transport(USER_AGENT, MAX_IN_FLIGHT);
  const spools = new Spools();
  let cancelOnStop = false;
  const exitNow = (): void => {
    spools.removeAll();
    // After a stop signal, past its grace period: the runner kills the step soon after anyway.
    // eslint-disable-next-line no-restricted-properties
    process.exit(1);
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stop.signal.aborted) exitNow();
    stop.abort(new ActionError(`The step was stopped (${signal}) before every job had ended.`));
    setTimeout(exitNow, cancelOnStop ? EXIT_AFTER_SIGNAL_WITH_CANCEL_MS : EXIT_AFTER_SIGNAL_MS).unref();
  };
  process.on('SIGINT', onSignal).on('SIGTERM', onSignal);
  // Known once the inputs are read: a step that fails after that still writes its run report.
  let review: Review | undefined;
  // max-credits and the estimate made before the start, once made: the report has it, also when the step fails on it.
  let spending: Spending | undefined;
  try {
    // Without a key, a pull request from a fork (which gets no secrets) runs the checks that need none.
    const fork = apiKey ? undefined : forkPullRequest();
    const keyless = fork ? await import('./start/fork.js') : undefined;
    const settings = getSettings(apiKey, fork !== undefined);
    // Only a step with several jobs runs long: a one-job step keeps V8's defaults and never loads node:v8 (2 ms on Node 24).
    if (settings.mode === 'file' || settings.jobIds.length > 1) (await import('./runner/heap.js')).favourMemoryOverSpeed();
    // The report and the baseline (a lazy chunk) only for a step that asks for them; the baseline is read before any request.
    const { reportFile, baselineFile } = settings.review;
    // A fork's pull request takes what it can from the baseline, having no key to extract; a run with one, when asked.
    const replaying = settings.mode === 'file' && baselineFile !== undefined && (settings.replay || fork !== undefined);
    review =
      reportFile || baselineFile || mayComment(settings.review)
        ? (await import('./review/review.js')).prepareReview(settings, replaying)
        : undefined;
    cancelOnStop = settings.cancelOnTimeout;
    // ajv is loaded only for a schema gate, the comparison only with `expected`, and the file mode's code
    // (yaml, @actions/glob, minimatch) only for it: lazy chunks in dist/ (script/bundle.ts), so a plain run
    // neither parses nor evaluates them.
    const schema = settings.schemaPath
      ? (await import('./check/schema-gate.js')).loadSchema(settings.schemaPath, settings.workspace)
      : undefined;
    const gates = { schema, minConfidence: settings.minConfidence };
    // The file mode's inputs are made concrete before the first request: the documents found, the configuration read.
    const source = settings.mode === 'file' ? await (await import('./start/prepare.js')).prepareStart(settings) : settings;
    // What each result is named after: a job given, or a document found (its job is yet to be created).
    const subjects: Subject[] =
      source.mode === 'file'
        ? source.documents.map((document) => ({ document: document.relative }))
        : source.jobIds.map((jobId) => ({ jobId }));
    // Expected files are read, and the rules checked against them, before any request.
    const expectedFiles = settings.comparison ? await import('./compare/expected-files.js') : undefined;
    const baseline =
      expectedFiles && settings.comparison
        ? await expectedFiles.loadBaseline(settings.comparison, subjects, settings.workspace)
        : undefined;
    checkWrites(settings, subjects);
    if (keyless && fork && source.mode === 'file' && 'file' in source.configuration) {
      keyless.checkConfiguration(source.jobConfiguration, relativeToWorkspace(source.configuration.file, settings.workspace));
    }
    // The documents whose bytes and configuration are a baseline document's take its result, with no request.
    const replay =
      review?.replay && source.mode === 'file'
        ? await (await import('./start/replay.js')).planReplay(review.replay, source.documents, source.jobConfiguration, fork !== undefined)
        : undefined;
    if (keyless && fork && !replay) {
      writeSummary(keyless.endWithoutKey(fork, source));
      return;
    }
    // Without a key (a fork's pull request) nothing is sent: the documents not replayed wait for a run with one.
    const client = fork ? undefined : new ExtractClient(settings, transport, spools, { startedAt });
    // A start or a wait that fails ends the other one too.
    const halt = new AbortController();
    const signal = AbortSignal.any([stop.signal, halt.signal]);
    const call: CallOptions = { policy: 'start', deadline: startedAt + settings.timeoutMs, signal };
    const compare = baseline && (await import('./compare/baseline.js')).compareWithBaseline;
    const end: JobEnd = {
      gates,
      compare: compare && baseline && ((read) => compare([read], baseline).get(read.id)),
      settings,
      keepConfidences: review !== undefined
    };
    // Each job is judged once, as soon as it has ended and been read: its result is written then.
    const judged = new Map<string, Judgement>();
    const replayed = (replay?.replayed ?? []).map((read) => endJob(read, end));
    // The jobs to wait for: those given, or those started (or found) for the documents, handed over as they are.
    const jobs = new Handover<WaitedJob>();
    const sources = new Map<string, StartedJob>();
    let starting: Promise<StartResult | undefined> = Promise.resolve(undefined);
    if (client && source.mode === 'file') {
      const { maxCredits, jobConfiguration } = source;
      // Counting pages loads a PDF library: only a run with max-credits does.
      const budget = maxCredits !== undefined ? await import('./start/budget/estimate.js') : undefined;
      const { startJobs, earlierAttempt } = await import('./start/prepare.js');
      starting = startJobs(client, replay?.rest ?? source.documents, {
        configuration: jobConfiguration,
        reuse: source.reuse,
        taken: replay?.replayed.map((read) => read.id),
        startedAt,
        earlierAttempt: await earlierAttempt(settings.review.githubToken),
        beforeSpending:
          budget &&
          (async (documents) => {
            const found = await budget.estimate(documents, jobConfiguration, { startedAt, deadline: call.deadline });
            spending = { maxCredits: maxCredits ?? 0, estimate: found.credits };
            budget.checkBudget(found, maxCredits ?? 0);
          }),
        meter: budget && new budget.CreditMeter(client, maxCredits ?? 0, call),
        call,
        onStarted: (started) => {
          sources.set(started.jobId, started);
          jobs.push({ jobId: started.jobId, fileId: started.fileId });
        }
      }).finally(() => jobs.close());
    } else {
      for (const jobId of source.mode === 'job-id' ? source.jobIds : []) jobs.push({ jobId });
      jobs.close();
    }
    const waiting = client
      ? waitForJobs(client, jobs, {
          startedAt,
          wait: settings.wait,
          timeoutMs: settings.timeoutMs,
          pollIntervalMs: settings.pollIntervalMs,
          signal,
          expected: source.mode === 'file' ? (replay?.rest ?? source.documents).length : undefined,
          onEnded: (read) => {
            judged.set(read.id, endJob(withSource(read, sources, end.keepConfidences), end));
            // Only the jobs not handed on yet are looked up again, once the wait has ended.
            sources.delete(read.id);
          }
        })
      : Promise.resolve({ reads: [] as JobRead[], interrupted: false });
    const failed = (error: unknown): never => {
      halt.abort(error);
      throw error;
    };
    const [start, waited] = await Promise.all([starting.catch(failed), waiting.catch(failed)]);
    const { interrupted } = waited;
    const rest = waited.reads.map((read) => withSource(read, sources, end.keepConfidences));
    const cancelled =
      client && settings.cancelOnTimeout && (interrupted || rest.some((read) => read.timedOut))
        ? await cancelUnfinished(client, rest)
        : new Set<string>();
    // After a stop the step has moments left: the jobs that had not ended are judged on what was read, nothing more is written.
    for (const read of rest) {
      const cancelRequested = cancelled.has(read.id);
      judged.set(read.id, interrupted ? judge(read, { cancelRequested }, settings) : endJob(read, end, cancelRequested));
    }
    // As the outputs and the report list them: in the order of the IDs given, or of the documents' paths (one
    // replayed, or that got no job, in its place).
    const judgements =
      source.mode === 'file'
        ? [
            ...judged.values(),
            ...replayed,
            ...[...unstartedReads(start), ...deferredReads(fork ? replay?.rest : undefined)].map((read) => judge(read, {}, settings))
          ].sort((a, b) => byPath(a.source?.file ?? '', b.source?.file ?? ''))
        : source.jobIds.flatMap((id) => judged.get(id) ?? []);
    // Whatever the verdict, the outputs and the summary say what is known, a stop by signal too.
    const stopped = stop.signal.aborted ? [stepProblem(stop.signal.reason)] : [];
    const context = {
      ...settings,
      fileMode: source.mode === 'file',
      configuration: source.mode === 'file' ? source.jobConfiguration : undefined,
      shard: source.mode === 'file' ? source.shardRecord : undefined,
      stepProblems: stopped,
      budget: spending
    };
    const diff = review?.judge(judgements, context);
    setOutputs(judgements, settings);
    const unwritten = review?.write(judgements, context);
    if (unwritten) stopped.push(unwritten);
    // Before the verdict: a failing check has its explanation on the pull request when it fails.
    await review?.comment(judgements, diff, context);
    review = undefined;
    const section = diff ? (await import('./review/review.js')).renderBaseline(diff, SECTION_BYTES, summaryCut) : undefined;
    const stepProblems = stopped.map((problem) => problem.message);
    // The verdict first: a summary file that cannot be written must not hide the jobs' own failures.
    reportVerdict(judgements, settings, stopped);
    const forkSection =
      keyless && fork ? `${keyless.endWithoutKey(fork, source, { replayed: replay?.replayed.length ?? 0, from: replay?.from })}\n\n` : '';
    writeSummary(
      renderSummary(judgements, {
        minConfidence: settings.minConfidence,
        minAccuracy: settings.comparison?.minAccuracy,
        stepProblems,
        budget: spending,
        section: forkSection + (section ?? '')
      })
    );
  } catch (error) {
    fail(error);
    review?.write([], { failOnError: true, fileMode: false, stepProblems: [stepProblem(error)], budget: spending });
  } finally {
    // Spooled results have been written out (or are not wanted): none stays in the runner's temp folder.
    spools.removeAll();
    transport.dispose();
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
  }
}

/** The merge step: its summary written after its verdict, as a step's. */
async function merge(): Promise<void> {
  try {
    writeSummary(await (await import('./review/merge.js')).mergeStep(SECTION_BYTES, summaryCut));
  } catch (error) {
    fail(error);
  }
}

/**
 * Appends the step's summary to the runner's file, as core.summary's `addRaw(text, true).write()` does,
 * synchronously: the summary is the step's last write, and fs/promises would load for it alone. The line end
 * is written on its own: added to the summary, it would make a copy of up to 2 MiB (1 MiB of UTF-8 in UTF-16).
 */
function writeSummary(markdown: string): void {
  const file = process.env[EnvVars.StepSummary];
  if (!file) return;
  try {
    const fd = openSync(file, 'a');
    try {
      writeFileSync(fd, redact(markdown));
      writeFileSync(fd, EOL);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw new ActionError(`Could not write the job summary to '${file}' (${reasonOf(error)}).`);
  }
}

/**
 * Each job of the file mode knows its document; its digest only for a run report (`forReport`), the one reader of
 * it: kept to the step's end, it is 10,000 texts of 71 characters at 10,000 documents.
 */
function withSource(read: JobRead, sources: ReadonlyMap<string, StartedJob>, forReport: boolean): JobRead {
  const started = sources.get(read.id);
  if (!started) return read;
  const { document, fileId, digest, reused } = started;
  return { ...read, source: { file: document.relative, fileId, ...(forReport ? { digest } : {}), reused } };
}

function summaryCut(left: number): string {
  return `> ✂️ ${plural(left, 'more document')} changed, not shown here: the run report (\`report-file\`) lists every one.\n\n`;
}

/** Each document that got no job, as a read of none: judged, output and summed up with the jobs. */
function unstartedReads(start: StartResult | undefined): JobRead[] {
  return (start?.failures ?? []).map((failure) => ({
    id: '',
    source: { file: failure.document.relative, fileId: '', reused: false },
    status: '',
    timedOut: false,
    startError: failure.message
  }));
}

/** Each document a run without a key leaves to a run with one: judged, output and summed up, failing nothing. */
function deferredReads(documents: Document[] = []): JobRead[] {
  return documents.map((document) => ({
    id: '',
    source: { file: document.relative, fileId: '', reused: false },
    status: '',
    timedOut: false,
    startError: `Document ${document.relative} needs a real extraction (its bytes or configuration are not in the baseline), which a run without a key cannot make.`,
    deferred: true
  }));
}

function stepProblem(reason: unknown): Problem {
  return { jobId: '', message: messageOf(reason), always: true };
}

/** One line for the user; the stack only when the runner debugs. */
function fail(error: unknown): void {
  const message = messageOf(error);
  if (process.env[EnvVars.RunnerDebug] === '1' && error instanceof Error) log.debug(error.stack ?? '');
  log.setFailed(error instanceof ActionError ? message : `Unexpected error: ${message}`);
}
