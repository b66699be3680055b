import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { Agent } from 'node:http';
import { DEFAULT_PROJECT_ID } from '../../emulator/emulator.js';
import { boundaryOf, MultipartError, parseMultipart } from '../../emulator/multipart.js';
import { makeRows, sampleFieldMetadata, sampleInvoice } from '../../emulator/samples.js';
import { call, sleep, type CallOptions } from '../support/emulator-client.js';
import { useEmulator } from '../support/emulators.js';

const { start, emulator, get, post } = useEmulator();

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
    const view = emulator().job('p')!;
    expect(view.readCount).toBe(5);
    // The third read used up RUNNING: completed after it arrived, before the fourth did.
    expect(view.completedAt).toBeGreaterThanOrEqual(emulator().requests[2]!.at);
    expect(view.completedAt).toBeLessThanOrEqual(emulator().requests[3]!.at);
  });

  it('moves on after forMs, dated when the step ran out even if nobody was looking', async () => {
    await start({ jobs: [{ id: 't', timeline: [{ status: 'RUNNING', forMs: 40 }, { status: 'COMPLETED' }] }] });
    const first = (await get('/api/v2/extract/t')).json();
    expect(first.status).toBe('RUNNING');
    expect(emulator().job('t')!.completedAt).toBeUndefined();
    await sleep(60);
    const view = emulator().job('t')!;
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
    expect(() => emulator().addJob({ id: 'x', timeline: [{ status: 'RUNNING' }, { status: 'COMPLETED' }] })).toThrow(/forMs or forPolls/);
    emulator().addJob({ id: 'r', timeline: [{ status: 'RUNNING', forPolls: 1 }, { status: 'COMPLETED' }] });
    await get('/api/v2/extract/r');
    emulator().addJob({ id: 'r', timeline: [{ status: 'RUNNING', forPolls: 1 }, { status: 'COMPLETED' }] });
    expect(emulator().job('r')).toMatchObject({ status: 'RUNNING', readCount: 0 });
  });
});

