// LlamaCloud's extract and file endpoints: each builds its path and query, says what a right answer is
// (another job's, file's or project's is refused as a wrong answer) and hands the request to the loop.
import type { IncomingHttpHeaders } from 'node:http';
import { Readable } from 'node:stream';
import { JOB_EXPAND } from '../lib/constants.js';
import { systemClock, type Clock } from '../lib/clock.js';
import { ActionError } from '../lib/errors.js';
import { multipartBody } from '../http/multipart.js';
import type { HttpResponse, RequestBody, Transport } from '../http/transport.js';
import type { JobConfiguration } from '../settings/settings.js';
import type { ExtractJob } from '../model/types.js';
import { WrongAnswerError } from './api-errors.js';
import { SHORT_BOUND_MS, type CallOptions } from './call-policy.js';
import type { JobBodyParts } from './job-body.js';
import { jobSink, listSink } from './job-sink.js';
import type { Spools } from '../lib/spool.js';
import { parseCreatedJob, parseFile, parseFileList, parseJob, parseJobList, type FileRecord, type ListedJob } from './parse-job.js';
import { RequestLoop, type ApiRequest } from './request-loop.js';

interface ClientConfig {
  baseUrl: string;
  apiKey: string;
  projectId?: string;
  organizationId?: string;
}

interface ClientOptions {
  /** Epoch ms at which the step started: policies that fail fast count from here. Now, when not given. */
  startedAt?: number;
  clock?: Clock;
}

/** What an ID from the API may look like to be named in a message; anything else is not repeated. */
const SHOWN_ID = /^[A-Za-z0-9_:.-]{1,128}$/;
const named = (value: string | undefined): string => (value === undefined ? 'none' : SHOWN_ID.test(value) ? `'${value}'` : 'another');

const EXTRACT_PATH = '/api/v2/extract';
const FILES_PATH = '/api/v1/beta/files';
const LIST_PAGE_SIZE = 50;
/**
 * Pages of the project-wide listings, as large as the service serves: files are small records (LlamaCloud
 * documents 1,000 as its usual most, larger sizes coerced); a job carries its whole extract_result, and the
 * extract list serves at most 100.
 */
const FILES_PAGE_SIZE = 1000;
const JOBS_PAGE_SIZE = 100;
/** Pages of a job list read for reuse or adoption: the newest jobs of one file come first. */
const MAX_LIST_PAGES = 4;
/** A file with less left than this before it expires is uploaded again. */
const EXPIRY_MARGIN_MS = 15 * 60_000;

/** One page of a listing, and the token of the next one (none on the last page). */
export interface Page<T> {
  items: T[];
  nextPageToken?: string;
}

interface Upload {
  name: string;
  size: number;
  externalFileId: string;
  /** The document's bytes, read afresh for each try. */
  read: () => AsyncIterable<Buffer>;
}

export class ExtractClient {
  /** What every request and its errors may name: the key is kept apart (in the loop), so no error context carries it. */
  private readonly scope: Omit<ClientConfig, 'apiKey'>;
  private readonly clock: Clock;
  private readonly loop: RequestLoop;

  /** `spools`: where a job's result too large for memory goes as it arrives. */
  constructor(
    { apiKey, baseUrl, projectId, organizationId }: ClientConfig,
    transport: Transport,
    private readonly spools: Spools,
    options: ClientOptions = {}
  ) {
    this.scope = { baseUrl, projectId, organizationId };
    this.clock = options.clock ?? systemClock;
    this.loop = new RequestLoop(transport, apiKey, this.clock, (options.startedAt ?? this.clock.now()) + SHORT_BOUND_MS);
  }

  /** `fileInput`: the file the job was made for, when known; an answer naming another is refused. */
  getJob(jobId: string, options: CallOptions, fileInput?: string): Promise<ExtractJob> {
    const query = JOB_EXPAND.map((value): [string, string] => ['expand', value]);
    const parse = (response: HttpResponse): ExtractJob => {
      const parts = response.received as JobBodyParts;
      const job = parseJob(parts);
      if (job.id !== jobId) {
        parts.spool?.discard();
        throw new WrongAnswerError(`the answer is job '${job.id}', not the job '${jobId}' asked for`);
      }
      if (fileInput !== undefined && job.fileInput !== fileInput) {
        parts.spool?.discard();
        throw new WrongAnswerError(
          `the answer is job '${job.id}' of file ${named(job.fileInput)}, not of file '${fileInput}' it was made for`
        );
      }
      return job;
    };
    // A job's answer is masked, checked and split as it arrives; other answers are collected.
    const sink = (status: number, headers: IncomingHttpHeaders) => jobSink(status, headers, this.spools);
    return this.loop.call({ ...this.request('GET', `${EXTRACT_PATH}/${jobId}`, query, jobId), parse, sink }, options);
  }

