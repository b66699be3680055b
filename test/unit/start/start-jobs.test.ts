// The file mode against the in-process emulator: the client's calls (look-up by digest, the streamed upload and
// its care after a lost answer, job lists), and the start stage (one upload per content, one job per document,
// reuse, adoption).
import { afterAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { createReadStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as core from '../../__fixtures__/core.js';
import { DEFAULT_PROJECT_ID } from '../../../emulator/emulator.js';
import type { Document } from '../../../src/start/documents.js';
import { useSuiteEmulator } from '../../support/emulators.js';
import { useHarness } from '../../support/harness.js';

jest.unstable_mockModule('@actions/core', () => core);
const { ExtractClient } = await import('../../../src/api/extract-client.js');
const { Spools } = await import('../../../src/lib/spool.js');
const { Transport } = await import('../../../src/http/transport.js');
const { startJobs: startAll } = await import('../../../src/start/start-jobs.js');
type StartedJob = import('../../../src/start/start-jobs.js').StartedJob;

/** startJobs, with the jobs it hands on collected as the step's wait takes them (in the order they start). */
async function startJobs(...[client, documents, options]: Parameters<typeof startAll>) {
  const started: StartedJob[] = [];
  const onStarted = (job: StartedJob): void => {
    started.push(job);
    options.onStarted?.(job);
  };
  const { failures } = await startAll(client, documents, { ...options, onStarted });
  return { started, failures };
}
const { hashContent } = await import('../../../src/start/digest.js');

const harness = useHarness();
const dir = harness.folder();
const emulator = useSuiteEmulator({ configurations: [{ id: 'cfg-unit', configuration: { data_schema: { type: 'object' } } }] });
const transport = new Transport('files-client-test', 8);
afterAll(() => transport.dispose());
beforeEach(() => {
  jest.clearAllMocks();
});

const client = (projectId?: string) =>
  new ExtractClient({ baseUrl: emulator.url, apiKey: emulator.apiKey, projectId }, transport, new Spools());
const within = (ms = 10_000) => ({ policy: 'start' as const, deadline: Date.now() + ms });
const upload = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return { name, size: Buffer.byteLength(content), externalFileId: `sha256:${name}`, read: () => createReadStream(path) };
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
      projectId: DEFAULT_PROJECT_ID,
      expiresAt: expect.any(String)
    });
    expect(emulator.requests[0]!.query).toMatchObject({ external_file_id: ['sha256:a'] });
  });
});

