// The rate limits: per-route strict sliding windows, counted at a request's arrival, and a limit on answers per second.
import { jsonReply, type Reply } from './reply.js';
import type { RouteRateLimit } from './types.js';

export class RateLimits {
  /** Per route limit, the arrival times it accepted within its window, oldest first. */
  private readonly windows: { limit: RouteRateLimit; accepted: number[] }[];
  /** Answers within the last second. */
  private readonly answeredAt: number[] = [];

  constructor(
    routes: readonly RouteRateLimit[] = [],
    private readonly perSecond?: number
  ) {
    this.windows = routes.map((limit) => ({ limit, accepted: [] }));
  }

  /** A 429 when the request's route limit holds `max` accepted arrivals within its window before `at`; else it is counted. */
  arrive(method: string, path: string, at: number): Reply | undefined {
    const window = this.windows.find(({ limit }) => limit.method === method && limit.path === path);
    if (!window) return undefined;
    const { limit, accepted } = window;
    while (accepted[0] !== undefined && accepted[0] <= at - limit.windowMs) accepted.shift();
    if (accepted.length >= limit.max) {
      const retryAfter = Math.max(1, Math.ceil((accepted[0]! + limit.windowMs - at) / 1000));
      return jsonReply(429, { detail: 'Too Many Requests' }, { 'retry-after': String(retryAfter) });
    }
    accepted.push(at);
    return undefined;
  }

  /** A 429 when `perSecond` answers went out within the second before `now`; else this answer is counted. */
  answer(now: number): Reply | undefined {
    while (this.answeredAt[0] !== undefined && this.answeredAt[0] <= now - 1000) this.answeredAt.shift();
    if (this.perSecond !== undefined && this.answeredAt.length >= this.perSecond) {
      return jsonReply(429, { detail: 'Too Many Requests' }, { 'retry-after': '1' });
    }
    this.answeredAt.push(now);
    return undefined;
  }
}
