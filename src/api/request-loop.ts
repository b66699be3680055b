// One request to LlamaCloud, tried until it is answered, its policy's retries are spent or its deadline
// comes. Each try waits for the throttles (a published rate limit, the in-flight limit, a 429's pause); a
// transient fault is retried after the server's hint or a backoff; a try that may have done its work is
// followed by a look for what it made (reconcile) before the next. A call ends in its value, a final
// ApiError, or a RequestFailedError saying what went wrong, how long, and what to do.
import * as log from '../runner/log.js';
import { countQuietRetry, countRateLimited } from '../runner/progress.js';
import { redactBuffer } from '../runner/redact.js';
import type { Clock } from '../lib/clock.js';
import { formatDuration } from '../lib/duration.js';
import { plural } from '../lib/markdown.js';
import { backoffMs, isCertificateError, isRetryableStatus, retryAfterMs, wasNotSent } from '../http/retry-policy.js';
import { NetworkError, type HttpRequest, type HttpResponse, type RequestBody, type Transport } from '../http/transport.js';
import { AdaptiveLimit } from './adaptive-limit.js';
import { apiError, BadPayloadError, notAJob, RequestFailedError, statusText, WrongAnswerError, type RequestContext } from './api-errors.js';
import { MAX_IN_FLIGHT, POLICIES, PUBLISHED_LIMITS, type CallOptions, type CallPolicy } from './call-policy.js';
import type { JobBodyParts } from './job-body.js';
import { RateLimitPause } from './rate-limit-pause.js';
import { RateWindow } from './rate-window.js';

/** A request as an endpoint describes it. */
export interface ApiRequest<T> {
  method: 'GET' | 'POST';
  url: URL;
  /** What its errors may name. */
  context: RequestContext;
  /** Makes a successful answer into the value; a BadPayloadError is a fault worth another try. */
  parse: (response: HttpResponse) => T;
  body?: RequestBody;
  /** The published rate limit each try waits for. */
  limit?: keyof typeof PUBLISHED_LIMITS;
  /** Takes a successful answer's body as it arrives, instead of collecting it. */
  sink?: HttpRequest['sink'];
  /** A try that may have reached the service is followed by this before the next: what it made, if it did. */
  reconcile?: () => Promise<T | undefined>;
}

/** A try that failed in a way another try may mend. */
interface Failure {
  /** What went wrong, as the log and the final message say it. */
  reason: string;
  /** Which fault it was (a status, a network error's code), for the bound on retry lines. */
  kind: string;
  /** What to do about it, should the call give up. */
  advice: string;
  /** The server's own wait before the next try. */
  retryAfterMs?: number;
  /** A 429: LlamaCloud's own answer saying when to come back, so no fault, and nothing was done. */
  rateLimited: boolean;
  /** The try may have done its work on the service although no answer says so. */
  mayHaveArrived: boolean;
  /** The step's own deadline ended the try: it says nothing about the service. */
  cutByDeadline?: boolean;
}

/** What one try came to. */
type Outcome<T> = { kind: 'answered'; value: T } | { kind: 'failed'; failure: Failure } | { kind: 'not sent' };

/** A call's tries so far. */
interface Tries {
  /** Epoch ms at which the first began. */
  since: number;
  made: number;
  /** Tries that failed for a fault: a 429 is none, so a run of them, however short their Retry-After, is ridden out until the deadline. */
  faults: number;
  last?: Failure;
}

/** What the next try may take, as things stand when it starts: another call may have reached the API meanwhile. */
interface Bounds {
  /** Epoch ms: the call gives up here, and a try's answer must begin by then. */
  giveUpAt: number;
  /** Faults beyond the retry budget are retried: the policy rides an outage out and the API has answered. */
  ridingOut: boolean;
}

/**
 * No request waits longer than this, however much of the timeout is left: a read gets no longer in all, an
 * upload no longer without its body moving, nor for its answer after the last byte.
 */
