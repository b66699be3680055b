import { afterAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import * as core from '../../__fixtures__/core.js';
import { sampleInvoice, type RecordedRequest } from '../../../emulator/emulator.js';
import type { RequestContext } from '../../../src/api/api-errors.js';
import { SHORT_BOUND_MS, type CallOptions } from '../../../src/api/call-policy.js';
import { sleep } from '../../../src/lib/clock.js';
import { fakeClock } from '../../support/clock.js';
import { Spools } from '../../../src/lib/spool.js';
import { useSuiteEmulator } from '../../support/emulators.js';

jest.unstable_mockModule('@actions/core', () => core);
// apiError as it is, and what each call hands it: the scope an error may name.
const real = await import('../../../src/api/api-errors.js');
const contexts: RequestContext[] = [];
jest.unstable_mockModule('../../../src/api/api-errors.js', () => ({
  ...real,
  apiError: (...args: Parameters<typeof real.apiError>) => {
    contexts.push(args[1]);
    return real.apiError(...args);
  }
}));
const { ExtractClient } = await import('../../../src/api/extract-client.js');
const { ApiError, RequestFailedError } = await import('../../../src/api/api-errors.js');
const { Transport } = await import('../../../src/http/transport.js');
const { registerSecret } = await import('../../../src/runner/redact.js');
const { heldBack } = await import('../../../src/runner/progress.js');

const emulator = useSuiteEmulator();
const transport = new Transport('extract-client-test', 8);
afterAll(() => transport.dispose());
beforeEach(() => {
  jest.clearAllMocks();
});

/** A fresh client (its rate-limit pause and in-flight limit are its own). */
const client = (
  config: Partial<ConstructorParameters<typeof ExtractClient>[0]> = {},
  options: ConstructorParameters<typeof ExtractClient>[3] = {}
) => new ExtractClient({ baseUrl: emulator.url, apiKey: emulator.apiKey, ...config }, transport, new Spools(), options);
const within = (ms: number, policy: CallOptions['policy'] = 'look', signal?: AbortSignal): CallOptions => ({
  deadline: Date.now() + ms,
  policy,
  signal
});
/** Waits that pass at once: a run of retries takes no real time. */
const skipping = () => fakeClock(Date.now()).clock;
const rejection = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => 'resolved',
    (error: unknown) => error
  );
const paths = (requests: RecordedRequest[] = emulator.requests): string[] => requests.map((request) => `${request.method} ${request.path}`);
/** What a progress line's note counts (the counts are the step's, so a test compares before and after). */
const counts = (note: string) => ({
  rateLimited: Number(/(\d+) requests? refused by rate limits/.exec(note)?.[1] ?? 0),
  retries: Number(/(\d+) retr(?:y|ies) after faults not logged/.exec(note)?.[1] ?? 0)
});
/** A server hint short enough to keep retries fast. */
const soon = { 'retry-after-ms': '10' };