describe('routes', () => {
  it('answers 404 for unknown jobs and for a project_id the job is not in', async () => {
    const [mine, other] = ['0b9e3f6a-1c2d-4e5f-8a9b-0c1d2e3f4a5b', '7d8e9f0a-1b2c-4d3e-9f8a-7b6c5d4e3f2a'];
    await start({ jobs: [{ id: 'mine', projectId: mine }] });
    expect(await get('/api/v2/extract/nope').then((a) => [a.status, a.json()])).toEqual([404, { detail: 'Extract job not found' }]);
    expect((await get(`/api/v2/extract/mine?project_id=${other}`)).status).toBe(404);
    expect((await get(`/api/v2/extract/mine?project_id=${mine}`)).status).toBe(200);
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
    expect(emulator().job('d')).toMatchObject({ status: 'COMPLETED', readCount: 1 });

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
    expect(emulator().job('long')!.completedAt).toBeGreaterThan(0);
    expect((await get('/api/v2/extract/long')).json().status).toBe('CANCELLED');
    for (const id of ['long', 'done']) {
      const again = await post(`/api/v2/extract/${id}/cancel`);
      expect([again.status, again.json()]).toEqual([400, { detail: 'Job is already in a terminal state' }]);
    }
    expect((await post('/api/v2/extract/nope/cancel')).status).toBe(404);
    expect((await get('/api/v2/extract/long/cancel')).status).toBe(405);
  });

  it('creates a job that runs, then completes with a sample result', async () => {
    await start({ files: [{ id: 'dfl-mine', name: 'mine.pdf' }] });
    const created = await post('/api/v2/extract', {
      file_input: 'dfl-mine',
      configuration: { data_schema: { type: 'object' } }
    });
    expect(created.status).toBe(200);
    const job = created.json();
    expect(job).toMatchObject({ file_input: 'dfl-mine', status: 'PENDING', configuration_id: null });
    expect(job).not.toHaveProperty('configuration');
    expect(job.id).toMatch(/^ext-/);
    expect(emulator().job(job.id)).toMatchObject({ status: 'PENDING' });
    expect((await post('/api/v2/extract', undefined, { body: '{nope' })).status).toBe(422);
    expect(emulator().stats()).toMatchObject({ creates: 1, creditsBilled: 10 });
  });

  it('refuses a create without a configuration, or of a file it does not hold', async () => {
    await start({ files: [{ id: 'dfl-mine', name: 'mine.pdf' }], configurations: [{ id: 'cfg-1', configuration: { data_schema: {} } }] });
    const bare = await post('/api/v2/extract', { file_input: 'dfl-mine' });
    expect([bare.status, bare.json().detail[0].loc]).toEqual([422, ['body']]);
    const missing = await post('/api/v2/extract', { configuration_id: 'cfg-1' });
    expect([missing.status, missing.json().detail[0].loc]).toEqual([422, ['body', 'file_input']]);
    const unknown = await post('/api/v2/extract', { file_input: 'dfl-other', configuration_id: 'cfg-1' });
    expect([unknown.status, unknown.json()]).toEqual([404, { detail: 'File not found: dfl-other' }]);
    // A parse job ID is taken as it is.
    expect((await post('/api/v2/extract', { file_input: 'pjb-1', configuration_id: 'cfg-1' })).status).toBe(200);
    expect(emulator().stats()).toMatchObject({ creates: 1, creditsBilled: 10 });
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

  it('enforces a route limit as a sliding window counted on arrival, other routes untouched', async () => {
    await start({ rateLimits: [{ method: 'POST', path: '/api/v2/extract', max: 2, windowMs: 60_000 }], jobs: [{ id: 'j' }] });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await post('/api/v2/extract', { configuration_id: 'c' })).status);
    // Refused creates are not counted: the window stays full at 2, so a 4th is refused too.
    const fourth = await post('/api/v2/extract', { configuration_id: 'c' });
    expect([...statuses, fourth.status]).toEqual([422, 422, 429, 429]);
    expect(Number(fourth.headers['retry-after'])).toBeGreaterThan(55);
    expect((await get('/api/v2/extract/j')).status).toBe(200);
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
    const [first, second] = emulator().requests;
    expect(emulator().requests).toHaveLength(2);
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
    expect(emulator().stats()).toMatchObject({ totalRequests: 4, peakConnections: 4, totalConnections: 4 });
    // Each client closes its connection once answered: wait for the server to see every close, not for a time.
    while (emulator().stats().openConnections > 0) await new Promise((resolve) => setImmediate(resolve));
    expect(emulator().stats().openConnections).toBe(0);
    emulator().resetRecords();
    expect(emulator().stats()).toEqual({
      totalRequests: 0,
      peakConnections: 0,
      openConnections: 0,
      totalConnections: 0,
      uploads: 0,
      uploadedBytes: 0,
      creates: 0,
      creditsBilled: 0
    });
    expect(emulator().requests).toHaveLength(0);
  });

  it('reuses one keep-alive connection for sequential requests', async () => {
    await start({ jobs: [{ id: 'j' }] });
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    for (let i = 0; i < 3; i++) await get('/api/v2/extract/j', { agent });
    agent.destroy();
    expect(emulator().stats()).toMatchObject({ totalRequests: 3, totalConnections: 1, peakConnections: 1 });
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
    expect(emulator().requests).toHaveLength(0);
    const bad = await control('jobs', { id: 'bad', timeline: [] });
    expect([bad.status, bad.json().detail]).toEqual([400, expect.stringContaining('timeline')]);
  });
});

const BOUNDARY = 'xYz-123';
const form = (parts: Array<{ name: string; value: string; filename?: string }>, boundary = BOUNDARY) =>
  parts
    .map(
      (part) =>
        `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"${part.filename === undefined ? '' : `; filename="${part.filename}"`}\r\n` +
        `${part.filename === undefined ? '' : 'Content-Type: application/pdf\r\n'}\r\n${part.value}\r\n`
    )
    .join('') + `--${boundary}--\r\n`;

const upload = (body: string, opts: CallOptions = {}) =>
  call(emulator().url, '/api/v1/beta/files', {
    method: 'POST',
    body,
    headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
    ...opts
  });
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('multipart parser', () => {
  it('reads fields and files, CRLF inside a file kept', () => {
    const body = Buffer.from(
      form([
        { name: 'purpose', value: 'extract' },
        { name: 'file', filename: 'a%22b.pdf', value: 'line 1\r\nline 2' }
      ])
    );
    const parts = parseMultipart(body, BOUNDARY);
    expect(parts.map(({ name, filename, contentType, data }) => ({ name, filename, contentType, data: data.toString() }))).toEqual([
      { name: 'purpose', filename: undefined, contentType: undefined, data: 'extract' },
      { name: 'file', filename: 'a"b.pdf', contentType: 'application/pdf', data: 'line 1\r\nline 2' }
    ]);
  });

  it('refuses a body cut short or without its boundary', () => {
    const body = form([{ name: 'file', filename: 'a.pdf', value: 'x'.repeat(100) }]);
    expect(() => parseMultipart(Buffer.from(body.slice(0, 80)), BOUNDARY)).toThrow(MultipartError);
    expect(() => parseMultipart(Buffer.from('nothing'), BOUNDARY)).toThrow('no opening boundary');
  });

  it('finds the boundary, quoted or not', () => {
    expect(boundaryOf('multipart/form-data; boundary=abc')).toBe('abc');
    expect(boundaryOf('multipart/form-data; charset=utf-8; boundary="a b"')).toBe('a b');
    expect(boundaryOf('application/json')).toBeUndefined();
  });
});

