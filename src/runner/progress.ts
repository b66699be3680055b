// Where a long stage stands, as a line every few seconds: a stage of 10,000 documents runs for many minutes,
// and a line per document or per look would bury the problems. The clock is injected, so what a line says
// and how many there are never depend on the machine's speed in a test.
import { systemClock, type Clock } from '../lib/clock.js';
import { formatDuration } from '../lib/duration.js';
import { plural } from '../lib/markdown.js';
import { info } from './log.js';

/** At most one progress line this often, besides a stage's first and last. */
export const PROGRESS_EVERY_MS = 5000;

export class Progress {
  private readonly since: number;
  private lastLineAt: number | undefined;
  private lastDone = -1;

  /**
   * `total` items from now; `stepStartedAt` (epoch ms on the clock's time) is what a line's elapsed time
   * counts from, as the timeout does.
   */
  constructor(
    private total: number,
    private readonly stepStartedAt: number,
    private readonly clock: Pick<Clock, 'now'> = systemClock
  ) {
    this.since = clock.now();
  }

  /** The total as it becomes known: items may come while the stage runs. */
  resize(total: number): void {
    this.total = total;
  }

  /**
   * Logs `text()` (where things stand, `done` of the total) with the rate and the time left: the first time,
   * then when PROGRESS_EVERY_MS have passed since the last line, and once all are done.
   */
  report(done: number, text: () => string): void {
    const at = this.clock.now();
    const finished = done >= this.total && this.lastDone < this.total;
    if (!finished && this.lastLineAt !== undefined && at - this.lastLineAt < PROGRESS_EVERY_MS) return;
    this.lastLineAt = at;
    this.lastDone = done;
    info(`${text()}${this.pace(done, at)}${heldBack()} (${formatDuration(at - this.stepStartedAt)})`);
  }

  /** `; 9.8 a second, about 1m 30s left` once something is done and something is left. */
  private pace(done: number, at: number): string {
    const ms = at - this.since;
    // Under a second in, a rate says nothing yet.
    if (done === 0 || done >= this.total || ms < 1000) return '';
    const perSecond = (done * 1000) / ms;
    const rate =
      perSecond >= 1 ? `${Number(perSecond.toFixed(perSecond < 10 ? 1 : 0))} a second` : `${Number((perSecond * 60).toFixed(1))} a minute`;
    return `; ${rate}, about ${formatDuration(((this.total - done) / perSecond) * 1000)} left`;
  }
}

// What the request loop does not log try by try, counted for the step: against enforced rate limits a run
// of 10,000 documents meets hundreds of 429s, and a flaky network as many retries.
const quiet = { rateLimited: 0, pausedMs: 0, retries: 0 };

/** A request LlamaCloud refused with 429, and how much longer it made the pause every request waits out. */
export function countRateLimited(addedPauseMs: number): void {
  quiet.rateLimited++;
  quiet.pausedMs += addedPauseMs;
}

/** A retry after a fault whose kind has had its lines already. */
export function countQuietRetry(): void {
  quiet.retries++;
}

/** `; 30 requests refused by rate limits (429) and retried, 9s paused in all; 12 retries after faults not logged`, or nothing. */
export function heldBack(): string {
  const rateLimited = quiet.rateLimited
    ? `; ${plural(quiet.rateLimited, 'request')} refused by rate limits (429) and retried, ${formatDuration(quiet.pausedMs)} paused in all`
    : '';
  const retries = quiet.retries ? `; ${quiet.retries} ${quiet.retries === 1 ? 'retry' : 'retries'} after faults not logged` : '';
  return rateLimited + retries;
}
