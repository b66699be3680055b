// The /api/v2/extract routes, as pure functions of the job store and one authenticated request.
import { randomUUID } from 'node:crypto';
import { versionIssue } from './configuration.js';
import { DEFAULT_PROJECT_ID, type EmulatedJob } from './job-state.js';
import { bufferReply, jsonReply, validationReply, type Reply } from './reply.js';
import { jobBody, listBody } from './serialize.js';
import { checkComponent, checkQuery, type ValidationIssue } from './spec.js';
import type { FileTable } from './files.js';
import { isReply, page, pageSize } from './paging.js';
import type { Table } from './table.js';
import type { JobScript, SavedConfigurationScript, TimelineStep } from './types.js';

export type JobTable = Table<EmulatedJob, 'fileInput' | 'configurationId'>;

export interface ApiContext {
  /** The list route serves them newest first. */
  jobs: JobTable;
  /** What a create's `file_input` must name (a `dfl-` ID); parse job IDs (`pjb-`) are taken as they are. */
  files: FileTable;
  configurations: Map<string, SavedConfigurationScript>;
  /** Of each job a create makes; default CREATED_TIMELINE. */
  createdTimeline?: TimelineStep[];
  addJob(script: JobScript): EmulatedJob;
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
const CREATED_PAGES = 2;
/** Credits per page of each tier, as the spec's `tier` description prices them. */
const CREDITS_PER_PAGE: Record<string, number> = { cost_effective: 5, agentic: 15, agentic_plus: 50 };

const unprocessable = (detail: ValidationIssue[]) => jsonReply(422, { detail });

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

function findJob(ctx: ApiContext, id: string, query: URLSearchParams): EmulatedJob | undefined {
  const job = ctx.jobs.get(id);
  const projectId = query.get('project_id');
  return job && (projectId === null || projectId === job.projectId) ? job : undefined;
}

function getJob(ctx: ApiContext, req: ApiRequest, id: string): Reply {
  const invalid = checkQuery('GET', '/api/v2/extract/{job_id}', req.query);
  if (invalid.length > 0) return unprocessable(invalid);
  const job = findJob(ctx, id, req.query);
  if (!job) return NOT_FOUND();
  const now = ctx.now();
  job.sync(now);
  const body = jobBody(job, { shape: job.shape, expand: new Set(multi(req.query, 'expand')), bearer: req.bearer });
  job.read(now);
  return bufferReply(200, body);
}

function cancelJob(ctx: ApiContext, req: ApiRequest, id: string): Reply {
  const invalid = checkQuery('POST', '/api/v2/extract/{job_id}/cancel', req.query);
  if (invalid.length > 0) return unprocessable(invalid);
  const job = findJob(ctx, id, req.query);
  if (!job) return NOT_FOUND();
  if (!job.cancel(ctx.now())) return jsonReply(400, { detail: 'Job is already in a terminal state' });
  return bufferReply(200, jobBody(job, { shape: job.shape, expand: new Set(multi(req.query, 'expand')), bearer: req.bearer }));
}

function listJobs(ctx: ApiContext, req: ApiRequest): Reply {
  const { query } = req;
  const invalid = checkQuery('GET', '/api/v2/extract', query);
  if (invalid.length > 0) return unprocessable(invalid);
  const size = pageSize(query, PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX);
  if (isReply(size)) return size;

  const ids = multi(query, 'job_ids');
  // One status, as the spec's `status` is a single value: the last one sent, as FastAPI takes it.
  const status = query.getAll('status').pop();
  const projectId = query.get('project_id');
  // `document_input_value` is the deprecated name of `file_input`.
  const fileInput = query.get('file_input') ?? query.get('document_input_value');
  const inputType = query.get('document_input_type');
  const configurationId = query.get('configuration_id');
  const time = (name: string, otherwise: number) => {
    const text = query.get(name);
    return text === null ? otherwise : Date.parse(text);
  };
  const since = time('created_at_on_or_after', -Infinity);
  const until = time('created_at_on_or_before', Infinity);
  const now = ctx.now();
  // The narrowest index the filters name, then every filter.
  const candidates =
    ids.length > 0
      ? ctx.jobs.withIds(ids)
      : fileInput !== null
        ? ctx.jobs.where('fileInput', fileInput)
        : configurationId !== null
          ? ctx.jobs.where('configurationId', configurationId)
          : ctx.jobs.newestFirst();
  const matching = candidates.filter((job) => {
    job.sync(now);
    return (
      (ids.length === 0 || ids.includes(job.id)) &&
      (status === undefined || status === job.status) &&
      (projectId === null || projectId === job.projectId) &&
      (fileInput === null || fileInput === job.fileInput) &&
      (inputType === null || inputType === inputTypeOf(job)) &&
      (configurationId === null || configurationId === job.configurationId) &&
      job.createdAt >= since &&
      job.createdAt <= until
    );
  });
  const served = page(matching, query, size);
  if (isReply(served)) return served;
  // The list never carries usage (that needs expand=usage on a single job).
  const expand = new Set(multi(query, 'expand').filter((e) => e !== 'usage'));
  const items = served.items.map((job) => jobBody(job, { shape: 'current', expand, bearer: req.bearer }));
  for (const job of served.items) job.read(now);
  return bufferReply(200, listBody(items, served.next, matching.length));
}

/** `document_input_type`: what a job's `file_input` names. */
function inputTypeOf(job: EmulatedJob): string {
  return job.fileInput.startsWith('pjb-') ? 'parse_job_id' : 'file_id';
}

function createJob(ctx: ApiContext, req: ApiRequest): Reply {
  let input: unknown;
  try {
    input = JSON.parse(req.body.toString() || 'null');
  } catch {
    return validationReply(['body'], 'JSON decode error', 'json_invalid');
  }
  const invalid = [...checkQuery('POST', '/api/v2/extract', req.query), ...checkComponent('ExtractV2JobCreate', input, ['body'])];
  if (invalid.length > 0) return unprocessable(invalid);
  const body = input as { file_input: string; configuration?: Record<string, unknown> | null; configuration_id?: string | null };
  const badVersion = versionIssue(body.configuration?.version);
  if (badVersion) return validationReply(['body', 'configuration', 'version'], badVersion, 'value_error');
  const byId = typeof body.configuration_id === 'string';
  const inline = body.configuration !== undefined && body.configuration !== null;
  if (byId === inline) {
    return validationReply(['body'], 'Value error, provide exactly one of configuration_id or configuration', 'value_error');
  }
  const projectId = req.query.get('project_id') ?? DEFAULT_PROJECT_ID;
  const file = ctx.files.get(body.file_input);
  if (!body.file_input.startsWith('pjb-') && (!file || file.projectId !== projectId)) {
    return jsonReply(404, { detail: `File not found: ${body.file_input}` });
  }
  let configuration = body.configuration ?? undefined;
  if (body.configuration_id) {
    const saved = ctx.configurations.get(body.configuration_id);
    if (!saved || (saved.projectId ?? DEFAULT_PROJECT_ID) !== projectId) {
      return jsonReply(404, { detail: `Configuration not found: ${body.configuration_id}` });
    }
    configuration = saved.configuration;
  }
  const tier = typeof configuration?.tier === 'string' ? configuration.tier : 'cost_effective';
  const credits = CREATED_PAGES * (CREDITS_PER_PAGE[tier] ?? 0);
  const job = ctx.addJob({
    id: `ext-${randomUUID()}`,
    projectId,
    fileInput: body.file_input,
    timeline: ctx.createdTimeline ?? CREATED_TIMELINE,
    usage: { num_pages_extracted: CREATED_PAGES, num_pages_billed: CREATED_PAGES, credits, extract_credits: credits, parse_credits: 0 },
    configuration,
    ...(body.configuration_id ? { configurationId: body.configuration_id } : {})
  });
  ctx.billed(credits);
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
