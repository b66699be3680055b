// Job JSON in both API shapes, built as Buffers: extract_result is spliced in as raw bytes, never re-stringified.
import { randomUUID } from 'node:crypto';
import { uuidFrom, type EmulatedJob } from './job-state.js';
import type { JobShape, JobUsage } from './types.js';

/** Stands in for extract_result while the small rest of the job is stringified; unique per process so no real value collides. */
const RESULT_MARK = `\u0000extract_result:${randomUUID()}`;
const RESULT_MARK_JSON = JSON.stringify(RESULT_MARK);
/** Likewise for field metadata given as exact JSON text (`fieldMetadataRaw`). */
const METADATA_MARK = `\u0000field_metadata:${randomUUID()}`;
const METADATA_MARK_JSON = JSON.stringify(METADATA_MARK);

export interface SerializeOptions {
  shape: JobShape;
  /** `expand` values of the request; ignored by the seed shape. */
  expand: ReadonlySet<string>;
  /** The caller's token, for `echoApiKey` jobs. */
  bearer: string;
}

const iso = (ms: number) => new Date(ms).toISOString();

function pick(usage: JobUsage, keys: Array<keyof JobUsage>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of keys) {
    const value = usage[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** ExtractUsage: "Null until billing has recorded it", so null until the job is terminal and billed. */
function credits(job: EmulatedJob): Record<string, number | null> {
  const known = pick(job.usage, ['credits', 'extract_credits', 'parse_credits']);
  if (job.billed) return known;
  return Object.fromEntries(Object.keys(known).map((key) => [key, null]));
}

function errorMessage(job: EmulatedJob, bearer: string): string | null {
  if (job.status !== 'FAILED' && job.status !== 'CANCELLED') return null;
  const message = job.script.errorMessage ?? null;
  return job.script.echoApiKey ? `${message ?? 'Extraction failed'} (request made with Authorization: Bearer ${bearer})` : message;
}

function currentShape(job: EmulatedJob, expand: ReadonlySet<string>, bearer: string, completed: boolean): Record<string, unknown> {
  return {
    id: job.id,
    file_input: job.fileInput,
    project_id: job.projectId,
    configuration_id: job.configurationId,
    // The configuration (resolved) is served only when asked for, as the spec's expand says.
    ...(expand.has('configuration') ? { configuration: job.configuration } : {}),
    status: job.status,
    error_message: errorMessage(job, bearer),
    extract_result: completed ? RESULT_MARK : null,
    created_at: iso(job.createdAt),
    updated_at: iso(job.updatedAt),
    metadata: { usage: pick(job.usage, ['num_pages_extracted', 'num_pages_billed']) },
    ...(expand.has('usage') ? { usage: credits(job) } : {}),
    ...(expand.has('extract_metadata')
      ? {
          extract_metadata: {
            field_metadata: completed ? metadataOf(job) : null,
            parse_job_id: `pjb-${uuidFrom(`parse:${job.id}`)}`,
            parse_tier: job.configuration.parse_tier ?? null
          }
        }
      : {})
  };
}

function seedShape(job: EmulatedJob, bearer: string, completed: boolean): Record<string, unknown> {
  return {
    id: job.id,
    created_at: iso(job.createdAt),
    parameters: {
      parse_config_id: null,
      extract_options: { extraction_target: job.configuration.extraction_target, tier: job.configuration.tier }
    },
    project_id: job.projectId,
    status: job.status,
    type: 'file_id',
    value: job.fileInput,
    updated_at: iso(job.updatedAt),
    configuration_id: job.configurationId,
    error_message: errorMessage(job, bearer),
    extract_metadata: {
      field_metadata: completed ? metadataOf(job) : null,
      parse_job_id: `pjb-${uuidFrom(`parse:${job.id}`)}`,
      parse_tier: job.configuration.parse_tier ?? null,
      usage: pick(job.usage, ['num_document_tokens', 'num_output_tokens', 'num_pages_extracted'])
    },
    extract_result: completed ? RESULT_MARK : null
  };
}

/** The job as of its current (already synced) state. */
export function jobBody(job: EmulatedJob, { shape, expand, bearer }: SerializeOptions): Buffer {
  const completed = job.status === 'COMPLETED';
  const fields = shape === 'seed' ? seedShape(job, bearer, completed) : currentShape(job, expand, bearer, completed);
  const text = JSON.stringify({ ...fields, ...job.script.extra });
  // A mark is absent when the job is not completed, or `extra` replaced its field.
  return splice(
    splice(Buffer.from(text), METADATA_MARK_JSON, () => Buffer.from(job.script.fieldMetadataRaw ?? 'null')),
    RESULT_MARK_JSON,
    () => job.resultJson()
  );
}

function metadataOf(job: EmulatedJob): unknown {
  return job.script.fieldMetadataRaw === undefined ? job.fieldMetadata : METADATA_MARK;
}

/** `text` with the first `mark` replaced by raw bytes, which are never re-serialised. */
function splice(text: Buffer, mark: string, raw: () => Buffer): Buffer {
  const at = text.indexOf(mark);
  if (at < 0) return text;
  return Buffer.concat([text.subarray(0, at), raw(), text.subarray(at + Buffer.byteLength(mark))]);
}

/** ExtractV2JobQueryResponse around already-serialised items. */
export function listBody(items: Buffer[], nextPageToken: string | null, totalSize: number): Buffer {
  const parts: Buffer[] = [Buffer.from('{"items":[')];
  items.forEach((item, i) => parts.push(...(i === 0 ? [item] : [Buffer.from(','), item])));
  parts.push(Buffer.from(`],"next_page_token":${JSON.stringify(nextPageToken)},"total_size":${totalSize}}`));
  return Buffer.concat(parts);
}
