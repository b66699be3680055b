// Transient faults the action must survive: each is injected once (or a few times) in front of a job that
// has COMPLETED, and the step must still pass with the result written, after the expected retries and waits.
import { describe, expect, test } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_API_KEY, sampleInvoice, startEmulator, type Fault } from '../../../emulator/emulator.js';
import type { EmulatedRun } from '../../support/harness.js';
import { leftovers } from '../../support/readers.js';
import { expectGapNear, FAST, freePort, gaps, RESULT, useFaultHarness } from './support.js';

const harness = useFaultHarness();

/** The first backoff: 0.5 s less up to 25% jitter. */
const FIRST_BACKOFF: [number, number] = [375, 500];

async function expectSurvived({ run, requests }: EmulatedRun, attempts: number): Promise<void> {
  expect(run.code).toBe(0);
  expect(run.outputs).toMatchObject({ status: 'COMPLETED', 'job-id': 'ext-1', 'timed-out': 'false', 'error-message': '' });
  expect(run.outputs['result-file']).toBe(join(run.workspace, RESULT));
  expect(JSON.parse(await readFile(join(run.workspace, RESULT), 'utf8'))).toEqual(sampleInvoice);
  expect(await leftovers(run)).toEqual([]);
  expect(requests).toHaveLength(attempts);
  for (const request of requests) {
    expect(request.path).toBe('/api/v2/extract/ext-1');
    expect(request.headers.authorization).toBe('Bearer llx-test-key');
  }
  expect(requests.slice(0, -1).every((request) => request.fault !== undefined)).toBe(true);
  expect(requests.at(-1)).toMatchObject({ status: 200 });
  expect(requests.at(-1)?.fault).toBeUndefined();
  const rateLimited = requests.filter((request) => request.status === 429).length;
  // Each retry after a fault is announced on one log line; a 429's is not, the step's first says it is rate-limited.
  expect(run.stdout.match(/; retry \d+ in /g) ?? []).toHaveLength(attempts - 1 - rateLimited);
  expect(run.stdout.match(/^LlamaCloud is rate-limiting this step /gm) ?? []).toHaveLength(rateLimited ? 1 : 0);
  // The job's last status line counts the requests held back and the pause they made.
  const counted = rateLimited ? `; ${rateLimited} request refused by rate limits \\(429\\) and retried, [\\d.]+s paused in all` : '';
  expect(run.stdout).toMatch(new RegExp(`^Job ext-1: COMPLETED${counted} \\([\\d.ms ]+\\)$`, 'm'));
}

describe('retried with backoff, then survived', () => {
  const once: Array<[string, Fault]> = [
    ['408 Request Timeout', { kind: 'status', status: 408 }],
    ['409 Conflict', { kind: 'status', status: 409 }],
    ['500 Internal Server Error', { kind: 'status', status: 500 }],
    ['502 Bad Gateway', { kind: 'status', status: 502, body: '<html>Bad gateway</html>', headers: { 'content-type': 'text/html' } }],
    ['503 Service Unavailable', { kind: 'status', status: 503 }],
    ['504 Gateway Timeout', { kind: 'status', status: 504 }],
    ['400 with x-should-retry: true', { kind: 'status', status: 400, headers: { 'x-should-retry': 'true' } }],
    ['a dropped connection', { kind: 'drop' }],
    ['a TCP reset', { kind: 'reset' }],
    ['a truncated body', { kind: 'truncate' }],
    ['a 200 HTML proxy page', { kind: 'html' }],
    ['a 200 JSON body that is not a job', { kind: 'not-a-job' }],
    ['a 200 body that is not JSON', { kind: 'not-json' }]
  ];

  test.concurrent.each(once)('%s', async (_name, fault) => {
    const result = await harness.runFaulted({ faults: [fault] }, {});
    await expectSurvived(result, 2);
    expectGapNear(gaps(result.requests)[0], ...FIRST_BACKOFF);
  });

  test.concurrent('backoff doubles from 0.5 s with jitter over consecutive faults', async () => {
    const result = await harness.runFaulted({ faults: [{ kind: 'status', status: 503, times: 3 }] }, {});
    await expectSurvived(result, 4);
    const [first, second, third] = gaps(result.requests);
    expectGapNear(first, 375, 500);
    expectGapNear(second, 750, 1000);
    expectGapNear(third, 1500, 2000);
  });

  test.concurrent('a slow answer within the timeout is simply waited for', async () => {
    const result = await harness.runFaulted({ faults: [{ kind: 'stall', stallMs: 700 }] }, {});
    expect(result.run.code).toBe(0);
    expect(result.requests).toHaveLength(1);
    expect(result.run.outputs.status).toBe('COMPLETED');
  });
});

