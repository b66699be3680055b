// A proxy that accepts every connection and never answers: not even a CONNECT gets a reply, as with a
// firewall that swallows traffic or a proxy that has hung. Point HTTPS_PROXY / HTTP_PROXY at its `url`.
import { createServer, type Socket } from 'node:net';

export interface DeadProxy {
  /** `http://127.0.0.1:PORT`. */
  readonly url: string;
  /** Connections accepted since start. */
  readonly connections: number;
  /** The first line each connection sent, e.g. `CONNECT api.example.test:443 HTTP/1.1`, in order of arrival. */
  readonly requestLines: string[];
  /** How many of its connections the client has closed so far: a bounded client closes each one it gave up on. */
  readonly closedByClient: number;
  /** Destroys every open connection and stops listening. */
  close(): Promise<void>;
}

export async function startDeadProxy(): Promise<DeadProxy> {
  const sockets = new Set<Socket>();
  const requestLines: string[] = [];
  let connections = 0;
  let closedByClient = 0;
  let closing = false;
  const server = createServer((socket) => {
    connections++;
    sockets.add(socket);
    let head = '';
    socket.on('data', (chunk: Buffer) => {
      if (head.includes('\r\n')) return;
      head += chunk.toString('latin1');
      if (head.includes('\r\n')) requestLines.push(head.slice(0, head.indexOf('\r\n')));
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      sockets.delete(socket);
      if (!closing) closedByClient++;
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    get connections() {
      return connections;
    },
    requestLines,
    get closedByClient() {
      return closedByClient;
    },
    close: () =>
      new Promise<void>((resolve) => {
        closing = true;
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      })
  };
}
