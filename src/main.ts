// Orchestrates one step: inputs -> settings -> (documents -> uploads, creates) -> client -> poller -> gates ->
// files, outputs, summary, verdict.
import * as core from '@actions/core';
import { EnvVars } from './constants.js';
import { ActionError } from './errors.js';
import { cancelUnfinished } from './cancel.js';
import { checkResults } from './check-results.js';
import { ExtractClient, MAX_IN_FLIGHT } from './api/extract-client.js';
import { Transport } from './http/transport.js';
import { getSettings, readApiKey } from './input-helper.js';
import { removeUnfinishedFiles } from './output/file-writer.js';
import { setOutputs } from './output/outputs.js';
import { writeResultFiles } from './output/result-files.js';
import { waitForJobs } from './poll/poller.js';
import { redact } from './redact.js';
import { renderSummary } from './summary.js';
import { reportVerdict } from './report.js';
import type { StartFailure, StartResult } from './start/start-jobs.js';
import type { JobOutcome } from './types.js';

const USER_AGENT = 'llamacloud-extract-action/1';
/** After a cancel signal the process is gone within this long, whatever is in flight. */
const EXIT_AFTER_SIGNAL_MS = 800;
const EXIT_AFTER_SIGNAL_WITH_CANCEL_MS = 5000;
/** Retries of one upload, create or look-up before its document is given up. */
const START_RETRIES = 5;

export async function run(): Promise<void> {
  const apiKey = readApiKey();
  const stop = new AbortController();
  const transport = new Transport(USER_AGENT, MAX_IN_FLIGHT);
  let cancelOnStop = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stop.signal.aborted) exitNow();
    stop.abort(new ActionError(`The step was stopped (${signal}) before every job had ended.`));
    setTimeout(exitNow, cancelOnStop ? EXIT_AFTER_SIGNAL_WITH_CANCEL_MS : EXIT_AFTER_SIGNAL_MS).unref();
  };
  process.on('SIGINT', onSignal).on('SIGTERM', onSignal);
  try {
    const settings = getSettings(apiKey);
    cancelOnStop = settings.cancelOnTimeout;
    // ajv is loaded only for a schema gate: most steps have none, and it is a third of the start-up.
    const schema = settings.schemaPath
      ? (await import(/* webpackMode: "eager" */ './gates/schema-gate.js')).loadSchema(settings.schemaPath)
      : undefined;
    const gates = { schema, minConfidence: settings.minConfidence };
    // The file mode's code (yaml, @actions/glob) is loaded only for it; its inputs are checked before the first request.
    const fileMode = settings.filePatterns.length > 0 ? await import(/* webpackMode: "eager" */ './start/prepare.js') : undefined;
    const prepared = fileMode ? await fileMode.prepareStart(settings) : undefined;
    const client = new ExtractClient(settings, transport);
    const start: StartResult | undefined =
      fileMode && prepared
        ? await fileMode.startJobs(client, prepared.documents, {
            configuration: prepared.configuration,
            reuse: settings.reuse,
            call: { deadline: performance.timeOrigin + settings.timeoutMs, maxRetries: START_RETRIES, signal: stop.signal }
          })
        : undefined;
    const jobIds = start ? start.started.map((started) => started.jobId) : settings.jobIds;
    const waited = await waitForJobs(client, jobIds, {
      wait: settings.wait,
      timeoutMs: settings.timeoutMs,
      pollIntervalMs: settings.pollIntervalMs,
      signal: stop.signal
    });
    const { interrupted } = waited;
    const outcomes = withSources(waited.outcomes, start);
    if (settings.cancelOnTimeout && (interrupted || outcomes.some((outcome) => outcome.timedOut))) await cancelUnfinished(client, outcomes);
    const summary = (): Promise<void> => writeSummary(renderSummary(outcomes, { minConfidence: settings.minConfidence }));
    if (interrupted) {
      // Before the step goes, the summary says which jobs were left and which this step cancelled.
      await summary();
      throw stop.signal.reason;
    }
    checkResults(outcomes, gates);
    await writeResultFiles(outcomes, settings);
    if (stop.signal.aborted) throw stop.signal.reason;
    setOutputs(outcomes, settings);
    await summary();
    reportVerdict(outcomes, settings);
    reportStartFailures(start?.failures ?? []);
  } catch (error) {
    fail(error);
  } finally {
    transport.dispose();
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
  }
}

/** Each job of the file mode knows its document. */
function withSources(outcomes: JobOutcome[], start: StartResult | undefined): JobOutcome[] {
  if (!start) return outcomes;
  const byJob = new Map(start.started.map((started) => [started.jobId, started]));
  return outcomes.map((outcome) => {
    const started = byJob.get(outcome.id);
    return started ? { ...outcome, source: { file: started.document.relative, fileId: started.fileId, reused: started.reused } } : outcome;
  });
}

/** A document that got no job fails the step whatever fail-on-error says: nothing was extracted from it. */
function reportStartFailures(failures: StartFailure[]): void {
  if (failures.length === 1) return core.setFailed(redact(failures[0].message));
  for (const failure of failures) core.error(redact(failure.message));
  if (failures.length > 1) core.setFailed(`${failures.length} documents got no job (listed above).`);
}

async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(redact(markdown), true).write();
}

/** One line for the user; the stack only when the runner debugs. */
function fail(error: unknown): void {
  const message = redact(error instanceof Error ? error.message : String(error));
  if (process.env[EnvVars.RunnerDebug] === '1' && error instanceof Error) core.debug(redact(error.stack ?? ''));
  core.setFailed(error instanceof ActionError ? message : `Unexpected error: ${message}`);
}

function exitNow(): void {
  removeUnfinishedFiles();
  process.exit(1);
}
