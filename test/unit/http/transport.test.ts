import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { once } from 'node:events';
import { Readable } from 'node:stream';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { createServer, type Server, type Socket } from 'node:net';
import { startEmulator } from '../../../emulator/emulator.js';
import { NetworkError, redirectRefusal, Transport, type HttpRequest } from '../../../src/http/transport.js';
import { useSuiteEmulator } from '../../support/emulators.js';

const emulator = useSuiteEmulator({ jobs: [{ id: 'ext-1' }] });
let transport: Transport;
beforeEach(() => {
  transport = new Transport('transport-test', 4);
});
afterEach(() => transport.dispose());

const jobRequest = (extra: Partial<HttpRequest> = {}): HttpRequest => ({
  method: 'GET',
  url: new URL(`${emulator.url}/api/v2/extract/ext-1`),
  headers: { Authorization: `Bearer ${emulator.apiKey}`, Accept: 'application/json' },
  timeoutMs: 2000,
  ...extra
});

/** What `send` rejected with. */
const failure = (request: HttpRequest): Promise<unknown> =>
  transport.send(request).then(
    () => 'resolved',
    (error: unknown) => error
  );

/** A TCP server on 127.0.0.1 that writes raw bytes, for answers no well-behaved HTTP server sends. */
async function rawServer(onConnection: (socket: Socket) => void): Promise<{ url: string; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    socket.once('data', () => onConnection(socket));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    }
  };
}

async function until(condition: () => boolean, ms = 2000): Promise<void> {
  for (const end = Date.now() + ms; !condition();) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('Transport.send', () => {
  it('sends the method, headers and URL, and returns the status, headers, whole body and URL', async () => {
    const url = new URL(`${emulator.url}/api/v2/extract/ext-1?expand=usage`);
    const response = await transport.send(jobRequest({ url }));
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.body.length).toBe(Number(response.headers['content-length']));
    expect(JSON.parse(response.body.toString('utf8'))).toMatchObject({ id: 'ext-1', status: 'COMPLETED' });
    expect(response.url.href).toBe(url.href);
    expect(emulator.requests).toEqual([
      expect.objectContaining({
        method: 'GET',
        path: '/api/v2/extract/ext-1',
        query: { expand: ['usage'] },
        headers: expect.objectContaining({
          authorization: `Bearer ${emulator.apiKey}`,
          accept: 'application/json',
          'user-agent': 'transport-test'
        })
      })
    ]);
  });

  it('sends a POST and returns an error status as an answer, not a failure', async () => {
    const response = await transport.send(jobRequest({ method: 'POST', url: new URL(`${emulator.url}/api/v2/extract/ext-1/cancel`) }));
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body.toString('utf8'))).toEqual({ detail: 'Job is already in a terminal state' });
    expect(emulator.requests.map((request) => request.method)).toEqual(['POST']);
  });

  it('reads a body sent without Content-Length (chunked) whole', async () => {
    const chunk = (text: string): string => `${Buffer.byteLength(text).toString(16)}\r\n${text}\r\n`;
    const server = await rawServer((socket) => {
      socket.write('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n');
      socket.write(chunk('{"id":"'));
      socket.end(`${chunk('ext-1","')}${chunk('status":"RUNNING')}${chunk('"}')}0\r\n\r\n`);
    });
    try {
      const response = await transport.send(jobRequest({ url: new URL(`${server.url}/x`) }));
      expect(response.headers['content-length']).toBeUndefined();
      expect(response.body.toString('utf8')).toBe('{"id":"ext-1","status":"RUNNING"}');
    } finally {
      await server.close();
    }
  });
});

describe('deadline', () => {
  it('gives up with ETIMEDOUT when no answer comes in the time allowed', async () => {
    // Bounds with margins a busy machine cannot eat: the stall lasts 20 s, the timeout 0.2 s.
    emulator.addFault({ kind: 'stall', stallMs: 20_000 });
    const started = Date.now();
    const error = await failure(jobRequest({ timeoutMs: 200 }));
    const took = Date.now() - started;
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({
      code: 'ETIMEDOUT',
      host: `127.0.0.1:${emulator.port}`,
      message: `127.0.0.1:${emulator.port}: no complete answer in the time allowed (ETIMEDOUT)`
    });
    expect(took).toBeGreaterThanOrEqual(190);
    expect(took).toBeLessThan(10_000);
  });

  it('covers the body too: headers in time and a body that stalls still time out', async () => {
    const server = await rawServer((socket) => {
      socket.write('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"id":"ext-1",');
    });
    try {
      const started = Date.now();
      const error = await failure(jobRequest({ url: new URL(`${server.url}/x`), timeoutMs: 300 }));
      expect(error).toMatchObject({ code: 'ETIMEDOUT' });
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await server.close();
    }
  });
});

