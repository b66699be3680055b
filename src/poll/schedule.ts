// When to look again. The first look is immediate (an earlier step may have finished the job already);
// after that the gaps follow the official SDK's grid (its polls fall at 1, 3, 6, 10, 15 s, then every 5 s)
// without its 1 s look, so one job never costs more requests than the SDK, and the wait is never longer.

const FIRST_GAP_MS = 3000;
const RAMP_STEP_MS = 1000;
/** A sweep over many jobs is one request per page: it may come this often, whatever their count. */
const MIN_SWEEP_GAP_MS = 1000;

/** Gap before look number `looks + 1`, for one job, never over `maxGapMs` (the poll-interval input). */
export function pollGapMs(looks: number, maxGapMs: number): number {
  return Math.min(maxGapMs, Math.max(FIRST_GAP_MS, (looks + 1) * RAMP_STEP_MS));
}

/**
 * Gap between sweeps that read `pending` jobs' statuses together: the request budget of polling each
 * job alone at `maxGapMs` buys fresher news for all of them, down to one sweep a second.
 */
export function sweepGapMs(looks: number, maxGapMs: number, pending: number): number {
  return Math.max(Math.min(MIN_SWEEP_GAP_MS, maxGapMs), Math.min(pollGapMs(looks, maxGapMs), maxGapMs / pending));
}
