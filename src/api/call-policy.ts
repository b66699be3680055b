// How hard each kind of work tries against LlamaCloud, by name: a caller picks one and gives its deadline.
// The HTTP facts the tries rest on (which answers are transient, a server's Retry-After, the backoff)
// are the transport's, in ../http/retry-policy.ts; this is the action's own choice of how much to ask.

export interface CallPolicy {
  /** Tries after the first one (not counted while an outage is ridden out, see `rideOut`). */
  retries: number;
  /** Once the API has answered in this step, transient faults are retried until the deadline: an outage is ridden out. */
  rideOut: boolean;
  /**
   * Until the API has answered once in this step, calls give up SHORT_BOUND_MS after the step's start and an
   * answer must begin by then, so a wrong base-url, a dead proxy or an API down from the start fails fast.
   */
  failFast: boolean;
}

export const POLICIES = {
  /** Look-ups, uploads and creates: a document is given up after a few tries, the others go on. */
  start: { retries: 5, rideOut: false, failFast: true },
  /** Reads while waiting for jobs to end: an outage after the first answer is ridden out until the timeout. */
  wait: { retries: 8, rideOut: true, failFast: true },
  /** One read of each job (wait: false): it still survives a short blip. */
  look: { retries: 3, rideOut: false, failFast: true },
  /** A cancel: the step is already late or being stopped, so one try within the cancels' own budget. */
  cancel: { retries: 0, rideOut: false, failFast: false }
} as const satisfies Record<string, CallPolicy>;

type PolicyName = keyof typeof POLICIES;

export interface CallOptions {
  policy: PolicyName;
  /** Epoch ms: no request starts after it and none outlives it. */
  deadline: number;
  signal?: AbortSignal;
}

/**
 * Until the API has answered once, and throughout a look, faults are retried this long after the step's start
 * at most (and only so many times): a wrong base-url, a dead proxy or an API down from the start fails fast.
 */
export const SHORT_BOUND_MS = 20_000;

/** Requests in flight at once, before any 429 lowers it: bounds sockets for 200 jobs. */
export const MAX_IN_FLIGHT = 8;

/** LlamaCloud's published rate limits, kept on our side rather than learnt from 429s. */
export const PUBLISHED_LIMITS = {
  uploads: { max: 50, windowMs: 5000 },
  creates: { max: 15, windowMs: 1000 }
} as const;