  /** Status of each listed job that the API knows, in as few requests as the page size allows. */
  async listStatuses(jobIds: string[], options: CallOptions): Promise<Map<string, string>> {
    const statuses = new Map<string, string>();
    for (let first = 0; first < jobIds.length; first += LIST_PAGE_SIZE) {
      const chunk = jobIds.slice(first, first + LIST_PAGE_SIZE);
      const wanted = new Set(chunk);
      const tokens = new Set<string>();
      let pageToken: string | undefined;
      do {
        const query: Array<[string, string]> = [
          ...chunk.map((id): [string, string] => ['job_ids', id]),
          ['page_size', String(LIST_PAGE_SIZE)]
        ];
        if (pageToken) query.push(['page_token', pageToken]);
        const page = await this.loop.call({ ...this.request('GET', EXTRACT_PATH, query), parse: listedJobs, sink: listSink }, options);
        const before = wanted.size;
        for (const job of page.jobs) {
          statuses.set(job.id, job.status);
          wanted.delete(job.id);
        }
        pageToken = page.nextPageToken;
        // Every page must bring a job asked for and a token not seen before: a listing that does not advance
        // would otherwise be read back to back without end. The caller then reads the jobs one by one.
        if (pageToken && (wanted.size === before || tokens.has(pageToken))) {
          throw new ActionError(
            `GET ${EXTRACT_PATH} made no progress: a page brought none of the jobs asked for, or a next_page_token seen before`
          );
        }
        if (pageToken) tokens.add(pageToken);
      } while (pageToken && wanted.size > 0);
    }
    return statuses;
  }

  async cancelJob(jobId: string, options: CallOptions): Promise<void> {
    await this.loop.call({ ...this.request('POST', `${EXTRACT_PATH}/${jobId}/cancel`, [], jobId), parse: () => undefined }, options);
  }

  /** The file uploaded under `externalFileId` that will not expire soon, if there is one. */
  async findFile(externalFileId: string, options: CallOptions): Promise<FileRecord | undefined> {
    const query: Array<[string, string]> = [
      ['external_file_id', externalFileId],
      ['page_size', String(LIST_PAGE_SIZE)]
    ];
    const parse = (response: HttpResponse) => parseFileList(response.body);
    const { files } = await this.loop.call({ ...this.request('GET', FILES_PATH, query), parse }, options);
    return files.find((file) => file.externalFileId === externalFileId && this.inProject(file.projectId) && this.lasts(file));
  }

  /** Whether a file will still be there when its job reads it: one about to expire may be gone by then. */
  lasts(file: FileRecord): boolean {
    return file.expiresAt === undefined || Date.parse(file.expiresAt) > this.clock.now() + EXPIRY_MARGIN_MS;
  }

  /** One page of the project's files. The listing stands for the whole project, so a file of another project makes it a wrong answer. */
  async listFiles(pageToken: string | undefined, options: CallOptions): Promise<Page<FileRecord>> {
    const query: Array<[string, string]> = [['page_size', String(FILES_PAGE_SIZE)]];
    if (pageToken) query.push(['page_token', pageToken]);
    const parse = (response: HttpResponse) => {
      const page = parseFileList(response.body);
      for (const file of page.files) this.checkProject(`file '${file.id}'`, file.projectId);
      return page;
    };
    const { files, nextPageToken } = await this.loop.call({ ...this.request('GET', FILES_PATH, query), parse }, options);
    return { items: files, nextPageToken };
  }

  /** Streams the document as multipart/form-data; before sending it again, looks its digest up (an upload whose answer was lost). */
  uploadFile(upload: Upload, options: CallOptions): Promise<FileRecord> {
    const body = multipartBody(
      [
        ['purpose', 'extract'],
        ['external_file_id', upload.externalFileId]
      ],
      { field: 'file', read: upload.read, name: upload.name, size: upload.size }
    );
    const parse = (response: HttpResponse): FileRecord => {
      const file = parseFile(response.body);
      if (file.externalFileId !== upload.externalFileId) {
        throw new WrongAnswerError(`the answer is a file uploaded as ${named(file.externalFileId)}, not as '${upload.externalFileId}'`);
      }
      this.checkProject('file', file.projectId);
      return file;
    };
    const reconcile = () => this.findFile(upload.externalFileId, options);
    return this.loop.call({ ...this.request('POST', FILES_PATH, []), parse, body, limit: 'uploads', reconcile }, options);
  }

  /** Creates a job; a try that may have made one is only repeated after `reconcile` found none. */
  createJob(
    fileId: string,
    configuration: JobConfiguration,
    options: CallOptions,
    reconcile: () => Promise<ListedJob | undefined>
  ): Promise<ListedJob> {
    const fields = 'id' in configuration ? { configuration_id: configuration.id } : { configuration: configuration.inline };
    const json = Buffer.from(JSON.stringify({ file_input: fileId, ...fields }));
    const body: RequestBody = { contentType: 'application/json', length: json.length, open: () => Readable.from([json]) };
    const parse = (response: HttpResponse): ListedJob => this.checkJob(parseCreatedJob(response.body), fileId);
    return this.loop.call({ ...this.request('POST', EXTRACT_PATH, []), parse, body, limit: 'creates', reconcile }, options);
  }