const MAX_WAIT_MS = 60_000;
/** A try made at the fail-fast bound still gets this long to be answered, so its failure says what is wrong. */
const MIN_ANSWER_MS = 1000;
/** However soon a server asks for another try: a few tries a second at most, even through a long outage. */
const MIN_RETRY_MS = 250;
/** Retries logged one by one per kind of fault; the progress lines count the rest. */
const RETRY_LINES_PER_KIND = 3;
/**
 * Added to each published window: a request is counted from its answer, so it reached the server before it
 * was counted; the margin covers only how our clock and the server's round a millisecond.
 */
const WINDOW_MARGIN_MS = 10;
const NETWORK_ADVICE = "Check base-url and the runner's network and proxy settings (HTTPS_PROXY, NO_PROXY).";
const STATUS_ADVICE = 'LlamaCloud is unavailable or rate-limiting: try again later, or raise timeout.';
const CERTIFICATE_ADVICE =
  "The server's TLS certificate is not trusted (self-signed, expired or for another host), so nothing is sent there: check base-url; behind a proxy that inspects TLS, give Node its CA certificate with NODE_EXTRA_CA_CERTS.";
const PAYLOAD_ADVICE = "A proxy or firewall may be answering instead of LlamaCloud: check base-url and the runner's proxy settings.";

export class RequestLoop {
  /** The API has answered in this step: its address, key and the way there work, so later faults are transient. */
  private answered = false;
  /** When the current run of failed tries began (any call's), for the message that gives up on it. */
  private failingSince?: number;
  private readonly inFlight = new AdaptiveLimit(MAX_IN_FLIGHT);
  private readonly pause: RateLimitPause;
  private readonly windows: Record<keyof typeof PUBLISHED_LIMITS, RateWindow>;
  private readonly authorization: string;
  /** Retries logged so far, by kind of fault. */
  private readonly retryLines = new Map<string, number>();
  private rateLimitTold = false;

  /** `failFastUntil`: epoch ms at which a policy that fails fast gives up until the API has answered. */
  constructor(
    private readonly transport: Transport,
    apiKey: string,
    private readonly clock: Clock,
    private readonly failFastUntil: number
  ) {
    this.authorization = `Bearer ${apiKey}`;
    this.pause = new RateLimitPause(clock);
    const window = ({ max, windowMs }: { max: number; windowMs: number }) => new RateWindow(max, windowMs + WINDOW_MARGIN_MS, clock);
    this.windows = { uploads: window(PUBLISHED_LIMITS.uploads), creates: window(PUBLISHED_LIMITS.creates) };
  }

  async call<T>(request: ApiRequest<T>, options: CallOptions): Promise<T> {
    const policy = POLICIES[options.policy];
    let tries: Tries = { since: this.clock.now(), made: 0, faults: 0 };
    for (;;) {
      const bounds = this.bounds(policy, options.deadline);
      const outcome = await this.attempt(request, options, bounds.giveUpAt);
      if (outcome.kind === 'answered') return outcome.value;
      if (outcome.kind === 'not sent') throw this.notSent(request.context.what, tries);
      const { failure } = outcome;
      // The message names the last fault the service showed, not the deadline that cut the final try short.
      const told = failure.cutByDeadline ? (tries.last ?? failure) : failure;
      tries = { ...tries, made: tries.made + 1, faults: tries.faults + (failure.rateLimited ? 0 : 1), last: told };
      const failingSince = (this.failingSince ??= this.clock.now());
      const waitMs = Math.max(MIN_RETRY_MS, failure.retryAfterMs ?? backoffMs(tries.made - 1));
      const outOfTime = this.clock.now() + waitMs >= bounds.giveUpAt;
      // A try that may have done its work is followed by a look for what it made, whether or not another comes.
      const reconcile = failure.mayHaveArrived ? request.reconcile : undefined;
      if (outOfTime || (!bounds.ridingOut && tries.faults > policy.retries)) {
        const made = await lastLook(reconcile);
        if (made !== undefined) return made;
        const outageSince = bounds.ridingOut && !failure.rateLimited ? failingSince : undefined;
        throw this.gaveUp(request.context.what, tries, told, outOfTime && bounds.giveUpAt === options.deadline, outageSince);
      }
      this.logRetry(
        request.context.what,
        failure,
        `${reconcile ? 'it may have reached LlamaCloud: checking before ' : ''}retry ${tries.made} in ${formatDuration(waitMs)}`
      );
      await this.clock.sleep(waitMs, options.signal);
      const made = await reconcile?.();
      if (made !== undefined) return made;
    }
  }

