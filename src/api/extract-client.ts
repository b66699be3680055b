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
  /** Tries after the first one. */
  maxRetries: number;
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

/** No single request waits longer than this, however much of the timeout is left. */
const MAX_REQUEST_MS = 60_000;
const LIST_PAGE_SIZE = 50;
/** Requests in flight at once, before any 429 lowers it: bounds sockets for 200 jobs. */
export const MAX_IN_FLIGHT = 8;
const NETWORK_ADVICE = "Check base-url and the runner's network and proxy settings (HTTPS_PROXY, NO_PROXY).";
const STATUS_ADVICE = 'LlamaCloud is unavailable or rate-limiting: try again later, or raise timeout.';
const PAYLOAD_ADVICE = "A proxy or firewall may be answering instead of LlamaCloud: check base-url and the runner's proxy settings.";

export class ExtractClient {
  private rateLimitedUntil = 0;
  private readonly inFlight = new AdaptiveLimit(MAX_IN_FLIGHT);

  constructor(
    private readonly config: ClientConfig,
    private readonly transport: Transport
  ) {}

  getJob(jobId: string, options: CallOptions): Promise<ExtractJob> {
    const url = this.url(`/api/v2/extract/${jobId}`, [...JOB_EXPAND.map((value): [string, string] => ['expand', value])]);
    return this.call('GET', url, { jobId }, options, parseJob);
  }

  /** Status of each listed job that the API knows, in as few requests as the page size allows. */
  async listStatuses(jobIds: string[], options: CallOptions): Promise<Map<string, string>> {
    const statuses = new Map<string, string>();
    for (let first = 0; first < jobIds.length; first += LIST_PAGE_SIZE) {
      const chunk = jobIds.slice(first, first + LIST_PAGE_SIZE);
      let pageToken: string | undefined;
      do {
        const query: Array<[string, string]> = [
          ...chunk.map((id): [string, string] => ['job_ids', id]),
          ['page_size', String(LIST_PAGE_SIZE)]
        ];
        if (pageToken) query.push(['page_token', pageToken]);
        const page = await this.call('GET', this.url('/api/v2/extract', query), {}, options, parseJobList);
        for (const job of page.jobs) statuses.set(job.id, job.status);
        pageToken = page.nextPageToken;
      } while (pageToken);
    }
    return statuses;
  }

  async cancelJob(jobId: string, options: CallOptions): Promise<void> {
    await this.call('POST', this.url(`/api/v2/extract/${jobId}/cancel`, []), { jobId }, options, () => undefined);
  }

  /** One request within the in-flight limit and any rate-limit pause, its body masked on arrival. */
  private async send(method: 'GET' | 'POST', url: URL, options: CallOptions): Promise<HttpResponse> {
    const release = await this.inFlight.acquire();
    let sent: HttpResponse;
    try {
      await this.waitOutRateLimit(options);
      sent = await this.transport.send({
        method,
        url,
        headers: { Authorization: `Bearer ${this.config.apiKey}`, Accept: 'application/json' },
        timeoutMs: Math.min(MAX_REQUEST_MS, Math.max(1, options.deadline - Date.now())),
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
    const url = new URL(`${this.config.baseUrl}${path}`);
    for (const [name, value] of query) url.searchParams.append(name, value);
    if (this.config.projectId) url.searchParams.append('project_id', this.config.projectId);
    if (this.config.organizationId) url.searchParams.append('organization_id', this.config.organizationId);
    return url;
  }

  private async call<T>(
    method: 'GET' | 'POST',
    url: URL,
    ids: { jobId?: string },
    options: CallOptions,
    parse: (body: Buffer) => T
  ): Promise<T> {
    const context: RequestContext = { what: `${method} ${url.pathname}`, ...ids, ...this.config };
    const started = Date.now();
    for (let attempt = 1; ; attempt++) {
      let failure: string;
      let advice = NETWORK_ADVICE;
      let hintMs: number | undefined;
      try {
        const response = await this.send(method, url, options);
        if (response.status >= 200 && response.status < 300) return parseOrExplain(response, parse);
        if (!isRetryableStatus(response.status, response.headers)) throw apiError(response, context);
        failure = statusText(response.status);
        advice = STATUS_ADVICE;
        hintMs = retryAfterMs(response.headers);
      } catch (error) {
        if (!(error instanceof NetworkError || error instanceof BadPayloadError)) throw error;
        failure = error.message;
        if (error instanceof BadPayloadError) advice = PAYLOAD_ADVICE;
      }
      const waitMs = hintMs ?? backoffMs(attempt - 1);
      const outOfTime = Date.now() + waitMs >= options.deadline;
      if (attempt > options.maxRetries || outOfTime) {
        const tries = attempt === 1 ? '1 attempt' : `${attempt} attempts`;
        throw new RequestFailedError(
          `${context.what} failed: ${failure}. Gave up after ${tries} over ${formatDuration(Date.now() - started)}${outOfTime ? ' (the timeout was reached)' : ''}. ${advice}`,
          outOfTime
        );
      }
      log.info(`${context.what}: ${failure}; retry ${attempt} in ${formatDuration(waitMs)}`);
      await sleep(waitMs, options.signal);
    }
  }
}

function parseOrExplain<T>(response: HttpResponse, parse: (body: Buffer) => T): T {
  try {
    return parse(response.body);
  } catch (error) {
    if (!(error instanceof BadPayloadError)) throw error;
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
