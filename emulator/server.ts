// The HTTP server: it listens, keeps every socket and timer so that close() ends them all (a stalled answer
// never keeps the process alive), and answers 500 for a request its handler fails on.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { jsonReply, send } from './reply.js';

/** Runs `fn` after `ms`, unless the server closes first. */
export type Later = (ms: number, fn: () => void) => void;

export type Handler = (req: IncomingMessage, res: ServerResponse, later: Later) => Promise<void>;

export interface Listening {
  port: number;
  /** `http://host:port`, an IPv6 host in brackets. */
  url: string;
  /** Stops listening, destroys every socket (stalled ones included) and cancels pending timers. */
  close(): Promise<void>;
}

/** Longer than any poll interval, as a cloud load balancer keeps idle connections about a minute. */
const DEFAULT_KEEP_ALIVE_MS = 65_000;

export async function listen(options: { host: string; port?: number; keepAliveTimeoutMs?: number }, handle: Handler): Promise<Listening> {
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const later: Later = (ms, fn) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timers.add(timer);
  };

  const server = createServer((req, res) => {
    handle(req, res, later).catch((error: unknown) => {
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
    server.listen(options.port ?? 0, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });

  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    port,
    url: `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`,
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }))
  };
}
