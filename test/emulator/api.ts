// The /api/v2/extract routes, as pure functions of the job store and one authenticated request.
import { randomUUID } from 'node:crypto';
import { DEFAULT_PROJECT_ID, type JobState } from './job-state.js';
import { bufferReply, jsonReply, validationReply, type Reply } from './reply.js';
import { jobBody, listBody } from './serialize.js';
import type { StoredFile } from './files.js';
import type { JobScript } from './types.js';

export interface ApiContext {
  /** In insertion order; the list route serves it newest first. */
  jobs: Map<string, JobState>;
  /** What a create's `file_input` must name (a `dfl-` ID); parse job IDs (`pjb-`) are taken as they are. */
  files: Map<string, StoredFile>;
  addJob(script: JobScript): JobState;
  /** Called for each job made by a create, with the credits it bills. */
  billed(credits: number): void;
  now(): number;
}

export interface ApiRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  bearer: string;
  body: Buffer;
}

const COLLECTION = /^\/api\/v2\/extract\/?$/;
const ONE_JOB = /^\/api\/v2\/extract\/([^/]+)(\/cancel)?$/;
const PAGE_SIZE_DEFAULT = 50;
const PAGE_SIZE_MAX = 100;

/** Jobs made by POST /api/v2/extract: about 2 s of work, like a small real document. */
const CREATED_TIMELINE = [{ status: 'PENDING', forMs: 500 }, { status: 'RUNNING', forMs: 1500 }, { status: 'COMPLETED' }];
const CREATED_USAGE = { num_pages_extracted: 2, num_pages_billed: 2, credits: 10, extract_credits: 10, parse_credits: 0 };

const NOT_FOUND = () => jsonReply(404, { detail: 'Extract job not found' });

/** Repeated values and comma-joined ones alike: `expand=a&expand=b` or `expand=a,b`. */
function multi(query: URLSearchParams, name: string): string[] {
  return query
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}

/** The job named in the path of a job route, and whether it is the cancel route. */
function jobPath(path: string): { id: string; cancel: boolean } | undefined {
  const match = ONE_JOB.exec(path);
  if (!match) return undefined;
  const [, sent = '', cancel] = match;
  let id = sent;
  try {
    id = decodeURIComponent(id);
  } catch {
    // A malformed escape is kept as sent: it then names no job, which is the honest answer.
  }
  return { id, cancel: cancel !== undefined };
}

function findJob(ctx: ApiContext, id: string, query: URLSearchParams): JobState | undefined {
  const job = ctx.jobs.get(id);
  const projectId = query.get('project_id');
  return job && (projectId === null || projectId === job.projectId) ? job : undefined;
}

function getJob(ctx: ApiContext, req: ApiRequest, id: string): Reply {
  const job = findJob(ctx, id, req.query);
  if (!job) return NOT_FOUND();
  const now = ctx.now();
  job.sync(now);
  const body = jobBody(job, { shape: job.shape, expand: new Set(multi(req.query, 'expand')), bearer: req.bearer });
  job.read(now);
  return bufferReply(200, body);
}

function cancelJob(ctx: ApiContext, req: ApiRequest, id: string): Reply {
  const job = findJob(ctx, id, req.query);
  if (!job) return NOT_FOUND();
  if (!job.cancel(ctx.now())) return jsonReply(400, { detail: 'Job is already in a terminal state' });
  return bufferReply(200, jobBody(job, { shape: job.shape, expand: new Set(multi(req.query, 'expand')), bearer: req.bearer }));
}

/** Page tokens are opaque to clients; here they are just the offset. */
const pageToken = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url');

function pageOffset(token: string | null): number | undefined {
  if (token === null) return 0;
  const match = /^offset:(\d+)$/.exec(Buffer.from(token, 'base64url').toString());
  return match ? Number(match[1]) : undefined;
}

