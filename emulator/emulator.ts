// The emulator's server: connections, request records, faults, rate limit and auth around the API routes.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { pathJobId, requestJobIds, routeApi, type ApiContext } from './api.js';
import { routeControl, type ControlContext } from './control.js';
import { DEFAULT_RELEASES, resolvedConfiguration, versionIssue } from './configuration.js';
import { cannedReply, FaultBook, rewriteReply, stuckPageReply, wrongIdReply } from './faults.js';
import { isFilesPath, routeFiles, storedFileFrom, type FilesContext, type StoredFile } from './files.js';
import { EmulatedJob } from './job-state.js';
import { gzipFor, jsonReply, replyHeaders, send, type Reply } from './reply.js';
import { checkComponent } from './spec.js';
import type {
  Emulator,
  EmulatorOptions,
  Fault,
  FileScript,
  FileView,
  JobScript,
  RecordedRequest,
  RouteRateLimit,
  SavedConfigurationScript,
  UploadRecord
} from './types.js';

export type * from './types.js';
export { DEFAULT_PROJECT_ID } from './job-state.js';
export { faultFromJson } from './faults.js';
export { DEFAULT_RELEASES } from './configuration.js';
export { makeRows, sampleFieldMetadata, sampleInvoice, sampleLowConfidence } from './samples.js';
export { seededRandom } from './random.js';
export { startDeadProxy, type DeadProxy } from './dead-proxy.js';

export const DEFAULT_API_KEY = 'llx-test-key';
/** LlamaCloud's published limits (../shared/api/README.md): uploads 50 per 5 s, job creation 15 per second. */
export const PUBLISHED_RATE_LIMITS: readonly RouteRateLimit[] = Object.freeze([
  { method: 'POST', path: '/api/v1/beta/files', max: 50, windowMs: 5000 },
  { method: 'POST', path: '/api/v2/extract', max: 15, windowMs: 1000 }
]);
/** Faults that carry the request out, or answer with what the service answered. */
const REACHES_SERVICE: ReadonlySet<Fault['kind']> = new Set(['wrong-id', 'rewrite', 'stall', 'truncate', 'lose-answer']);
/** Longer than any poll interval, as a cloud load balancer keeps idle connections about a minute. */
const DEFAULT_KEEP_ALIVE_MS = 65_000;

/** What a scripted job was made with unless its script says: a small invoice schema, with confidence and citations. */
const SCRIPTED_CONFIGURATION = {
  data_schema: {
    type: 'object',
    properties: { invoice_number: { type: 'string' }, total: { type: 'number' }, items: { type: 'array' } }
  },
  confidence_scores: true,
  cite_sources: true
};

/** Throws unless `configuration` is an ExtractConfiguration the API would take. */
function checkConfiguration(configuration: unknown, where: string): void {
  const issues = checkComponent('ExtractConfiguration', configuration, []);
  const version = versionIssue((configuration as { version?: unknown } | null)?.version);
  if (version) issues.push({ loc: ['version'], msg: version, type: 'value_error' });
  if (issues.length > 0) {
    throw new Error(
      `${where}: not a valid ExtractConfiguration: ${issues.map((i) => `${i.loc.join('.') || '(root)'}: ${i.msg}`).join('; ')}`
    );
  }
}

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

