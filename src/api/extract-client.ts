// LlamaCloud's extract endpoints with the retry policy applied: every call is bounded by a deadline
// and a retry budget, and ends in a job, a final ApiError, or a RequestFailedError saying what went wrong.
import { Readable } from 'node:stream';
import * as log from '../runner/log.js';
import { JOB_EXPAND } from '../lib/constants.js';
import { ActionError } from '../lib/errors.js';
import { formatDuration } from '../lib/duration.js';
import { backoffMs, isCertificateError, isRetryableStatus, retryAfterMs } from '../http/retry-policy.js';
import type { IncomingHttpHeaders } from 'node:http';
import { multipartBody } from '../http/multipart.js';
import { NetworkError, type BodySink, type HttpRequest, type HttpResponse, type RequestBody, type Transport } from '../http/transport.js';
import type { JobConfiguration } from '../settings/input-helper.js';
import { redactBuffer } from '../runner/redact.js';
import type { ExtractJob } from '../model/types.js';
import { AdaptiveLimit } from './adaptive-limit.js';
import { apiError, snippet, statusText, type RequestContext, BadPayloadError } from './api-errors.js';
import { JobBody, type JobBodyParts } from './job-body.js';
import type { Spools } from '../lib/spool.js';
import { parseCreatedJob, parseFile, parseFileList, parseJob, parseJobList, type FileRecord, type ListedJob } from './parse-job.js';
import { RateWindow } from './rate-window.js';

export interface ClientConfig {
  baseUrl: string;
  apiKey: string;
  projectId?: string;
  organizationId?: string;
}

export interface CallOptions {
  /** Epoch ms: no request starts after it and none outlives it. */
  deadline: number;
  /** Tries after the first one (not counted while an outage is ridden out, see `rideOut`). */
  maxRetries: number;
  /** Once the API has answered in this step, transient faults are retried until `deadline`: an outage is ridden out. */
  rideOut?: boolean;
  /**
   * Epoch ms: until the API has answered once in this step, calls give up here and an answer must begin by
   * then, so a wrong base-url, a dead proxy or an API down from the start fails fast, not at the timeout.
   */
  reachBy?: number;
  signal?: AbortSignal;
}

/** Transient failures went on until the retry budget or the deadline ran out. */
export class RequestFailedError extends ActionError {
  constructor(
    message: string,
    readonly deadlineReached: boolean
  ) {
    super(message);
  }
}

/**
 * An answer about another job, file, project or status than the one asked for (a cache or proxy mixing
 * answers up): never taken for it, and worth another try.
 */
class WrongAnswerError extends BadPayloadError {}

/** What an ID from the API may look like to be named in a message; anything else is not repeated. */
const SHOWN_ID = /^[A-Za-z0-9_:.-]{1,128}$/;
const named = (value: string | undefined): string => (value === undefined ? 'none' : SHOWN_ID.test(value) ? `'${value}'` : 'another');

/**
 * No request waits longer than this, however much of the timeout is left: a read gets no longer in all, an
 * upload no longer without its body moving, nor for its answer after the last byte.
 */
const MAX_WAIT_MS = 60_000;
const LIST_PAGE_SIZE = 50;
/** Pages of a job list read for reuse or adoption: the newest jobs of one file come first. */
const MAX_LIST_PAGES = 4;
const FILES_PATH = '/api/v1/beta/files';
/** A file about to expire may be gone before its job reads it: one with less left than this is uploaded again. */
const EXPIRY_MARGIN_MS = 15 * 60_000;
/** LlamaCloud's published limits (see ../shared/api/README.md): kept on our side rather than learnt from 429s. */
const UPLOADS_PER_WINDOW = 50;
const UPLOAD_WINDOW_MS = 5000;
const CREATES_PER_SECOND = 15;
/**
 * Added to each window: a request reaches the server a little after it was counted here (a connection to
 * open, headers to write), and a later one may get there faster, so an exact window would now and then be
 * refused (on a busy runner, by tens of milliseconds). 2% of the upload window, which bounds a run.
 */