describe('getJob', () => {
  it('reads a job with usage and metadata expanded, the key and the project and organization', async () => {
    emulator.addJob({ id: 'ext-read', projectId: '11111111-1111-4111-8111-111111111111', usage: { num_pages_extracted: 3, credits: 4.5 } });
    const job = await client({
      projectId: '11111111-1111-4111-8111-111111111111',
      organizationId: '44444444-4444-4444-8444-444444444444'
    }).getJob('ext-read', within(5000));
    expect(job).toMatchObject({ id: 'ext-read', status: 'COMPLETED', usage: { num_pages_extracted: 3, credits: 4.5 } });
    expect(job.result?.value()).toEqual(sampleInvoice);
    expect(job.fieldMetadata).toBeDefined();
    expect(emulator.requests).toEqual([
      expect.objectContaining({
        method: 'GET',
        path: '/api/v2/extract/ext-read',
        query: {
          expand: ['usage', 'extract_metadata'],
          project_id: ['11111111-1111-4111-8111-111111111111'],
          organization_id: ['44444444-4444-4444-8444-444444444444']
        },
        headers: expect.objectContaining({ authorization: `Bearer ${emulator.apiKey}`, accept: 'application/json' }),
        status: 200
      })
    ]);
  });

  it('keeps a base URL path prefix', async () => {
    emulator.addJob({ id: 'ext-prefix' });
    const error = await rejection(client({ baseUrl: `${emulator.url}/proxy` }).getJob('ext-prefix', within(5000)));
    expect(paths()).toEqual(['GET /proxy/api/v2/extract/ext-prefix']);
    expect(error).toBeInstanceOf(ApiError);
  });

  it('retries a dropped connection and a 503, saying so in the log, then returns the job', async () => {
    emulator.addJob({ id: 'ext-retry', timeline: [{ status: 'RUNNING' }] });
    emulator.addFault({ kind: 'drop', match: { jobId: 'ext-retry' } });
    emulator.addFault({ kind: 'status', status: 503, headers: soon, match: { jobId: 'ext-retry' } });
    const job = await client().getJob('ext-retry', within(10_000));
    expect(job.status).toBe('RUNNING');
    expect(emulator.requests.map((request) => request.status)).toEqual([0, 503, 200]);
    expect(core.messages(core.info)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^GET /api/v2/extract/ext-retry: 127\\.0\\.0\\.1:${emulator.port}: socket hang up \\(ECONNRESET\\); retry 1 in 0\\.[45]s$`
        )
      ),
      'GET /api/v2/extract/ext-retry: 503 Service Unavailable; retry 2 in 0.3s' // a server hint of 10 ms gets the shortest pause, 250 ms
    ]);
  });

  it('gives up after the retry budget with what failed, how often and what to do', async () => {
    emulator.addFault({ kind: 'status', status: 502, headers: soon, match: { jobId: 'ext-down' }, times: 4 });
    const error = await rejection(client().getJob('ext-down', within(10_000)));
    expect(error).toBeInstanceOf(RequestFailedError);
    expect((error as InstanceType<typeof RequestFailedError>).deadlineReached).toBe(false);
    expect((error as Error).message).toMatch(
      /^GET \/api\/v2\/extract\/ext-down failed: 502 Bad Gateway\. Gave up after 4 attempts over [\d.]+s\. LlamaCloud is unavailable or rate-limiting: try again later, or raise timeout\.$/
    );
    expect(emulator.requests).toHaveLength(4);
  });

  it('gives up at once when the next try would start after the deadline', async () => {
    // Margins a busy machine cannot eat: waiting for the deadline would take 15 s, giving up at once far less.
    emulator.addFault({ kind: 'status', status: 503, headers: { 'Retry-After': '60' }, match: { jobId: 'ext-late' } });
    const started = Date.now();
    const error = await rejection(client().getJob('ext-late', within(15_000)));
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(error).toMatchObject({ deadlineReached: true });
    expect((error as Error).message).toMatch(
      /^GET \/api\/v2\/extract\/ext-late failed: 503 Service Unavailable\. Gave up after 1 attempt over [\d.]+s \(the timeout was reached\)\./
    );
    expect(core.info).not.toHaveBeenCalled();
  });

  it('bounds a request that hangs by the deadline', async () => {
    emulator.addFault({ kind: 'stall', stallMs: 20_000, match: { jobId: 'ext-hang' } });
    const started = Date.now();
    const error = await rejection(client().getJob('ext-hang', within(300)));
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(error).toMatchObject({ deadlineReached: true });
    expect((error as Error).message).toMatch(
      /failed: 127\.0\.0\.1:\d+: no complete answer in the time allowed \(ETIMEDOUT\)\. Gave up after 1 attempt over [\d.]+s \(the timeout was reached\)\. Check base-url and the runner's network and proxy settings \(HTTPS_PROXY, NO_PROXY\)\.$/
    );
  });

  it('names the last fault the service showed when the deadline cuts the final try short', async () => {
    emulator.addFault({ kind: 'html', match: { jobId: 'ext-cut' }, times: 1 });
    emulator.addFault({ kind: 'stall', match: { jobId: 'ext-cut' } });
    const error = await rejection(client().getJob('ext-cut', within(5000)));
    expect(emulator.requests).toHaveLength(2);
    expect(error).toMatchObject({ deadlineReached: true });
    expect((error as Error).message).toMatch(
      /^GET \/api\/v2\/extract\/ext-cut failed: answer is not a JSON job \(.*content-type text\/html.*\)\. Gave up after 2 attempts over [\d.]+s \(the timeout was reached\)\. A proxy or firewall/
    );
  });

  it('retries a proxy page and explains what came instead of a job', async () => {
    emulator.addFault({ kind: 'html', match: { jobId: 'ext-proxy' }, times: 4 });
    const error = await rejection(client({}, { clock: skipping() }).getJob('ext-proxy', within(10_000)));
    expect(emulator.requests).toHaveLength(4);
    expect((error as Error).message).toMatch(
      /^GET \/api\/v2\/extract\/ext-proxy failed: answer is not a JSON job \(not a JSON object \(expected '\{' at byte 0\); content-type text\/html; charset=utf-8; begins "<!DOCTYPE html> <html><head><title>Sign in - Corporate Proxy<\/title>.*…"\)\. Gave up after 4 attempts over .*s\. A proxy or firewall may be answering instead of LlamaCloud: check base-url and the runner's proxy settings\.$/
    );
  });

  it.each([
    ['an unknown job (404)', 'ext-missing', undefined, 404, "Extract job 'ext-missing' was not found (404 Not Found)."],
    ['a wrong key (401)', 'ext-any', 'llx-wrong', 401, 'LlamaCloud rejected the API key (401 Unauthorized)']
  ])('does not retry %s', async (_what, id, apiKey, status, message) => {
    const error = await rejection(client(apiKey ? { apiKey } : {}).getJob(id, within(5000)));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status });
    expect((error as Error).message).toContain(message);
    expect(emulator.requests).toHaveLength(1);
  });

  it('does not retry a 5xx the server marks x-should-retry: false', async () => {
    emulator.addFault({ kind: 'status', status: 503, headers: { 'x-should-retry': 'false' }, match: { jobId: 'ext-final' } });
    const error = await rejection(client().getJob('ext-final', within(5000)));
    expect((error as Error).message).toBe('LlamaCloud answered 503 Service Unavailable to GET /api/v2/extract/ext-final: Emulated 503.');
    expect(emulator.requests).toHaveLength(1);
  });

  it('masks a key the API echoes back in everything it returns', async () => {
    registerSecret(emulator.apiKey);
    emulator.addJob({ id: 'ext-echo', timeline: [{ status: 'FAILED' }], errorMessage: 'Could not read the file', echoApiKey: true });
    const job = await client().getJob('ext-echo', within(5000));
    expect(job.errorMessage).toMatch(/^Could not read the file.*\*\*\*/);
    expect(job.errorMessage).not.toContain(emulator.apiKey);
    expect(Buffer.concat(job.served as Buffer[]).toString('utf8')).not.toContain(emulator.apiKey);
    // The result bytes come from the same masked answer, so the files written later hold no key either.
    emulator.addJob({ id: 'ext-echo-result', result: { note: `key ${emulator.apiKey} here` } });
    const completed = await client().getJob('ext-echo-result', within(5000));
    expect(completed.result?.text()).toBe('{"note":"key *** here"}');
  });

  it('holds every read off while a 429 pause lasts, not only the refused one', async () => {
    emulator.addJob({ id: 'ext-a' });
    emulator.addJob({ id: 'ext-b' });
    emulator.addFault({ kind: 'status', status: 429, headers: { 'retry-after-ms': '400' }, match: { jobId: 'ext-a' } });
    const shared = client();
    const a = shared.getJob('ext-a', within(5000));
    await sleep(50);
    const b = shared.getJob('ext-b', within(5000));
    expect((await Promise.all([a, b])).map((job) => job.id)).toEqual(['ext-a', 'ext-b']);
    const [refused] = emulator.requests;
    const readOfB = emulator.requests.find((request) => request.jobId === 'ext-b')!;
    expect(refused!.status).toBe(429);
    expect(readOfB.at - refused!.at).toBeGreaterThanOrEqual(380);
    expect(core.messages(core.info)).toEqual([
      'LlamaCloud is rate-limiting this step (429 Too Many Requests to GET /api/v2/extract/ext-a): a refused request waits as long as it asks, then is sent again, with no line each; the progress lines count them.'
    ]);
  });

  it('logs the first three retries after a kind of fault and counts the rest, and no retry after a 429', async () => {
    emulator.addJob({ id: 'ext-flaky' });
    emulator.addFault({ kind: 'status', status: 429, headers: soon, match: { jobId: 'ext-flaky' }, times: 2 });
    emulator.addFault({ kind: 'status', status: 503, headers: soon, match: { jobId: 'ext-flaky' }, times: 5 });
    const before = heldBack();
    await expect(client({}, { clock: skipping() }).getJob('ext-flaky', within(10_000, 'wait'))).resolves.toMatchObject({ id: 'ext-flaky' });
    expect(emulator.requests.map((request) => request.status)).toEqual([429, 429, 503, 503, 503, 503, 503, 200]);
    expect(core.messages(core.info)).toEqual([
      expect.stringMatching(/^LlamaCloud is rate-limiting this step \(429 Too Many Requests to GET \/api\/v2\/extract\/ext-flaky\)/),
      'GET /api/v2/extract/ext-flaky: 503 Service Unavailable; retry 3 in 0.3s',
      'GET /api/v2/extract/ext-flaky: 503 Service Unavailable; retry 4 in 0.3s',
      'GET /api/v2/extract/ext-flaky: 503 Service Unavailable; retry 5 in 0.3s (further retries after this fault: counted by the progress lines, no line each)'
    ]);
    expect(counts(heldBack()).rateLimited - counts(before).rateLimited).toBe(2);
    expect(counts(heldBack()).retries - counts(before).retries).toBe(2);
  });

  it('rides out a run of 429s beyond the retry budget, however short their Retry-After', async () => {
    emulator.addJob({ id: 'ext-busy' });
    emulator.addFault({ kind: 'status', status: 429, headers: { 'Retry-After': '0' }, match: { jobId: 'ext-busy' }, times: 6 });
    await expect(client().getJob('ext-busy', within(10_000))).resolves.toMatchObject({ id: 'ext-busy' });
    expect(emulator.requests.map((request) => request.status)).toEqual([429, 429, 429, 429, 429, 429, 200]);
  });

  it('sends nothing once the deadline has passed while it waited for its turn', async () => {
    emulator.addJob({ id: 'ext-late-turn' });
    // A pause longer than the first call's deadline: that call gives up on the 429 at once, however long its
    // round trip took, and leaves the pause in place for the next.
    emulator.addFault({ kind: 'status', status: 429, headers: { 'retry-after-ms': '60000' }, match: { jobId: 'ext-a' } });
    const shared = client();
    await expect(shared.getJob('ext-a', within(10_000))).rejects.toMatchObject({ deadlineReached: true });
    const error = await rejection(shared.getJob('ext-late-turn', within(300)));
    expect(error).toBeInstanceOf(RequestFailedError);
    expect(error).toMatchObject({
      deadlineReached: true,
      message: 'GET /api/v2/extract/ext-late-turn was not sent: the timeout was reached before its turn.'
    });
    expect(paths()).toEqual(['GET /api/v2/extract/ext-a']);
  });

  it('fails at once, without retrying, when the server certificate is not trusted', async () => {
    const { createServer } = await import('node:https');
    const { selfSignedCertificate } = await import('../../support/certificate.js');
    let connections = 0;
    const server = createServer(selfSignedCertificate()).on('connection', () => connections++);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      const error = await rejection(client({ baseUrl: `https://127.0.0.1:${port}` }).getJob('ext-1', within(10_000, 'wait')));
      expect(error).toBeInstanceOf(RequestFailedError);
      expect((error as Error).message).toMatch(
        /^GET \/api\/v2\/extract\/ext-1 failed: 127\.0\.0\.1:\d+: self[- ]signed certificate \(DEPTH_ZERO_SELF_SIGNED_CERT\)\. The server's TLS certificate is not trusted/
      );
      expect(connections).toBe(1);
    } finally {
      server.close();
    }
  });

  it("stops waiting for a retry when the signal aborts, with the signal's reason", async () => {
    emulator.addFault({ kind: 'status', status: 503, headers: { 'Retry-After': '12' }, match: { jobId: 'ext-stop' } });
    const stop = new AbortController();
    const reason = new Error('The step was stopped');
    setTimeout(() => stop.abort(reason), 100);
    const started = Date.now();
    await expect(client().getJob('ext-stop', within(30_000, 'look', stop.signal))).rejects.toBe(reason);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(emulator.requests).toHaveLength(1);
  });
});

