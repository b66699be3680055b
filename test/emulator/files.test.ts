import { afterEach, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { startEmulator, type Emulator, type EmulatorOptions } from './emulator.js';
import { boundaryOf, MultipartError, parseMultipart } from './multipart.js';
import { call, type CallOptions } from './test-client.js';

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function start(options: EmulatorOptions = {}): Promise<Emulator> {
  emulator = await startEmulator(options);
  return emulator;
}

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
  call(emulator!.url, '/api/v1/beta/files', {
    method: 'POST',
    body,
    headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
    ...opts
  });
const get = (path: string, opts?: CallOptions) => call(emulator!.url, path, opts);
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
    expect(emulator!.uploads).toEqual([
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
    expect(emulator!.stats()).toMatchObject({ uploads: 1, uploadedBytes: 8 });
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
    expect(emulator!.uploads).toHaveLength(0);
  });

  it('cuts an upload off halfway with cut-request, storing nothing', async () => {
    await start({ faults: [{ kind: 'cut-request', match: { method: 'POST' } }] });
    const body = form([
      { name: 'purpose', value: 'extract' },
      { name: 'file', filename: 'a.pdf', value: 'z'.repeat(1 << 20) }
    ]);
    await expect(upload(body)).rejects.toThrow();
    expect(emulator!.uploads).toHaveLength(0);
    expect(emulator!.requests.map((r) => [r.status, r.fault])).toEqual([[0, 'cut-request']]);
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
    expect(emulator!.uploads).toHaveLength(1);
  });

  it('serves files added up front, expired ones included, and by control route', async () => {
    await start({ files: [{ id: 'dfl-old', name: 'old.pdf', externalFileId: 'sha256:old', expiresAt: '2020-01-01T00:00:00Z' }] });
    expect((await get('/api/v1/beta/files?external_file_id=sha256:old')).json().items[0]).toMatchObject({
      id: 'dfl-old',
      expires_at: '2020-01-01T00:00:00Z'
    });
    const added = await call(emulator!.url, '/_emulator/files', {
      method: 'POST',
      body: JSON.stringify({ id: 'dfl-new', name: 'n.pdf' }),
      apiKey: null
    });
    expect(added.json()).toEqual({ added: ['dfl-new'] });
    expect(emulator!.file('dfl-new')).toMatchObject({ name: 'n.pdf', size: '%PDF-1.7 n.pdf'.length });
    expect((await call(emulator!.url, '/_emulator/uploads', { apiKey: null })).json()).toEqual([]);
  });
});

describe('jobs of a file', () => {
  it('makes a created job run through its states, and lists jobs by file_input, status and creation time', async () => {
    await start({
      files: [{ id: 'dfl-1', name: 'a.pdf' }],
      jobs: [{ id: 'ext-old', fileInput: 'dfl-1', extra: { configuration_id: 'cfg-1' } }]
    });
    const created = await call(emulator!.url, '/api/v2/extract', {
      method: 'POST',
      body: JSON.stringify({ file_input: 'dfl-1', configuration_id: 'cfg-1' })
    });
    const id = created.json().id as string;
    expect(emulator!.job(id)?.status).toBe('PENDING');
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
