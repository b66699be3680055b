import { describe, expect, it } from '@jest/globals';
import { faultFromJson, type Fault } from '../../emulator/emulator.js';
import { call, type Answer } from '../support/emulator-client.js';
import { useEmulator } from '../support/emulators.js';

const { start, emulator } = useEmulator();
const withFaults = (...faults: Fault[]) => start({ jobs: [{ id: 'j' }, { id: 'k' }], faults });

const poll = (id = 'j', opts = {}) => call(emulator().url, `/api/v2/extract/${id}`, opts);
const failure = (promise: Promise<Answer>) =>
  promise.then(
    () => undefined,
    (error: NodeJS.ErrnoException) => error
  );

describe('answering faults', () => {
  it('status: answers the scripted status, headers and body, `times` times, then the real job', async () => {
    await withFaults(
      { kind: 'status', status: 503, times: 2 },
      { kind: 'status', status: 429, headers: { 'Retry-After': '1' } },
      {
        kind: 'status',
        status: 422,
        body: { detail: [{ loc: ['query', 'project_id'], msg: 'Input should be a valid UUID', type: 'uuid_parsing' }] }
      }
    );
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await poll());
    expect(answers.map((a) => a.status)).toEqual([503, 503, 429, 422, 200]);
    expect(answers[0]!.json()).toEqual({ detail: 'Emulated 503' });
    expect(answers[2]!.headers['retry-after']).toBe('1');
    expect(answers[3]!.json().detail[0].loc).toEqual(['query', 'project_id']);
    expect(emulator().requests.map((r) => r.fault)).toEqual(['status', 'status', 'status', 'status', undefined]);
    expect(emulator().job('j')!.readCount).toBe(1); // faulted requests never reached the job
  });

  it('html: a 200 text/html login page', async () => {
    await withFaults({ kind: 'html' });
    const answer = await poll();
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^text\/html/);
    expect(answer.body.toString()).toContain('<html>');
  });

  it('not-json: a 200 application/json whose body does not parse', async () => {
    await withFaults({ kind: 'not-json' });
    const answer = await poll();
    expect([answer.status, answer.headers['content-type']]).toEqual([200, 'application/json']);
    expect(() => answer.json()).toThrow();
  });

  it('not-a-job: a 200 JSON body that is no job', async () => {
    await withFaults({ kind: 'not-a-job' }, { kind: 'not-json', body: [1, 2] });
    expect((await poll()).json()).toEqual({ message: 'ok' });
    expect((await poll()).json()).toEqual([1, 2]);
  });

  it('redirect: 307 (or the given status) with the location', async () => {
    await withFaults({ kind: 'redirect', location: 'http://127.0.0.1:9/elsewhere' }, { kind: 'redirect', status: 301, location: '/x' });
    const first = await poll();
    expect([first.status, first.headers.location]).toEqual([307, 'http://127.0.0.1:9/elsewhere']);
    expect((await poll()).status).toBe(301);
  });
});

describe('wrong answers', () => {
  it('wrong-id: the real job under another id (default ext-someone-else); an error answer stays as it is', async () => {
    await withFaults({ kind: 'wrong-id', id: 'k' }, { kind: 'wrong-id' }, { kind: 'wrong-id', match: { jobId: 'nope' } });
    const first = await poll();
    expect(first.status).toBe(200);
    expect(first.json()).toMatchObject({ id: 'k', status: 'COMPLETED', file_input: expect.stringMatching(/^dfl-/) });
    expect((await poll()).json().id).toBe('ext-someone-else');
    expect((await poll('nope')).json()).toEqual({ detail: 'Extract job not found' });
  });

  it('rewrite: the real answer with fields replaced, in each listed item or at the top; an error answer stays', async () => {
    await withFaults(
      { kind: 'rewrite', set: { file_input: 'dfl-other', status: 'RUNNING' }, match: { path: '/api/v2/extract' } },
      { kind: 'rewrite', set: { project_id: 'elsewhere' }, match: { jobId: 'j' } },
      { kind: 'rewrite', set: { id: 'x' }, match: { jobId: 'nope' } }
    );
    const page = (await call(emulator().url, '/api/v2/extract')).json();
    expect(page.items).toEqual([
      expect.objectContaining({ id: 'k', file_input: 'dfl-other', status: 'RUNNING' }),
      expect.objectContaining({ id: 'j', file_input: 'dfl-other', status: 'RUNNING' })
    ]);
    expect((await poll()).json()).toMatchObject({ id: 'j', project_id: 'elsewhere', status: 'COMPLETED' });
    expect((await poll('nope')).json()).toEqual({ detail: 'Extract job not found' });
    expect(() => faultFromJson({ kind: 'rewrite' })).toThrow("'rewrite' fault needs a 'set' object");
  });

  it('stuck-page: a list page with no items whose next token is the one asked with', async () => {
    await withFaults({ kind: 'stuck-page', times: 2 });
    expect((await call(emulator().url, '/api/v2/extract?job_ids=j')).json()).toEqual({
      items: [],
      next_page_token: 'stuck',
      total_size: 0
    });
    expect((await call(emulator().url, '/api/v2/extract?job_ids=j&page_token=stuck')).json().next_page_token).toBe('stuck');
    expect((await call(emulator().url, '/api/v2/extract?job_ids=j')).json().items).toHaveLength(1);
  });
});

