// Jobs and outcomes as the poller hands them on, for the tests of what comes after it.
import { JobBody } from '../../src/api/job-body.js';
import { parseJob } from '../../src/api/parse-job.js';
import type { ExtractJob, JobOutcome } from '../../src/types.js';

/** A job read from `body` as the client reads one: through JobBody (masked, checked, split), then parsed. */
export function readJob(body: Buffer | string, pieces = 1): ExtractJob {
  const bytes = Buffer.from(body);
  const reader = new JobBody();
  const size = Math.ceil(bytes.length / pieces);
  for (let at = 0; at < bytes.length; at += size) reader.write(bytes.subarray(at, at + size));
  return parseJob(reader.end());
}

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