  /**
   * A retry's line: a 429's never (the pause it asked for is counted, and said once), another fault's only
   * for the first few of its kind, so a long run of faults leaves a short log.
   */
  private logRetry(what: string, failure: Failure, retry: string): void {
    if (failure.rateLimited) {
      if (this.rateLimitTold) return;
      this.rateLimitTold = true;
      log.info(
        `LlamaCloud is rate-limiting this step (${failure.reason} to ${what}): a refused request waits as long as it asks, then is sent again, with no line each; the progress lines count them.`
      );
      return;
    }
    const logged = (this.retryLines.get(failure.kind) ?? 0) + 1;
    if (logged > RETRY_LINES_PER_KIND) {
      countQuietRetry();
      return;
    }
    this.retryLines.set(failure.kind, logged);
    const more = logged === RETRY_LINES_PER_KIND ? ' (further retries after this fault: counted by the progress lines, no line each)' : '';
    log.info(`${what}: ${failure.reason}; ${retry}${more}`);
  }

  private bounds(policy: CallPolicy, deadline: number): Bounds {
    return {
      giveUpAt: this.answered || !policy.failFast ? deadline : Math.min(deadline, this.failFastUntil),
      ridingOut: policy.rideOut && this.answered
    };
  }

  /** One try: its value, a failure another try may mend, or not sent. Final answers and errors are thrown. */
  private async attempt<T>(request: ApiRequest<T>, options: CallOptions, answerBy: number): Promise<Outcome<T>> {
    let response: HttpResponse | undefined;
    try {
      response = await this.send(request, options, answerBy);
    } catch (error) {
      const failure = fault(error, request.context.what);
      const cutByDeadline = error instanceof NetworkError && error.code === 'ETIMEDOUT' && this.clock.now() >= options.deadline;
      return { kind: 'failed', failure: cutByDeadline ? { ...failure, cutByDeadline } : failure };
    }
    if (!response) return { kind: 'not sent' };
    if (response.status < 200 || response.status >= 300) return { kind: 'failed', failure: this.refusal(response, request.context) };
    let value: T;
    try {
      value = explained(response, request.parse);
    } catch (error) {
      return { kind: 'failed', failure: fault(error, request.context.what) };
    }
    this.answered = true;
    this.failingSince = undefined;
    return { kind: 'answered', value };
  }

  /** An error status: a final one is thrown, a transient one (a 429 among them) is a failure worth another try. */
  private refusal(response: HttpResponse, context: RequestContext): Failure {
    if (!isRetryableStatus(response.status, response.headers)) throw apiError(response, context);
    const rateLimited = response.status === 429;
    // A 429 is LlamaCloud's own answer: the address and the way there work.
    if (rateLimited) this.answered = true;
    return {
      reason: statusText(response.status),
      kind: String(response.status),
      advice: STATUS_ADVICE,
      retryAfterMs: retryAfterMs(response.headers, this.clock.now()),
      rateLimited,
      mayHaveArrived: !rateLimited
    };
  }

