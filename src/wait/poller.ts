// Reads every job until it ends, the timeout passes or the step is cancelled: one job by GET, many by
// list sweeps (one request per page of statuses) plus a GET of each job once it has ended.
import { TERMINAL_STATUSES } from '../lib/constants.js';
import { RequestFailedError } from '../api/api-errors.js';
import { MAX_IN_FLIGHT, SHORT_BOUND_MS, type CallOptions } from '../api/call-policy.js';
import type { ExtractClient } from '../api/extract-client.js';
import { sleep } from '../lib/clock.js';
import * as log from '../runner/log.js';
import type { JobRead } from '../model/types.js';
import { mapLimit } from '../lib/concurrency.js';
import { JobTracker } from './job-tracker.js';
import { pollGapMs, sweepGapMs } from './schedule.js';

interface WaitOptions {
  /** Epoch ms at which the step started: the timeout counts from here, start-up included. */
  startedAt: number;
  wait: boolean;
  timeoutMs: number;
  pollIntervalMs: number;
  signal: AbortSignal;
  /** File mode: the file each job was started for; an answer naming another is a wrong answer. */
  fileOf?: ReadonlyMap<string, string>;
}

interface WaitResult {
  reads: JobRead[];
  /** The step was cancelled before every job had ended. */
  interrupted: boolean;
}

/** Time left for the last read before the deadline. */
const LAST_READ_MS = 500;

export async function waitForJobs(client: ExtractClient, jobIds: string[], options: WaitOptions): Promise<WaitResult> {
  // The timeout counts from the step's start, start-up included. Looks fall at fixed points after the
  // first one, so slow answers do not push them later, and a slow start does not bunch them up.
  const { startedAt } = options;
  let nextLookAt = Date.now();
  const deadline = startedAt + (options.wait ? options.timeoutMs : Math.min(options.timeoutMs, SHORT_BOUND_MS));
  const call: CallOptions = { policy: options.wait ? 'wait' : 'look', deadline, signal: options.signal };
  const tracker = new JobTracker(jobIds, startedAt);
  let sweep = options.wait && jobIds.length > 1;
  try {
    for (let looks = 0; ; looks++) {
      let pending = tracker.pending();
      if (looks > 0) {
        // The last look starts early enough to be answered before the deadline.
        const lastLookAt = deadline - LAST_READ_MS;
        if (!options.wait || pending.length === 0 || Date.now() >= lastLookAt) break;
        // Several jobs keep the cadence their number bought, down to the last one (see sweepGapMs).
        const gap = sweep ? sweepGapMs(looks, options.pollIntervalMs, jobIds.length) : pollGapMs(looks, options.pollIntervalMs);
        // After an answer slower than the gaps, the schedule goes on from now: missed looks are not made up in a burst.
        nextLookAt = Math.max(nextLookAt + gap, Date.now());
        await sleep(Math.max(0, Math.min(nextLookAt, lastLookAt) - Date.now()), options.signal);
      }
      if (sweep && pending.length > 1) {
        try {
          const statuses = await client.listStatuses(pending, call);
          // Running jobs are settled by the sweep; ended or unlisted ones are read in full below. An ended
          // job's status counts at once, so a stop before its read never cancels a job that has finished.
          pending = pending.filter((id) => {
            const status = statuses.get(id);
            if (status !== undefined) tracker.seen(id, status);
            return status === undefined || TERMINAL_STATUSES.includes(status);
          });
        } catch (error) {
          if (!(error instanceof Error) || options.signal.aborted) throw error;
          if (error instanceof RequestFailedError && error.deadlineReached) break;
          log.info(`Listing job statuses failed (${error.message}); reading each job instead.`);
          sweep = false;
        }
      }
      await mapLimit(pending, MAX_IN_FLIGHT, (id) => tracker.read(id, () => client.getJob(id, call, options.fileOf?.get(id))));
      tracker.report();
    }
  } catch (error) {
    if (!options.signal.aborted) throw error;
    return { reads: tracker.reads(false), interrupted: true };
  }
  return { reads: tracker.reads(options.wait), interrupted: false };
}