describe('maxWaitMs', () => {
  const upload = (open: () => Readable, length: number, maxWaitMs: number): HttpRequest =>
    jobRequest({
      method: 'POST',
      url: new URL(`${emulator.url}/api/v1/beta/files`),
      body: { contentType: 'application/octet-stream', length, open },
      timeoutMs: 20_000,
      maxWaitMs
    });

  it('lets go of an upload whose body stops moving', async () => {
    const started = Date.now();
    // Three of the ten bytes announced, then nothing: the body never moves again.
    const stalled = () => Readable.from([Buffer.from('abc'), new Promise<Buffer>(() => undefined)]);
    const error = await failure(upload(stalled, 10, 300));
    expect(error).toMatchObject({
      code: 'ETIMEDOUT',
      message: `127.0.0.1:${emulator.port}: no complete answer in the time allowed (ETIMEDOUT)`
    });
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('does not cut an upload that keeps moving, however long it takes in all', async () => {
    const slow = () =>
      Readable.from(
        (async function* () {
          for (let i = 0; i < 8; i++) {
            await new Promise((resolve) => setTimeout(resolve, 100));
            yield Buffer.from('x');
          }
        })()
      );
    const started = Date.now();
    const response = await transport.send(upload(slow, 8, 400));
    expect(Date.now() - started).toBeGreaterThanOrEqual(800);
    expect(response.status).toBe(400);
  });
});

describe('answer bound', () => {
  it('bounds the wait for the answer to begin, connection set-up included', async () => {
    emulator.addFault({ kind: 'stall', stallMs: 3000 });
    const error = await failure(jobRequest({ timeoutMs: 5000, answerTimeoutMs: 200 }));
    expect(error).toMatchObject({
      code: 'ETIMEDOUT',
      message: `127.0.0.1:${emulator.port}: no answer in the time allowed (connection set-up included) (ETIMEDOUT)`
    });
  });

  it('lets a body that has begun take up to timeoutMs', async () => {
    // Headers at once, the rest of the body well after the answer bound: only timeoutMs still applies.
    const server = await rawServer((socket) => {
      socket.write('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 14\r\n\r\n{"id":');
      setTimeout(() => socket.end('"ext-1"}'), 2500);
    });
    try {
      const response = await transport.send(jobRequest({ url: new URL(`${server.url}/x`), timeoutMs: 20_000, answerTimeoutMs: 1000 }));
      expect(response.body.toString()).toBe('{"id":"ext-1"}');
    } finally {
      await server.close();
    }
  });
});

describe('body length', () => {
  it('fails with ETRUNCATED when the connection closes before Content-Length bytes came', async () => {
    emulator.addFault({ kind: 'truncate' });
    const error = await failure(jobRequest());
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).code).toBe('ETRUNCATED');
    const [, received, announced] = /connection closed after (\d+) of (\d+) bytes of the answer \(ETRUNCATED\)$/.exec(
      (error as Error).message
    ) ?? ['', '-1', '-1'];
    expect(Number(received)).toBe(Math.floor(Number(announced) / 2));
    expect(Number(announced)).toBeGreaterThan(100);
  });

  it('fails with ETRUNCATED, without a total, when a chunked answer is cut', async () => {
    const server = await rawServer((socket) => {
      socket.write('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{"id"\r\n', () => socket.destroy());
    });
    try {
      const error = await failure(jobRequest({ url: new URL(`${server.url}/x`) }));
      expect(error).toMatchObject({
        code: 'ETRUNCATED',
        message: expect.stringMatching(/: connection closed after 5 bytes of the answer \(ETRUNCATED\)$/)
      });
    } finally {
      await server.close();
    }
  });

  it('refuses an announced Content-Length over 1 GiB before reading it', async () => {
    const server = await rawServer((socket) => {
      socket.write('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2000000000\r\n\r\n[');
    });
    try {
      const started = Date.now();
      const error = await failure(jobRequest({ url: new URL(`${server.url}/x`), timeoutMs: 20_000 }));
      expect(error).toMatchObject({
        code: 'ETOOLARGE',
        message: expect.stringMatching(/: answer of 2000000000 bytes is over the 1 GiB limit \(ETOOLARGE\)$/)
      });
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await server.close();
    }
  });

  it('returns an empty body for Content-Length: 0', async () => {
    const server = await rawServer((socket) => socket.write('HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n'));
    try {
      const response = await transport.send(jobRequest({ url: new URL(`${server.url}/x`) }));
      expect(response.status).toBe(204);
      expect(response.body.length).toBe(0);
    } finally {
      await server.close();
    }
  });
});

