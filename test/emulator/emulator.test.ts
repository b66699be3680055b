import { afterEach, describe, expect, it } from '@jest/globals';
import { Agent } from 'node:http';
import { DEFAULT_PROJECT_ID, startEmulator, type Emulator, type EmulatorOptions } from './emulator.js';
import { makeRows, sampleFieldMetadata, sampleInvoice } from './samples.js';
import { call, sleep, type CallOptions } from './test-client.js';

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function start(options: EmulatorOptions = {}): Promise<Emulator> {
  emulator = await startEmulator(options);
  return emulator;
}

const get = (path: string, opts?: CallOptions) => call(emulator!.url, path, opts);
const post = (path: string, body?: unknown, opts?: CallOptions) =>
  call(emulator!.url, path, { method: 'POST', body: body === undefined ? '' : JSON.stringify(body), ...opts });

describe('current shape', () => {
  it('serves the OpenAPI fields, and usage / extract_metadata only when expanded', async () => {
    await start({
      jobs: [{ id: 'ext-1', usage: { num_pages_extracted: 3, credits: 12.5, num_document_tokens: 900 } }]
    });
    const plain = await get('/api/v2/extract/ext-1');
    expect(plain.status).toBe(200);
    expect(plain.headers['content-type']).toBe('application/json');
    expect(Number(plain.headers['content-length'])).toBe(plain.body.length);
    const job = plain.json();
    expect(Object.keys(job)).toEqual([
      'id',
      'file_input',
      'project_id',
      'configuration_id',
      'configuration',
      'status',
      'error_message',
      'extract_result',
      'created_at',
      'updated_at',
      'metadata'
    ]);
    expect(job).toMatchObject({
      id: 'ext-1',
      project_id: DEFAULT_PROJECT_ID,
      status: 'COMPLETED',
      error_message: null
    });
    expect(job.file_input).toMatch(/^dfl-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(job.extract_result).toEqual(sampleInvoice);
    expect(job.metadata).toEqual({ usage: { num_pages_extracted: 3 } });
    expect(new Date(job.created_at).toISOString()).toBe(job.created_at);

    const expanded = (await get('/api/v2/extract/ext-1?expand=usage&expand=extract_metadata')).json();
    expect(expanded.usage).toEqual({ credits: 12.5 });
    expect(expanded.extract_metadata).toMatchObject({
      field_metadata: sampleFieldMetadata,
      parse_tier: 'cost_effective'
    });
    expect(expanded.extract_metadata.parse_job_id).toMatch(/^pjb-/);

    const commaJoined = (await get('/api/v2/extract/ext-1?expand=usage,extract_metadata')).json();
    expect(Object.keys(commaJoined)).toEqual(expect.arrayContaining(['usage', 'extract_metadata']));
  });

  it('serves extract_result only once COMPLETED, and error_message only when FAILED or CANCELLED', async () => {
    await start({
      jobs: [
        { id: 'running', timeline: [{ status: 'RUNNING' }] },
        { id: 'failed', timeline: [{ status: 'FAILED' }], errorMessage: 'bad PDF', result: { a: 1 } },
        { id: 'failed-quietly', timeline: [{ status: 'FAILED' }] },
        { id: 'cancelled', timeline: [{ status: 'CANCELLED' }], errorMessage: 'stopped by user' },
        { id: 'null-result', result: null }
      ]
    });
    const running = (await get('/api/v2/extract/running?expand=extract_metadata')).json();
    expect(running).toMatchObject({ status: 'RUNNING', extract_result: null, error_message: null });
    expect(running.extract_metadata.field_metadata).toBeNull();
    expect((await get('/api/v2/extract/failed')).json()).toMatchObject({
      extract_result: null,
      error_message: 'bad PDF'
    });
    expect((await get('/api/v2/extract/failed-quietly')).json().error_message).toBeNull();
    expect((await get('/api/v2/extract/cancelled')).json().error_message).toBe('stopped by user');
    const nullResult = (await get('/api/v2/extract/null-result?expand=extract_metadata')).json();
    expect(nullResult.extract_result).toBeNull();
    expect(nullResult.extract_metadata.field_metadata).toBeNull(); // the sample metadata goes with the sample result only
  });

  it('serves resultRaw byte for byte, and merges extra over the known fields', async () => {
    const raw = '{"total": 1.10, "big": 12345678901234567890}';
    await start({ jobs: [{ id: 'raw', resultRaw: raw, extra: { surprise: { nested: true }, metadata: null } }] });
    const answer = await get('/api/v2/extract/raw');
    expect(answer.body.toString()).toContain(`"extract_result":${raw},`);
    expect(answer.json()).toMatchObject({ surprise: { nested: true }, metadata: null });
  });

  it('serves a 20 MB result intact, with its Content-Length', async () => {
    const rows = makeRows(20 * 1024 * 1024);
    await start({ jobs: [{ id: 'big', resultRaw: rows }] });
    const answer = await get('/api/v2/extract/big');
    expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
    const at = answer.body.indexOf('"extract_result":') + '"extract_result":'.length;
    expect(answer.body.subarray(at, at + rows.length).equals(rows)).toBe(true);
  });

  it('echoes the caller token into error_message when asked', async () => {
    await start({
      apiKey: 'llx-secret-123',
      jobs: [{ id: 'echo', timeline: [{ status: 'FAILED' }], echoApiKey: true }]
    });
    const job = (await get('/api/v2/extract/echo', { apiKey: 'llx-secret-123' })).json();
    expect(job.error_message).toContain('llx-secret-123');
  });
});

describe('seed shape', () => {
  it('serves parameters/type/value and usage inside extract_metadata, whatever expand says', async () => {
    await start({
      jobs: [
        {
          id: 'seed-1',
          shape: 'seed',
          fileInput: 'dfl-abc',
          result: [{ row: 1 }],
          fieldMetadata: { row_metadata: [{ row: { confidence: 0.5 } }] },
          usage: { num_document_tokens: 1200, num_output_tokens: 80, num_pages_extracted: 2, credits: 9 }
        }
      ]
    });
    const job = (await get('/api/v2/extract/seed-1?expand=usage')).json();
    expect(Object.keys(job)).toEqual([
      'id',
      'created_at',
      'parameters',
      'project_id',
      'status',
      'type',
      'value',
      'updated_at',
      'configuration_id',
      'error_message',
      'extract_metadata',
      'extract_result'
    ]);
    expect(job).toMatchObject({ type: 'file_id', value: 'dfl-abc', extract_result: [{ row: 1 }] });
    expect(job.extract_metadata).toMatchObject({
      field_metadata: { row_metadata: [{ row: { confidence: 0.5 } }] },
      usage: { num_document_tokens: 1200, num_output_tokens: 80, num_pages_extracted: 2 }
    });
  });
});

describe('timelines', () => {
  it('moves on after forPolls reads, dated at the read that used the step up', async () => {
    await start({
      jobs: [
        {
          id: 'p',
          timeline: [{ status: 'PENDING', forPolls: 1 }, { status: 'RUNNING', forPolls: 2 }, { status: 'COMPLETED' }]
        }
      ]
    });
    const statuses: string[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await get('/api/v2/extract/p')).json().status);
    expect(statuses).toEqual(['PENDING', 'RUNNING', 'RUNNING', 'COMPLETED', 'COMPLETED']);
    const view = emulator!.job('p')!;
    expect(view.readCount).toBe(5);
    // The third read used up RUNNING: completed after it arrived, before the fourth did.
    expect(view.completedAt).toBeGreaterThanOrEqual(emulator!.requests[2]!.at);
    expect(view.completedAt).toBeLessThanOrEqual(emulator!.requests[3]!.at);
  });

  it('moves on after forMs, dated when the step ran out even if nobody was looking', async () => {
    await start({ jobs: [{ id: 't', timeline: [{ status: 'RUNNING', forMs: 40 }, { status: 'COMPLETED' }] }] });
    const first = (await get('/api/v2/extract/t')).json();
    expect(first.status).toBe('RUNNING');
    expect(emulator!.job('t')!.completedAt).toBeUndefined();
    await sleep(60);
    const view = emulator!.job('t')!;
    expect(view).toMatchObject({ status: 'COMPLETED', readCount: 1, completedAt: view.createdAt + 40 });
    const done = (await get('/api/v2/extract/t')).json();
    expect(done.updated_at).toBe(new Date(view.createdAt + 40).toISOString());
    expect(done.created_at).toBe(first.created_at);
  });

  it('keeps updated_at while the status does not change', async () => {
    await start({
      jobs: [
        {
          id: 'same',
          timeline: [{ status: 'RUNNING', forPolls: 1 }, { status: 'RUNNING', forPolls: 1 }, { status: 'COMPLETED' }]
        }
      ]
    });
    const a = (await get('/api/v2/extract/same')).json();
    await sleep(5);
    const b = (await get('/api/v2/extract/same')).json();
    expect(b.updated_at).toBe(a.updated_at);
  });

  it('rejects a timeline step that could never end, and re-clocks a replaced job', async () => {
    await start();
    expect(() => emulator!.addJob({ id: 'x', timeline: [{ status: 'RUNNING' }, { status: 'COMPLETED' }] })).toThrow(/forMs or forPolls/);
    emulator!.addJob({ id: 'r', timeline: [{ status: 'RUNNING', forPolls: 1 }, { status: 'COMPLETED' }] });
    await get('/api/v2/extract/r');
    emulator!.addJob({ id: 'r', timeline: [{ status: 'RUNNING', forPolls: 1 }, { status: 'COMPLETED' }] });
    expect(emulator!.job('r')).toMatchObject({ status: 'RUNNING', readCount: 0 });
  });
});

