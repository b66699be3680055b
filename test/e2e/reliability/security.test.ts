// The key leaks nowhere, is sent only over https (or to this machine) and only to base-url's origin, and a
// job ID cannot steer the request anywhere else.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import { join } from 'node:path';
import { sampleInvoice, startEmulator } from '../../../emulator/emulator.js';
import { withEmulator, type ActionRun } from '../../../emulator/runner.js';
import { filesUnder } from '../../support/readers.js';
import { selfSignedCertificate } from '../../support/certificate.js';
import { FAST, RESULT, singleError, useFaultHarness } from './support.js';

const harness = useFaultHarness();

/** Unlike the default test key, no other text of the run could contain it by chance. */
const KEY = 'llx-S3cr3tK3y-9f8e7d6c5b4a39281706';

/** Every piece of `KEY` this long counts as a leak, so a cut or partly masked key is caught too. */
const PIECE = 10;
const pieces = Array.from({ length: KEY.length - PIECE + 1 }, (_, i) => KEY.slice(i, i + PIECE));

/** The key (or a piece of it) appears nowhere but in the `::add-mask::` line, which comes first. */
async function expectNoKey(run: ActionRun, expectedFiles: string[]): Promise<void> {
  const [first, ...rest] = run.stdout.split('\n');
  expect(first).toBe(`::add-mask::${KEY}`);
  const files = await filesUnder(run.workspace);
  expect(files).toEqual(expectedFiles.sort());
  const places: Array<[string, string]> = [
    ['stdout', rest.join('\n')],
    ['stderr', run.stderr],
    ['summary', run.summary],
    ...Object.entries(run.outputs).map(([name, value]): [string, string] => [`output ${name}`, value]),
    ...(await Promise.all(
      files.map(async (file): Promise<[string, string]> => [`file ${file}`, await readFile(join(run.workspace, file), 'utf8')])
    ))
  ];
  for (const [place, text] of places) {
    const leaked = pieces.find((piece) => text.includes(piece));
    expect(leaked === undefined ? place : `${place} holds '${leaked}'`).toBe(place);
  }
}

const withKey = { emulator: { apiKey: KEY } };
/** Debug logging on, so nothing hides behind the quieter default. */
const DEBUG = { env: { RUNNER_DEBUG: '1' } };

