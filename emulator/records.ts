// The record of API requests: each one as it arrives, the waiters for the n-th, and the connections they came on.
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { pathJobId } from './api.js';
import type { EmulatorStats, RecordedRequest } from './types.js';

function flatHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

function queryRecord(query: URLSearchParams): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const name of new Set(query.keys())) out[name] = query.getAll(name);
  return out;
}

export class Records {
  /** Since start or the last reset, oldest first; live, and kept the same array across resets. */
  readonly requests: RecordedRequest[] = [];
  private readonly waiters: { count: number; resolve: (request: RecordedRequest) => void }[] = [];
  /** Open connections that carried an API request: what the stats count. */
  private readonly open = new Set<Socket>();
  private peak = 0;
  private total = 0;

  /** Records a request on its arrival (its status 0 until answered), counts its connection, wakes its waiters. */
  arrive(req: IncomingMessage, url: URL, at: number): RecordedRequest {
    this.countConnection(req.socket);
    const jobId = pathJobId(url.pathname);
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: queryRecord(url.searchParams),
      headers: flatHeaders(req),
      at,
      ...(jobId === undefined ? {} : { jobId }),
      status: 0
    };
    this.requests.push(record);
    for (const waiter of this.waiters.filter(({ count }) => count === this.requests.length)) {
      this.waiters.splice(this.waiters.indexOf(waiter), 1);
      waiter.resolve(record);
    }
    return record;
  }

  /** The `count`-th request since start or the last reset, as soon as it arrives. */
  arrival(count: number): Promise<RecordedRequest> {
    const arrived = this.requests[count - 1];
    return arrived ? Promise.resolve(arrived) : new Promise((resolve) => this.waiters.push({ count, resolve }));
  }

  connections(): Pick<EmulatorStats, 'peakConnections' | 'openConnections' | 'totalConnections'> {
    return { peakConnections: this.peak, openConnections: this.open.size, totalConnections: this.total };
  }

  reset(): void {
    this.requests.length = 0;
    this.peak = this.open.size;
    this.total = 0;
  }

  private countConnection(socket: Socket): void {
    if (this.open.has(socket)) return;
    this.open.add(socket);
    this.total++;
    this.peak = Math.max(this.peak, this.open.size);
    socket.once('close', () => this.open.delete(socket));
  }
}
