// The client's file-mode calls: look-up by digest, the streamed upload and its care after a lost answer, job lists.
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '../__fixtures__/core.js';
import { startEmulator, type Emulator } from '../emulator/emulator.js';

jest.unstable_mockModule('@actions/core', () => core);
const { ExtractClient } = await import('../../src/api/extract-client.js');
const { Transport } = await import('../../src/http/transport.js');

const dir = mkdtempSync(join(tmpdir(), 'files-client-'));
let emulator: Emulator;
const transport = new Transport('files-client-test', 8);
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(async () => {
  transport.dispose();
  await emulator.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  jest.clearAllMocks();
  emulator.resetRecords();
});

const client = (projectId?: string) => new ExtractClient({ baseUrl: emulator.url, apiKey: emulator.apiKey, projectId }, transport);
const within = (ms = 10_000) => ({ deadline: Date.now() + ms, maxRetries: 3 });
const upload = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return { path, name, size: Buffer.byteLength(content), externalFileId: `sha256:${name}` };
};
const soon = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

describe('findFile', () => {
  it('takes a file of that external ID only while it has a while to live', async () => {
    emulator.addFile({ id: 'dfl-expired', name: 'a.pdf', externalFileId: 'sha256:a', expiresAt: '2020-01-01T00:00:00Z' });
    emulator.addFile({ id: 'dfl-expiring', name: 'a.pdf', externalFileId: 'sha256:a', expiresAt: soon(1) });
    expect(await client().findFile('sha256:a', within())).toBeUndefined();
    emulator.addFile({ id: 'dfl-good', name: 'a.pdf', externalFileId: 'sha256:a', expiresAt: soon(60) });
    expect(await client().findFile('sha256:a', within())).toEqual({
      id: 'dfl-good',
      externalFileId: 'sha256:a',
      expiresAt: expect.any(String)
    });
    expect(emulator.requests[0].query).toMatchObject({ external_file_id: ['sha256:a'] });
  });
});

describe('uploadFile', () => {
  it('posts the document as multipart with purpose and external_file_id, in the project', async () => {
    emulator.addFile({ id: 'dfl-in-other-project', name: 'x', externalFileId: 'sha256:p.pdf', projectId: 'prj-other' });
    const file = await client('prj-1').uploadFile(upload('p.pdf', 'project bytes'), within());
    expect(emulator.requests.map((request) => [request.method, request.query.project_id])).toEqual([['POST', ['prj-1']]]);
    expect(emulator.requests[0].headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(emulator.uploads).toEqual([
      expect.objectContaining({ fileId: file.id, name: 'p.pdf', purpose: 'extract', externalFileId: 'sha256:p.pdf', size: 13 })
    ]);
  });

  it('after a lost answer, finds the file it stored instead of sending it again', async () => {
    emulator.addFault({ kind: 'lose-answer', match: { method: 'POST', path: '/api/v1/beta/files' } });
    const file = await client().uploadFile(upload('l.pdf', 'lost answer'), within());
    expect(emulator.uploads.map((stored) => stored.fileId)).toEqual([file.id]);
    expect(emulator.requests.map((request) => `${request.method} ${request.status}`)).toEqual(['POST 0', 'GET 200']);
  });

  it('sends the whole body again after a 307 redirect', async () => {
    emulator.addFault({ kind: 'redirect', status: 307, location: '/api/v1/beta/files', match: { method: 'POST' } });
    await client().uploadFile(upload('r.pdf', 'redirected'), within());
    expect(emulator.uploads).toEqual([expect.objectContaining({ name: 'r.pdf', size: 10 })]);
  });
});

describe('listJobsOfFile', () => {
  it('asks for one file, its configuration expanded, by status and creation time, across pages', async () => {
    emulator.addFile({ id: 'dfl-many', name: 'm.pdf' });
    for (let i = 0; i < 60; i++) emulator.addJob({ id: `ext-m-${i}`, fileInput: 'dfl-many' });
    const jobs = await client().listJobsOfFile('dfl-many', { status: 'COMPLETED', since: 0 }, within());
    expect(jobs).toHaveLength(60);
    expect(emulator.requests).toHaveLength(2);
    expect(emulator.requests[0].query).toMatchObject({
      file_input: ['dfl-many'],
      expand: ['configuration'],
      status: ['COMPLETED'],
      created_at_on_or_after: ['1970-01-01T00:00:00.000Z']
    });
  });
});
