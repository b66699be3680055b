// Orchestrates one step: inputs -> settings -> client -> poller -> gates -> files, outputs, summary, verdict.
import * as core from '@actions/core';
import { EnvVars, Status } from './constants.js';
import { ActionError } from './errors.js';
import { cancelUnfinished } from './cancel.js';
import { checkResults } from './check-results.js';
import { checkAgainstBaseline, loadBaseline } from './compare/baseline.js';
import { noExpectedResult } from './compare/describe.js';
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

const USER_AGENT = 'llamacloud-extract-action/1';
/** After a cancel signal the process is gone within this long, whatever is in flight. */
const EXIT_AFTER_SIGNAL_MS = 800;
const EXIT_AFTER_SIGNAL_WITH_CANCEL_MS = 5000;

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
    const baseline = settings.comparison ? await loadBaseline(settings.comparison, settings.jobIds, settings.workspace) : undefined;
    const client = new ExtractClient(settings, transport);
    const { outcomes, interrupted } = await waitForJobs(client, settings.jobIds, {
      wait: settings.wait,
      timeoutMs: settings.timeoutMs,
      pollIntervalMs: settings.pollIntervalMs,
      signal: stop.signal
    });
    if (settings.cancelOnTimeout && (interrupted || outcomes.some((outcome) => outcome.timedOut))) await cancelUnfinished(client, outcomes);
    const summary = (): Promise<void> =>
      writeSummary(renderSummary(outcomes, { minConfidence: settings.minConfidence, minAccuracy: settings.comparison?.minAccuracy }));
    if (interrupted) {
      // Before the step goes, the summary says which jobs were left and which this step cancelled.
      await summary();
      throw stop.signal.reason;
    }
    checkResults(outcomes, gates);
    if (baseline) {
      for (const outcome of outcomes) {
        if (outcome.status !== Status.Completed || !outcome.job) continue;
        outcome.comparison = await checkAgainstBaseline(baseline, outcome.id, outcome.job);
        const warning = outcome.comparison && noExpectedResult(outcome.id, outcome.comparison);
        if (warning) core.warning(redact(warning));
      }
    }
    await writeResultFiles(outcomes, settings);
    if (stop.signal.aborted) throw stop.signal.reason;
    setOutputs(outcomes, settings);
    await summary();
    reportVerdict(outcomes, settings);
  } catch (error) {
    fail(error);
  } finally {
    transport.dispose();
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
  }
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