describe('abort by signal', () => {
  it("rejects with the signal's reason as soon as it aborts, whatever is in flight", async () => {
    emulator.addFault({ kind: 'stall', stallMs: 20_000 });
    const stop = new AbortController();
    const reason = new Error('The step was stopped');
    setTimeout(() => stop.abort(reason), 50);
    const started = Date.now();
    await expect(transport.send(jobRequest({ signal: stop.signal, timeoutMs: 30_000 }))).rejects.toBe(reason);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('rejects an already aborted signal without sending anything', async () => {
    const reason = new Error('already stopped');
    await expect(transport.send(jobRequest({ signal: AbortSignal.abort(reason) }))).rejects.toBe(reason);
    expect(emulator.requests).toEqual([]);
  });

  it('stops reading a body that is arriving', async () => {
    const server = await rawServer((socket) => socket.write('HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\n{"id":'));
    try {
      const stop = new AbortController();
      const reason = new Error('stopped mid-body');
      setTimeout(() => stop.abort(reason), 100);
      await expect(transport.send(jobRequest({ url: new URL(`${server.url}/x`), signal: stop.signal, timeoutMs: 5000 }))).rejects.toBe(
        reason
      );
    } finally {
      await server.close();
    }
  });
});

describe('network errors', () => {
  it('reports a refused connection with Node’s code and the host', async () => {
    const server = await rawServer(() => undefined);
    const url = new URL(`${server.url}/x`);
    await server.close();
    const error = await failure(jobRequest({ url }));
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ code: 'ECONNREFUSED', host: `127.0.0.1:${url.port}` });
    expect((error as Error).message).toBe(`127.0.0.1:${url.port}: connect ECONNREFUSED 127.0.0.1:${url.port} (ECONNREFUSED)`);
  });

  it('names a host given without a port by its scheme’s default port', async () => {
    // Through a proxy that drops every connection: the request fails without looking the host up.
    const proxy = await rawServer((socket) => socket.destroy());
    const saved = { http_proxy: process.env.http_proxy, https_proxy: process.env.https_proxy, no_proxy: process.env.no_proxy };
    Object.assign(process.env, { http_proxy: proxy.url, https_proxy: proxy.url, no_proxy: '' });
    try {
      expect(await failure(jobRequest({ url: new URL('http://api.example.test/x') }))).toMatchObject({ host: 'api.example.test:80' });
      expect(await failure(jobRequest({ url: new URL('https://api.example.test/x') }))).toMatchObject({ host: 'api.example.test:443' });
    } finally {
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
      await proxy.close();
    }
  });

  it('reports a connection reset or dropped without an answer as ECONNRESET', async () => {
    emulator.addFault({ kind: 'reset' });
    expect(await failure(jobRequest())).toMatchObject({ name: 'NetworkError', code: 'ECONNRESET' });
    emulator.addFault({ kind: 'drop' });
    expect(await failure(jobRequest())).toMatchObject({ name: 'NetworkError', code: 'ECONNRESET' });
  });
});

