// Outages: before the API has answered once (a wrong base-url, a dead proxy, an API down from the start) the
// step fails fast; once it has answered, a wait rides out transient faults until the timeout. Outage windows
// are counted in requests (a fault's `after` and `times`), never in time, so a slow machine sees the same.
import { describe, expect, test } from '@jest/globals';
import { DEFAULT_API_KEY, startDeadProxy } from '../../../emulator/emulator.js';
import { jobGets } from '../../support/readers.js';
import { FAST, freePort, singleError, useFaultHarness } from './support.js';

const harness = useFaultHarness();

/** A 503 that asks for another try at once: the action's own shortest pause then sets the pace. */
const unavailable = { kind: 'status', status: 503, headers: { 'retry-after-ms': '0' } } as const;

describe('a proxy that accepts and never answers CONNECT', () => {
  // The proxy applies to this host (not to loopback, which http-client always reaches directly); it never
  // answers, so the host is never resolved.
  const inputs = { 'base-url': 'https://api.example.test', 'api-key': DEFAULT_API_KEY, 'job-id': 'ext-1', ...FAST };

  test.concurrent('holds the step no longer than the timeout, and every connection to it is closed', async () => {
    const proxy = await startDeadProxy();
    try {
      const run = await harness.run({ inputs: { ...inputs, timeout: '3s' }, env: { HTTPS_PROXY: proxy.url }, timeoutMs: 30_000 });
      expect(run.timedOut).toBe(false);
      expect(run.durationMs).toBeLessThan(10_000);
      expect(proxy.requestLines[0]).toBe('CONNECT api.example.test:443 HTTP/1.1');
      expect(proxy.closedByClient).toBe(proxy.connections);
      expect(singleError(run)).toMatch(/did not finish within 3s \(never read\)\. Last error: .*api\.example\.test:443: .*\(ETIMEDOUT\)/);
    } finally {
      await proxy.close();
    }
  });

  test.concurrent('fails in well under a minute with a long timeout: the API never answered', async () => {
    const proxy = await startDeadProxy();
    try {
      const run = await harness.run({ inputs: { ...inputs, timeout: '30m' }, env: { HTTPS_PROXY: proxy.url }, timeoutMs: 50_000 });
      expect(run.timedOut).toBe(false);
      expect(run.durationMs).toBeLessThan(40_000);
      const error = singleError(run);
      expect(error).toMatch(
        /api\.example\.test:443: no answer in the time allowed \(connection set-up included\) \(ETIMEDOUT\)\. Gave up after 1 attempt/
      );
      expect(error).toContain('HTTPS_PROXY');
      expect(run.outputs['timed-out']).toBe('false');
    } finally {
      await proxy.close();
    }
  });
});

describe('an API down from the start', () => {
  test.concurrent('fails in well under a minute with a long timeout', async () => {
    const port = await freePort();
    const run = await harness.run({
      inputs: { 'base-url': `http://127.0.0.1:${port}`, 'api-key': DEFAULT_API_KEY, 'job-id': 'ext-1', ...FAST, timeout: '30m' },
      timeoutMs: 50_000
    });
    expect(run.durationMs).toBeLessThan(40_000);
    expect(singleError(run)).toMatch(/\(ECONNREFUSED\)\. Gave up after \d attempts over \d+(\.\d)?s\. /);
  });
});

describe('an outage after the API has answered', () => {
  test.concurrent('is ridden out: a dropped connection and 503s, far more than the retry budget, then the job completes', async () => {
    const { run, requests } = await harness.runFaulted(
      {
        jobs: [{ id: 'ext-1', timeline: [{ status: 'RUNNING', forPolls: 1 }, { status: 'COMPLETED' }] }],
        faults: [
          { kind: 'drop', after: 1 },
          { ...unavailable, after: 2, times: 12 }
        ]
      },
      { timeout: '2m' }
    );
    expect(run.code).toBe(0);
    expect(run.outputs.status).toBe('COMPLETED');
    expect(requests.map((request) => request.status)).toEqual([200, 0, ...Array(12).fill(503), 200]);
  });

  test.concurrent(
    'lasting past the timeout fails there, saying since when the API was unreachable, at a few requests a second',
    async () => {
      const { run, requests } = await harness.runFaulted(
        { jobs: [{ id: 'ext-1', timeline: [{ status: 'RUNNING' }] }], faults: [{ ...unavailable, after: 1, times: Infinity }] },
        { timeout: '4s' }
      );
      expect(run.outputs).toMatchObject({ 'timed-out': 'true', status: 'RUNNING' });
      const error = singleError(run);
      expect(error).toMatch(
        /did not finish within 4s \(last status RUNNING\)\. Last error: GET \/api\/v2\/extract\/ext-1 failed: 503 Service Unavailable\. LlamaCloud was unreachable from \d\d:\d\d:\d\d UTC \(for \d(\.\d)?s\) until the timeout; \d+ attempts\. /
      );
      // The server asked for no pause at all; the action still waits 250 ms between tries.
      const failed = jobGets(requests).slice(1);
      expect(failed.length).toBeGreaterThan(2);
      expect(failed.at(-1)!.at - failed[0]!.at).toBeGreaterThanOrEqual((failed.length - 1) * 250 - 60);
    }
  );
});
