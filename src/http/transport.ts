// One HTTP exchange: proxy-aware agents from @actions/http-client, our own deadline, redirects and body
// reading (http-client has no per-request deadline and forwards Authorization to another port).
import type { HttpClient } from '@actions/http-client';
import { getProxyUrl } from '@actions/http-client/lib/proxy';
import * as http from 'node:http';
import * as https from 'node:https';
import type { Readable } from 'node:stream';
import type * as zlib from 'node:zlib';

/** A body opened afresh for each exchange (a redirect or a retry sends it again whole), its length known up front. */
export interface RequestBody {
  contentType: string;
  length: number;
  open(): Readable;
}

export interface HttpRequest {
  method: 'GET' | 'POST';
  url: URL;
  headers: Record<string, string>;
  body?: RequestBody;
  /** Upper bound for the whole exchange, body included. */
  timeoutMs: number;
  /**
   * Upper bound, when shorter, on any wait within the exchange: counted from its start, and again from each
   * piece of the request body the connection takes. A request without a body gets no longer in all; an upload
   * that keeps moving may take up to `timeoutMs`, and one that stalls, on either side, is let go.
   */
  maxWaitMs?: number;
  /**
   * Upper bound, when shorter, until the answer begins (status and headers): connection set-up, through any
   * proxy, and a server that accepts but never answers. A long body may then take up to `timeoutMs`.
   */
  answerTimeoutMs?: number;
  /** Aborts the exchange at once (the step is being cancelled); it rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Takes the body of an answer as it arrives (decoded), instead of collecting it in `body`; per answer. */
  sink?: (status: number, headers: http.IncomingHttpHeaders) => BodySink | undefined;
}

/** Where an answer's body goes as it arrives. A `write` or `end` that throws fails the exchange with that error. */
export interface BodySink {
  write(chunk: Buffer): void;
  /** The whole body has arrived: what it came to, returned as the response's `received`. */
  end(): unknown;
  /** The exchange failed (cut, timed out, refused): drop what was kept. */
  abort(): void;
}

export interface HttpResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The body, unless a sink took it (then empty). */
  body: Buffer;
  /** What the sink's `end` returned, when one took the body. */
  received?: unknown;
  /** Where the answer came from, after redirects. */
  url: URL;
}

/** The exchange failed below HTTP: `code` is Node's (ECONNREFUSED, ENOTFOUND, ...) or ours (ETIMEDOUT, ETRUNCATED). */
export class NetworkError extends Error {
  constructor(
    readonly code: string,
    readonly host: string,
    detail: string
  ) {
    super(`${host}: ${detail} (${code})`);
    this.name = 'NetworkError';
  }
}

const REDIRECTS = [301, 302, 303, 307, 308];
export const MAX_REDIRECTS = 5;
const MAX_BODY_BYTES = 1024 ** 3;

export class Transport {
  /** Keep-alive agents by protocol: one for direct requests, and http-client's when a proxy applies. */
  private readonly direct = new Map<string, http.Agent>();
  private readonly proxied = new Map<string, HttpClient>();

  constructor(
    private readonly userAgent: string,
    private readonly maxSockets: number
  ) {}

  async send(request: HttpRequest): Promise<HttpResponse> {
    let url = request.url;
    let method = request.method;
    const headers = { ...request.headers };
    const deadline = Date.now() + request.timeoutMs;
    const answerBy = Math.min(deadline, Date.now() + (request.answerTimeoutMs ?? request.timeoutMs));
    for (let hop = 0; ; hop++) {
      // A 303 turns the request into a GET, which carries no body.
      const body = method === request.method ? request.body : undefined;
      const response = await this.exchange(
        method,
        url,
        headers,
        body,
        { deadline, answerBy, maxWaitMs: request.maxWaitMs ?? Infinity },
        request
      );
      const location = response.headers.location;
      // A redirect not taken is the answer: a final one, which the caller explains (see redirectRefusal).
      if (!isRedirect(response.status) || hop === MAX_REDIRECTS || redirectRefusal(url, location)) return response;
      const next = new URL(location as string, url);
      // The key is only ever sent to the origin it was configured for.
      if (next.origin !== url.origin) {
        for (const name of Object.keys(headers)) if (name.toLowerCase() === 'authorization') delete headers[name];
      }
      if (response.status === 303) method = 'GET';
      url = next;
    }
  }