describe('uploadFile', () => {
  it('posts the document as multipart with purpose and external_file_id, in the project', async () => {
    emulator.addFile({
      id: 'dfl-in-other-project',
      name: 'x',
      externalFileId: 'sha256:p.pdf',
      projectId: '33333333-3333-4333-8333-333333333333'
    });
    const file = await client('11111111-1111-4111-8111-111111111111').uploadFile(upload('p.pdf', 'project bytes'), within());
    expect(emulator.requests.map((request) => [request.method, request.query.project_id])).toEqual([
      ['POST', ['11111111-1111-4111-8111-111111111111']]
    ]);
    expect(emulator.requests[0]!.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
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
    expect(emulator.requests[0]!.query).toMatchObject({
      file_input: ['dfl-many'],
      expand: ['configuration'],
      status: ['COMPLETED'],
      created_at_on_or_after: ['1970-01-01T00:00:00.000Z']
    });
  });
});

const document = (relative: string, content: string): Document => {
  const path = join(dir, relative.replace(/\//g, '_'));
  writeFileSync(path, content);
  return { path, relative, size: Buffer.byteLength(content) };
};
const options = (extra: { reuse?: boolean; configuration?: { id: string } } = {}) => ({
  configuration: extra.configuration ?? { id: 'cfg-unit' },
  reuse: extra.reuse ?? false,
  call: { policy: 'start' as const, deadline: Date.now() + 20_000 },
  startedAt: Date.now()
});

describe('startJobs', () => {
  it('uploads each content once, even for two documents with the same bytes, and creates one job per document', async () => {
    const documents = [document('a.pdf', 'same bytes'), document('copy/a.pdf', 'same bytes'), document('b.pdf', `b ${Date.now()}`)];
    const handed: string[] = [];
    const { started, failures } = await startJobs(client(), documents, { ...options(), onStarted: (job) => handed.push(job.jobId) });
    expect(failures).toEqual([]);
    // Each job handed on as soon as it was made.
    expect(handed.sort()).toEqual(started.map((job) => job.jobId).sort());
    expect(emulator.stats()).toMatchObject({ uploads: 2, creates: 3 });
    const fileOf = (path: string) => started.find((job) => job.document.relative === path)?.fileId;
    expect(fileOf('copy/a.pdf')).toBe(fileOf('a.pdf'));
    expect(fileOf('b.pdf')).not.toBe(fileOf('a.pdf'));
    expect(new Set(started.map((job) => job.jobId)).size).toBe(3);
    // A document that started well is named in the debug log only; the log counts them.
    expect(
      core
        .messages(core.debug)
        .filter((line) => /^Document (copy\/)?a\.pdf: file dfl-\S+ \((already )?uploaded\), job ext-\S+ \(created\)$/.test(line))
    ).toHaveLength(2);
    expect(core.messages(core.info).filter((line) => line.includes('a.pdf'))).toEqual([]);
    expect(core.messages(core.info).at(-1)).toMatch(/^Start: 3 of 3 documents \(3 new jobs, 2 uploads\) \(\d+(\.\d)?s\)$/);
  });

  it('after a stop reads and sends nothing more: each document left is reported as not started', async () => {
    const stop = new AbortController();
    stop.abort(new Error('stopped'));
    const before = emulator.requests.length;
    const documents = [document('s1.pdf', `s1 ${Date.now()}`), document('s2.pdf', `s2 ${Date.now()}`)];
    const base = options();
    const { started, failures } = await startJobs(client(), documents, { ...base, call: { ...base.call, signal: stop.signal } });
    expect(started).toEqual([]);
    expect(failures.map((failure) => failure.message)).toEqual([
      'Document s1.pdf was not started: the step was stopped before its turn.',
      'Document s2.pdf was not started: the step was stopped before its turn.'
    ]);
    expect(emulator.requests.length).toBe(before);
  });

  it('uploads under the digest of the bytes, as external_file_id', async () => {
    const only = document('digest.pdf', `digest ${Date.now()}`);
    await startJobs(client(), [only], options());
    expect(emulator.uploads[0]!.externalFileId).toBe((await hashContent(only.path, only.size)).id);
    expect(emulator.uploads[0]!.externalFileId).toBe(`sha256:${emulator.uploads[0]!.sha256}`);
  });

  it('reuses one COMPLETED job per document: two documents of the same bytes never share a job', async () => {
    const content = `twins ${Date.now()}`;
    const first = await startJobs(client(), [document('t1.pdf', content)], options());
    emulator.addJob({ id: first.started[0]!.jobId, fileInput: first.started[0]!.fileId, configurationId: 'cfg-unit' });
    emulator.resetRecords();
    const again = await startJobs(client(), [document('t1.pdf', content), document('t2.pdf', content)], options({ reuse: true }));
    // The documents start side by side: whichever asks first takes the earlier job, the other gets a new one.
    const reused = again.started.filter((job) => job.reused);
    expect(reused.map((job) => job.jobId)).toEqual([first.started[0]!.jobId]);
    expect(new Set(again.started.map((job) => job.jobId)).size).toBe(2);
    expect(emulator.stats()).toMatchObject({ uploads: 0, creates: 1 });
  });

  it('gives up a document without stopping the others, saying why in one line', async () => {
    emulator.addFault({ kind: 'status', status: 403, match: { method: 'POST', path: '/api/v1/beta/files' } });
    const { started, failures } = await startJobs(client(), [document('x.pdf', `x ${Date.now()}`)], options());
    expect(started).toEqual([]);
    expect(failures).toEqual([
      {
        document: expect.objectContaining({ relative: 'x.pdf' }),
        message: expect.stringMatching(/^Document x\.pdf: The API key may not access/)
      }
    ]);
  });

  it('names configuration-id when a create by it answers 404', async () => {
    const { failures } = await startJobs(client(), [document('n.pdf', `n ${Date.now()}`)], options({ configuration: { id: 'cfg-none' } }));
    expect(failures[0]!.message).toMatch(/^Document n\.pdf: LlamaCloud knows no configuration 'cfg-none' in this project, or cannot read/);
  });

  it('names a document that vanished before it was read', async () => {
    const gone: Document = { path: join(dir, 'gone.pdf'), relative: 'gone.pdf', size: 3 };
    const { failures } = await startJobs(client(), [gone], options());
    expect(failures[0]!.message).toBe(
      'Document gone.pdf could not be read (ENOENT) while reading it. Check that the file stays in place during the step.'
    );
  });

  it('adopts the job of a create that timed out on the way back, instead of making another', async () => {
    emulator.addFault({ kind: 'lose-answer', match: { method: 'POST', path: '/api/v2/extract' } });
    const { started } = await startJobs(client(), [document('lost.pdf', `lost ${Date.now()}`)], options());
    expect(started).toHaveLength(1);
    expect(emulator.stats().creates).toBe(1);
    expect(emulator.job(started[0]!.jobId)).toBeDefined();
  });

  it('retries a create that 503ed after checking that it made no job', async () => {
    emulator.addFault({
      kind: 'status',
      status: 503,
      headers: { 'retry-after-ms': '10' },
      match: { method: 'POST', path: '/api/v2/extract' }
    });
    const { started } = await startJobs(client(), [document('busy.pdf', `busy ${Date.now()}`)], options());
    expect(started).toHaveLength(1);
    const sequence = emulator.requests
      .filter((request) => request.path === '/api/v2/extract')
      .map((request) => `${request.method} ${request.status}`);
    expect(sequence).toEqual(['POST 503', 'GET 200', 'POST 200']);
    expect(emulator.stats().creates).toBe(1);
  });
});

describe('answers about another file, project or status', () => {
  const once = (set: Record<string, unknown>, method: string, path: string) =>
    emulator.addFault({ kind: 'rewrite', set, match: { method, path } });

  it('an upload answered as another file is not taken: the file stored under the digest is', async () => {
    once({ id: 'dfl-not-mine', external_file_id: 'sha256:other' }, 'POST', '/api/v1/beta/files');
    const file = await client().uploadFile(upload('w.pdf', 'wrong answer'), within());
    expect(file.id).toBe(emulator.uploads[0]!.fileId);
    expect(emulator.uploads).toHaveLength(1);
    expect(core.info.mock.calls.map(([line]) => line)).toContainEqual(
      expect.stringContaining("the answer is a file uploaded as 'sha256:other', not as 'sha256:w.pdf'")
    );
  });

  it('a create answered with a job of another file is not taken: the job it made is', async () => {
    once({ id: 'ext-not-mine', file_input: 'dfl-not-mine' }, 'POST', '/api/v2/extract');
    const { started } = await startJobs(client(), [document('c.pdf', `create ${Date.now()}`)], options());
    expect(started).toHaveLength(1);
    expect(started[0]!.jobId).not.toBe('ext-not-mine');
    expect(emulator.job(started[0]!.jobId)).toBeDefined();
    expect(emulator.stats().creates).toBe(1);
  });

  it.each([
    [{ file_input: 'dfl-other' }, undefined, "holds job 'ext-l' of file 'dfl-other', not of file 'dfl-listed' asked for"],
    [{ file_input: 'not an ID\n' }, undefined, "holds job 'ext-l' of file another, not of file 'dfl-listed' asked for"],
    [{ status: 'RUNNING' }, undefined, "holds job 'ext-l' in status 'RUNNING', not COMPLETED as asked"],
    [{ project_id: DEFAULT_PROJECT_ID }, '11111111-1111-4111-8111-111111111111', "holds a job 'ext-l' of project"]
  ])('a listing that holds %j is a wrong answer', async (set, projectId, message) => {
    emulator.addFile({ id: 'dfl-listed', name: 'l.pdf', projectId: projectId ?? DEFAULT_PROJECT_ID });
    emulator.addJob({ id: 'ext-l', fileInput: 'dfl-listed', projectId: projectId ?? DEFAULT_PROJECT_ID });
    emulator.addFault({ kind: 'rewrite', set, match: { method: 'GET', path: '/api/v2/extract' } });
    const listing = client(projectId).listJobsOfFile(
      'dfl-listed',
      { status: 'COMPLETED' },
      // One try: the refusal, not the retries, is what is looked at.
      { policy: 'cancel', deadline: Date.now() + 10_000 }
    );
    await expect(listing).rejects.toThrow(message);
  });

  it('a job an earlier run left running is taken whether or not reuse is on; a finished one only with reuse', async () => {
    const content = `left ${Date.now()}`;
    const first = await startJobs(client(), [document('left.pdf', content)], options());
    const { fileId, jobId } = first.started[0]!;
    emulator.addJob({ id: jobId, fileInput: fileId, configurationId: 'cfg-unit', timeline: [{ status: 'THROTTLED' }] });
    emulator.resetRecords();
    const again = await startJobs(client(), [document('left.pdf', content)], options());
    expect(again.started.map((job) => [job.jobId, job.reused])).toEqual([[jobId, true]]);
    expect(core.messages(core.debug)).toContainEqual(
      expect.stringMatching(new RegExp(`job ${jobId} \\(THROTTLED job of \\S+ left by an earlier run: waited for, no new credits\\)$`))
    );
    emulator.addJob({ id: jobId, fileInput: fileId, configurationId: 'cfg-unit', timeline: [{ status: 'FAILED' }] });
    const failed = await startJobs(client(), [document('left.pdf', content)], options({ reuse: true }));
    expect(failed.started[0]!.jobId).not.toBe(jobId);
    expect(emulator.stats().creates).toBe(1);
  });
});

describe('API text in the start stage', () => {
  it('takes no ID that is not an ID: a file answered as "dfl-1\\n::error::x" is a bad answer, retried', async () => {
    emulator.addFault({ kind: 'status', status: 200, body: { id: 'dfl-1\n::error::injected', name: 'x' }, match: { method: 'POST' } });
    const file = await client().uploadFile(upload('inj.pdf', 'injection'), within());
    expect(file.id).toMatch(/^dfl-[0-9a-f-]+$/);
    expect(emulator.uploads).toHaveLength(1);
  });
});

describe('startJobs before spending (max-credits)', () => {
  it('with reuse, hands over only the documents that need a new job, before any upload or create', async () => {
    const content = `budget ${Date.now()}`;
    const first = await startJobs(client(), [document('r1.pdf', content)], options());
    emulator.addJob({ id: first.started[0]!.jobId, fileInput: first.started[0]!.fileId, extra: { configuration_id: 'cfg-unit' } });
    emulator.resetRecords();
    const fresh = document('r2.pdf', `fresh ${Date.now()}`);
    const seen: string[][] = [];
    const result = await startJobs(client(), [document('r1.pdf', content), fresh], {
      ...options({ reuse: true }),
      beforeSpending: (documents) => {
        seen.push(documents.map((entry) => entry.relative));
        expect(emulator.stats()).toMatchObject({ uploads: 0, creates: 0 });
        return Promise.resolve();
      }
    });
    expect(seen).toEqual([['r2.pdf']]);
    expect(result.started.find((job) => job.document.relative === 'r1.pdf')).toMatchObject({
      reused: true,
      jobId: first.started[0]!.jobId
    });
    expect(emulator.stats()).toMatchObject({ uploads: 1, creates: 1 });
  });

  it('spends nothing when it refuses, and leaves a failed look-up to the start', async () => {
    emulator.addFault({ kind: 'status', status: 400, match: { method: 'GET', path: '/api/v1/beta/files' } });
    const refusal = startJobs(client(), [document('over.pdf', `over ${Date.now()}`)], {
      ...options({ reuse: true }),
      beforeSpending: () => Promise.reject(new Error('over budget'))
    });
    await expect(refusal).rejects.toThrow('over budget');
    expect(emulator.stats()).toMatchObject({ uploads: 0, creates: 0 });
  });
});

describe('startJobs with max-credits', () => {
  it('asks the meter before each new job and tells it of each job made; once billing reached the budget, the rest are not started', async () => {
    const CreditMeter = (await import('../../../src/start/budget/meter.js')).CreditMeter;
    const meter = new CreditMeter(client(), 20, { policy: 'start', deadline: Date.now() + 20_000 });
    const documents = Array.from({ length: 12 }, (_, i) => document(`m${i}.pdf`, `metered ${i} ${Date.now()}`));
    // Jobs made by a create end and bill at once here: 10 credits each.
    const created: string[] = [];
    const add = meter.add.bind(meter);
    meter.add = (jobId, fileId) => {
      created.push(jobId);
      emulator.addJob({ id: jobId, fileInput: fileId, configurationId: 'cfg-unit', usage: { credits: 10 } });
      add(jobId, fileId);
    };
    const { started, failures } = await startJobs(client(), documents, { ...options(), meter });
    expect(started.map((job) => job.jobId).sort()).toEqual(created.sort());
    expect(created.length).toBeGreaterThanOrEqual(2);
    expect(created.length).toBeLessThanOrEqual(9);
    expect(failures).toHaveLength(documents.length - created.length);
    for (const failure of failures) {
      expect(failure.message).toMatch(
        /^Document m\d+\.pdf: not started, because the credits billed by this step's jobs \(\d+\) reached max-credits 20\.$/
      );
    }
  });
});

describe('startJobs after a 402', () => {
  it('starts no document after it: each fails, the first saying why', async () => {
    emulator.addFault({ kind: 'status', status: 402, match: { method: 'POST', path: '/api/v2/extract' }, times: Infinity });
    const documents = Array.from({ length: 20 }, (_, i) => document(`p${i}.pdf`, `payment ${i} ${Date.now()}`));
    const { started, failures } = await startJobs(client(), documents, options());
    expect(started).toEqual([]);
    expect(
      emulator.requests.filter((request) => request.method === 'POST' && request.path === '/api/v2/extract').length
    ).toBeLessThanOrEqual(8);
    expect(
      failures.filter((failure) => failure.message.includes('(402 Payment Required): the organization or project has run out of credits'))
    ).not.toEqual([]);
    expect(
      failures.filter((failure) =>
        failure.message.endsWith('not started, because LlamaCloud answered 402 Payment Required (out of credits or over the spending cap).')
      ).length
    ).toBeGreaterThanOrEqual(12);
  });
});