const WINDOW_MARGIN_MS = 100;
/** Connection failures that never reached the service: a create refused this way made no job. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
/** A try made at the short bound (see reachBy) still gets this long to be answered, so its failure says what is wrong. */
const MIN_ANSWER_MS = 1000;
/** However soon a server asks for another try: a few tries a second at most, even through a long outage. */
const MIN_RETRY_MS = 250;
/** Requests in flight at once, before any 429 lowers it: bounds sockets for 200 jobs. */
export const MAX_IN_FLIGHT = 8;
const NETWORK_ADVICE = "Check base-url and the runner's network and proxy settings (HTTPS_PROXY, NO_PROXY).";
const STATUS_ADVICE = 'LlamaCloud is unavailable or rate-limiting: try again later, or raise timeout.';
const CERTIFICATE_ADVICE =
  "The server's TLS certificate is not trusted (self-signed, expired or for another host), so nothing is sent there: check base-url; behind a proxy that inspects TLS, give Node its CA certificate with NODE_EXTRA_CA_CERTS.";
const PAYLOAD_ADVICE = "A proxy or firewall may be answering instead of LlamaCloud: check base-url and the runner's proxy settings.";

/** What a request beyond a plain read needs. */
interface CallExtras<T> {
  body?: RequestBody;
  /** A published rate limit each try waits for. */
  window?: RateWindow;
  /** Takes a successful answer's body as it arrives, instead of collecting it. */
  sink?: HttpRequest['sink'];
  /** A try that may have reached the service is followed by this before the next: what it made, if it did. */
  reconcile?: () => Promise<T | undefined>;
}

export interface Upload {
  name: string;
  size: number;
  externalFileId: string;
  /** The document's bytes, read afresh for each try. */
  read: () => AsyncIterable<Buffer>;
}

const clock = { now: Date.now, sleep };

export class ExtractClient {
  private rateLimitedUntil = 0;
  private readonly uploads = new RateWindow(UPLOADS_PER_WINDOW, UPLOAD_WINDOW_MS + WINDOW_MARGIN_MS, clock);
  private readonly creates = new RateWindow(CREATES_PER_SECOND, 1000 + WINDOW_MARGIN_MS, clock);
  /** The API has answered in this step: its address, key and the way there work, so later faults are transient. */
  private answered = false;
  /** When the current run of failed tries began (any call's), for the message that gives up on it. */
  private failingSince?: number;
  private readonly inFlight = new AdaptiveLimit(MAX_IN_FLIGHT);
  /** What every request and its errors may name: the key is kept apart, so no error context carries it. */
  private readonly scope: Omit<ClientConfig, 'apiKey'>;
  private readonly authorization: string;

  /** `spools`: where a job's result too large for memory goes as it arrives. */
  constructor(
    { apiKey, baseUrl, projectId, organizationId }: ClientConfig,
    private readonly transport: Transport,
    private readonly spools: Spools
  ) {
    this.scope = { baseUrl, projectId, organizationId };
    this.authorization = `Bearer ${apiKey}`;
  }