describe('uploads', () => {
  it('stores the file part, records every part, and lists it by external_file_id', async () => {
    await start();
    const answer = await upload(
      form([
        { name: 'purpose', value: 'extract' },
        { name: 'external_file_id', value: 'sha256:abc' },
        { name: 'file', filename: 'may.pdf', value: '%PDF may' }
      ])
    );
    expect(answer.status).toBe(200);
    const file = answer.json();
    expect(file).toMatchObject({
      name: 'may.pdf',
      external_file_id: 'sha256:abc',
      file_size: 8,
      file_type: 'pdf',
      purpose: 'extract',
      expires_at: null
    });
    expect(file.id).toMatch(/^dfl-/);
    expect(emulator().uploads).toEqual([
      {
        fileId: file.id,
        name: 'may.pdf',
        externalFileId: 'sha256:abc',
        purpose: 'extract',
        size: 8,
        sha256: sha256('%PDF may'),
        parts: [
          { name: 'purpose', size: 7 },
          { name: 'external_file_id', size: 10 },
          { name: 'file', filename: 'may.pdf', contentType: 'application/pdf', size: 8 }
        ]
      }
    ]);
    expect(emulator().stats()).toMatchObject({ uploads: 1, uploadedBytes: 8 });
    expect((await get('/api/v1/beta/files?external_file_id=sha256:abc')).json().items.map((f: { id: string }) => f.id)).toEqual([file.id]);
    expect((await get('/api/v1/beta/files?external_file_id=sha256:other')).json()).toEqual({
      items: [],
      next_page_token: null,
      total_size: 0
    });
    expect((await get(`/api/v1/beta/files/${file.id}`)).json()).toEqual(file);
    expect((await get('/api/v1/beta/files/dfl-nope')).status).toBe(404);
  });

  it('answers 422 without a file or purpose, 400 for a malformed body, 413 above maxUploadBytes', async () => {
    await start({ maxUploadBytes: 4 });
    const noFile = await upload(form([{ name: 'purpose', value: 'extract' }]));
    expect([noFile.status, noFile.json().detail[0].loc]).toEqual([422, ['body', 'file']]);
    const noPurpose = await upload(form([{ name: 'file', filename: 'a.pdf', value: 'abc' }]));
    expect([noPurpose.status, noPurpose.json().detail[0].loc]).toEqual([422, ['body', 'purpose']]);
    expect((await upload('garbage')).status).toBe(400);
    expect((await upload('x', { headers: { 'content-type': 'application/json' } })).status).toBe(400);
    const big = await upload(
      form([
        { name: 'purpose', value: 'extract' },
        { name: 'file', filename: 'a.pdf', value: 'abcdef' }
      ])
    );
    expect([big.status, big.json()]).toEqual([413, { detail: 'File too large: 6 bytes; the limit is 4' }]);
    expect(emulator().uploads).toHaveLength(0);
  });

  it('cuts an upload off halfway with cut-request, storing nothing', async () => {
    await start({ faults: [{ kind: 'cut-request', match: { method: 'POST' } }] });
    const body = form([
      { name: 'purpose', value: 'extract' },
      { name: 'file', filename: 'a.pdf', value: 'z'.repeat(1 << 20) }
    ]);
    await expect(upload(body)).rejects.toThrow();
    expect(emulator().uploads).toHaveLength(0);
    expect(emulator().requests.map((r) => [r.status, r.fault])).toEqual([[0, 'cut-request']]);
    expect((await upload(body)).status).toBe(200);
  });

  it('stores the file yet answers nothing with lose-answer', async () => {
    await start({ faults: [{ kind: 'lose-answer', match: { method: 'POST' } }] });
    await expect(
      upload(
        form([
          { name: 'purpose', value: 'extract' },
          { name: 'file', filename: 'a.pdf', value: 'abc' }
        ])
      )
    ).rejects.toThrow();
    expect(emulator().uploads).toHaveLength(1);
  });

  it('serves files added up front, expired ones included, and by control route', async () => {
    await start({ files: [{ id: 'dfl-old', name: 'old.pdf', externalFileId: 'sha256:old', expiresAt: '2020-01-01T00:00:00Z' }] });
    expect((await get('/api/v1/beta/files?external_file_id=sha256:old')).json().items[0]).toMatchObject({
      id: 'dfl-old',
      expires_at: '2020-01-01T00:00:00Z'
    });
    const added = await call(emulator().url, '/_emulator/files', {
      method: 'POST',
      body: JSON.stringify({ id: 'dfl-new', name: 'n.pdf' }),
      apiKey: null
    });
    expect(added.json()).toEqual({ added: ['dfl-new'] });
    expect(emulator().file('dfl-new')).toMatchObject({ name: 'n.pdf', size: '%PDF-1.7 n.pdf'.length });
    expect((await call(emulator().url, '/_emulator/uploads', { apiKey: null })).json()).toEqual([]);
  });
});