describe('the key never leaks, even when the API echoes it', () => {
  test.concurrent('a FAILED job whose error_message carries the key', async () => {
    const { run, requests } = await harness.runFaulted(
      { ...withKey, jobs: [{ id: 'ext-1', timeline: [{ status: 'FAILED' }], errorMessage: 'Bad credentials:', echoApiKey: true }] },
      { 'api-key': KEY, 'job-file': 'jobs/ext-1.json' },
      DEBUG
    );
    expect(requests[0]!.headers.authorization).toBe(`Bearer ${KEY}`);
    const masked = 'Bad credentials: (request made with Authorization: Bearer ***)';
    expect(singleError(run)).toBe(`Job ext-1 FAILED: ${masked}`);
    expect(run.outputs['error-message']).toBe(`Job ext-1 FAILED: ${masked}`);
    expect(JSON.parse(run.outputs.jobs!)[0].error_message).toBe(`Job ext-1 FAILED: ${masked}`);
    expect(JSON.parse(await readFile(join(run.workspace, 'jobs/ext-1.json'), 'utf8')).error_message).toBe(masked);
    await expectNoKey(run, ['jobs/ext-1.json']);
  });

  test.concurrent('the same with fail-on-error: false', async () => {
    const { run } = await harness.runFaulted(
      { ...withKey, jobs: [{ id: 'ext-1', timeline: [{ status: 'FAILED' }], errorMessage: 'Bad credentials:', echoApiKey: true }] },
      { 'api-key': KEY, 'fail-on-error': 'false' },
      DEBUG
    );
    expect(run.code).toBe(0);
    expect(run.outputs.status).toBe('FAILED');
    await expectNoKey(run, []);
  });

  test.concurrent('a COMPLETED result that carries the key', async () => {
    // The summary's preview cuts long values: the cut falls inside the key.
    const result = { ...sampleInvoice, notes: `${'n'.repeat(60)} Bearer ${KEY}` };
    const { run } = await harness.runFaulted(
      { ...withKey, jobs: [{ id: 'ext-1', result }] },
      { 'api-key': KEY, 'job-file': 'job.json' },
      DEBUG
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(await readFile(join(run.workspace, RESULT), 'utf8')).notes).toBe(`${'n'.repeat(60)} Bearer ***`);
    expect(JSON.parse(run.outputs.result!).notes).toBe(`${'n'.repeat(60)} Bearer ***`);
    await expectNoKey(run, ['job.json', RESULT]);
  });

  test.concurrent('a 422 whose FastAPI detail echoes the key', async () => {
    const detail = [{ loc: ['header', 'authorization'], msg: `Bearer ${KEY} is malformed`, type: 'value_error' }];
    const { run, requests } = await harness.runFaulted(
      { ...withKey, faults: [{ kind: 'status', status: 422, body: { detail } }] },
      { 'api-key': KEY },
      DEBUG
    );
    expect(requests).toHaveLength(1);
    expect(singleError(run)).toContain('header.authorization: Bearer *** is malformed');
    await expectNoKey(run, []);
  });

  test.concurrent('a 400 text body that echoes the key, even where the error line cuts the body', async () => {
    // Whitespace folds away, so the key lands inside the ~200 characters shown, cut by the byte window read.
    const body = `Bad request from token ${KEY}\n${' '.repeat(720)}${KEY}${'x'.repeat(400)}`;
    const { run } = await harness.runFaulted(
      { ...withKey, faults: [{ kind: 'status', status: 400, body, headers: { 'content-type': 'text/plain' } }] },
      { 'api-key': KEY },
      DEBUG
    );
    expect(singleError(run)).toContain('Bad request from token ***');
    await expectNoKey(run, []);
  });

  test.concurrent('an HTML page that echoes the key, retried, then given up', async () => {
    const body = `<html><body>Proxy denied ${KEY}</body></html>`;
    // wait: false gives up after a fixed number of attempts, well inside its bound: the last error is the
    // page itself, wherever a loaded machine would have put a deadline.
    const { run } = await harness.runFaulted(
      { ...withKey, faults: [{ kind: 'html', body, times: Infinity }] },
      { 'api-key': KEY, wait: 'false' },
      DEBUG
    );
    expect(singleError(run)).toContain('Proxy denied ***');
    await expectNoKey(run, []);
  });

  test.concurrent('the key from LLAMA_CLOUD_API_KEY is masked the same way', async () => {
    const { run } = await harness.runFaulted(
      { ...withKey, jobs: [{ id: 'ext-1', timeline: [{ status: 'FAILED' }], errorMessage: 'Echo:', echoApiKey: true }] },
      { 'api-key': '' },
      { env: { LLAMA_CLOUD_API_KEY: KEY, RUNNER_DEBUG: '1' } }
    );
    expect(singleError(run)).toBe('Job ext-1 FAILED: Echo: (request made with Authorization: Bearer ***)');
    await expectNoKey(run, []);
  });
});