describe('routes', () => {
  it('answers 404 for unknown jobs and for a project_id the job is not in', async () => {
    await start({ jobs: [{ id: 'mine', projectId: 'prj-1' }] });
    expect(await get('/api/v2/extract/nope').then((a) => [a.status, a.json()])).toEqual([404, { detail: 'Extract job not found' }]);
    expect((await get('/api/v2/extract/mine?project_id=prj-2')).status).toBe(404);
    expect((await get('/api/v2/extract/mine?project_id=prj-1')).status).toBe(200);
    expect((await get('/api/v2/extract/mine')).status).toBe(200);
  });

  it('lists by job_ids and status, newest first, in pages, each listing counting as a read', async () => {
    const jobs = ['a', 'b', 'c', 'd'].map((id) => ({
      id,
      timeline: [{ status: 'RUNNING', forPolls: 1 }, { status: 'COMPLETED' }]
    }));
    await start({ jobs: [...jobs, { id: 'other', timeline: [{ status: 'FAILED' }] }] });
    const page1 = (await get('/api/v2/extract?job_ids=a&job_ids=b,c&job_ids=d&page_size=3&expand=usage')).json();
    expect(page1.items.map((j: { id: string }) => j.id)).toEqual(['d', 'c', 'b']);
    expect(page1.items.every((j: { status: string; usage?: unknown }) => j.status === 'RUNNING' && !('usage' in j))).toBe(true);
    expect(page1.total_size).toBe(4);
    const page2 = (await get(`/api/v2/extract?job_ids=a,b,c,d&page_size=3&page_token=${page1.next_page_token}`)).json();
    expect(page2).toMatchObject({ items: [{ id: 'a', status: 'RUNNING' }], next_page_token: null, total_size: 4 });
    expect(emulator!.job('d')).toMatchObject({ status: 'COMPLETED', readCount: 1 });

    const completed = (await get('/api/v2/extract?status=COMPLETED')).json();
    expect(completed.items.map((j: { id: string }) => j.id)).toEqual(['d', 'c', 'b', 'a']);
    expect((await get('/api/v2/extract?page_size=0')).status).toBe(422);
    expect((await get('/api/v2/extract?page_token=garbage')).status).toBe(400);
  });

  it('cancels a running job once, and refuses a terminal one', async () => {
    await start({ jobs: [{ id: 'long', timeline: [{ status: 'RUNNING' }] }, { id: 'done' }] });
    const cancelled = await post('/api/v2/extract/long/cancel');
    expect(cancelled.status).toBe(200);
    expect(cancelled.json().status).toBe('CANCELLED');
    expect(emulator!.job('long')!.completedAt).toBeGreaterThan(0);
    expect((await get('/api/v2/extract/long')).json().status).toBe('CANCELLED');
    for (const id of ['long', 'done']) {
      const again = await post(`/api/v2/extract/${id}/cancel`);
      expect([again.status, again.json()]).toEqual([400, { detail: 'Job is already in a terminal state' }]);
    }
    expect((await post('/api/v2/extract/nope/cancel')).status).toBe(404);
    expect((await get('/api/v2/extract/long/cancel')).status).toBe(405);
  });

  it('creates a job that runs, then completes with a sample result', async () => {
    await start();
    const created = await post('/api/v2/extract', {
      file_input: 'dfl-mine',
      configuration: { data_schema: { type: 'object' } }
    });
    expect(created.status).toBe(200);
    const job = created.json();
    expect(job).toMatchObject({
      file_input: 'dfl-mine',
      status: 'PENDING',
      configuration: { data_schema: { type: 'object' } }
    });
    expect(job.id).toMatch(/^ext-/);
    expect(emulator!.job(job.id)).toMatchObject({ status: 'PENDING' });
    expect((await post('/api/v2/extract', undefined, { body: '{nope' })).status).toBe(422);
  });

  it('answers 401 without the right bearer token', async () => {
    await start({ apiKey: 'llx-right', jobs: [{ id: 'j' }] });
    for (const opts of [{ apiKey: null }, { apiKey: 'llx-wrong' }, { apiKey: null, headers: { authorization: 'llx-right' } }]) {
      const answer = await get('/api/v2/extract/j', opts);
      expect([answer.status, answer.json()]).toEqual([401, { detail: 'Invalid API key' }]);
    }
    expect((await get('/api/v2/extract/j', { apiKey: 'llx-right' })).status).toBe(200);
  });

  it('rate-limits above rateLimitPerSecond with Retry-After', async () => {
    await start({ rateLimitPerSecond: 2, jobs: [{ id: 'j' }] });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await get('/api/v2/extract/j')).status);
    expect(statuses).toEqual([200, 200, 429]);
    expect((await get('/api/v2/extract/j')).headers['retry-after']).toBe('1');
  });

  it('delays every answer by latencyMs', async () => {
    await start({ latencyMs: 50, jobs: [{ id: 'j' }] });
    const started = Date.now();
    await get('/api/v2/extract/j');
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });
});

