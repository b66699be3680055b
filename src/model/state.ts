// What a read says about a job on its own: the state the poller's progress lines, cancel-on-timeout, the
// gates and the judgement all go by.
import { Status, TERMINAL_STATUSES } from '../lib/constants.js';
import type { JobRead } from './types.js';

/**
 * What became of a job. `no-result`: COMPLETED without an `extract_result`. `not-started`: a document of the
 * file mode that got no job at all.
 */
export type JobState = 'completed' | 'no-result' | 'failed' | 'cancelled' | 'in-progress' | 'timed-out' | 'unreadable' | 'not-started';

/** The state a read alone gives: also what the tracker's progress lines and cancel-on-timeout go by. */
export function stateOf(read: Pick<JobRead, 'status' | 'job' | 'timedOut' | 'error' | 'startError'>, cancelRequested = false): JobState {
  if (read.startError !== undefined) return 'not-started';
  if (read.error && !read.timedOut) return 'unreadable';
  if (read.timedOut) return 'timed-out';
  if (cancelRequested) return 'cancelled';
  switch (read.status) {
    case Status.Completed:
      // Seen COMPLETED in a list sweep, but the step was stopped before the job itself was read: no result yet.
      if (read.job?.status !== Status.Completed) return 'in-progress';
      return read.job.result ? 'completed' : 'no-result';
    case Status.Failed:
      return 'failed';
    case Status.Cancelled:
      return 'cancelled';
    default:
      return 'in-progress';
  }
}

/** Still running as far as this step knows, so a cancel may stop its billing. */
export function isUnfinished(read: JobRead): boolean {
  const state = stateOf(read);
  return (state === 'in-progress' || state === 'timed-out') && !TERMINAL_STATUSES.includes(read.status);
}
