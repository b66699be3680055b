// Shared shapes that flow one way: settings -> client -> poller (JobRead) -> gates, files -> one Judgement per job.

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
  /** The exact JSON text of `extract_result` as served (numbers keep their precision); absent when null or missing. */
  resultJson?: Buffer;
  /** `extract_result` parsed once, for the gates and the summary: only up to 8 MiB, larger ones stay bytes. */
  parsedResult?: unknown;
  /** The whole job as served, for `job-file`. */
  raw: Buffer;
}

/** A JSON object (not an array, not null): what the API's loosely typed fields are checked with. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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

/** What the poller learnt of one job: what was read, not yet what it means (see judgement.ts). */
export interface JobRead {
  id: string;
  /** Last status seen; empty when the job could not be read at all. */
  status: string;
  /** The last read of the job, when there was one. */
  job?: ExtractJob;
  /** The wait ended (timeout) before the job did. */
  timedOut: boolean;
  /** A reading error that ended the wait for this job (404, auth, retries exhausted...), or the last one before the timeout. */
  error?: string;
}

/** What the gates found in one completed job. */
export interface GateResult {
  violations: Violation[];
  /** Whether the job carried any confidence numbers; set only when min-confidence is. */
  hasConfidence?: boolean;
}

/** What writing one job's files gave: the paths written (relative to the workspace when inside it), or why not. */
export interface WriteResult {
  resultFile?: string;
  jobFile?: string;
  error?: string;
}