  /** `fileInput`: the file the job was made for, when known; an answer naming another is refused. */
  getJob(jobId: string, options: CallOptions, fileInput?: string): Promise<ExtractJob> {
    const url = this.url(`/api/v2/extract/${jobId}`, [...JOB_EXPAND.map((value): [string, string] => ['expand', value])]);
    // A job's answer is masked, checked and split as it arrives (see JobBody); other answers are collected.
    const sink = (status: number, headers: IncomingHttpHeaders): BodySink | undefined =>
      status >= 200 && status < 300 ? jobSink(headers, this.spools) : undefined;
    const read = (response: HttpResponse): ExtractJob => {
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
    return this.call('GET', url, { jobId }, options, read, { sink });
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
        const page = await this.call('GET', this.url('/api/v2/extract', query), {}, options, (response) => parseJobList(response.body));
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
            `GET /api/v2/extract made no progress: a page brought none of the jobs asked for, or a next_page_token seen before`
          );
        }
        if (pageToken) tokens.add(pageToken);
      } while (pageToken && wanted.size > 0);
    }
    return statuses;
  }

  async cancelJob(jobId: string, options: CallOptions): Promise<void> {
    await this.call('POST', this.url(`/api/v2/extract/${jobId}/cancel`, []), { jobId }, options, () => undefined);
  }

  /** The file uploaded under `externalFileId` that will not expire soon, if there is one. */
  async findFile(externalFileId: string, options: CallOptions): Promise<FileRecord | undefined> {
    const url = this.url(FILES_PATH, [
      ['external_file_id', externalFileId],
      ['page_size', String(LIST_PAGE_SIZE)]
    ]);
    const files = await this.call('GET', url, {}, options, (response) => parseFileList(response.body));
    const usableAfter = Date.now() + EXPIRY_MARGIN_MS;
    return files.find(
      (file) =>
        file.externalFileId === externalFileId &&
        this.inProject(file.projectId) &&
        (file.expiresAt === undefined || Date.parse(file.expiresAt) > usableAfter)
    );
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
    const read = (response: HttpResponse): FileRecord => {
      const file = parseFile(response.body);
      if (file.externalFileId !== upload.externalFileId) {
        throw new WrongAnswerError(`the answer is a file uploaded as ${named(file.externalFileId)}, not as '${upload.externalFileId}'`);
      }
      this.checkProject('file', file.projectId);
      return file;
    };
    return this.call('POST', this.url(FILES_PATH, []), {}, options, read, {
      body,
      window: this.uploads,
      reconcile: () => this.findFile(upload.externalFileId, options)
    });
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
    const read = (response: HttpResponse): ListedJob => this.checkJob(parseCreatedJob(response.body), fileId);
    return this.call('POST', this.url('/api/v2/extract', []), {}, options, read, {
      body,
      window: this.creates,
      reconcile
    });
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
      const read = (response: HttpResponse) => {
        const page = parseJobList(response.body);
        for (const job of page.jobs) this.checkJob(job, fileId, filter.status);
        return page;
      };
      const answer = await this.call('GET', this.url('/api/v2/extract', query), {}, options, read);
      jobs.push(...answer.jobs);
      pageToken = answer.nextPageToken;
    }
    return jobs;
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

  /**
   * One request within the in-flight limit and any rate-limit pause, its body masked on arrival; undefined
   * when the deadline came while it waited for its turn: no request starts after the deadline.
   */
  private async send(
    method: 'GET' | 'POST',
    url: URL,
    options: CallOptions,
    answerBy: number,
    extras: CallExtras<unknown>
  ): Promise<HttpResponse | undefined> {
    // The window place is held from here but counted only as the request goes out, after the wait for an
    // in-flight place and any 429 pause: counted earlier, it would reach the server after its window had
    // moved on. Held first, it keeps a request waiting for the window from holding an in-flight place.
    const slot = await extras.window?.reserve(options.deadline, options.signal);
    if (extras.window && !slot) return undefined;
    let sent: HttpResponse;
    const release = await this.inFlight.acquire();
    try {
      await this.waitOutRateLimit(options);
      const left = options.deadline - Date.now();
      if (left <= 0) return undefined;
      slot?.sent();
      sent = await this.transport.send({
        method,
        url,
        headers: { Authorization: this.authorization, Accept: 'application/json' },
        body: extras.body,
        timeoutMs: left,
        maxWaitMs: MAX_WAIT_MS,
        answerTimeoutMs: Math.max(MIN_ANSWER_MS, answerBy - Date.now()),
        signal: options.signal,
        sink: extras.sink
      });
    } finally {
      // A request that never went out (a stop during the pause) still counts, from now.
      slot?.sent();
      release();
    }
    if (sent.status === 429) {
      this.inFlight.refused();
      this.rateLimitedUntil = Math.max(this.rateLimitedUntil, Date.now() + (retryAfterMs(sent.headers) ?? backoffMs(0)));
    } else {
      this.inFlight.accepted();
    }
    // Masked on arrival: a key the API echoes cannot reach a message, file or summary, whole or cut short
    // (a sink masks what it takes as it comes).
    return { ...sent, body: redactBuffer(sent.body) };
  }

  /** A 429 speaks for the whole key: every read in flight holds off until it has passed, not just the one refused. */
  private async waitOutRateLimit(options: CallOptions): Promise<void> {
    const pause = Math.min(this.rateLimitedUntil, options.deadline) - Date.now();
    if (pause > 0) await sleep(pause, options.signal);
  }

  private url(path: string, query: Array<[string, string]>): URL {
    const url = new URL(`${this.scope.baseUrl}${path}`);
    for (const [name, value] of query) url.searchParams.append(name, value);
    if (this.scope.projectId) url.searchParams.append('project_id', this.scope.projectId);
    if (this.scope.organizationId) url.searchParams.append('organization_id', this.scope.organizationId);
    return url;
  }

  private async call<T>(
    method: 'GET' | 'POST',
    url: URL,
    ids: { jobId?: string },
    options: CallOptions,
    parse: (response: HttpResponse) => T,
    extras: CallExtras<T> = {}
  ): Promise<T> {
    const context: RequestContext = { what: `${method} ${url.pathname}`, ...ids, ...this.scope };
    const started = Date.now();
    // Tries that failed for a fault: a 429 is none (the service says when to come back), so a run of them,
    // however short their Retry-After, is ridden out until the deadline.
    let faults = 0;
    let last: { failure: string; advice: string } | undefined;
    for (let attempt = 1; ; attempt++) {
      let failure: string;
      let advice = NETWORK_ADVICE;
      let hintMs: number | undefined;
      // Read at each try, as another call may have reached the API meanwhile.
      const ridingOut = options.rideOut === true && this.answered;
      const giveUpAt = this.answered ? options.deadline : Math.min(options.deadline, options.reachBy ?? options.deadline);
      // Whether this try may have done its work on the service although no answer says so.
      let mayHaveArrived = true;
      let rateLimited = false;
      try {
        const response = await this.send(method, url, options, giveUpAt, extras);
        if (!response) throw this.timeUp(context, attempt - 1, started, last);
        if (response.status >= 200 && response.status < 300) {
          const value = parseOrExplain(response, parse);
          this.answered = true;
          this.failingSince = undefined;
          return value;
        }
        if (!isRetryableStatus(response.status, response.headers)) throw apiError(response, context);
        failure = statusText(response.status);
        advice = STATUS_ADVICE;
        hintMs = retryAfterMs(response.headers);
        rateLimited = response.status === 429;
        // A 429 is LlamaCloud's own answer: the address and the way there work.
        if (rateLimited) this.answered = true;
        mayHaveArrived = !rateLimited;
      } catch (error) {
        if (!(error instanceof NetworkError || error instanceof BadPayloadError)) throw error;
        // A certificate the runner does not trust stays untrusted: another try only delays the same answer.
        if (error instanceof NetworkError && isCertificateError(error.code)) {
          throw new RequestFailedError(`${context.what} failed: ${error.message}. ${CERTIFICATE_ADVICE}`, false);
        }
        failure = error.message;
        if (error instanceof BadPayloadError) advice = PAYLOAD_ADVICE;
        else mayHaveArrived = !NOT_SENT.has(error.code);
      }
      last = { failure, advice };
      if (!rateLimited) faults++;
      this.failingSince ??= Date.now();
      const waitMs = Math.max(MIN_RETRY_MS, hintMs ?? backoffMs(attempt - 1));
      const outOfTime = Date.now() + waitMs >= giveUpAt;
      const reconcile = mayHaveArrived ? extras.reconcile : undefined;
      if ((!ridingOut && faults > options.maxRetries) || outOfTime) {
        const made = await this.lastLook(reconcile);
        if (made !== undefined) return made;
        const deadlineReached = outOfTime && giveUpAt === options.deadline;
        const gaveUp =
          ridingOut && !rateLimited
            ? `LlamaCloud was unreachable from ${clockTime(this.failingSince)} (for ${formatDuration(Date.now() - this.failingSince)}) until the timeout; ${tries(attempt)}`
            : `Gave up after ${tries(attempt)} over ${formatDuration(Date.now() - started)}${deadlineReached ? ' (the timeout was reached)' : ''}`;
        throw new RequestFailedError(`${context.what} failed: ${failure}. ${gaveUp}. ${advice}`, deadlineReached);
      }
      log.info(
        `${context.what}: ${failure}; ${reconcile ? 'it may have reached LlamaCloud: checking before ' : ''}retry ${attempt} in ${formatDuration(waitMs)}`
      );
      await sleep(waitMs, options.signal);
      const made = await reconcile?.();
      if (made !== undefined) return made;
    }
  }

  /** What a try given up on made, if time is left to look: a look the deadline stops leaves this call's own failure to tell. */
  private async lastLook<T>(reconcile: (() => Promise<T | undefined>) | undefined): Promise<T | undefined> {
    try {
      return await reconcile?.();
    } catch (error) {
      if (error instanceof RequestFailedError && error.deadlineReached) return undefined;
      throw error;
    }
  }

  /** The deadline came before a try could start: what failed before it, if anything did. */
  private timeUp(context: RequestContext, done: number, started: number, last?: { failure: string; advice: string }): RequestFailedError {
    if (!last) return new RequestFailedError(`${context.what} was not sent: the timeout was reached before its turn.`, true);
    return new RequestFailedError(
      `${context.what} failed: ${last.failure}. Gave up after ${tries(done)} over ${formatDuration(Date.now() - started)} (the timeout was reached). ${last.advice}`,
      true
    );
  }
}

