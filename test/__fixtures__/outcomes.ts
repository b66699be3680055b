// Jobs and outcomes as the poller hands them on, for the tests of what comes after it.
import type { ExtractJob, JobOutcome } from '../../src/types.js';

export const job = (id: string, status: string, extra: Partial<ExtractJob> = {}): ExtractJob => ({
  id,
  status,
  usage: {},
  raw: Buffer.from('{}'),
  ...extra
});

export const outcome = (id: string, status: string, extra: Partial<JobOutcome> = {}, jobExtra: Partial<ExtractJob> = {}): JobOutcome => ({
  id,
  status,
  job: job(id, status, jobExtra),
  timedOut: false,
  violations: [],
  ...extra
});
