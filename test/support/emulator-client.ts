// A bare node:http client for the emulator's tests: one connection per call (unless given an agent),
// so a socket fault never lands on a reused connection.
import { request, type Agent, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';

export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** `any`: tests index freely into job JSON. */
  json(): any;
}

export interface CallOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Sent as `Authorization: Bearer`; default the emulator's default key; null sends no header. */
  apiKey?: string | null;
  timeoutMs?: number;
  /** Default: a fresh connection per call. */
  agent?: Agent;
  /** Sees the response as soon as its headers arrive, before the body is read. */
  onResponse?: (res: IncomingMessage) => void;
}

export function call(base: string, path: string, opts: CallOptions = {}): Promise<Answer> {
  const auth = opts.apiKey === null ? {} : { authorization: `Bearer ${opts.apiKey ?? 'llx-test-key'}` };
  return new Promise((resolve, reject) => {
    const req = request(
      new URL(path, base),
      { method: opts.method ?? 'GET', headers: { ...auth, ...opts.headers }, agent: opts.agent ?? false },
      (res) => {
        opts.onResponse?.(res);
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json: () => JSON.parse(body.toString()) });
        });
      }
    );
    req.on('error', reject);
    if (opts.timeoutMs) req.setTimeout(opts.timeoutMs, () => req.destroy(new Error('client timeout')));
    req.end(opts.body);
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