describe('connections', () => {
  it('reuses one kept-alive connection for requests one after another', async () => {
    for (let i = 0; i < 4; i++) expect((await transport.send(jobRequest())).status).toBe(200);
    expect(emulator.stats()).toMatchObject({ totalRequests: 4, totalConnections: 1 });
  });

  it('opens at most maxSockets connections for requests at the same time', async () => {
    const slow = await startEmulator({ jobs: [{ id: 'ext-1' }], latencyMs: 100 });
    try {
      const url = new URL(`${slow.url}/api/v2/extract/ext-1`);
      const answers = await Promise.all(Array.from({ length: 10 }, () => transport.send(jobRequest({ url }))));
      expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(200));
      expect(slow.stats()).toMatchObject({ totalRequests: 10, peakConnections: 4 });
    } finally {
      await slow.close();
    }
  });

  it('dispose closes the kept-alive connections; a later request opens a new one', async () => {
    await transport.send(jobRequest());
    expect(emulator.stats().openConnections).toBe(1);
    transport.dispose();
    await until(() => emulator.stats().openConnections === 0);
    expect((await transport.send(jobRequest())).status).toBe(200);
    expect(emulator.stats()).toMatchObject({ totalConnections: 2, openConnections: 1 });
  });
});

describe('redirectRefusal', () => {
  const https = new URL('https://api.example.com/api/v2/extract/j');
  const http = new URL('http://127.0.0.1:8080/api/v2/extract/j');

  it.each([
    [https, '/other'],
    [https, 'https://elsewhere.example.com/x'],
    [http, 'http://127.0.0.1:9090/x'],
    [http, 'https://api.example.com/x']
  ])('follows %s -> %s', (from, location) => expect(redirectRefusal(from, location)).toBeUndefined());

  it('refuses https to http', () => expect(redirectRefusal(https, 'http://api.example.com/x')).toMatch(/from https to http is refused/));
  it('refuses other schemes', () => expect(redirectRefusal(http, 'file:///etc/passwd')).toMatch(/only http and https/));
  it.each([undefined, '', 'http://[bad'])('refuses a missing or invalid Location (%p)', (location) =>
    expect(redirectRefusal(http, location)).toMatch(/no valid Location/)
  );
});

describe('compressed answers', () => {
  /** A server answering every request with `body` under `Content-Encoding: encoding`. */
  async function encodedServer(encoding: string, body: Buffer): Promise<{ url: string; close: () => Promise<void> }> {
    return rawServer((socket) => {
      socket.write(
        `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: ${encoding}\r\nContent-Length: ${body.length}\r\n\r\n`
      );
      socket.end(body);
    });
  }
  const json = Buffer.from(JSON.stringify({ id: 'ext-1', status: 'COMPLETED', extract_result: { rows: Array(500).fill('row') } }));

  it('asks for gzip, deflate or br, and reads each back byte for byte', async () => {
    for (const [encoding, compress] of [
      ['gzip', gzipSync],
      ['deflate', deflateSync],
      ['br', brotliCompressSync]
    ] as const) {
      const server = await encodedServer(encoding, compress(json));
      try {
        expect((await transport.send(jobRequest({ url: new URL(`${server.url}/x`) }))).body.equals(json)).toBe(true);
      } finally {
        await server.close();
      }
    }
    const emulatorGzip = await startEmulator({ gzip: true, jobs: [{ id: 'ext-1' }] });
    try {
      const response = await transport.send(jobRequest({ url: new URL(`${emulatorGzip.url}/api/v2/extract/ext-1`) }));
      expect(response.headers['content-encoding']).toBe('gzip');
      expect(JSON.parse(response.body.toString('utf8'))).toMatchObject({ id: 'ext-1', status: 'COMPLETED' });
      expect(emulatorGzip.requests[0]!.headers['accept-encoding']).toBe('gzip, deflate, br');
    } finally {
      await emulatorGzip.close();
    }
  });

  it('fails with EBADENCODING on a corrupt or unknown encoding, so the answer is tried again', async () => {
    const corrupt = gzipSync(json);
    corrupt.fill(0x41, 20, 60);
    for (const [encoding, body, message] of [
      ['gzip', corrupt, /the gzip answer could not be decompressed/],
      ['compress', json, /unknown encoding 'compress'/]
    ] as const) {
      const server = await encodedServer(encoding, body);
      try {
        const error = await failure(jobRequest({ url: new URL(`${server.url}/x`) }));
        expect(error).toBeInstanceOf(NetworkError);
        expect((error as NetworkError).code).toBe('EBADENCODING');
        expect((error as Error).message).toMatch(message);
      } finally {
        await server.close();
      }
    }
  });
});