  /** Jobs of one file, newest first, with their configuration; `since` (epoch ms) keeps only those created from then on. */
  async listJobsOfFile(fileId: string, filter: { status?: string; since?: number }, options: CallOptions): Promise<ListedJob[]> {
    const jobs: ListedJob[] = [];
    let pageToken: string | undefined;
    for (let page = 0; page < MAX_LIST_PAGES && (page === 0 || pageToken); page++) {
      const query: Array<[string, string]> = [
        ['file_input', fileId],
        ['expand', 'configuration'],
        ['page_size', String(LIST_PAGE_SIZE)]
      ];
      if (filter.status) query.push(['status', filter.status]);
      if (filter.since !== undefined) query.push(['created_at_on_or_after', new Date(filter.since).toISOString()]);
      if (pageToken) query.push(['page_token', pageToken]);
      const parse = (response: HttpResponse) => {
        const page = listedJobs(response);
        for (const job of page.jobs) this.checkJob(job, fileId, filter.status);
        return page;
      };
      const answer = await this.loop.call({ ...this.request('GET', EXTRACT_PATH, query), parse, sink: listSink }, options);
      jobs.push(...answer.jobs);
      pageToken = answer.nextPageToken;
    }
    return jobs;
  }

  /**
   * One page of the project's jobs (of every file and status, newest first), with their configuration;
   * `configurationId` keeps only the jobs made with that saved configuration.
   */
  async listJobs(filter: { configurationId?: string }, pageToken: string | undefined, options: CallOptions): Promise<Page<ListedJob>> {
    const query: Array<[string, string]> = [
      ['expand', 'configuration'],
      ['page_size', String(JOBS_PAGE_SIZE)]
    ];
    if (filter.configurationId !== undefined) query.push(['configuration_id', filter.configurationId]);
    if (pageToken) query.push(['page_token', pageToken]);
    const parse = (response: HttpResponse) => {
      const page = listedJobs(response);
      for (const job of page.jobs) {
        this.checkProject(`job '${job.id}'`, job.projectId);
        if (filter.configurationId !== undefined && job.configurationId !== filter.configurationId) {
          throw new WrongAnswerError(
            `the answer holds job '${job.id}' of configuration ${named(job.configurationId)}, not '${filter.configurationId}' asked for`
          );
        }
      }
      return page;
    };
    const { jobs, nextPageToken } = await this.loop.call({ ...this.request('GET', EXTRACT_PATH, query), parse, sink: listSink }, options);
    return { items: jobs, nextPageToken };
  }

  /** A job of the file, the project (when `project-id` is given) and the status asked for, or a wrong answer. */
  private checkJob(job: ListedJob, fileId: string, status?: string): ListedJob {
    if (job.fileInput !== fileId) {
      throw new WrongAnswerError(`the answer holds job '${job.id}' of file ${named(job.fileInput)}, not of file '${fileId}' asked for`);
    }
    this.checkProject(`job '${job.id}'`, job.projectId);
    if (status !== undefined && job.status !== status) {
      throw new WrongAnswerError(`the answer holds job '${job.id}' in status ${named(job.status)}, not ${status} as asked`);
    }
    return job;
  }

  private checkProject(what: string, projectId: string | undefined): void {
    if (this.inProject(projectId)) return;
    throw new WrongAnswerError(
      `the answer holds a ${what} of project ${named(projectId)}, not of project '${this.scope.projectId}' asked for`
    );
  }

  private inProject(projectId: string | undefined): boolean {
    return this.scope.projectId === undefined || projectId === this.scope.projectId;
  }

  /** The address in this client's project and organization, and what the request's errors may name. */
  private request(
    method: 'GET' | 'POST',
    path: string,
    query: Array<[string, string]>,
    jobId?: string
  ): Pick<ApiRequest<unknown>, 'method' | 'url' | 'context'> {
    const url = new URL(`${this.scope.baseUrl}${path}`);
    for (const [name, value] of query) url.searchParams.append(name, value);
    if (this.scope.projectId) url.searchParams.append('project_id', this.scope.projectId);
    if (this.scope.organizationId) url.searchParams.append('organization_id', this.scope.organizationId);
    return { method, url, context: { what: `${method} ${url.pathname}`, jobId, ...this.scope } };
  }
}

/** A list page's jobs, from what is left of it once its results went by (listSink). */
function listedJobs(response: HttpResponse): ReturnType<typeof parseJobList> {
  return parseJobList((response.received as JobBodyParts).rest);
}
