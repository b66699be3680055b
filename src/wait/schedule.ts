// When to look again. The first look is immediate (an earlier step may have finished the job already);
// after that the gaps grow by a second per look from 4 s up to poll-interval: with the default 5 s the
// looks fall at 0, 4, 9, 14, 19 s... A job may end at any moment, and for that evenly spaced looks wait
// least per request, so the ramp is short: the official SDK's (1, 3, 6, 10, 15 s...) spends two more looks
// in the first 10 s, and one job here never costs more requests than with the SDK once it has run 5 s.

const FIRST_GAP_MS = 4000;
const RAMP_STEP_MS = 1000;
/** A sweep over many jobs is one request per page: it may come this often, whatever their count. */
const MIN_SWEEP_GAP_MS = 1000;

/** Gap before look number `looks + 1`, for one job, never over `maxGapMs` (the poll-interval input). */
export function pollGapMs(looks: number, maxGapMs: number): number {
  return Math.min(maxGapMs, FIRST_GAP_MS + Math.max(0, looks - 1) * RAMP_STEP_MS);
}

/**
 * Gap between sweeps that read `pending` jobs' statuses together: the request budget of polling each
 * job alone at `maxGapMs` buys fresher news for all of them, down to one sweep a second.
 */
export function sweepGapMs(looks: number, maxGapMs: number, pending: number): number {
  return Math.max(Math.min(MIN_SWEEP_GAP_MS, maxGapMs), Math.min(pollGapMs(looks, maxGapMs), maxGapMs / pending));
}