describe('records and stats', () => {
  it('records each API request with its answer, and no control request', async () => {
    const seen: number[] = [];
    await start({ jobs: [{ id: 'j' }], onRequest: (r) => seen.push(r.status) });
    await get('/api/v2/extract/j?expand=usage&expand=extract_metadata', { headers: { 'X-Trace': 'abc' } });
    await get('/api/v2/extract/missing');
    await get('/_emulator/stats', { apiKey: null });
    const [first, second] = emulator!.requests;
    expect(emulator!.requests).toHaveLength(2);
    expect(first).toMatchObject({
      method: 'GET',
      path: '/api/v2/extract/j',
      query: { expand: ['usage', 'extract_metadata'] },
      jobId: 'j',
      status: 200
    });
    expect(first!.headers).toMatchObject({ authorization: 'Bearer llx-test-key', 'x-trace': 'abc' });
    expect(Math.abs(first!.at - Date.now())).toBeLessThan(5000);
    expect(second).toMatchObject({ jobId: 'missing', status: 404 });
    expect(seen).toEqual([200, 404]);
  });

  it('counts connections that carry API requests, and resets the counts', async () => {
    await start({ latencyMs: 50, jobs: [{ id: 'j' }] });
    await Promise.all([1, 2, 3, 4].map(() => get('/api/v2/extract/j')));
    expect(emulator!.stats()).toMatchObject({ totalRequests: 4, peakConnections: 4, totalConnections: 4 });
    await sleep(20); // the closes reach the server
    expect(emulator!.stats().openConnections).toBe(0);
    emulator!.resetRecords();
    expect(emulator!.stats()).toEqual({
      totalRequests: 0,
      peakConnections: 0,
      openConnections: 0,
      totalConnections: 0
    });
    expect(emulator!.requests).toHaveLength(0);
  });

  it('reuses one keep-alive connection for sequential requests', async () => {
    await start({ jobs: [{ id: 'j' }] });
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    for (let i = 0; i < 3; i++) await get('/api/v2/extract/j', { agent });
    agent.destroy();
    expect(emulator!.stats()).toMatchObject({ totalRequests: 3, totalConnections: 1, peakConnections: 1 });
  });
});