describe('outages', () => {
  const fast503 = { kind: 'status', status: 503, headers: { 'retry-after-ms': '0' } } as const;

  it('refuses an answer for another job, naming both, as a fault worth retrying', async () => {
    emulator.addJob({ id: 'ext-mine' });
    emulator.addFault({ kind: 'wrong-id', id: 'ext-theirs', match: { jobId: 'ext-mine' }, times: 4 });
    const error = await rejection(client({}, { clock: skipping() }).getJob('ext-mine', within(5000)));
    expect(error).toBeInstanceOf(RequestFailedError);
    expect((error as Error).message).toMatch(
      /^GET \/api\/v2\/extract\/ext-mine failed: the answer is job 'ext-theirs', not the job 'ext-mine' asked for\. Gave up after 4 attempts/
    );
    await expect(client().getJob('ext-mine', within(5000))).resolves.toMatchObject({ id: 'ext-mine' });
  });

  it('refuses a job answered for another file than it was made for, when the file is known', async () => {
    emulator.addJob({ id: 'ext-file', fileInput: 'dfl-mine' });
    emulator.addFault({ kind: 'rewrite', set: { file_input: 'dfl-theirs' }, match: { jobId: 'ext-file' }, times: 4 });
    await expect(client({}, { clock: skipping() }).getJob('ext-file', within(5000), 'dfl-mine')).rejects.toThrow(
      /^GET \/api\/v2\/extract\/ext-file failed: the answer is job 'ext-file' of file 'dfl-theirs', not of file 'dfl-mine' it was made for\. Gave up after 4 attempts/
    );
    await expect(client().getJob('ext-file', within(5000), 'dfl-mine')).resolves.toMatchObject({ fileInput: 'dfl-mine' });
  });

  it('rides out faults beyond the retry budget once the API has answered, when waiting', async () => {
    emulator.addJob({ id: 'ext-ride', timeline: [{ status: 'RUNNING' }] });
    const riding = client({}, { clock: skipping() });
    await riding.getJob('ext-ride', within(5000));
    // The wait's budget is 8 retries: 10 faults in a row are more.
    emulator.addFault({ ...fast503, match: { jobId: 'ext-ride' }, times: 10 });
    await expect(riding.getJob('ext-ride', within(10_000, 'wait'))).resolves.toMatchObject({ status: 'RUNNING' });
    expect(emulator.requests.map((request) => request.status)).toEqual([200, ...Array<number>(10).fill(503), 200]);
    // Without an answer yet, the budget holds, waiting or not.
    emulator.addFault({ ...fast503, match: { jobId: 'ext-ride' }, times: 9 });
    await expect(client({}, { clock: skipping() }).getJob('ext-ride', within(10_000, 'wait'))).rejects.toThrow(/Gave up after 9 attempts/);
  });

  it('says when an outage ridden out began and how long it lasted, once the deadline ends it', async () => {
    emulator.addJob({ id: 'ext-outage', timeline: [{ status: 'RUNNING' }] });
    const { clock } = fakeClock(Date.parse('2026-03-02T07:41:05Z'));
    const riding = client({}, { clock });
    await riding.getJob('ext-outage', { policy: 'look', deadline: clock.now() + 5000 });
    emulator.addFault({ ...fast503, match: { jobId: 'ext-outage' }, times: Infinity });
    const error = await rejection(riding.getJob('ext-outage', { policy: 'wait', deadline: clock.now() + 10_000 }));
    expect(error).toMatchObject({ deadlineReached: true });
    // A try every 250 ms (the shortest pause), the last one 250 ms before the deadline.
    expect((error as Error).message).toBe(
      'GET /api/v2/extract/ext-outage failed: 503 Service Unavailable. LlamaCloud was unreachable from 07:41:05 UTC (for 9.8s) until the timeout; 40 attempts. LlamaCloud is unavailable or rate-limiting: try again later, or raise timeout.'
    );
  });

  it('gives up with its own failure when the look for what a lost create made is stopped by the deadline', async () => {
    emulator.addFault({ kind: 'drop', match: { method: 'POST', path: '/api/v2/extract' } });
    const look = jest.fn(() => Promise.reject(new RequestFailedError('GET /api/v2/extract failed: timeout.', true)));
    const error = await rejection(client().createJob('dfl-any', { id: 'cfg-any' }, within(5000, 'cancel'), look));
    expect(look).toHaveBeenCalledTimes(1);
    expect((error as Error).message).toMatch(/^POST \/api\/v2\/extract failed: .*socket hang up \(ECONNRESET\)\. Gave up after 1 attempt/);
    // Any other failure of the look is its own.
    emulator.addFault({ kind: 'drop', match: { method: 'POST', path: '/api/v2/extract' } });
    const broken = new Error('listing broke');
    await expect(client().createJob('dfl-any', { id: 'cfg-any' }, within(5000, 'cancel'), () => Promise.reject(broken))).rejects.toBe(
      broken
    );
  });

  it("gives up at the fail-fast bound after the step's start until the API has answered, at the deadline after", async () => {
    emulator.addJob({ id: 'ext-reach', timeline: [{ status: 'RUNNING' }] });
    emulator.addFault({ kind: 'stall', match: { jobId: 'ext-reach' } });
    const started = Date.now();
    const late = client({}, { startedAt: started - SHORT_BOUND_MS + 300 });
    const error = await rejection(late.getJob('ext-reach', within(60_000, 'wait')));
    expect((error as InstanceType<typeof RequestFailedError>).deadlineReached).toBe(false);
    expect((error as Error).message).toMatch(
      /no answer in the time allowed \(connection set-up included\) \(ETIMEDOUT\)\. Gave up after 1 attempt/
    );
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe('listStatuses', () => {
  it('reads the statuses of up to 50 jobs per request', async () => {
    const ids = Array.from({ length: 60 }, (_, i) => `ext-list-${i}`);
    for (const [i, id] of ids.entries()) emulator.addJob({ id, timeline: [{ status: i % 2 ? 'RUNNING' : 'COMPLETED' }] });
    const statuses = await client({ projectId: '22222222-2222-4222-8222-222222222222' }).listStatuses(ids, within(5000));
    // The jobs belong to the default project, not 22222222-2222-4222-8222-222222222222: the API lists none of them.
    expect(statuses.size).toBe(0);
    expect(
      emulator.requests.map((request) => [request.path, request.query.job_ids!.length, request.query.page_size, request.query.project_id])
    ).toEqual([
      ['/api/v2/extract', 50, ['50'], ['22222222-2222-4222-8222-222222222222']],
      ['/api/v2/extract', 10, ['50'], ['22222222-2222-4222-8222-222222222222']]
    ]);
    emulator.resetRecords();
    const listed = await client().listStatuses(ids, within(5000));
    expect(listed.size).toBe(60);
    expect(listed.get('ext-list-0')).toBe('COMPLETED');
    expect(listed.get('ext-list-59')).toBe('RUNNING');
    expect(emulator.requests).toHaveLength(2);
  });

  it("reads each listed job's members around the result and metadata it carries, which are dropped as they pass", async () => {
    const result = { rows: Array.from({ length: 2000 }, (_, i) => ({ id: `row-${i}`, status: 'FAILED', note: '}]"{' })) };
    emulator.addFault({
      kind: 'status',
      status: 200,
      match: { path: '/api/v2/extract' },
      body: {
        items: [
          { extract_result: result, id: 'ext-r1', extract_metadata: { field_metadata: { status: 'CANCELLED' } }, status: 'COMPLETED' },
          { id: 'ext-r2', status: 'RUNNING', extract_result: null }
        ]
      }
    });
    const statuses = await client().listStatuses(['ext-r1', 'ext-r2'], within(5000));
    expect(Object.fromEntries(statuses)).toEqual({ 'ext-r1': 'COMPLETED', 'ext-r2': 'RUNNING' });
  });

  it('follows next_page_token until the last page', async () => {
    for (const id of ['ext-p1', 'ext-p2', 'ext-p3']) emulator.addJob({ id, timeline: [{ status: 'RUNNING' }] });
    const token = Buffer.from('offset:1').toString('base64url');
    emulator.addFault({
      kind: 'status',
      status: 200,
      match: { path: '/api/v2/extract' },
      body: { items: [{ id: 'ext-p3', status: 'PENDING' }], next_page_token: token, total_size: 3 }
    });
    const statuses = await client().listStatuses(['ext-p1', 'ext-p2', 'ext-p3'], within(5000));
    expect(Object.fromEntries(statuses)).toEqual({ 'ext-p1': 'RUNNING', 'ext-p2': 'RUNNING', 'ext-p3': 'PENDING' });
    expect(emulator.requests.map((request) => request.query.page_token)).toEqual([undefined, [token]]);
  });

  it('ends a listing that does not advance: a page with none of the jobs asked for, or a token seen before', async () => {
    for (const id of ['ext-s1', 'ext-s2']) emulator.addJob({ id, timeline: [{ status: 'RUNNING' }] });
    emulator.addFault({ kind: 'stuck-page', match: { path: '/api/v2/extract' } });
    const stuck = await rejection(client().listStatuses(['ext-s1', 'ext-s2'], within(5000)));
    expect((stuck as Error).message).toMatch(/^GET \/api\/v2\/extract made no progress/);
    expect(emulator.requests).toHaveLength(1);

    // A token that comes back after a page that did bring a job ends it on the next page.
    emulator.resetRecords();
    const page = (id: string) => ({ items: [{ id, status: 'RUNNING' }], next_page_token: 'same', total_size: 3 });
    emulator.addJob({ id: 'ext-s3', timeline: [{ status: 'RUNNING' }] });
    for (const id of ['ext-s1', 'ext-s2'])
      emulator.addFault({ kind: 'status', status: 200, match: { path: '/api/v2/extract' }, body: page(id) });
    const repeated = await rejection(client().listStatuses(['ext-s1', 'ext-s2', 'ext-s3'], within(5000)));
    expect((repeated as Error).message).toMatch(/made no progress/);
    expect(emulator.requests).toHaveLength(2);
  });

  it('stops paging once every job asked for has been listed', async () => {
    emulator.addJob({ id: 'ext-all', timeline: [{ status: 'RUNNING' }] });
    emulator.addFault({
      kind: 'status',
      status: 200,
      match: { path: '/api/v2/extract' },
      body: { items: [{ id: 'ext-all', status: 'RUNNING' }], next_page_token: 'more', total_size: 1000 }
    });
    expect(Object.fromEntries(await client().listStatuses(['ext-all'], within(5000)))).toEqual({ 'ext-all': 'RUNNING' });
    expect(emulator.requests).toHaveLength(1);
  });

  it('refuses a page that is not a job list', async () => {
    emulator.addFault({ kind: 'not-a-job', match: { path: '/api/v2/extract' }, times: 4 });
    const error = await rejection(client({}, { clock: skipping() }).listStatuses(['ext-p1'], within(5000)));
    expect(error).toBeInstanceOf(RequestFailedError);
    expect((error as Error).message).toMatch(
      /^GET \/api\/v2\/extract failed: answer is not a JSON job \(JSON without "items": keys message;/
    );
  });
});

describe('cancelJob', () => {
  it('asks LlamaCloud to cancel a running job', async () => {
    emulator.addJob({ id: 'ext-cancel', timeline: [{ status: 'RUNNING' }] });
    await client().cancelJob('ext-cancel', within(5000, 'cancel'));
    expect(paths()).toEqual(['POST /api/v2/extract/ext-cancel/cancel']);
    expect(emulator.job('ext-cancel')?.status).toBe('CANCELLED');
  });

  it('fails with a 400 ApiError for a job that has already ended', async () => {
    emulator.addJob({ id: 'ext-ended' });
    const error = await rejection(client().cancelJob('ext-ended', within(5000, 'cancel')));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      message: 'LlamaCloud answered 400 Bad Request to POST /api/v2/extract/ext-ended/cancel: Job is already in a terminal state.'
    });
  });
});

describe('what an error may name', () => {
  it('gives error contexts the scope of the request and no key, however much the caller passes', async () => {
    // The step's whole settings, as main has them: only what a request needs may reach an error.
    const settings = {
      baseUrl: emulator.url,
      apiKey: emulator.apiKey,
      projectId: '11111111-1111-4111-8111-111111111111',
      jobIds: ['ext-none'],
      outputFile: '/tmp/x'
    };
    const client = new ExtractClient(settings, transport, new Spools());
    contexts.length = 0;
    await expect(client.getJob('ext-none', { policy: 'look', deadline: Date.now() + 5000 })).rejects.toThrow(/ext-none/);
    expect(contexts).toEqual([
      {
        what: 'GET /api/v2/extract/ext-none',
        jobId: 'ext-none',
        baseUrl: emulator.url,
        projectId: '11111111-1111-4111-8111-111111111111',
        organizationId: undefined
      }
    ]);
    expect(JSON.stringify(contexts)).not.toContain(emulator.apiKey);
    // Nor does the client keep the caller's object.
    settings.apiKey = 'llx-changed';
    emulator.addJob({ id: 'ext-none', projectId: '11111111-1111-4111-8111-111111111111' });
    await expect(client.getJob('ext-none', { policy: 'look', deadline: Date.now() + 5000 })).resolves.toMatchObject({ id: 'ext-none' });
  });
});
