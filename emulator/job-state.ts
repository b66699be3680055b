// One scripted job's clock: which timeline step it is on (by time or by reads), and when it changed.
import { createHash } from 'node:crypto';
import { sampleFieldMetadata, sampleInvoice } from './samples.js';
import type { JobScript, JobShape, JobUsage, JobView, TimelineStep } from './types.js';

export const DEFAULT_PROJECT_ID = '5c1f8a2e-7b3d-4e90-a6c4-2d8f1b0e9a37';

const TERMINAL = new Set(['COMPLETED', 'FAILED', 'CANCELLED']);

export function isTerminal(status: string): boolean {
  return TERMINAL.has(status);
}

/** A UUID-looking id derived from `seed`, so generated ids are stable across runs. */
export function uuidFrom(seed: string): string {
  const h = createHash('sha1').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

const isCount = (n: unknown) => n === undefined || (typeof n === 'number' && n >= 0);

function validate(script: JobScript): TimelineStep[] {
  if (typeof script?.id !== 'string' || script.id === '') throw new Error('job script needs a non-empty string id');
  const where = `job '${script.id}'`;
  if (!isCount(script.billedAfterReads)) throw new Error(`${where}: billedAfterReads must be >= 0`);
  if (script.shape !== undefined && script.shape !== 'current' && script.shape !== 'seed') {
    throw new Error(`${where}: shape must be 'current' or 'seed'`);
  }
  const timeline = script.timeline ?? [{ status: 'COMPLETED' }];
  if (!Array.isArray(timeline) || timeline.length === 0) throw new Error(`${where}: timeline must be a non-empty array`);
  timeline.forEach((step, i) => {
    if (typeof step?.status !== 'string' || step.status === '') throw new Error(`${where}: step ${i} needs a status`);
    if (!isCount(step.forMs) || !isCount(step.forPolls)) throw new Error(`${where}: step ${i}: forMs/forPolls must be >= 0`);
    if (i < timeline.length - 1 && step.forMs === undefined && step.forPolls === undefined) {
      throw new Error(`${where}: step ${i} (${step.status}) is not the last, so it needs forMs or forPolls`);
    }
  });
  return timeline;
}

export class EmulatedJob {
  readonly id: string;
  readonly shape: JobShape;
  readonly projectId: string;
  readonly fileInput: string;
  readonly usage: JobUsage;
  readonly configurationId: string | null;
  readonly createdAt: number;
  updatedAt: number;
  completedAt?: number;
  readCount = 0;

  private readonly timeline: TimelineStep[];
  private step = 0;
  private stepStartedAt: number;
  private stepReads = 0;
  private lastReadAt: number;
  private cancelled = false;
  private resultBytes?: Buffer;
  /** Reads since the job became terminal, for `billedAfterReads`. */
  private terminalReads = 0;

  /** `configuration`: what the job reports, already resolved. */
  constructor(
    readonly script: JobScript,
    now: number,
    readonly configuration: Record<string, unknown>
  ) {
    this.timeline = validate(script);
    this.id = script.id;
    this.shape = script.shape ?? 'current';
    this.projectId = script.projectId ?? DEFAULT_PROJECT_ID;
    this.fileInput = script.fileInput ?? `dfl-${uuidFrom(`file:${script.id}`)}`;
    this.usage = script.usage ?? {};
    this.configurationId = script.configurationId ?? null;
    this.createdAt = this.updatedAt = this.stepStartedAt = this.lastReadAt = now;
    if (isTerminal(this.status)) this.completedAt = now;
    this.sync(now);
  }

  get status(): string {
    return this.cancelled ? 'CANCELLED' : this.timeline[this.step]!.status;
  }

  /** Moves past every step that has run out by `now`; each change is dated when its step ran out, not when noticed. */
  sync(now: number): void {
    while (!this.cancelled && this.step < this.timeline.length - 1) {
      const { forMs, forPolls } = this.timeline[this.step]!;
      const byTime = forMs === undefined ? Infinity : this.stepStartedAt + forMs;
      const byPolls = forPolls !== undefined && this.stepReads >= forPolls ? this.lastReadAt : Infinity;
      const endedAt = Math.min(byTime, byPolls);
      if (endedAt > now) return;
      this.enter(this.step + 1, endedAt);
    }
  }

  /** Counts one read, after its answer was built: a `forPolls` step runs out right after its last read. */
  read(now: number): void {
    if (isTerminal(this.status)) this.terminalReads++;
    this.readCount++;
    this.stepReads++;
    this.lastReadAt = now;
    this.sync(now);
  }

  /** Credits are known once the job is terminal and billing has caught up (`billedAfterReads`). */
  get billed(): boolean {
    return isTerminal(this.status) && this.terminalReads >= (this.script.billedAfterReads ?? 0);
  }

  /** False when the job is already terminal. */
  cancel(now: number): boolean {
    this.sync(now);
    if (isTerminal(this.status)) return false;
    this.cancelled = true;
    this.updatedAt = this.completedAt = now;
    return true;
  }

  /** The exact `extract_result` text, built once: a 100 MB result is not re-serialised per read. */
  resultJson(): Buffer {
    const { resultRaw, result } = this.script;
    this.resultBytes ??=
      resultRaw !== undefined
        ? Buffer.isBuffer(resultRaw)
          ? resultRaw
          : Buffer.from(resultRaw)
        : Buffer.from(JSON.stringify(result === undefined ? sampleInvoice : result) ?? 'null');
    return this.resultBytes;
  }

  get fieldMetadata(): unknown {
    const { fieldMetadata, result, resultRaw } = this.script;
    if (fieldMetadata !== undefined) return fieldMetadata;
    return result === undefined && resultRaw === undefined ? sampleFieldMetadata : null;
  }

  view(now: number): JobView {
    this.sync(now);
    const { id, status, createdAt, updatedAt, completedAt, readCount } = this;
    return { id, status, createdAt, updatedAt, ...(completedAt === undefined ? {} : { completedAt }), readCount };
  }

  private enter(step: number, at: number): void {
    const before = this.status;
    this.step = step;
    this.stepStartedAt = this.lastReadAt = at;
    this.stepReads = 0;
    if (this.status === before) return;
    this.updatedAt = at;
    this.completedAt = isTerminal(this.status) ? at : undefined;
  }
}
