// Reads a job from the API's bytes by what is present, so the seed shape, the current shape and
// fields added later all parse; only a body that is not a job at all is refused. The bytes come split by
// JobBody: the result aside (as served, never re-serialised), the rest small enough to parse.
import { type ExtractJob } from '../model/types.js';
import { KeptResult, servedJob, SpooledResult, type ResultBody } from '../model/result-body.js';
import type { JobBodyParts } from './job-body.js';
import { objectAt, readUsage } from '../model/usage.js';
import { BadPayloadError } from './api-errors.js';
import { isObject } from '../lib/json-walk.js';

const JSON_NULL = Buffer.from('null');

export function parseJob(parts: JobBodyParts): ExtractJob {
  const job = parseJson(parts.rest);
  if (!isObject(job)) throw new BadPayloadError('not a JSON object');
  if (typeof job.id !== 'string' || typeof job.status !== 'string') {
    throw new BadPayloadError(`JSON without a job's "id" and "status": ${describeKeys(job)}`);
  }
  const result = resultOf(parts);
  return {
    id: job.id,
    status: job.status,
    errorMessage: typeof job.error_message === 'string' && job.error_message ? job.error_message : undefined,
    createdAt: stringAt(job, 'created_at'),
    updatedAt: stringAt(job, 'updated_at'),
    fileInput: stringAt(job, 'file_input') ?? stringAt(job, 'value'),
    usage: readUsage(job),
    fieldMetadata: objectAt(job, 'extract_metadata')?.field_metadata ?? undefined,
    result,
    served: servedJob(parts.rest, parts.resultAt, result)
  };
}

/** A result served as `null` is no result. One kept in memory is small: parsed once here, for the gates and the summary. */
function resultOf({ json, spool }: JobBodyParts): ResultBody | undefined {
  if (spool) return new SpooledResult(spool);
  return json && !json.equals(JSON_NULL) ? new KeptResult(json, parseJson(json)) : undefined;
}

/** A job as a list (or a create) answers it: what the sweeps, reuse and adoption look at. */
export interface ListedJob {
  id: string;
  status: string;
  /** The file or parse job it extracts (`file_input`; `value` in the older shape). */
  fileInput?: string;
  projectId?: string;
  createdAt?: string;
  configurationId?: string;
  /** Only with `expand=configuration`. */
  configuration?: Record<string, unknown>;
}

/** The jobs of a list page, and the token of the next page. */
export function parseJobList(body: Buffer): { jobs: ListedJob[]; nextPageToken?: string } {
  const page = parseJson(body);
  if (!isObject(page) || !Array.isArray(page.items)) throw new BadPayloadError(`JSON without "items": ${describeKeys(page)}`);
  const jobs = page.items.filter(isObject).flatMap((item) => {
    const job = listedJob(item);
    return job ? [job] : [];
  });
  return { jobs, nextPageToken: nextToken(page) };
}

/** No token, null or empty: the last page. */
function nextToken(page: Record<string, unknown>): string | undefined {
  return typeof page.next_page_token === 'string' && page.next_page_token ? page.next_page_token : undefined;
}

/** The answer to a create: the new job. */
export function parseCreatedJob(body: Buffer): ListedJob {
  const value = parseJson(body);
  const job = isObject(value) ? listedJob(value) : undefined;
  if (!job) throw new BadPayloadError(`JSON without a job's "id" and "status": ${describeKeys(value)}`);
  return job;
}

/** What LlamaCloud's IDs look like (`ext-…`, `dfl-…`): anything else is not taken as one, so it never reaches a log line. */
export const API_ID = /^[A-Za-z0-9_-]{1,128}$/;

function listedJob(item: Record<string, unknown>): ListedJob | undefined {
  if (typeof item.id !== 'string' || !API_ID.test(item.id) || typeof item.status !== 'string') return undefined;
  return {
    id: item.id,
    status: item.status,
    fileInput: stringAt(item, 'file_input') ?? stringAt(item, 'value'),
    projectId: stringAt(item, 'project_id'),
    createdAt: stringAt(item, 'created_at'),
    configurationId: stringAt(item, 'configuration_id'),
    configuration: isObject(item.configuration) ? item.configuration : undefined
  };
}

/** A file as the files API answers it. */
export interface FileRecord {
  id: string;
  externalFileId?: string;
  projectId?: string;
  /** ISO time after which the service may remove it; absent: never. */
  expiresAt?: string;
}

export function parseFile(body: Buffer): FileRecord {
  const value = parseJson(body);
  const file = isObject(value) ? fileRecord(value) : undefined;
  if (!file) throw new BadPayloadError(`JSON without a file's "id": ${describeKeys(value)}`);
  return file;
}

/** The files of a list page, and the token of the next page. */
export function parseFileList(body: Buffer): { files: FileRecord[]; nextPageToken?: string } {
  const page = parseJson(body);
  if (!isObject(page) || !Array.isArray(page.items)) throw new BadPayloadError(`JSON without "items": ${describeKeys(page)}`);
  const files = page.items.filter(isObject).flatMap((item) => {
    const file = fileRecord(item);
    return file ? [file] : [];
  });
  return { files, nextPageToken: nextToken(page) };
}

function fileRecord(item: Record<string, unknown>): FileRecord | undefined {
  if (typeof item.id !== 'string' || !API_ID.test(item.id)) return undefined;
  return {
    id: item.id,
    externalFileId: stringAt(item, 'external_file_id'),
    projectId: stringAt(item, 'project_id'),
    expiresAt: stringAt(item, 'expires_at')
  };
}

function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new BadPayloadError(`not valid JSON (${(error as Error).message})`);
  }
}

function stringAt(job: Record<string, unknown>, key: string): string | undefined {
  const value = job[key];
  return typeof value === 'string' && value ? value : undefined;
}

function describeKeys(value: unknown): string {
  return isObject(value)
    ? `keys ${Object.keys(value).slice(0, 8).join(', ') || '(none)'}`
    : `a JSON ${Array.isArray(value) ? 'array' : typeof value}`;
}
