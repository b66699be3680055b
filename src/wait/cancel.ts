// cancel-on-timeout: a job left running keeps billing, so ask LlamaCloud to stop each unfinished one.
import { ApiError } from '../api/api-errors.js';
import { MAX_IN_FLIGHT } from '../api/call-policy.js';
import type { ExtractClient } from '../api/extract-client.js';
import * as log from '../runner/log.js';
import { mapLimit } from '../lib/concurrency.js';
import type { JobRead } from '../model/types.js';
import { isUnfinished } from '../model/state.js';

/** All cancels together get this long: the step is already late or being stopped. */
const CANCEL_BUDGET_MS = 4000;

/** Asks to cancel every unfinished job; gives the IDs of those the API accepted the cancel for. */
export async function cancelUnfinished(client: ExtractClient, reads: JobRead[]): Promise<Set<string>> {
  const cancelled = new Set<string>();
  const unfinished = reads.filter(isUnfinished);
  if (unfinished.length === 0) return cancelled;
  const deadline = Date.now() + CANCEL_BUDGET_MS;
  await mapLimit(unfinished, MAX_IN_FLIGHT, async (read) => {
    try {
      await client.cancelJob(read.id, { policy: 'cancel', deadline });
      cancelled.add(read.id);
      log.info(`Cancelled job ${read.id} (it was ${read.status || 'not read yet'}).`);
    } catch (error) {
      // 400: it ended meanwhile, and is left alone.
      const ended = error instanceof ApiError && error.status === 400;
      log.info(
        ended ? `Job ${read.id} had already ended; nothing to cancel.` : `Could not cancel job ${read.id}: ${(error as Error).message}`
      );
    }
  });
  return cancelled;
}