  /**
   * The request within the throttles, its body masked on arrival; undefined when the deadline came while it
   * waited for its turn: no request starts after the deadline.
   */
  private async send(request: ApiRequest<unknown>, options: CallOptions, answerBy: number): Promise<HttpResponse | undefined> {
    // The window place is held from here and counted once the request has ended (see RateWindow.reserve).
    // Held first, it keeps a request waiting for the window from holding an in-flight place.
    const window = request.limit && this.windows[request.limit];
    const slot = await window?.reserve(options.deadline, options.signal);
    if (window && !slot) return undefined;
    let sent: HttpResponse;
    const release = await this.inFlight.acquire();
    try {
      await this.pause.wait(options.deadline, options.signal);
      const left = options.deadline - this.clock.now();
      if (left <= 0) return undefined;
      sent = await this.transport.send({
        method: request.method,
        url: request.url,
        headers: { Authorization: this.authorization, Accept: 'application/json' },
        body: request.body,
        timeoutMs: left,
        maxWaitMs: MAX_WAIT_MS,
        answerTimeoutMs: Math.max(MIN_ANSWER_MS, answerBy - this.clock.now()),
        signal: options.signal,
        sink: request.sink
      });
    } finally {
      // Answered, failed, or never sent (a stop during the pause): counted from now.
      slot?.ended();
      release();
    }
    if (sent.status === 429) {
      this.inFlight.refused();
      countRateLimited(this.pause.refused(retryAfterMs(sent.headers, this.clock.now()) ?? backoffMs(0)));
    } else {
      this.inFlight.accepted();
    }
    // Masked on arrival: a key the API echoes cannot reach a message, file or summary, whole or cut short
    // (a sink masks what it takes as it comes).
    return { ...sent, body: redactBuffer(sent.body) };
  }

  /** The deadline came before a try could start: what failed before it, if anything did. */
  private notSent(what: string, tries: Tries): RequestFailedError {
    if (!tries.last) return new RequestFailedError(`${what} was not sent: the timeout was reached before its turn.`, true);
    return this.gaveUp(what, tries, tries.last, true);
  }

  /** What failed, how often and how long, and what to do; an outage ridden out (`outageSince`) says when it began. */
  private gaveUp(what: string, tries: Tries, failure: Failure, deadlineReached: boolean, outageSince?: number): RequestFailedError {
    const now = this.clock.now();
    const said =
      outageSince === undefined
        ? `Gave up after ${plural(tries.made, 'attempt')} over ${formatDuration(now - tries.since)}${deadlineReached ? ' (the timeout was reached)' : ''}`
        : `LlamaCloud was unreachable from ${clockTime(outageSince)} (for ${formatDuration(now - outageSince)}) until the timeout; ${plural(tries.made, 'attempt')}`;
    return new RequestFailedError(`${what} failed: ${failure.reason}. ${said}. ${failure.advice}`, deadlineReached);
  }
}

/** A fault another try may mend: the network's, or an answer that is not what was asked for. Anything else is thrown. */
function fault(error: unknown, what: string): Failure {
  if (error instanceof BadPayloadError)
    return { reason: error.message, kind: 'payload', advice: PAYLOAD_ADVICE, rateLimited: false, mayHaveArrived: true };
  if (!(error instanceof NetworkError)) throw error;
  // A certificate the runner does not trust stays untrusted: another try only delays the same answer.
  if (isCertificateError(error.code)) throw new RequestFailedError(`${what} failed: ${error.message}. ${CERTIFICATE_ADVICE}`, false);
  return { reason: error.message, kind: error.code, advice: NETWORK_ADVICE, rateLimited: false, mayHaveArrived: !wasNotSent(error.code) };
}

/** The parsed answer; one that is not what a parse expects says what came instead (a wrong answer says so itself). */
function explained<T>(response: HttpResponse, parse: (response: HttpResponse) => T): T {
  try {
    return parse(response);
  } catch (error) {
    if (!(error instanceof BadPayloadError) || error instanceof WrongAnswerError) throw error;
    const head = (response.received as JobBodyParts | undefined)?.head ?? response.body;
    throw notAJob(error.message, response.headers, head);
  }
}

/** What a try given up on made, if time is left to look: a look the deadline stops leaves this call's own failure to tell. */
async function lastLook<T>(reconcile: (() => Promise<T | undefined>) | undefined): Promise<T | undefined> {
  try {
    return await reconcile?.();
  } catch (error) {
    if (error instanceof RequestFailedError && error.deadlineReached) return undefined;
    throw error;
  }
}

/** `07:41:05 UTC`: when an outage began, as the run's log timestamps show it. */
function clockTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(11, 19)} UTC`;
}