describe('server hints decide the wait', () => {
  test.concurrent('429 with Retry-After in seconds', async () => {
    const result = await harness.runFaulted({ faults: [{ kind: 'status', status: 429, headers: { 'Retry-After': '1' } }] }, {});
    await expectSurvived(result, 2);
    expectGapNear(gaps(result.requests)[0], 1000, 1000);
  });

  test.concurrent('429 with Retry-After as an HTTP date', async () => {
    // Whole seconds only, as HTTP dates are: 4 to 5 s from now, so a slow start of the action still asks first.
    const date = new Date(Math.ceil((Date.now() + 4000) / 1000) * 1000);
    const result = await harness.runFaulted(
      { faults: [{ kind: 'status', status: 429, headers: { 'Retry-After': date.toUTCString() } }] },
      {}
    );
    await expectSurvived(result, 2);
    const [first, second] = result.requests;
    // The retry waits for the date itself, whenever the first request came.
    expect(second!.at).toBeGreaterThanOrEqual(date.getTime() - 60);
    expectGapNear(second!.at - first!.at, date.getTime() - first!.at, date.getTime() - first!.at);
  });

  test.concurrent('retry-after-ms wins over Retry-After', async () => {
    const result = await harness.runFaulted(
      { faults: [{ kind: 'status', status: 429, headers: { 'retry-after-ms': '250', 'Retry-After': '5' } }] },
      {}
    );
    await expectSurvived(result, 2);
    expectGapNear(gaps(result.requests)[0], 250, 250);
  });

  test.concurrent('503 with Retry-After: 0 is retried at once', async () => {
    const result = await harness.runFaulted({ faults: [{ kind: 'status', status: 503, headers: { 'Retry-After': '0' } }] }, {});
    await expectSurvived(result, 2);
    expectGapNear(gaps(result.requests)[0], 0, 0);
  });

  test.concurrent('a hint beyond 60 s is not waited for blindly: the backoff applies', async () => {
    const result = await harness.runFaulted({ faults: [{ kind: 'status', status: 503, headers: { 'Retry-After': '3600' } }] }, {});
    await expectSurvived(result, 2);
    expectGapNear(gaps(result.requests)[0], ...FIRST_BACKOFF);
  });
});

describe('connection refused', () => {
  test.concurrent('retried until the API listens', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    let emulatorStarted = 0;
    // The emulator comes up once the action has logged a refused attempt: an event, not a time, so a slow
    // start-up cannot find it already listening.
    let refusedOnce: () => void = () => undefined;
    const emulatorReady = new Promise<void>((resolve) => (refusedOnce = resolve)).then(async () => {
      emulatorStarted = Date.now();
      return startEmulator({ port, jobs: [{ id: 'ext-1' }] });
    });
    const run = await harness.run({
      inputs: { 'base-url': base, 'api-key': DEFAULT_API_KEY, 'job-id': 'ext-1', ...FAST },
      timeoutMs: 20_000,
      onSpawn: (child) => {
        let seen = '';
        child.stdout?.on('data', (chunk: string | Buffer) => {
          seen += String(chunk);
          if (/ECONNREFUSED\); retry \d+ in/.test(seen)) refusedOnce();
        });
      }
    });
    const emulator = await emulatorReady;
    try {
      expect(run.code).toBe(0);
      expect(run.outputs.status).toBe('COMPLETED');
      expect(JSON.parse(await readFile(join(run.workspace, RESULT), 'utf8'))).toEqual(sampleInvoice);
      // Refused until the emulator came up; the attempt after that got through.
      const refused = run.stdout.match(/ECONNREFUSED\); retry \d+ in/g) ?? [];
      expect(refused.length).toBeGreaterThanOrEqual(1);
      expect(run.stdout).toContain(`127.0.0.1:${port}`);
      expect(emulator.requests).toHaveLength(1);
      expect(emulator.requests[0]!.at).toBeGreaterThanOrEqual(emulatorStarted);
    } finally {
      await emulator.close();
    }
  });
});
