// What is known of each job while waiting, and the progress lines a person reads in the log.
import { KNOWN_STATUSES, TERMINAL_STATUSES } from '../lib/constants.js';
import { ApiError, RequestFailedError } from '../api/api-errors.js';
import { formatDuration } from '../lib/duration.js';
import * as log from '../runner/log.js';
import { heldBack, Progress, PROGRESS_EVERY_MS } from '../runner/progress.js';
import { systemClock, type Clock } from '../lib/clock.js';
import type { ExtractJob, JobRead } from '../model/types.js';
import { stateOf } from '../model/state.js';

/** What is known of one job while waiting for it. */
interface TrackedJob {
  status: string;
  job?: ExtractJob;
  error?: string;
  /** No more reads: terminal, or a read failed for good. */
  done: boolean;
  /** Handed on once ended: only its label is kept, for the progress lines. */
  handed?: boolean;
  /** What the progress lines call a job handed on: it no longer changes, so it is worked out once. */
  label?: string;
}

export class JobTracker {
  private readonly tracked = new Map<string, TrackedJob>();
  /** The record of every job handed on with a label, shared. */
  private readonly handedAs = new Map<string, Readonly<TrackedJob>>();
  private readonly warnedStatuses = new Set<string>();
  private lastLine = '';
  private lastLineAt = 0;
  private readonly progress: Progress;
  private readonly jobIds: string[] = [];
  private expected = 0;

  constructor(
    jobIds: readonly string[],
    private readonly started: number,
    private readonly clock: Pick<Clock, 'now'> = systemClock
  ) {
    for (const id of jobIds) this.add(id);
    this.progress = new Progress(this.total, started, clock);
  }

  /** A job to wait for from now on (one known already is not tracked twice). */
  add(id: string): void {
    if (this.tracked.has(id)) return;
    this.tracked.set(id, { status: '', done: false });
    this.jobIds.push(id);
  }

  /** How many jobs there will be in all, as far as is known: what the progress lines count to. */
  expect(total: number): void {
    this.expected = total;
    this.progress.resize(this.total);
  }

  get size(): number {
    return this.jobIds.length;
  }

  get total(): number {
    return Math.max(this.expected, this.jobIds.length);
  }

  pending(): string[] {
    return this.jobIds.filter((id) => !this.of(id).done);
  }

  /** A status seen in a list sweep; the job stays pending until it has been read in full. */
  seen(id: string, status: string): void {
    this.of(id).status = status;
    this.warnIfUnknown(id, status);
  }

  /** Reads one job; a final failure ends that job's wait, a timeout leaves it pending. */
  async read(id: string, fetch: () => Promise<ExtractJob>): Promise<void> {
    const known = this.of(id);
    try {
      const job = await fetch();
      known.job = job;
      known.status = job.status;
      known.done = TERMINAL_STATUSES.includes(job.status);
      this.warnIfUnknown(id, job.status);
    } catch (error) {
      if (error instanceof RequestFailedError && error.deadlineReached) {
        known.error = error.message;
      } else if (error instanceof ApiError || error instanceof RequestFailedError) {
        known.error = error.message;
        known.done = true;
      } else {
        throw error;
      }
    }
  }

  /**
   * The read of a job that has ended, once: the caller takes its result from here on, and the tracker keeps only
   * what the progress lines call it. Undefined for a job still pending or handed on before.
   */
  handOver(id: string): JobRead | undefined {
    const known = this.of(id);
    if (!known.done || known.handed) return undefined;
    const label = this.label(id);
    // Jobs handed on are most of them by the end, and no longer change: they share one record per label.
    let handed = this.handedAs.get(label);
    if (!handed) {
      handed = Object.freeze({ status: '', done: true, handed: true, label });
      this.handedAs.set(label, handed);
    }
    this.tracked.set(id, handed);
    return { id, status: known.status, job: known.job, timedOut: false, error: known.error };
  }

  /** Logs where things stand: one job on every change of status, many every few seconds with their pace. */
  report(): void {
    const [first] = this.jobIds;
    // Nothing to say before the first job has come.
    if (first === undefined) return;
    if (this.total > 1) {
      this.progress.report(this.jobIds.length - this.pending().length, () => this.manyLine());
      return;
    }
    const at = this.clock.now();
    const line = this.singleLine(first);
    if (line === this.lastLine && at - this.lastLineAt < PROGRESS_EVERY_MS) return;
    this.lastLine = line;
    this.lastLineAt = at;
    log.info(`${line}${heldBack()} (${formatDuration(at - this.started)})`);
  }

  /** What was read of the jobs not handed on, in the order they came; jobs still pending timed out when `waited`. */
  reads(waited: boolean): JobRead[] {
    return this.jobIds.flatMap((id) => {
      const known = this.of(id);
      return known.handed ? [] : [{ id, status: known.status, job: known.job, timedOut: waited && !known.done, error: known.error }];
    });
  }

  /** As the judgement will call it: a pending job is still in progress whatever error its last read had. */
  private label(id: string): string {
    const known = this.of(id);
    if (known.label !== undefined) return known.label;
    return stateOf({ ...known, timedOut: !known.done }) === 'unreadable' ? 'unreadable' : known.status || 'not read yet';
  }

  private singleLine(id: string): string {
    const label = this.label(id);
    return `Job ${id}: ${label === 'unreadable' ? 'could not be read' : label}`;
  }

  private manyLine(): string {
    const counts = new Map<string, number>();
    for (const id of this.jobIds) {
      const key = this.label(id);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    // Jobs yet to come from the start stage are not counted by status.
    const done = this.jobIds.length - this.pending().length;
    const parts = [...counts].map(([status, count]) => `${count} ${status}`).join(', ');
    return `${done} of ${this.total} jobs finished: ${parts}`;
  }

  private warnIfUnknown(id: string, status: string): void {
    if (KNOWN_STATUSES.includes(status) || this.warnedStatuses.has(status)) return;
    this.warnedStatuses.add(status);
    log.warning(
      `Job ${id} has status '${status}', which this action does not know: it is treated as still running until it ends or the timeout is reached.`
    );
  }

  private of(id: string): TrackedJob {
    return this.tracked.get(id) as TrackedJob;
  }
}