function tries(count: number): string {
  return count === 1 ? '1 attempt' : `${count} attempts`;
}

/** `07:41:05 UTC`: when an outage began, as the run's log timestamps show it. */
function clockTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(11, 19)} UTC`;
}

function parseOrExplain<T>(response: HttpResponse, parse: (response: HttpResponse) => T): T {
  try {
    return parse(response);
  } catch (error) {
    if (!(error instanceof BadPayloadError) || error instanceof WrongAnswerError) throw error;
    const head = (response.received as JobBodyParts | undefined)?.head ?? response.body;
    throw notAJob(error.message, response.headers, head);
  }
}

function notAJob(reason: string, headers: IncomingHttpHeaders, head: Buffer): BadPayloadError {
  const type = String(headers['content-type'] ?? 'none');
  return new BadPayloadError(`answer is not a JSON job (${reason}; content-type ${type}; begins "${snippet(head)}")`);
}

/** A JobBody whose syntax errors say what came instead of a job (a BadPayloadError: retried). */
function jobSink(headers: IncomingHttpHeaders, spools: Spools): BodySink {
  const body = new JobBody(spools);
  const explained = <T>(step: () => T): T => {
    try {
      return step();
    } catch (error) {
      if (error instanceof BadPayloadError) throw notAJob(error.message, headers, body.firstBytes());
      throw error;
    }
  };
  return {
    write: (chunk) => explained(() => body.write(chunk)),
    end: () => explained(() => body.end()),
    abort: () => body.abort()
  };
}

/** Waits `ms`, or rejects with the signal's reason as soon as the step is cancelled. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