describe('jobs of a file', () => {
  it('makes a created job run through its states, and lists jobs by file_input, status and creation time', async () => {
    await start({
      files: [{ id: 'dfl-1', name: 'a.pdf' }],
      configurations: [{ id: 'cfg-1', configuration: { data_schema: {} } }],
      jobs: [{ id: 'ext-old', fileInput: 'dfl-1', configurationId: 'cfg-1' }]
    });
    const created = await call(emulator().url, '/api/v2/extract', {
      method: 'POST',
      body: JSON.stringify({ file_input: 'dfl-1', configuration_id: 'cfg-1' })
    });
    const id = created.json().id as string;
    expect(emulator().job(id)?.status).toBe('PENDING');
    const list = async (query: string) =>
      ((await get(`/api/v2/extract?${query}`)).json().items as Array<{ id: string; configuration_id: string }>).map((job) => job.id);
    expect(await list('file_input=dfl-1')).toEqual([id, 'ext-old']);
    expect(await list('file_input=dfl-1&status=COMPLETED')).toEqual(['ext-old']);
    const on = (iso: string) => list(`file_input=dfl-1&created_at_on_or_after=${encodeURIComponent(iso)}`);
    expect(await on('2020-01-01T00:00:00Z')).toEqual([id, 'ext-old']);
    expect(await on('2999-01-01T00:00:00Z')).toEqual([]);
    expect(await on(created.json().created_at as string)).toContain(id); // inclusive
    expect((await get('/api/v2/extract?created_at_on_or_after=yesterday')).status).toBe(422);
    const job = (await get('/api/v2/extract?file_input=dfl-1&expand=configuration')).json().items[0];
    expect(job).toMatchObject({ configuration_id: 'cfg-1' });
  });
});

