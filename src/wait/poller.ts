// Reads every job until it ends, the timeout passes or the step is cancelled: one job by GET, many by
// list sweeps (one request per page of statuses) plus a GET of each job once it has ended. Jobs come as the
// start stage makes them, so the wait runs while documents are still being started; each job is handed on
// (`onEnded`) as soon as it has ended and been read.
import { TERMINAL_STATUSES } from '../lib/constants.js';
import { RequestFailedError } from '../api/api-errors.js';
import { MAX_IN_FLIGHT, SHORT_BOUND_MS, type CallOptions } from '../api/call-policy.js';
import type { ExtractClient } from '../api/extract-client.js';
import { sleep } from '../lib/clock.js';
import type { Handover } from '../lib/handover.js';
import * as log from '../runner/log.js';
import type { JobRead } from '../model/types.js';
import { mapLimit } from '../lib/concurrency.js';
import { JobTracker } from './job-tracker.js';
import { pollGapMs, sweepGapMs } from './schedule.js';

/** A job to wait for; in the file mode with the file it was started for (an answer naming another is a wrong answer). */
export interface WaitedJob {
  jobId: string;
  fileId?: string;
}

interface WaitOptions {
  /** Epoch ms at which the step started: the timeout counts from here, start-up included. */
  startedAt: number;
  wait: boolean;
  timeoutMs: number;
  pollIntervalMs: number;
  signal: AbortSignal;
  /** How many jobs will come in all, when known before they do (the documents to start): sets the cadence and the progress. */
  expected?: number;
  /** Each job that has ended and been read in full (or could not be read for good), once, as soon as it has. */
  onEnded: (read: JobRead) => void;
}

interface WaitResult {
  /** The jobs not handed to `onEnded`: still running at the timeout or the stop, or after the one look of `wait: false`. */
  reads: JobRead[];
  /** The step was cancelled before every job had ended. */
  interrupted: boolean;
}

/** Time left for the last read before the deadline. */
const LAST_READ_MS = 500;

export async function waitForJobs(client: ExtractClient, jobs: Handover<WaitedJob>, options: WaitOptions): Promise<WaitResult> {
  // The timeout counts from the step's start, start-up included. Looks fall at fixed points after the
  // first one, so slow answers do not push them later, and a slow start does not bunch them up.
  const { startedAt, signal } = options;
  const deadline = startedAt + (options.wait ? options.timeoutMs : Math.min(options.timeoutMs, SHORT_BOUND_MS));
  const lastLookAt = deadline - LAST_READ_MS;
  const call: CallOptions = { policy: options.wait ? 'wait' : 'look', deadline, signal };
  const tracker = new JobTracker([], startedAt);
  const fileOf = new Map<string, string>();
  const takeNew = (): void => {
    for (const job of jobs.take()) {
      if (job.fileId !== undefined) fileOf.set(job.jobId, job.fileId);
      tracker.add(job.jobId);
    }
    tracker.expect(jobs.isClosed ? tracker.size : Math.max(options.expected ?? 0, tracker.size));
  };
  try {
    // One look at each job: at them all, once they are all known.
    if (!options.wait) await untilOrAbort(jobs.whenClosed(), signal);
    takeNew();
    // Many jobs are swept, until a listing fails: they are read one by one from then on.
    let listingFailed = false;
    const sweeping = (): boolean => options.wait && !listingFailed && tracker.total > 1;
    let sweep = sweeping();
    let nextLookAt = Date.now();
    for (let looks = 0; ; looks++) {
      if (looks > 0) {
        // The last look starts early enough to be answered before the deadline.
        if (!options.wait || Date.now() >= lastLookAt) break;
        takeNew();
        if (tracker.pending().length === 0) {
          if (jobs.done) break;
          // Nothing to look at until the next job comes: it is looked at as soon as it does.
          await untilOrAbort(jobs.ready(), signal, lastLookAt - Date.now());
          nextLookAt = Date.now();
        } else {
          // Several jobs keep the cadence their number bought, down to the last one (see sweepGapMs), once every
          // document has its job: before that, knowing sooner does not end the step sooner, so the sweeps keep one
          // job's cadence, each result still written within a poll-interval of its job's end.
          const gap =
            sweep && jobs.isClosed ? sweepGapMs(looks, options.pollIntervalMs, tracker.total) : pollGapMs(looks, options.pollIntervalMs);
          // After an answer slower than the gaps, the schedule goes on from now: missed looks are not made up in a burst.
          nextLookAt = Math.max(nextLookAt + gap, Date.now());
          const wakeAt = Math.min(nextLookAt, lastLookAt);
          if (jobs.isClosed) {
            await sleep(Math.max(0, wakeAt - Date.now()), signal);
          } else {
            // The end of the start stage brings a look at once: the jobs it made last do not wait for the schedule.
            await untilOrAbort(jobs.whenClosed(), signal, wakeAt - Date.now());
            nextLookAt = Math.min(nextLookAt, Date.now());
          }
        }
        takeNew();
        sweep = sweeping();
      }
      let pending = tracker.pending();
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
          if (!(error instanceof Error) || signal.aborted) throw error;
          if (error instanceof RequestFailedError && error.deadlineReached) break;
          log.info(`Listing job statuses failed (${error.message}); reading each job instead.`);
          listingFailed = true;
          sweep = false;
        }
      }
      await mapLimit(pending, MAX_IN_FLIGHT, async (id) => {
        await tracker.read(id, () => client.getJob(id, call, fileOf.get(id)));
        // Handed on at once: its result is written while the other jobs are still read.
        const ended = tracker.handOver(id);
        if (!ended) return;
        fileOf.delete(id);
        options.onEnded(ended);
      });
      tracker.report();
    }
  } catch (error) {
    if (!signal.aborted) throw error;
    // The start stage sees the stop too, and hands over what it had made.
    await jobs.whenClosed();
    takeNew();
    return { reads: tracker.reads(false), interrupted: true };
  }
  // A job made as the deadline passed is waited for no more: it timed out.
  await jobs.whenClosed();
  takeNew();
  return { reads: tracker.reads(options.wait), interrupted: false };
}

/** Waits for `event`, at most `ms` when given; rejects with the signal's reason as soon as the step is cancelled. */
async function untilOrAbort(event: Promise<void>, signal: AbortSignal, ms?: number): Promise<void> {
  const done = new AbortController();
  const either = AbortSignal.any([signal, done.signal]);
  const timer = ms === undefined ? new Promise<void>(() => {}) : sleep(Math.max(0, ms), either).catch(() => {});
  const aborted = new Promise<never>((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true, signal: done.signal });
  });
  try {
    await Promise.race([event, timer, aborted]);
  } finally {
    done.abort();
  }
}