  /** Closes kept-alive sockets so the process can exit. */
  dispose(): void {
    for (const agent of this.direct.values()) agent.destroy();
    for (const client of this.proxied.values()) client.dispose();
    this.direct.clear();
    this.proxied.clear();
  }

  private async agentFor(url: URL): Promise<http.Agent> {
    // http-client's proxy stack (its client and tunnel, a lazy chunk of dist/) loads only when a proxy applies
    // to the URL, by its own rules (HTTPS_PROXY, NO_PROXY).
    if (getProxyUrl(url)?.hostname) {
      const { HttpClient } = await import('@actions/http-client');
      let client = this.proxied.get(url.protocol);
      if (!client) {
        client = new HttpClient(this.userAgent, [], { keepAlive: true, maxSockets: this.maxSockets });
        this.proxied.set(url.protocol, client);
      }
      const agent = client.getAgent(url.href);
      if (isTunnel(agent)) boundConnect(agent);
      return agent;
    }
    let agent = this.direct.get(url.protocol);
    if (!agent) {
      const options = { keepAlive: true, maxSockets: this.maxSockets };
      agent = url.protocol === 'https:' ? new https.Agent(options) : new http.Agent(options);
      this.direct.set(url.protocol, agent);
    }
    return agent;
  }

  private async exchange(
    method: string,
    url: URL,
    headers: Record<string, string>,
    body: RequestBody | undefined,
    { deadline, answerBy, maxWaitMs }: { deadline: number; answerBy: number; maxWaitMs: number },
    { signal, sink }: Pick<HttpRequest, 'signal' | 'sink'>
  ): Promise<HttpResponse> {
    const host = hostOf(url);
    const agent = await this.agentFor(url);
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const transport = url.protocol === 'https:' ? https : http;
      const setUp = new AbortController();
      const options: http.RequestOptions & ConnectOptions = {
        method,
        headers: {
          'User-Agent': this.userAgent,
          'Accept-Encoding': ACCEPT_ENCODING,
          ...(body ? { 'Content-Type': body.contentType, 'Content-Length': String(body.length) } : {}),
          ...headers
        },
        agent,
        [CONNECT_SIGNAL]: setUp.signal
      };
      const req = transport.request(url, options);
      let settled = false;
      let onFailure = (): void => undefined;
      const finish = (error: unknown, response?: HttpResponse): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        if (response) resolve(response);
        else {
          onFailure();
          setUp.abort();
          req.destroy();
          reject(error);
        }
      };
      const onAbort = (): void => finish(signal?.reason);
      // One timer for every bound; it re-arms itself while the body moves (see maxWaitMs).
      let answered = false;
      let moved = Date.now();
      const due = (): [number, string] => {
        const waitEnd = Math.min(deadline, moved + maxWaitMs);
        return !answered && answerBy < waitEnd
          ? [answerBy, 'no answer in the time allowed (connection set-up included)']
          : [waitEnd, 'no complete answer in the time allowed'];
      };
      const check = (): void => {
        const [at, detail] = due();
        if (Date.now() >= at) finish(new NetworkError('ETIMEDOUT', host, detail));
        else timer = setTimeout(check, at - Date.now());
      };
      let timer = setTimeout(check, Math.max(1, due()[0] - Date.now()));
      signal?.addEventListener('abort', onAbort, { once: true });
      req.on('error', (error: NodeJS.ErrnoException) => finish(new NetworkError(error.code ?? 'ECONNRESET', host, error.message)));
      req.on('response', (res) => {
        answered = true;
        const status = res.statusCode ?? 0;
        const custom = isRedirect(status) ? undefined : sink?.(status, res.headers);
        const taker = custom ?? collector(res);
        onFailure = () => taker.abort();
        receive(res, host, taker).then(
          (received) => finish(undefined, { status, headers: res.headers, body: custom ? EMPTY : (received as Buffer), received, url }),
          (error) => finish(error)
        );
      });
      if (!body) return void req.end();
      const source = body.open();
      // A document that cannot be read is no network failure: it ends the exchange with its own error.
      source.once('error', (error) => finish(error));
      // The source is paused while the connection holds back: each piece read from it has been taken.
      source.on('data', () => (moved = Date.now()));
      source.pipe(req);
      req.once('close', () => source.destroy());
    });
  }
}

