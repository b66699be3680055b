// `max-credits` during the run: LlamaCloud bills a job when it ends, so the estimate checked before the start can
// be passed while later documents are still being created (a document converted to more pages than counted).
// Before each new job the credits billed by the jobs this step created so far are read afresh; once they reach
// the budget, no new job is created.
import { MAX_IN_FLIGHT, type CallOptions } from '../../api/call-policy.js';
import type { ExtractClient } from '../../api/extract-client.js';
import { Inputs, TERMINAL_STATUSES } from '../../lib/constants.js';
import { mapLimit } from '../../lib/concurrency.js';
import { grouped } from '../../lib/markdown.js';

export class CreditMeter {
  private billed = 0;
  /** Jobs created by this step whose credits are not known yet, with the file each was made for. */
  private readonly unbilled = new Map<string, string>();
  private reading: Promise<void> | undefined;
  /** The reading after the one under way, shared by every document that asks before it begins. */
  private next: Promise<void> | undefined;

  constructor(
    private readonly client: ExtractClient,
    private readonly maxCredits: number,
    private readonly call: CallOptions
  ) {}

  /** Why no new job may be created (the credits billed have reached the budget), or undefined. */
  private get reached(): string | undefined {
    if (this.billed < this.maxCredits) return undefined;
    return `the credits billed by this step's jobs (${grouped(this.billed)}) reached ${Inputs.MaxCredits} ${grouped(this.maxCredits)}`;
  }

  /**
   * Before a new job: the credits of every job created until now, read by a reading that begins after this call
   * (documents asking at once share it). A reading that fails throws: a step that cannot tell what it spent
   * creates nothing more.
   */
  async check(): Promise<string | undefined> {
    if (this.reached === undefined && this.unbilled.size > 0) await this.fresh();
    return this.reached;
  }

  /** A job this step created: it bills when it ends. */
  add(jobId: string, fileId: string): void {
    this.unbilled.set(jobId, fileId);
  }

  private fresh(): Promise<void> {
    if (!this.reading) {
      this.reading = this.read().finally(() => (this.reading = undefined));
      return this.reading;
    }
    // The reading under way began before the caller asked: a job may have ended since it listed them.
    this.next ??= this.reading
      .catch(() => undefined)
      .then(() => {
        this.next = undefined;
        return this.fresh();
      });
    return this.next;
  }

  /** One listing of the unbilled jobs' statuses, and a read of each that ended (only a read of the job carries its credits). */
  private async read(): Promise<void> {
    const ids = [...this.unbilled.keys()];
    const statuses = await this.client.listStatuses(ids, this.call);
    const ended = ids.filter((id) => TERMINAL_STATUSES.includes(statuses.get(id) ?? ''));
    await mapLimit(ended, MAX_IN_FLIGHT, async (id) => {
      const job = await this.client.getJob(id, this.call, this.unbilled.get(id));
      // Read for its credits only: the wait reads the job again for its result.
      job.result?.discard();
      // Credits stay null a moment after the end, until billing has recorded them: read again next time.
      if (job.usage.credits === undefined) return;
      this.billed += job.usage.credits;
      this.unbilled.delete(id);
    });
  }
}