describe('control routes', () => {
  it('adds jobs and faults, and reports requests, jobs and stats, without auth', async () => {
    await start();
    const control = (path: string, body?: unknown) => post(`/_emulator/${path}`, body, { apiKey: null });
    expect((await control('jobs', [{ id: 'c1', timeline: [{ status: 'RUNNING', forPolls: 1 }, { status: 'COMPLETED' }] }])).json()).toEqual(
      { added: ['c1'] }
    );
    expect((await control('faults', { kind: 'status', status: 503, times: 'Infinity', match: { pathRegex: '/c1$' } })).json()).toEqual({
      added: 1
    });
    expect((await get('/api/v2/extract/c1')).status).toBe(503);
    expect((await get('/api/v2/extract/c1')).status).toBe(503);
    expect((await get('/_emulator/jobs/c1', { apiKey: null })).json()).toMatchObject({
      id: 'c1',
      status: 'RUNNING',
      readCount: 0
    });
    expect((await get('/_emulator/jobs', { apiKey: null })).json()).toHaveLength(1);
    expect((await get('/_emulator/jobs/nope', { apiKey: null })).status).toBe(404);
    const requests = (await get('/_emulator/requests', { apiKey: null })).json();
    expect(requests.map((r: { status: number; fault?: string }) => [r.status, r.fault])).toEqual([
      [503, 'status'],
      [503, 'status']
    ]);
    expect((await get('/_emulator/stats', { apiKey: null })).json()).toMatchObject({ totalRequests: 2 });
    await control('reset');
    expect(emulator!.requests).toHaveLength(0);
    const bad = await control('jobs', { id: 'bad', timeline: [] });
    expect([bad.status, bad.json().detail]).toEqual([400, expect.stringContaining('timeline')]);
  });
});
