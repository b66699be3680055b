// Jobs, reads and judgements as the stages hand them on, for the tests of what comes after the poller.
import { JobBody } from '../../src/api/job-body.js';
import { parseJob } from '../../src/api/parse-job.js';
import { Spools } from '../../src/lib/spool.js';
import { KeptResult, type ResultBody } from '../../src/model/result-body.js';
import { judge, type Judgement } from '../../src/judge/judgement.js';
import type { ExtractJob, JobRead, Violation } from '../../src/model/types.js';
import type { ComparisonFinding } from '../../src/compare/describe.js';

/** Where readJob spools a result over 8 MiB: a test that reads one removes it with `spools.removeAll()`. */
export const spools = new Spools();

/** A job read from `body` as the client reads one: through JobBody (masked, checked, split), then parsed. */
export function readJob(body: Buffer | string, pieces = 1): ExtractJob {
  const bytes = Buffer.from(body);
  const reader = new JobBody(spools);
  const size = Math.ceil(bytes.length / pieces);
  for (let at = 0; at < bytes.length; at += size) reader.write(bytes.subarray(at, at + size));
  return parseJob(reader.end());
}

export const job = (id: string, status: string, extra: Partial<ExtractJob> = {}): ExtractJob => ({
  id,
  status,
  usage: {},
  served: [Buffer.from('{}')],
  ...extra
});

/** A result served as `text`, kept in memory and parsed as the client keeps one up to 8 MiB. */
export const kept = (text: string): ResultBody => new KeptResult(Buffer.from(text), JSON.parse(text));

export const read = (id: string, status: string, extra: Partial<JobRead> = {}, jobExtra: Partial<ExtractJob> = {}): JobRead => ({
  id,
  status,
  job: job(id, status, jobExtra),
  timedOut: false,
  ...extra
});

/** What the stages after the poller found: gates, comparisons, files, cancels. */
export interface Found {
  violations?: Violation[];
  hasConfidence?: boolean;
  resultFile?: string;
  writeError?: string;
  cancelRequested?: boolean;
  comparison?: ComparisonFinding;
}

export const TIMEOUT_MS = 60_000;

/** The judgement of a job read with `status` (a 1-minute timeout). */
export const judgement = (
  id: string,
  status: string,
  extra: Partial<JobRead> & Found = {},
  jobExtra: Partial<ExtractJob> = {}
): Judgement => {
  const { violations, hasConfidence, resultFile, writeError, cancelRequested, comparison, ...readExtra } = extra;
  return judge(
    read(id, status, readExtra, jobExtra),
    {
      gates: violations || hasConfidence !== undefined ? { violations: violations ?? [], hasConfidence } : undefined,
      write: { resultFile, error: writeError },
      cancelRequested,
      comparison
    },
    { timeoutMs: TIMEOUT_MS }
  );
};

/** The judgement of a document of the file mode that got no job. */
export const notStarted = (file: string, message: string): Judgement =>
  judge(
    { id: '', source: { file, fileId: '', reused: false }, status: '', timedOut: false, startError: message },
    {},
    { timeoutMs: TIMEOUT_MS }
  );