/** Request options carry the signal that ends a request's connection set-up to the proxy agent (see boundConnect). */
const CONNECT_SIGNAL = 'llxConnectSignal';
interface ConnectOptions {
  [CONNECT_SIGNAL]?: AbortSignal;
}

/** http-client's proxy agent (the `tunnel` package): it sends a CONNECT of its own for each new connection. */
interface TunnelAgent extends http.Agent {
  proxyOptions: object;
  request: (options: http.RequestOptions) => http.ClientRequest;
  createSocket: (this: TunnelAgent, options: ConnectOptions, onSocket: unknown) => void;
}

function isTunnel(agent: http.Agent): agent is TunnelAgent {
  const candidate = agent as Partial<TunnelAgent>;
  return (
    typeof candidate.proxyOptions === 'object' && typeof candidate.request === 'function' && typeof candidate.createSocket === 'function'
  );
}

const boundAgents = new WeakSet<http.Agent>();

/**
 * The tunnel agent's CONNECT has no deadline and is out of reach of the request it serves, so a proxy that
 * accepts and never answers would hold it (and the process) until the proxy drops it. Each CONNECT gets the
 * signal of its request (passed through the request's options, which the agent hands to createSocket), so it
 * ends when that request gives up.
 */
function boundConnect(agent: TunnelAgent): void {
  if (boundAgents.has(agent)) return;
  boundAgents.add(agent);
  const createSocket = agent.createSocket;
  const send = agent.request;
  agent.createSocket = function (this: TunnelAgent, options, onSocket) {
    const signal = options[CONNECT_SIGNAL];
    // createSocket sends its CONNECT synchronously, through `this.request`.
    this.request = (connect) => send({ ...connect, signal });
    try {
      createSocket.call(this, options, onSocket);
    } finally {
      this.request = send;
    }
  };
}

const EMPTY = Buffer.alloc(0);

/** Collects a body in one buffer, preallocated when its length is announced (one copy of a large answer, not two). */
function collector(res: http.IncomingMessage): BodySink & { end(): Buffer } {
  const announced = Number(res.headers['content-length']);
  const whole =
    !res.headers['content-encoding'] && Number.isSafeInteger(announced) && announced <= MAX_BODY_BYTES
      ? Buffer.allocUnsafe(announced)
      : undefined;
  const chunks: Buffer[] = [];
  let received = 0;
  return {
    write(chunk) {
      if (whole && received + chunk.length <= whole.length) chunk.copy(whole, received);
      else chunks.push(chunk);
      received += chunk.length;
    },
    end: () => (whole && received === whole.length ? whole : Buffer.concat(chunks, received)),
    abort: () => undefined
  };
}

// JSON compresses about tenfold: a large result crosses the network compressed when the API offers it.
const ACCEPT_ENCODING = 'gzip, deflate, br';
const DECODERS: Record<string, (z: typeof zlib) => zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress> = {
  gzip: (z) => z.createGunzip(),
  'x-gzip': (z) => z.createGunzip(),
  deflate: (z) => z.createInflate(),
  br: (z) => z.createBrotliDecompress()
};

