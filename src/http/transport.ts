// One HTTP exchange: proxy-aware agents from @actions/http-client, our own deadline, redirects and body
// reading (http-client has no per-request deadline and forwards Authorization to another port).
import { HttpClient } from '@actions/http-client';
import * as http from 'node:http';
import * as https from 'node:https';
import { promisify } from 'node:util';
import * as zlib from 'node:zlib';

export interface HttpRequest {
  method: 'GET' | 'POST';
  url: URL;
  headers: Record<string, string>;
  /** Upper bound for the whole exchange, body included. */
  timeoutMs: number;
  /**
   * Upper bound, when shorter, until the answer begins (status and headers): connection set-up, through any
   * proxy, and a server that accepts but never answers. A long body may then take up to `timeoutMs`.
   */
  answerTimeoutMs?: number;
  /** Aborts the exchange at once (the step is being cancelled); it rejects with the signal's reason. */
  signal?: AbortSignal;
}

export interface HttpResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
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
  private readonly clients = new Map<string, HttpClient>();

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
      const response = await this.exchange(method, url, headers, { deadline, answerBy }, request.signal);
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
    for (const client of this.clients.values()) client.dispose();
    this.clients.clear();
  }

  private agentFor(url: URL): http.Agent {
    let client = this.clients.get(url.protocol);
    if (!client) {
      client = new HttpClient(this.userAgent, [], { keepAlive: true, maxSockets: this.maxSockets });
      this.clients.set(url.protocol, client);
    }
    const agent = client.getAgent(url.href);
    if (isTunnel(agent)) boundConnect(agent);
    return agent;
  }

  private exchange(
    method: string,
    url: URL,
    headers: Record<string, string>,
    { deadline, answerBy }: { deadline: number; answerBy: number },
    signal?: AbortSignal
  ): Promise<HttpResponse> {
    const host = hostOf(url);
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const transport = url.protocol === 'https:' ? https : http;
      const setUp = new AbortController();
      const options: http.RequestOptions & ConnectOptions = {
        method,
        headers: { 'User-Agent': this.userAgent, 'Accept-Encoding': ACCEPT_ENCODING, ...headers },
        agent: this.agentFor(url),
        [CONNECT_SIGNAL]: setUp.signal
      };
      const req = transport.request(url, options);
      let settled = false;
      const finish = (error: unknown, response?: HttpResponse): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        if (response) resolve(response);
        else {
          setUp.abort();
          req.destroy();
          reject(error);
        }
      };
      const onAbort = (): void => finish(signal?.reason);
      const expire = (at: number, detail: string): NodeJS.Timeout =>
        setTimeout(() => finish(new NetworkError('ETIMEDOUT', host, detail)), Math.max(1, at - Date.now()));
      let timer =
        answerBy < deadline
          ? expire(answerBy, 'no answer in the time allowed (connection set-up included)')
          : expire(deadline, 'no complete answer in the time allowed');
      signal?.addEventListener('abort', onAbort, { once: true });
      req.on('error', (error: NodeJS.ErrnoException) => finish(new NetworkError(error.code ?? 'ECONNRESET', host, error.message)));
      req.on('response', (res) => {
        if (answerBy < deadline) {
          clearTimeout(timer);
          timer = expire(deadline, 'no complete answer in the time allowed');
        }
        readBody(res, host)
          .then((raw) => decode(raw, res.headers['content-encoding'], host))
          .then(
            (body) => finish(undefined, { status: res.statusCode ?? 0, headers: res.headers, body, url }),
            (error) => finish(error)
          );
      });
      req.end();
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

/** Reads the whole body into one buffer, preallocated when the length is announced (one copy of a large result, not two). */
function readBody(res: http.IncomingMessage, host: string): Promise<Buffer> {
  const announced = Number(res.headers['content-length']);
  const known = Number.isSafeInteger(announced) && announced >= 0;
  if (known && announced > MAX_BODY_BYTES) {
    res.destroy();
    return Promise.reject(new NetworkError('ETOOLARGE', host, `answer of ${announced} bytes is over the 1 GiB limit`));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const whole = known ? Buffer.allocUnsafe(announced) : undefined;
    let received = 0;
    res.on('data', (chunk: Buffer) => {
      if (whole) {
        if (received + chunk.length > announced) {
          return reject(new NetworkError('EBADLENGTH', host, 'answer longer than its Content-Length'));
        }
        chunk.copy(whole, received);
      } else {
        chunks.push(chunk);
        if (received + chunk.length > MAX_BODY_BYTES) {
          res.destroy();
          return reject(new NetworkError('ETOOLARGE', host, 'answer is over the 1 GiB limit'));
        }
      }
      received += chunk.length;
    });
    res.on('end', () => {
      if (known && received !== announced) reject(truncated(host, received, announced));
      else resolve(whole ?? Buffer.concat(chunks, received));
    });
    res.on('error', () => reject(truncated(host, received, known ? announced : undefined)));
    res.on('close', () => {
      if (!res.complete) reject(truncated(host, received, known ? announced : undefined));
    });
  });
}

// JSON compresses about tenfold: a large result crosses the network compressed when the API offers it.
const ACCEPT_ENCODING = 'gzip, deflate, br';
const DECODERS: Record<string, (data: Buffer, options: zlib.ZlibOptions & zlib.BrotliOptions) => Promise<Buffer>> = {
  gzip: promisify(zlib.gunzip),
  'x-gzip': promisify(zlib.gunzip),
  deflate: promisify(zlib.inflate),
  br: promisify(zlib.brotliDecompress)
};

/** The body as sent, decompressed; a corrupt or cut stream is a transport failure worth another try. */
async function decode(raw: Buffer, encoding: string | undefined, host: string): Promise<Buffer> {
  const name = encoding?.trim().toLowerCase();
  if (!name || name === 'identity') return raw;
  const decoder = DECODERS[name];
  if (!decoder) throw new NetworkError('EBADENCODING', host, `answer in an unknown encoding '${name}'`);
  try {
    return await decoder(raw, { maxOutputLength: MAX_BODY_BYTES });
  } catch (error) {
    throw new NetworkError('EBADENCODING', host, `the ${name} answer could not be decompressed (${(error as Error).message})`);
  }
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

export function hostOf(url: URL): string {
  return url.port ? `${url.hostname}:${url.port}` : `${url.hostname}:${url.protocol === 'https:' ? 443 : 80}`;
}