describe('the files listing', () => {
  const ids = (answer: { json(): { items: Array<{ id: string }> } }) => answer.json().items.map((file) => file.id);

  it('lists the project newest first in pages of page_size (at most 1,000), following next_page_token to the last', async () => {
    const other = '7d8e9f0a-1b2c-4d3e-9f8a-7b6c5d4e3f2a';
    const files = Array.from({ length: 1003 }, (_, i) => ({ id: `dfl-${String(i).padStart(4, '0')}`, name: `${i}.pdf` }));
    await start({ files: [...files, { id: 'dfl-elsewhere', name: 'x.pdf', projectId: other }] });
    const first = (await get(`/api/v1/beta/files?page_size=5000&project_id=${DEFAULT_PROJECT_ID}`)).json();
    expect(first.items).toHaveLength(1000);
    expect(first.items[0].id).toBe('dfl-1002');
    expect(first.total_size).toBe(1003);
    const last = await get(`/api/v1/beta/files?page_size=5000&project_id=${DEFAULT_PROJECT_ID}&page_token=${first.next_page_token}`);
    expect([ids(last), last.json().next_page_token]).toEqual([['dfl-0002', 'dfl-0001', 'dfl-0000'], null]);
    expect(ids(await get(`/api/v1/beta/files?project_id=${other}`))).toEqual(['dfl-elsewhere']);
  });

  it('filters by external_file_id, file_name and file_ids, and orders by name, id or created_at', async () => {
    await start({
      files: [
        { id: 'dfl-b', name: 'same.pdf', externalFileId: 'sha256:1' },
        { id: 'dfl-a', name: 'zeta.pdf', externalFileId: 'sha256:1' },
        { id: 'dfl-c', name: 'same.pdf' }
      ]
    });
    emulator().addFile({ id: 'dfl-b', name: 'alpha.pdf', externalFileId: 'sha256:2' }); // replaced: found by its new fields only
    expect(ids(await get('/api/v1/beta/files?external_file_id=sha256:1'))).toEqual(['dfl-a']);
    expect(ids(await get('/api/v1/beta/files?external_file_id=sha256:2'))).toEqual(['dfl-b']);
    expect(ids(await get('/api/v1/beta/files?file_name=same.pdf'))).toEqual(['dfl-c']);
    expect(ids(await get('/api/v1/beta/files?file_ids=dfl-a&file_ids=dfl-c&file_ids=dfl-nope'))).toEqual(['dfl-c', 'dfl-a']);
    expect(ids(await get('/api/v1/beta/files?order_by=name'))).toEqual(['dfl-b', 'dfl-c', 'dfl-a']);
    expect(ids(await get('/api/v1/beta/files?order_by=id'))).toEqual(['dfl-a', 'dfl-b', 'dfl-c']);
    expect(ids(await get('/api/v1/beta/files?order_by=created_at'))).toEqual(['dfl-b', 'dfl-c', 'dfl-a']);
    expect((await call(emulator().url, '/api/v1/beta/files/dfl-c', { method: 'DELETE' })).status).toBe(200);
    expect(ids(await get('/api/v1/beta/files?file_name=same.pdf'))).toEqual([]);
  });

  it('answers 422 for a page_size that is no positive integer or an unknown order_by, 400 for a page_token it never gave', async () => {
    await start({ files: [{ id: 'dfl-1', name: 'a.pdf' }] });
    for (const query of ['page_size=0', 'page_size=ten', 'page_size=1.5']) {
      const answer = await get(`/api/v1/beta/files?${query}`);
      expect([answer.status, answer.json().detail[0].loc]).toEqual([422, ['query', 'page_size']]);
    }
    const order = await get('/api/v1/beta/files?order_by=name%20desc');
    expect([order.status, order.json().detail[0].loc]).toEqual([422, ['query', 'order_by']]);
    const token = await get('/api/v1/beta/files?page_token=garbage');
    expect([token.status, token.json()]).toEqual([400, { detail: 'Invalid page_token' }]);
  });
});

describe('the jobs listing', () => {
  const ids = (answer: { json(): { items: Array<{ id: string }> } }) => answer.json().items.map((job) => job.id);

  it('serves at most 100 per page, whatever page_size asks, and the next page from next_page_token', async () => {
    await start({ jobs: Array.from({ length: 150 }, (_, i) => ({ id: `ext-${String(i).padStart(3, '0')}` })) });
    const first = (await get('/api/v2/extract?page_size=1000')).json();
    expect([first.items.length, first.items[0].id, first.total_size]).toEqual([100, 'ext-149', 150]);
    const last = await get(`/api/v2/extract?page_size=1000&page_token=${first.next_page_token}`);
    expect([ids(last).length, ids(last).at(-1), last.json().next_page_token]).toEqual([50, 'ext-000', null]);
  });

  it('filters by file_input (or its deprecated name document_input_value), document_input_type and configuration_id', async () => {
    await start({
      configurations: [{ id: 'cfg-1', configuration: { data_schema: {} } }],
      jobs: [
        { id: 'ext-1', fileInput: 'dfl-1', configurationId: 'cfg-1' },
        { id: 'ext-2', fileInput: 'dfl-1' },
        { id: 'ext-3', fileInput: 'pjb-1', configurationId: 'cfg-1' }
      ]
    });
    // Replaced with another file: found under the new one only.
    emulator().addJob({ id: 'ext-1', fileInput: 'dfl-2', configurationId: 'cfg-1' });
    expect(ids(await get('/api/v2/extract?file_input=dfl-1'))).toEqual(['ext-2']);
    expect(ids(await get('/api/v2/extract?document_input_value=dfl-2'))).toEqual(['ext-1']);
    expect(ids(await get('/api/v2/extract?configuration_id=cfg-1'))).toEqual(['ext-1', 'ext-3']);
    expect(ids(await get('/api/v2/extract?document_input_type=parse_job_id'))).toEqual(['ext-3']);
    expect(ids(await get('/api/v2/extract?document_input_type=file_id&configuration_id=cfg-1'))).toEqual(['ext-1']);
    expect(ids(await get('/api/v2/extract?job_ids=ext-3,ext-2,ext-1&file_input=dfl-1'))).toEqual(['ext-2']);
    expect(ids(await get('/api/v2/extract?job_ids=ext-2,ext-1,ext-2'))).toEqual(['ext-1', 'ext-2']);
  });
});
