// cancel-on-timeout: a job left running keeps billing, so ask LlamaCloud to stop each unfinished one.
import * as core from '@actions/core';
import { TERMINAL_STATUSES } from './constants.js';
import { ApiError } from './api/api-errors.js';
import { MAX_IN_FLIGHT, type ExtractClient } from './api/extract-client.js';
import { mapLimit } from './poll/concurrency.js';
import type { JobOutcome } from './types.js';

/** All cancels together get this long: the step is already late or being stopped. */
const CANCEL_BUDGET_MS = 4000;

export async function cancelUnfinished(client: ExtractClient, outcomes: JobOutcome[]): Promise<void> {
  const unfinished = outcomes.filter((outcome) => !TERMINAL_STATUSES.includes(outcome.status) && !(outcome.error && !outcome.timedOut));
  if (unfinished.length === 0) return;
  const deadline = Date.now() + CANCEL_BUDGET_MS;
  await mapLimit(unfinished, MAX_IN_FLIGHT, async (outcome) => {
    try {
      await client.cancelJob(outcome.id, { deadline, maxRetries: 0 });
      outcome.cancelRequested = true;
      core.info(`Cancelled job ${outcome.id} (it was ${outcome.status || 'not read yet'}).`);
    } catch (error) {
      // 400: it ended meanwhile, and is left alone.
      const ended = error instanceof ApiError && error.status === 400;
      core.info(
        ended
          ? `Job ${outcome.id} had already ended; nothing to cancel.`
          : `Could not cancel job ${outcome.id}: ${(error as Error).message}`
      );
    }
  });
}
