// What the network and the service may do beyond the plain faults: a run of 429s that ask for no wait at all, a
// TLS certificate the runner does not trust, and a key echoed back JSON-escaped.
import { describe, expect, test } from '@jest/globals';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:https';
import type { Socket } from 'node:net';
import { join } from 'node:path';
import { annotations } from '../../support/readers.js';
import { emulatorInputs, withEmulator } from '../../../emulator/runner.js';
import { selfSignedCertificate, type CertificateOptions } from '../../support/certificate.js';
import { FAST, RESULT, singleError, useFaultHarness } from './support.js';

const harness = useFaultHarness();

describe('a run of 429s with Retry-After: 0', () => {
  const refusals = (times: number, match?: { method: string; path: string }) => ({
    kind: 'status' as const,
    status: 429,
    headers: { 'Retry-After': '0' },
    times,
    ...(match ? { match } : {})
  });

  test.concurrent('is ridden out while waiting for a job, however many tries it takes', async () => {
    const { run, requests } = await harness.runFaulted({ faults: [refusals(20)] }, { timeout: '60s' });
    expect({ code: run.code, errors: annotations(run, 'error') }).toEqual({ code: 0, errors: [] });
    expect(requests.map((request) => request.status)).toEqual([...Array<number>(20).fill(429), 200]);
    expect(run.outputs.status).toBe('COMPLETED');
  });

  test.concurrent('is ridden out by an upload and a create too', async () => {
    const workspace = harness.folder({ 'docs/a.pdf': '%PDF-1.7 a', 'extract.yml': 'data_schema:\n  type: object\n' });
    await withEmulator(
      {
        faults: [refusals(12, { method: 'POST', path: '/api/v1/beta/files' }), refusals(12, { method: 'POST', path: '/api/v2/extract' })]
      },
      async (emulator) => {
        const run = await harness.run({
          workspace,
          inputs: emulatorInputs(emulator, { file: 'docs/*.pdf', configuration: 'extract.yml', ...FAST, timeout: '60s' })
        });
        expect({ code: run.code, errors: annotations(run, 'error') }).toEqual({ code: 0, errors: [] });
        expect(emulator.stats()).toMatchObject({ uploads: 1, creates: 1 });
        expect(emulator.requests.filter((request) => request.status === 429)).toHaveLength(24);
      }
    );
  });

  test.concurrent('is given up at the timeout, saying it was rate-limited', async () => {
    const { run } = await harness.runFaulted({ faults: [refusals(Infinity)] }, { timeout: '3s' });
    expect(singleError(run)).toMatch(
      /Last error: GET \/api\/v2\/extract\/ext-1 failed: 429 Too Many Requests\. Gave up after \d+ attempts over [\d.]+s \(the timeout was reached\)\. LlamaCloud is unavailable or rate-limiting/
    );
  });
});

describe('a TLS certificate the runner does not trust', () => {
  /** The action against an HTTPS server with this certificate, trusted through NODE_EXTRA_CA_CERTS or not. */
  async function againstServer(certificate: CertificateOptions, trusted: boolean) {
    const { cert, key } = selfSignedCertificate(certificate);
    const dir = harness.folder({ 'cert.pem': cert });
    const sockets = new Set<Socket>();
    let connections = 0;
    const server = createServer({ cert, key }, (_req, res) => res.writeHead(500).end());
    server.on('connection', (socket: Socket) => {
      connections++;
      sockets.add(socket);
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as { port: number };
    try {
      const run = await harness.run({
        inputs: { 'base-url': `https://127.0.0.1:${port}`, 'api-key': 'llx-test-key', 'job-id': 'ext-1', ...FAST, timeout: '60s' },
        env: trusted ? { NODE_EXTRA_CA_CERTS: join(dir, 'cert.pem') } : {}
      });
      return { run, connections };
    } finally {
      for (const socket of sockets) socket.destroy();
      server.close();
    }
  }

  test.concurrent.each([
    ['self-signed', {}, false, 'DEPTH_ZERO_SELF_SIGNED_CERT'],
    ['for another host', { dnsNames: ['api.example.test'] }, true, 'ERR_TLS_CERT_ALTNAME_INVALID'],
    ['expired', { notBefore: new Date('2020-01-01'), notAfter: new Date('2021-01-01') }, true, 'CERT_HAS_EXPIRED']
  ] as const)('%s: fails at once, with one clear line, and is not retried', async (_name, certificate, trusted, code) => {
    const { run, connections } = await againstServer(certificate, trusted);
    expect(connections).toBe(1);
    const error = singleError(run);
    expect(error).toContain(`(${code}). The server's TLS certificate is not trusted (self-signed, expired or for another host)`);
    expect(error).toContain('NODE_EXTRA_CA_CERTS');
    expect(run.outputs['timed-out']).toBe('false');
  });
});

describe('a key echoed back JSON-escaped', () => {
  /** `llx-test-key` with the characters at `escaped` written as \uXXXX, in lower or upper case hex. */
  const escape = (key: string, escaped: (i: number) => boolean, upper = false): string =>
    [...key]
      .map((char, i) => {
        if (!escaped(i)) return char;
        const hex = char.charCodeAt(0).toString(16).padStart(4, '0');
        return `\\u${upper ? hex.toUpperCase() : hex}`;
      })
      .join('');

  test.concurrent('is masked in the result file like the plain key, in any mix of escaped and plain characters', async () => {
    const key = 'llx-test-key';
    const forms = {
      plain: key,
      all: escape(key, () => true),
      upper: escape(key, () => true, true),
      mixed: escape(key, (i) => i % 3 === 0),
      first: escape(key, (i) => i === 0),
      last: escape(key, (i) => i === key.length - 1)
    };
    const resultRaw = `{${Object.entries(forms)
      .map(([name, text]) => `"${name}":"before ${text} after"`)
      .join(',')}}`;
    const { run } = await harness.runFaulted({ jobs: [{ id: 'ext-1', resultRaw }] }, {});
    expect(run.code).toBe(0);
    const written = await readFile(join(run.workspace, RESULT), 'utf8');
    expect(JSON.parse(written)).toEqual(Object.fromEntries(Object.keys(forms).map((name) => [name, 'before *** after'])));
    // The log's first line registers the key with the runner; nothing after it may hold it.
    const [first, ...log] = run.stdout.split('\n');
    expect(first).toBe(`::add-mask::${key}`);
    for (const text of [written, log.join('\n'), run.summary, ...Object.values(run.outputs)]) {
      expect(text).not.toContain(key);
      expect(text).not.toMatch(/\\u006c/i);
    }
  });
});
