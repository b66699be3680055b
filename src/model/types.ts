// Shared shapes that flow one way: settings -> client -> poller (JobRead) -> gates, files -> one Judgement per job.
import type { FilePart } from '../lib/atomic-file.js';
import type { RunOrigin } from './origin.js';
import type { ResultBody } from './result-body.js';

/** Every usage number a job carries, flattened: `num_pages_extracted`, `credits`, ... Absent means unknown, never 0. */
export type Usage = Record<string, number>;

/** One extract job as read from the API, whichever shape (seed or current) it came in. */
export interface ExtractJob {
  id: string;
  /** As served; an unknown value (the API added one) is kept as is. */
  status: string;
  errorMessage?: string;
  createdAt?: string;
  updatedAt?: string;
  /** `file_input` (current shape) or `value` (seed shape): the document the job read. */
  fileInput?: string;
  usage: Usage;
  /** `extract_metadata.field_metadata`, untouched: holds per-field confidence when enabled. */
  fieldMetadata?: unknown;
  /** `extract_result` as served, in memory or spooled; absent when null or missing. */
  result?: ResultBody;
  /** The whole job as served, for `job-file`: a spooled result stays a spool. */
  served: FilePart[];
}

/** A gate's complaint about one field of one job. */
export interface Violation {
  jobId: string;
  gate: 'schema' | 'confidence';
  /** JSON path of the field: `/total` (schema, `/` for the document root) or `items[2].amount` (confidence). */
  path: string;
  message: string;
  confidence?: number;
}

/** File mode: the document a job was started from (or reused for). */
interface JobSource {
  /** Relative to the workspace, `/`-separated. */
  file: string;
  fileId: string;
  /** `sha256:<hex>` of the document's bytes. */
  digest?: string;
  /** An earlier COMPLETED job taken instead of a new one (`reuse: true`). */
  reused: boolean;
  /** Replayed: the result is a baseline report's, taken with no request; the run it comes from. */
  replayedFrom?: RunOrigin;
}

/** What the poller learnt of one job: what was read, not yet what it means (see judgement.ts). */
export interface JobRead {
  id: string;
  /** File mode only: the document the start stage started (or reused) the job for. */
  source?: JobSource;
  /** Last status seen; empty when the job could not be read at all. */
  status: string;
  /** The last read of the job, when there was one. */
  job?: ExtractJob;
  /** The wait ended (timeout) before the job did. */
  timedOut: boolean;
  /** A reading error that ended the wait for this job (404, auth, retries exhausted...), or the last one before the timeout. */
  error?: string;
  /** File mode: why the document got no job (a 413, retries run out, a refused file). The read is then of no job: `id` is empty. */
  startError?: string;
  /** With `startError`: not a failure, the document awaits an extraction this run cannot make (no key, on a fork). */
  deferred?: boolean;
}

/** What the gates found in one completed job. */
export interface GateResult {
  violations: Violation[];
  /** Whether the job carried any confidence numbers; set only when min-confidence is. */
  hasConfidence?: boolean;
}

/** What writing one job's files gave: where its result was written (relative to the workspace when inside it), or why not. */
export interface WriteResult {
  resultFile?: string;
  /** The result file's absolute path: what the result is read back from once its bytes are let go. */
  writtenTo?: string;
  error?: string;
}