describe('connection faults', () => {
  it('drop: closes the connection without an answer', async () => {
    await withFaults({ kind: 'drop' });
    expect(await failure(poll())).toMatchObject({ message: 'socket hang up' });
    expect(emulator().requests[0]).toMatchObject({ status: 0, fault: 'drop' });
    expect((await poll()).status).toBe(200);
  });

  it('reset: a TCP reset', async () => {
    await withFaults({ kind: 'reset' });
    expect(await failure(poll())).toMatchObject({ code: 'ECONNRESET' });
  });

  it('truncate: the real headers and Content-Length, then half the body', async () => {
    await withFaults({ kind: 'truncate' });
    let contentLength = 0;
    let received = 0;
    const error = await failure(
      poll('j', {
        onResponse: (res: import('node:http').IncomingMessage) => {
          contentLength = Number(res.headers['content-length']);
          res.on('data', (chunk: Buffer) => (received += chunk.length));
        }
      })
    );
    expect(error).toMatchObject({ message: 'aborted' });
    expect(contentLength).toBe((await poll()).body.length);
    expect(received).toBe(Math.floor(contentLength / 2));
    expect(emulator().requests[0]).toMatchObject({ status: 200, fault: 'truncate' });
  });

  it('stall with stallMs: answers the real job late', async () => {
    await withFaults({ kind: 'stall', stallMs: 60 });
    const started = Date.now();
    const answer = await poll();
    expect(answer.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
  });

  it('stall forever: never answers, and close() still ends the connection at once', async () => {
    await withFaults({ kind: 'stall', times: Infinity });
    expect(await failure(poll('j', { timeoutMs: 80 }))).toMatchObject({ message: 'client timeout' });
    const pending = failure(poll());
    await new Promise((resolve) => setTimeout(resolve, 20));
    const started = Date.now();
    await emulator().close();
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await pending).toMatchObject({ code: 'ECONNRESET' });
  });
});

describe('fault selection', () => {
  it('matches by jobId, method and path, and lets `after` requests through first', async () => {
    await withFaults(
      { kind: 'status', status: 500, match: { jobId: 'k' }, after: 1 },
      { kind: 'status', status: 502, match: { method: 'post' } },
      { kind: 'status', status: 504, match: { path: /\/cancel$/ } }
    );
    expect((await poll('j')).status).toBe(200);
    expect((await poll('k')).status).toBe(200);
    expect((await poll('k')).status).toBe(500);
    expect((await poll('k')).status).toBe(200);
    expect((await poll('j', { method: 'POST' })).status).toBe(502);
    expect((await call(emulator().url, '/api/v2/extract/j/cancel', { method: 'POST' })).status).toBe(504);
  });

  it('applies the first unspent matching fault, in the order added', async () => {
    await withFaults({ kind: 'status', status: 503 }, { kind: 'drop' }, { kind: 'status', status: 500, times: Infinity });
    expect((await poll()).status).toBe(503);
    expect(await failure(poll())).toMatchObject({ message: 'socket hang up' });
    expect([(await poll()).status, (await poll()).status]).toEqual([500, 500]);
  });

  it('matches a list request by the job_ids it asks for', async () => {
    await withFaults({ kind: 'status', status: 503, match: { jobId: 'k' } });
    expect((await call(emulator().url, '/api/v2/extract?job_ids=j')).status).toBe(200);
    expect((await call(emulator().url, '/api/v2/extract?job_ids=j,k')).status).toBe(503);
  });

  it('never faults the control routes', async () => {
    await withFaults({ kind: 'drop', times: Infinity });
    expect((await call(emulator().url, '/_emulator/stats', { apiKey: null })).status).toBe(200);
  });

  it('reads JSON faults: pathRegex and times "Infinity"', () => {
    const fault = faultFromJson({
      kind: 'drop',
      times: 'Infinity',
      match: { pathRegex: '^/api/v2/extract/j$', method: 'GET' }
    });
    expect(fault.times).toBe(Infinity);
    expect(fault.match).toEqual({ method: 'GET', path: /^\/api\/v2\/extract\/j$/ });
    expect(() => faultFromJson({ kind: 'explode' })).toThrow(/kind/);
    expect(() => faultFromJson({ kind: 'redirect' })).toThrow(/location/);
  });
});