function viewOf(file: StoredFile): FileView {
  const { id, name, externalFileId, size, sha256, expiresAt } = file;
  return { id, name, externalFileId, size, sha256, expiresAt };
}

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

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const host = options.host ?? '127.0.0.1';
  const apiKey = options.apiKey ?? DEFAULT_API_KEY;
  const jobs = new Map<string, EmulatedJob>();
  const files = new Map<string, StoredFile>();
  const configurations = new Map<string, SavedConfigurationScript>();
  const releases: Record<string, string[]> = Object.fromEntries(
    Object.entries(options.releases ?? DEFAULT_RELEASES).map(([tier, dates]) => [tier, [...dates]])
  );
  const uploads: UploadRecord[] = [];
  const counts = { creates: 0, creditsBilled: 0 };
  const faults = new FaultBook();
  const requests: RecordedRequest[] = [];
  const arrivals: { count: number; resolve: (request: RecordedRequest) => void }[] = [];
  const sockets = new Set<Socket>(); // all of them, to destroy on close
  const apiSockets = new Set<Socket>(); // open ones that carried an API request: what the stats count
  const timers = new Set<NodeJS.Timeout>();
  const answeredAt: number[] = []; // API answers within the last second, for the rate limit
  // Accepted arrivals per route limit, oldest first, for its sliding window.
  const routeWindows = (options.rateLimits ?? []).map((limit) => ({ limit, accepted: [] as number[] }));
  let peakConnections = 0;
  let totalConnections = 0;

  const addJob = (script: JobScript): EmulatedJob => {
    const saved = script?.configurationId === undefined ? undefined : configurations.get(script.configurationId);
    const requested = script?.configuration ?? saved?.configuration ?? SCRIPTED_CONFIGURATION;
    if (script?.configuration !== undefined) checkConfiguration(requested, `job '${script.id}'`);
    const job = new EmulatedJob(script, Date.now(), resolvedConfiguration(requested, releases));
    jobs.delete(job.id); // a replaced job moves to the newest position, like a new one
    jobs.set(job.id, job);
    return job;
  };

  const addFile = (script: FileScript): FileView => {
    if (typeof script?.name !== 'string' || script.name === '') throw new Error('file script needs a non-empty name');
    const file = storedFileFrom(script, Date.now());
    files.set(file.id, file);
    return viewOf(file);
  };

  const addConfiguration = (script: SavedConfigurationScript): void => {
    if (typeof script?.id !== 'string' || script.id === '') throw new Error('saved configuration needs a non-empty string id');
    checkConfiguration(script.configuration, `configuration '${script.id}'`);
    configurations.set(script.id, script);
  };

  const addRelease = (tier: string, date: string): void => {
    if (!(tier in releases)) throw new Error(`no tier '${tier}': one of ${Object.keys(releases).join(', ')}`);
    if (versionIssue(date) !== undefined || date === 'latest') throw new Error(`a release is a date (YYYY-MM-DD), not '${date}'`);
    releases[tier]!.push(date);
  };

  const billed = (credits: number) => {
    counts.creates++;
    counts.creditsBilled += credits;
  };
  const api: ApiContext = { jobs, files, configurations, createdTimeline: options.createdTimeline, addJob, billed, now: Date.now };
  const filesApi: FilesContext = { files, uploads, now: Date.now, maxUploadBytes: options.maxUploadBytes };

  /** A timer that close() cancels, so a stalled or delayed answer never keeps the process alive. */
  const later = (ms: number, fn: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timers.add(timer);
  };

  const countConnection = (socket: Socket) => {
    if (apiSockets.has(socket)) return;
    apiSockets.add(socket);
    totalConnections++;
    peakConnections = Math.max(peakConnections, apiSockets.size);
    socket.once('close', () => apiSockets.delete(socket));
  };

  const finish = (record: RecordedRequest, status: number) => {
    record.status = status;
    options.onRequest?.(record);
  };

  const respond = (record: RecordedRequest, res: ServerResponse, reply: Reply) => {
    finish(record, reply.status);
    send(res, options.gzip ? gzipFor(res.req, reply) : reply);
  };

  /** A 429 when the request's route limit holds `max` accepted arrivals within its window before `at`. */
  const routeLimited = (method: string, path: string, at: number): Reply | undefined => {
    const window = routeWindows.find(({ limit }) => limit.method === method && limit.path === path);
    if (!window) return undefined;
    const { limit, accepted } = window;
    while (accepted[0] !== undefined && accepted[0] <= at - limit.windowMs) accepted.shift();
    if (accepted.length >= limit.max) {
      const retryAfter = Math.max(1, Math.ceil((accepted[0]! + limit.windowMs - at) / 1000));
      return jsonReply(429, { detail: 'Too Many Requests' }, { 'retry-after': String(retryAfter) });
    }
    accepted.push(at);
    return undefined;
  };

  /** What the API itself answers: rate limits, then auth, then the route. */
  const answer = (req: IncomingMessage, url: URL, body: Buffer, limited: Reply | undefined): Reply => {
    if (limited) return limited;
    const now = Date.now();
    while (answeredAt[0] !== undefined && answeredAt[0] <= now - 1000) answeredAt.shift();
    if (options.rateLimitPerSecond !== undefined && answeredAt.length >= options.rateLimitPerSecond) {
      return jsonReply(429, { detail: 'Too Many Requests' }, { 'retry-after': '1' });
    }
    answeredAt.push(now);
    const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '';
    if (bearer !== apiKey) return jsonReply(401, { detail: 'Invalid API key' });
    const method = req.method ?? 'GET';
    if (isFilesPath(url.pathname))
      return routeFiles(filesApi, { method, path: url.pathname, query: url.searchParams, headers: req.headers, body });
    return routeApi(api, { method, path: url.pathname, query: url.searchParams, bearer, body });
  };

  const applyFault = (fault: Fault, record: RecordedRequest, res: ServerResponse, url: URL, real: () => Reply) => {
    const socket = res.req.socket;
    switch (fault.kind) {
      case 'wrong-id':
        respond(record, res, wrongIdReply(fault, real()));
        return;
      case 'rewrite':
        respond(record, res, rewriteReply(fault, real()));
        return;
      case 'stuck-page':
        respond(record, res, stuckPageReply(url.searchParams));
        return;
      case 'drop':
        finish(record, 0);
        socket.destroy();
        return;
      case 'reset':
        finish(record, 0);
        socket.resetAndDestroy();
        return;
      case 'stall':
        if (fault.stallMs === undefined) finish(record, 0);
        else later(fault.stallMs, () => respond(record, res, real()));
        return;
      case 'truncate': {
        const reply = real();
        finish(record, reply.status);
        res.writeHead(reply.status, replyHeaders(reply));
        res.write(reply.body.subarray(0, Math.floor(reply.body.length / 2)), () => socket.destroy());
        return;
      }
      case 'lose-answer':
        real();
        finish(record, 0);
        socket.destroy();
        return;
      default:
        respond(record, res, cannedReply(fault)!);
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const at = Date.now();
    const method = req.method ?? 'GET';
    // Concatenated rather than resolved: a path starting with // must stay a path, not become a host.
    const url = new URL(`http://emulator${req.url ?? '/'}`);
    if (url.pathname.startsWith('/_emulator/')) {
      send(res, routeControl(control, method, url.pathname, await readBody(req)));
      return;
    }
    countConnection(req.socket);
    const jobId = pathJobId(url.pathname);
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      query: queryRecord(url.searchParams),
      headers: flatHeaders(req),
      at,
      ...(jobId === undefined ? {} : { jobId }),
      status: 0
    };
    requests.push(record);
    for (const waiter of arrivals.filter(({ count }) => count === requests.length)) {
      arrivals.splice(arrivals.indexOf(waiter), 1);
      waiter.resolve(record);
    }
    const fault = faults.take({ method, path: url.pathname, jobIds: requestJobIds(url.pathname, url.searchParams) });
    if (fault) record.fault = fault.kind;
    if (fault?.kind === 'cut-request') {
      finish(record, 0);
      await cutHalfway(req);
      return;
    }
    // Decided on arrival, in arrival order, as a strict window counts; a fault answering on its own never reaches it.
    const limited = !fault || REACHES_SERVICE.has(fault.kind) ? routeLimited(method, url.pathname, at) : undefined;
    const body = await readBody(req);
    if (options.latencyMs) await new Promise<void>((resolve) => later(options.latencyMs!, resolve));
    const real = () => answer(req, url, body, limited);
    if (fault) applyFault(fault, record, res, url, real);
    else respond(record, res, real());
  };

  // Before listening, so an invalid script throws without leaving a server behind.
  for (const script of options.configurations ?? []) addConfiguration(script);
  for (const script of options.jobs ?? []) addJob(script);
  for (const fault of options.faults ?? []) faults.add(fault);
  for (const file of options.files ?? []) addFile(file);

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) res.destroy();
      else send(res, jsonReply(500, { detail: `Emulator error: ${String(error)}` }));
    });
  });
  server.keepAliveTimeout = options.keepAliveTimeoutMs ?? DEFAULT_KEEP_ALIVE_MS;
  server.headersTimeout = server.keepAliveTimeout + 1000; // Node wants it above keepAliveTimeout
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });

  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  let closing: Promise<void> | undefined;

  const emulator: Emulator = {
    url,
    origin: url,
    port,
    apiKey,
    addJob: (script) => void addJob(script),
    addFault: (fault) => faults.add(fault),
    job: (id) => jobs.get(id)?.view(Date.now()),
    addFile,
    addConfiguration,
    addRelease,
    file: (id) => {
      const file = files.get(id);
      return file && viewOf(file);
    },
    get uploads() {
      return uploads;
    },
    get requests() {
      return requests;
    },
    arrival: (count) => {
      const arrived = requests[count - 1];
      return arrived ? Promise.resolve(arrived) : new Promise((resolve) => arrivals.push({ count, resolve }));
    },
    stats: () => ({
      totalRequests: requests.length,
      peakConnections,
      openConnections: apiSockets.size,
      totalConnections,
      uploads: uploads.length,
      uploadedBytes: uploads.reduce((sum, upload) => sum + upload.size, 0),
      ...counts
    }),
    resetRecords: () => {
      requests.length = 0;
      uploads.length = 0;
      counts.creates = counts.creditsBilled = 0;
      peakConnections = apiSockets.size;
      totalConnections = 0;
    },
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }))
  };
  const control: ControlContext = {
    ...emulator,
    requests,
    jobs: () => [...jobs.values()].map((job) => job.view(Date.now()))
  };
  return emulator;
}
