// One request's way through the emulator: the control routes, or an API request's record, its fault, the rate
// limits, the key, then the job or file routes; and how each fault kind ends, cuts or delays the answer.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { requestJobIds, routeApi } from './api.js';
import { routeControl, type ControlContext } from './control.js';
import { cannedReply, rewriteReply, stuckPageReply, wrongIdReply, type FaultBook } from './faults.js';
import { isFilesPath, routeFiles } from './files.js';
import type { RateLimits } from './rate-limits.js';
import type { Records } from './records.js';
import { gzipFor, jsonReply, replyHeaders, send, type Reply } from './reply.js';
import type { Later } from './server.js';
import type { Store } from './store.js';
import type { EmulatorOptions, Fault, RecordedRequest } from './types.js';

/** The emulator's parts a request meets, and the options that shape every answer. */
export interface Service extends Pick<EmulatorOptions, 'gzip' | 'latencyMs' | 'onRequest'> {
  apiKey: string;
  store: Store;
  records: Records;
  faults: FaultBook;
  limits: RateLimits;
  control: ControlContext;
}

/** Faults that carry the request out, or answer with what the service answered. */
const REACHES_SERVICE: ReadonlySet<Fault['kind']> = new Set(['wrong-id', 'rewrite', 'stall', 'truncate', 'lose-answer']);

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Reads about half of the announced body (the first chunk when none is announced), then cuts the connection. */
function cutHalfway(req: IncomingMessage): Promise<void> {
  const half = Math.floor(Number(req.headers['content-length'] ?? 0) / 2);
  return new Promise((resolve) => {
    let received = 0;
    const cut = () => {
      req.socket.destroy();
      resolve();
    };
    req.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received >= half) cut();
    });
    req.on('end', cut);
    req.on('error', cut);
  });
}

function finish(service: Service, record: RecordedRequest, status: number): void {
  record.status = status;
  service.onRequest?.(record);
}

function respond(service: Service, record: RecordedRequest, res: ServerResponse, reply: Reply): void {
  finish(service, record, reply.status);
  send(res, service.gzip ? gzipFor(res.req, reply) : reply);
}

/** What the API itself answers: rate limits, then auth, then the route. */
function answer(service: Service, req: IncomingMessage, url: URL, body: Buffer, limited: Reply | undefined): Reply {
  const refused = limited ?? service.limits.answer(Date.now());
  if (refused) return refused;
  const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '';
  if (bearer !== service.apiKey) return jsonReply(401, { detail: 'Invalid API key' });
  const method = req.method ?? 'GET';
  if (isFilesPath(url.pathname))
    return routeFiles(service.store, { method, path: url.pathname, query: url.searchParams, headers: req.headers, body });
  return routeApi(service.store, { method, path: url.pathname, query: url.searchParams, bearer, body });
}

function applyFault(
  service: Service,
  fault: Fault,
  record: RecordedRequest,
  res: ServerResponse,
  url: URL,
  real: () => Reply,
  later: Later
): void {
  const socket = res.req.socket;
  switch (fault.kind) {
    case 'wrong-id':
      respond(service, record, res, wrongIdReply(fault, real()));
      return;
    case 'rewrite':
      respond(service, record, res, rewriteReply(fault, real()));
      return;
    case 'stuck-page':
      respond(service, record, res, stuckPageReply(url.searchParams));
      return;
    case 'drop':
      finish(service, record, 0);
      socket.destroy();
      return;
    case 'reset':
      finish(service, record, 0);
      socket.resetAndDestroy();
      return;
    case 'stall':
      if (fault.stallMs === undefined) finish(service, record, 0);
      else later(fault.stallMs, () => respond(service, record, res, real()));
      return;
    case 'truncate': {
      const reply = real();
      finish(service, record, reply.status);
      res.writeHead(reply.status, replyHeaders(reply));
      res.write(reply.body.subarray(0, Math.floor(reply.body.length / 2)), () => socket.destroy());
      return;
    }
    case 'lose-answer':
      real();
      finish(service, record, 0);
      socket.destroy();
      return;
    default:
      respond(service, record, res, cannedReply(fault)!);
  }
}

export async function handle(service: Service, req: IncomingMessage, res: ServerResponse, later: Later): Promise<void> {
  const at = Date.now();
  const method = req.method ?? 'GET';
  // Concatenated rather than resolved: a path starting with // must stay a path, not become a host.
  const url = new URL(`http://emulator${req.url ?? '/'}`);
  if (url.pathname.startsWith('/_emulator/')) {
    send(res, routeControl(service.control, method, url.pathname, await readBody(req)));
    return;
  }
  const record = service.records.arrive(req, url, at);
  const fault = service.faults.take({ method, path: url.pathname, jobIds: requestJobIds(url.pathname, url.searchParams) });
  if (fault) record.fault = fault.kind;
  if (fault?.kind === 'cut-request') {
    finish(service, record, 0);
    await cutHalfway(req);
    return;
  }
  // Decided on arrival, in arrival order, as a strict window counts; a fault answering on its own never reaches it.
  const limited = !fault || REACHES_SERVICE.has(fault.kind) ? service.limits.arrive(method, url.pathname, at) : undefined;
  const body = await readBody(req);
  if (service.latencyMs) await new Promise<void>((resolve) => later(service.latencyMs!, resolve));
  const real = () => answer(service, req, url, body, limited);
  if (fault) applyFault(service, fault, record, res, url, real, later);
  else respond(service, record, res, real());
}
