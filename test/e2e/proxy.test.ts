// The proxy stack is loaded only when a proxy applies, so a plain run starts fast: these prove that a run
// with HTTPS_PROXY still goes through the proxy (and that NO_PROXY still bypasses it).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { useHarness } from '../support/harness.js';

const harness = useHarness();
const API = 'https://api.llamacloud.test';
let proxy: Server;
let proxyUrl: string;
const connects: string[] = [];

beforeAll(async () => {
  // A proxy that refuses every tunnel: enough to see where the action sent its requests.
  proxy = createServer((_req, res) => res.writeHead(405).end());
  proxy.on('connect', (req, socket) => {
    connects.push(req.url ?? '');
    socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n');
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => proxy.close(() => resolve())));

async function runThroughProxy(env: Record<string, string>) {
  connects.length = 0;
  return harness.run({
    inputs: { 'job-id': 'ext-proxied', 'base-url': API, 'api-key': 'llx-test-key', wait: 'false' },
    env: { HTTPS_PROXY: proxyUrl, ...env }
  });
}

describe('proxy', () => {
  it('sends the requests of a run with HTTPS_PROXY through the proxy', async () => {
    const run = await runThroughProxy({});
    expect(run.code).toBe(1);
    expect(connects.length).toBeGreaterThan(0);
    expect(new Set(connects)).toEqual(new Set(['api.llamacloud.test:443']));
    expect(run.stdout).toMatch(/::error::GET \/api\/v2\/extract\/ext-proxied failed: .*403/);
  });

  it('goes direct to a host NO_PROXY names', async () => {
    const run = await runThroughProxy({ NO_PROXY: 'llamacloud.test' });
    expect(run.code).toBe(1);
    expect(connects).toEqual([]);
  });
});
