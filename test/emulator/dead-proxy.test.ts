import { expect, it } from '@jest/globals';
import { connect } from 'node:net';
import { startDeadProxy } from '../../emulator/emulator.js';

it('accepts a connection, records its first line, never answers, and counts the client closing it', async () => {
  const proxy = await startDeadProxy();
  try {
    const { port } = new URL(proxy.url);
    const socket = connect(Number(port), '127.0.0.1');
    const answered: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => answered.push(chunk));
    socket.write('CONNECT api.example.test:443 HTTP/1.1\r\nHost: api.example.test:443\r\n\r\n');
    while (proxy.requestLines.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(proxy.requestLines).toEqual(['CONNECT api.example.test:443 HTTP/1.1']);
    expect(proxy.connections).toBe(1);
    socket.destroy();
    while (proxy.closedByClient === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(answered).toEqual([]);
  } finally {
    await proxy.close();
  }
});