/**
 * Streams the body into `sink`, decompressed as it arrives (zlib is loaded only for an encoded answer):
 * resolves with what the sink made of it once the whole body is in. A body cut short, longer than
 * announced, over 1 GiB or corrupt in its encoding is a transport failure worth another try.
 */
async function receive(res: http.IncomingMessage, host: string, sink: BodySink): Promise<unknown> {
  const announced = Number(res.headers['content-length']);
  const known = Number.isSafeInteger(announced) && announced >= 0;
  if (known && announced > MAX_BODY_BYTES) {
    res.destroy();
    throw new NetworkError('ETOOLARGE', host, `answer of ${announced} bytes is over the 1 GiB limit`);
  }
  const name = res.headers['content-encoding']?.trim().toLowerCase();
  const encoded = !!name && name !== 'identity';
  const makeDecoder = encoded ? DECODERS[name] : undefined;
  if (encoded && !makeDecoder) {
    res.destroy();
    throw new NetworkError('EBADENCODING', host, `answer in an unknown encoding '${name}'`);
  }
  const decoder = makeDecoder?.(await import('node:zlib'));
  return new Promise((resolve, reject) => {
    let received = 0;
    let decoded = 0;
    let failed = false;
    const fail = (error: unknown): void => {
      if (failed) return;
      failed = true;
      res.destroy();
      decoder?.destroy();
      reject(error);
    };
    const deliver = (chunk: Buffer): void => {
      if (failed) return;
      decoded += chunk.length;
      if (decoded > MAX_BODY_BYTES) return fail(new NetworkError('ETOOLARGE', host, 'answer is over the 1 GiB limit'));
      try {
        sink.write(chunk);
      } catch (error) {
        fail(error);
      }
    };
    const done = (): void => {
      if (failed) return;
      try {
        resolve(sink.end());
      } catch (error) {
        fail(error);
      }
    };
    res.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (known && received > announced) return fail(new NetworkError('EBADLENGTH', host, 'answer longer than its Content-Length'));
      if (decoder) decoder.write(chunk);
      else deliver(chunk);
    });
    res.on('end', () => {
      if (known && received !== announced) return fail(truncated(host, received, announced));
      if (decoder) decoder.end();
      else done();
    });
    res.on('error', () => fail(truncated(host, received, known ? announced : undefined)));
    res.on('close', () => {
      if (!res.complete) fail(truncated(host, received, known ? announced : undefined));
    });
    if (decoder) {
      decoder.on('data', deliver);
      decoder.on('end', done);
      decoder.on('error', (error) =>
        fail(new NetworkError('EBADENCODING', host, `the ${name} answer could not be decompressed (${error.message})`))
      );
    }
  });
}

function truncated(host: string, received: number, announced?: number): NetworkError {
  const of = announced === undefined ? '' : ` of ${announced}`;
  return new NetworkError('ETRUNCATED', host, `connection closed after ${received}${of} bytes of the answer`);
}

export function isRedirect(status: number): boolean {
  return REDIRECTS.includes(status);
}

/** Why a redirect from `from` to `location` is not followed, or undefined when it is. */
export function redirectRefusal(from: URL, location: string | undefined): string | undefined {
  if (!location || !URL.canParse(location, from.href)) return 'it has no valid Location';
  const to = new URL(location, from).protocol;
  // Downgrading would send the key and the result in clear text.
  if (from.protocol === 'https:' && to !== 'https:') {
    return `a redirect from https to ${to.replace(':', '')} is refused, so the key and the result never travel unencrypted`;
  }
  if (to !== 'http:' && to !== 'https:') return `only http and https redirects are followed`;
  return undefined;
}

function hostOf(url: URL): string {
  return url.port ? `${url.hostname}:${url.port}` : `${url.hostname}:${url.protocol === 'https:' ? 443 : 80}`;
}