function listJobs(ctx: ApiContext, req: ApiRequest): Reply {
  const { query } = req;
  const sizeText = query.get('page_size');
  const size = sizeText === null ? PAGE_SIZE_DEFAULT : Number(sizeText);
  if (!Number.isInteger(size) || size < 1) {
    return validationReply(['query', 'page_size'], 'Input should be a valid integer greater than 0', 'int_parsing');
  }
  const offset = pageOffset(query.get('page_token'));
  if (offset === undefined) return jsonReply(400, { detail: 'Invalid page_token' });

  const ids = multi(query, 'job_ids');
  const statuses = multi(query, 'status');
  const projectId = query.get('project_id');
  const fileInput = query.get('file_input');
  const sinceText = query.get('created_at_on_or_after');
  const since = sinceText === null ? -Infinity : Date.parse(sinceText);
  if (Number.isNaN(since))
    return validationReply(['query', 'created_at_on_or_after'], 'Input should be a valid datetime', 'datetime_parsing');
  const now = ctx.now();
  const matching = [...ctx.jobs.values()].reverse().filter((job) => {
    job.sync(now);
    return (
      (ids.length === 0 || ids.includes(job.id)) &&
      (statuses.length === 0 || statuses.includes(job.status)) &&
      (projectId === null || projectId === job.projectId) &&
      (fileInput === null || fileInput === job.fileInput) &&
      job.createdAt >= since
    );
  });
  const end = offset + Math.min(size, PAGE_SIZE_MAX);
  const page = matching.slice(offset, end);
  // The list never carries usage (that needs expand=usage on a single job).
  const expand = new Set(multi(query, 'expand').filter((e) => e !== 'usage'));
  const items = page.map((job) => jobBody(job, { shape: 'current', expand, bearer: req.bearer }));
  for (const job of page) job.read(now);
  return bufferReply(200, listBody(items, end < matching.length ? pageToken(end) : null, matching.length));
}

function createJob(ctx: ApiContext, req: ApiRequest): Reply {
  let input: { file_input?: unknown; configuration?: unknown; configuration_id?: unknown };
  try {
    input = JSON.parse(req.body.toString() || 'null');
  } catch {
    return validationReply(['body'], 'JSON decode error', 'json_invalid');
  }
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return validationReply(['body'], 'Input should be a valid dictionary or object', 'model_attributes_type');
  }
  if (typeof input.file_input !== 'string') {
    return input.file_input === undefined
      ? validationReply(['body', 'file_input'], 'Field required', 'missing')
      : validationReply(['body', 'file_input'], 'Input should be a valid string', 'string_type');
  }
  if (input.configuration_id === undefined && input.configuration === undefined) {
    return validationReply(['body'], 'Provide configuration_id or configuration', 'value_error');
  }
  const projectId = req.query.get('project_id') ?? DEFAULT_PROJECT_ID;
  const file = ctx.files.get(input.file_input);
  if (!input.file_input.startsWith('pjb-') && (!file || file.projectId !== projectId)) {
    return jsonReply(404, { detail: `File not found: ${input.file_input}` });
  }
  const job = ctx.addJob({
    id: `ext-${randomUUID()}`,
    projectId,
    fileInput: input.file_input,
    timeline: CREATED_TIMELINE,
    usage: CREATED_USAGE,
    extra: {
      configuration_id: input.configuration_id ?? null,
      ...(input.configuration === undefined ? {} : { configuration: input.configuration })
    }
  });
  ctx.billed(CREATED_USAGE.credits);
  return bufferReply(200, jobBody(job, { shape: 'current', expand: new Set(), bearer: req.bearer }));
}

export function routeApi(ctx: ApiContext, req: ApiRequest): Reply {
  const methodNotAllowed = () => jsonReply(405, { detail: 'Method Not Allowed' });
  if (COLLECTION.test(req.path)) {
    if (req.method === 'GET') return listJobs(ctx, req);
    return req.method === 'POST' ? createJob(ctx, req) : methodNotAllowed();
  }
  const target = jobPath(req.path);
  if (!target) return jsonReply(404, { detail: 'Not Found' });
  if (target.cancel) return req.method === 'POST' ? cancelJob(ctx, req, target.id) : methodNotAllowed();
  return req.method === 'GET' ? getJob(ctx, req, target.id) : methodNotAllowed();
}

/** The job named in the path, for request records. */
export function pathJobId(path: string): string | undefined {
  return jobPath(path)?.id;
}

/** The jobs a request is about, for fault matching: the one in the path, or the list's `job_ids`. */
export function requestJobIds(path: string, query: URLSearchParams): string[] {
  const id = pathJobId(path);
  if (id !== undefined) return [id];
  return COLLECTION.test(path) ? multi(query, 'job_ids') : [];
}
