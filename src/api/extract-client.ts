// LlamaCloud's extract endpoints with the retry policy applied: every call is bounded by a deadline
// and a retry budget, and ends in a job, a final ApiError, or a RequestFailedError saying what went wrong.
import * as log from '../log.js';
import { JOB_EXPAND } from '../constants.js';
import { ActionError } from '../errors.js';
import { formatDuration } from '../duration.js';
import { backoffMs, isRetryableStatus, retryAfterMs } from '../http/retry-policy.js';
import { NetworkError, type HttpResponse, type Transport } from '../http/transport.js';
import { redactBuffer } from '../redact.js';
import type { ExtractJob } from '../types.js';
import { AdaptiveLimit } from './adaptive-limit.js';
import { apiError, snippet, statusText, type RequestContext } from './api-errors.js';
import { BadPayloadError, parseJob, parseJobList } from './parse-job.js';

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

/** A job, but not the one asked for (a cache or proxy mixing answers up): never taken for it, and worth another try. */
class WrongJobError extends BadPayloadError {}

/** No single request waits longer than this, however much of the timeout is left. */
const MAX_REQUEST_MS = 60_000;
const LIST_PAGE_SIZE = 50;
/** A try made at the short bound (see reachBy) still gets this long to be answered, so its failure says what is wrong. */
const MIN_ANSWER_MS = 1000;
/** However soon a server asks for another try: a few tries a second at most, even through a long outage. */
const MIN_RETRY_MS = 250;
/** Requests in flight at once, before any 429 lowers it: bounds sockets for 200 jobs. */
export const MAX_IN_FLIGHT = 8;
const NETWORK_ADVICE = "Check base-url and the runner's network and proxy settings (HTTPS_PROXY, NO_PROXY).";
const STATUS_ADVICE = 'LlamaCloud is unavailable or rate-limiting: try again later, or raise timeout.';
const PAYLOAD_ADVICE = "A proxy or firewall may be answering instead of LlamaCloud: check base-url and the runner's proxy settings.";

export class ExtractClient {
  private rateLimitedUntil = 0;
  /** The API has answered in this step: its address, key and the way there work, so later faults are transient. */
  private answered = false;
  /** When the current run of failed tries began (any call's), for the message that gives up on it. */
  private failingSince?: number;
  private readonly inFlight = new AdaptiveLimit(MAX_IN_FLIGHT);
  /** What every request and its errors may name: the key is kept apart, so no error context carries it. */
  private readonly scope: Omit<ClientConfig, 'apiKey'>;
  private readonly authorization: string;

  constructor(
    { apiKey, baseUrl, projectId, organizationId }: ClientConfig,
    private readonly transport: Transport
  ) {
    this.scope = { baseUrl, projectId, organizationId };
    this.authorization = `Bearer ${apiKey}`;
  }

  getJob(jobId: string, options: CallOptions): Promise<ExtractJob> {
    const url = this.url(`/api/v2/extract/${jobId}`, [...JOB_EXPAND.map((value): [string, string] => ['expand', value])]);
    return this.call('GET', url, { jobId }, options, (body) => {
      const job = parseJob(body);
      if (job.id !== jobId) throw new WrongJobError(`the answer is job '${job.id}', not the job '${jobId}' asked for`);
      return job;
    });
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
        const page = await this.call('GET', this.url('/api/v2/extract', query), {}, options, parseJobList);
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

  /** One request within the in-flight limit and any rate-limit pause, its body masked on arrival. */
  private async send(method: 'GET' | 'POST', url: URL, options: CallOptions, answerBy: number): Promise<HttpResponse> {
    const release = await this.inFlight.acquire();
    let sent: HttpResponse;
    try {
      await this.waitOutRateLimit(options);
      sent = await this.transport.send({
        method,
        url,
        headers: { Authorization: this.authorization, Accept: 'application/json' },
        timeoutMs: Math.min(MAX_REQUEST_MS, Math.max(1, options.deadline - Date.now())),
        answerTimeoutMs: Math.max(MIN_ANSWER_MS, answerBy - Date.now()),
        signal: options.signal
      });
    } finally {
      release();
    }
    if (sent.status === 429) {
      this.inFlight.refused();
      this.rateLimitedUntil = Math.max(this.rateLimitedUntil, Date.now() + (retryAfterMs(sent.headers) ?? backoffMs(0)));
    } else {
      this.inFlight.accepted();
    }
    // Masked on arrival: a key the API echoes cannot reach a message, file or summary, whole or cut short.
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
    parse: (body: Buffer) => T
  ): Promise<T> {
    const context: RequestContext = { what: `${method} ${url.pathname}`, ...ids, ...this.scope };
    const started = Date.now();
    for (let attempt = 1; ; attempt++) {
      let failure: string;
      let advice = NETWORK_ADVICE;
      let hintMs: number | undefined;
      // Read at each try, as another call may have reached the API meanwhile.
      const ridingOut = options.rideOut === true && this.answered;
      const giveUpAt = this.answered ? options.deadline : Math.min(options.deadline, options.reachBy ?? options.deadline);
      try {
        const response = await this.send(method, url, options, giveUpAt);
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
      } catch (error) {
        if (!(error instanceof NetworkError || error instanceof BadPayloadError)) throw error;
        failure = error.message;
        if (error instanceof BadPayloadError) advice = PAYLOAD_ADVICE;
      }
      this.failingSince ??= Date.now();
      const waitMs = Math.max(MIN_RETRY_MS, hintMs ?? backoffMs(attempt - 1));
      const outOfTime = Date.now() + waitMs >= giveUpAt;
      if ((!ridingOut && attempt > options.maxRetries) || outOfTime) {
        const deadlineReached = outOfTime && giveUpAt === options.deadline;
        const tries = attempt === 1 ? '1 attempt' : `${attempt} attempts`;
        const gaveUp = ridingOut
          ? `LlamaCloud was unreachable from ${clockTime(this.failingSince)} (for ${formatDuration(Date.now() - this.failingSince)}) until the timeout; ${tries}`
          : `Gave up after ${tries} over ${formatDuration(Date.now() - started)}${deadlineReached ? ' (the timeout was reached)' : ''}`;
        throw new RequestFailedError(`${context.what} failed: ${failure}. ${gaveUp}. ${advice}`, deadlineReached);
      }
      log.info(`${context.what}: ${failure}; retry ${attempt} in ${formatDuration(waitMs)}`);
      await sleep(waitMs, options.signal);
    }
  }
}

/** `07:41:05 UTC`: when an outage began, as the run's log timestamps show it. */
function clockTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(11, 19)} UTC`;
}

function parseOrExplain<T>(response: HttpResponse, parse: (body: Buffer) => T): T {
  try {
    return parse(response.body);
  } catch (error) {
    if (!(error instanceof BadPayloadError) || error instanceof WrongJobError) throw error;
    const type = String(response.headers['content-type'] ?? 'none');
    throw new BadPayloadError(`answer is not a JSON job (${error.message}; content-type ${type}; begins "${snippet(response.body)}")`);
  }
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