describe('base-url', () => {
  test.concurrent('plain http to another host is refused at once, with no request', async () => {
    const run = await harness.run({ inputs: { 'base-url': 'http://example.com', 'api-key': KEY, 'job-id': 'ext-1' } });
    expect(singleError(run)).toBe(
      "Input 'base-url': 'http://example.com' must use https:// (plain http:// is accepted only for localhost, 127.0.0.0/8 and ::1)."
    );
    expect(run.stdout).not.toMatch(/retry|attempt/i);
    expect(run.outputs).toEqual({});
  });

  test.concurrent('plain http to a non-loopback address of this machine sends nothing', async () => {
    const emulator = await startEmulator({ host: '0.0.0.0', jobs: [{ id: 'ext-1' }] });
    try {
      const run = await harness.run({
        inputs: { 'base-url': `http://0.0.0.0:${emulator.port}`, 'api-key': emulator.apiKey, 'job-id': 'ext-1' }
      });
      expect(singleError(run)).toMatch(/^Input 'base-url': .* must use https:\/\//);
      expect(emulator.requests).toHaveLength(0);
    } finally {
      await emulator.close();
    }
  });

  test.concurrent.each([
    ['localhost', '127.0.0.1', 'localhost'],
    ['127.0.0.0/8', '127.0.0.1', '127.0.0.1'],
    ['::1', '::1', '[::1]']
  ])('plain http to loopback (%s) is accepted', async (_name, host, urlHost) => {
    await withEmulator({ host, jobs: [{ id: 'ext-1' }] }, async (emulator) => {
      const run = await harness.run({
        inputs: { 'base-url': `http://${urlHost}:${emulator.port}`, 'api-key': emulator.apiKey, 'job-id': 'ext-1', ...FAST }
      });
      expect(run.code).toBe(0);
      expect(emulator.requests).toHaveLength(1);
    });
  });
});

describe('redirects', () => {
  test.concurrent('same origin: followed, with the key', async () => {
    const { run, requests } = await harness.runFaulted(
      {
        jobs: [{ id: 'ext-1' }],
        faults: [{ kind: 'redirect', status: 307, location: '/api/v2/extract/ext-1?expand=usage&expand=extract_metadata' }]
      },
      {}
    );
    expect(run.code).toBe(0);
    expect(requests.map((request) => [request.status, request.headers.authorization])).toEqual([
      [307, 'Bearer llx-test-key'],
      [200, 'Bearer llx-test-key']
    ]);
    expect(run.outputs.status).toBe('COMPLETED');
  });

  test.concurrent('cross origin: followed without Authorization; the other origin refuses, and the error says why', async () => {
    await withEmulator({ apiKey: KEY, jobs: [{ id: 'ext-1' }] }, async (other) => {
      const location = `${other.url}/api/v2/extract/ext-1?expand=usage`;
      const { run, requests } = await harness.runFaulted(
        { ...withKey, faults: [{ kind: 'redirect', status: 307, location, times: Infinity }] },
        { 'api-key': KEY }
      );
      expect(requests).toHaveLength(1);
      expect(requests[0]!.headers.authorization).toBe(`Bearer ${KEY}`);
      expect(other.requests).toHaveLength(1);
      expect(other.requests[0]!.headers.authorization).toBeUndefined();
      expect(other.requests[0]!.status).toBe(401);
      // 401 is final: not retried, and not blamed on the key, which never went there.
      const error = singleError(run);
      expect(error).toContain(other.origin);
      expect(error).toMatch(/redirect/i);
      expect(error).toContain('base-url');
      expect(error).not.toMatch(/invalid or expired/);
      await expectNoKey(run, []);
    });
  });
});

describe('https to http redirect', () => {
  let dir: string;
  let server: Server;
  const seen: Array<string | undefined> = [];
  let target = '';

  beforeAll(async () => {
    // A throwaway certificate for 127.0.0.1, trusted by the action through NODE_EXTRA_CA_CERTS.
    const { cert, key } = selfSignedCertificate();
    dir = harness.folder({ 'cert.pem': cert });
    server = createServer({ key, cert }, (req, res) => {
      seen.push(req.headers.authorization);
      res.writeHead(307, { location: `${target}${req.url}`, 'content-length': '0' }).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  test('is refused: nothing reaches the http address, and the step fails at once', async () => {
    await withEmulator({ apiKey: KEY, jobs: [{ id: 'ext-1' }] }, async (plain) => {
      target = plain.url;
      const { port } = server.address() as { port: number };
      const run = await harness.run({
        inputs: { 'base-url': `https://127.0.0.1:${port}`, 'api-key': KEY, 'job-id': 'ext-1', ...FAST },
        env: { NODE_EXTRA_CA_CERTS: join(dir, 'cert.pem') }
      });
      expect(plain.requests).toHaveLength(0);
      expect(seen).toEqual([`Bearer ${KEY}`]);
      const error = singleError(run);
      expect(error).toContain(`${plain.origin}`);
      expect(error).toMatch(/redirected \(307 Temporary Redirect\) to .* and not followed: a redirect from https to http is refused/);
      await expectNoKey(run, []);
    });
  });
});

describe('job IDs', () => {
  test.concurrent.each(['../../admin', 'a?b', 'a#b', 'a%2Fb', 'ext-1/cancel'])('%s is an input error, with no request', async (jobId) => {
    const { run, requests } = await harness.runFaulted({}, { 'job-id': jobId });
    expect(requests).toHaveLength(0);
    expect(singleError(run)).toBe(
      `Input 'job-id': '${jobId}' is not a job ID. Expected letters, digits, '-' and '_' only (e.g. ext-0a1b2c...).`
    );
  });

  test.concurrent('project-id and organization-id are checked the same way', async () => {
    const { run, requests } = await harness.runFaulted({}, { 'project-id': 'p&organization_id=other' });
    expect(requests).toHaveLength(0);
    expect(singleError(run)).toMatch(/^Input 'project-id': 'p&organization_id=other' is not an ID/);
  });
});
