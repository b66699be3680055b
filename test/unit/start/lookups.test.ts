// The start stage's look-ups against the in-process emulator: from listings of the project read once within
// their request budget (0.05 per document), else one request per document.
import { afterAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import * as core from '../../__fixtures__/core.js';
import { DEFAULT_PROJECT_ID, type Emulator, type EmulatorOptions } from '../../../emulator/emulator.js';
import { useEmulator } from '../../support/emulators.js';

jest.unstable_mockModule('@actions/core', () => core);
const { ExtractClient } = await import('../../../src/api/extract-client.js');
const { Spools } = await import('../../../src/lib/spool.js');
const { Transport } = await import('../../../src/http/transport.js');
const { Lookups } = await import('../../../src/start/lookups.js');

const { start } = useEmulator();
const transport = new Transport('lookups-test', 8);
afterAll(() => transport.dispose());
beforeEach(() => {
  jest.clearAllMocks();
});

const OTHER_PROJECT = '11111111-1111-4111-8111-111111111111';
const saved = { id: 'cfg-1' };
const configurations = [{ id: 'cfg-1', configuration: { data_schema: { type: 'object' } } }];

/** Look-ups for a step of `documents` documents; one try per request, so a refusal is seen at once. */
function lookups(
  emulator: Emulator,
  documents: number,
  configuration: { id: string } | { inline: Record<string, unknown> } = saved,
  projectId?: string
) {
  const client = new ExtractClient({ baseUrl: emulator.url, apiKey: emulator.apiKey, projectId }, transport, new Spools());
  return new Lookups(client, documents, configuration, { policy: 'cancel', deadline: Date.now() + 10_000 });
}
const routes = (emulator: Emulator) =>
  emulator.requests.map(({ method, path, query }) => `${method} ${path}${query.page_token ? ' (next page)' : ''}`);
const files = (count: number, prefix = 'dfl-other') =>
  Array.from({ length: count }, (_, i) => ({ id: `${prefix}-${i}`, name: `${i}.pdf`, externalFileId: `sha256:${prefix}-${i}` }));

describe('files', () => {
  it('answers every document from one listing of the project, a digest it does not hold with no request', async () => {
    const emulator = await start({
      files: [
        ...files(50),
        { id: 'dfl-mine', name: 'a.pdf', externalFileId: 'sha256:a' },
        { id: 'dfl-gone', name: 'a.pdf', externalFileId: 'sha256:a', expiresAt: '2020-01-01T00:00:00Z' }
      ]
    });
    const look = lookups(emulator, 40);
    expect(await look.file('sha256:a')).toMatchObject({ id: 'dfl-mine' });
    expect(await look.file('sha256:new')).toBeUndefined();
    expect(await look.file('sha256:dfl-other-7')).toMatchObject({ id: 'dfl-other-7' });
    expect(routes(emulator)).toEqual(['GET /api/v1/beta/files']);
    expect(emulator.requests[0]!.query).toEqual({ page_size: ['1000'] });
  });

  it('past its budget, takes what the pages read hold and looks each other document up on its own', async () => {
    // 20 documents: one listing request, which cannot reach past the first 1,000 of 1,200 files.
    const emulator = await start({ files: [{ id: 'dfl-oldest', name: 'o.pdf', externalFileId: 'sha256:oldest' }, ...files(1200)] });
    const look = lookups(emulator, 20);
    expect(await look.file('sha256:dfl-other-1100')).toMatchObject({ id: 'dfl-other-1100' });
    expect(await look.file('sha256:oldest')).toMatchObject({ id: 'dfl-oldest' });
    expect(await look.file('sha256:new')).toBeUndefined();
    expect(routes(emulator)).toEqual(['GET /api/v1/beta/files', 'GET /api/v1/beta/files', 'GET /api/v1/beta/files']);
    expect(emulator.requests.slice(1).map((request) => request.query.external_file_id)).toEqual([['sha256:oldest'], ['sha256:new']]);
    expect(core.messages(core.info)).toEqual([
      "The project holds more than the 1000 files listed by 1 request: each document's file is looked up on its own."
    ]);
  });

  it('lists nothing for fewer than 20 documents, and says nothing', async () => {
    const emulator = await start({ files: files(3) });
    const look = lookups(emulator, 19);
    expect(await look.file('sha256:dfl-other-1')).toMatchObject({ id: 'dfl-other-1' });
    expect(emulator.requests.map((request) => request.query.external_file_id)).toEqual([['sha256:dfl-other-1']]);
    expect(core.messages(core.info)).toEqual([]);
  });

  it('a listing that holds a file of another project is a wrong answer: each document is then looked up on its own', async () => {
    const emulator = await start({ files: files(3) });
    emulator.addFault({ kind: 'rewrite', set: { project_id: OTHER_PROJECT }, match: { method: 'GET', path: '/api/v1/beta/files' } });
    // Asked for the project the files are in: the answer says another.
    const look = lookups(emulator, 40, saved, DEFAULT_PROJECT_ID);
    expect(await look.file('sha256:dfl-other-1')).toMatchObject({ id: 'dfl-other-1' });
    expect(routes(emulator)).toEqual(['GET /api/v1/beta/files', 'GET /api/v1/beta/files']);
    expect(emulator.requests[1]!.query.external_file_id).toEqual(['sha256:dfl-other-1']);
    expect(core.messages(core.debug)).toContainEqual(expect.stringMatching(/^Listing the project's files failed \(each document's file/));
  });

  it('a listing whose next_page_token never advances is left after the token repeats', async () => {
    const emulator = await start({ files: files(3) });
    emulator.addFault({ kind: 'stuck-page', match: { method: 'GET', path: '/api/v1/beta/files' }, times: 2 });
    const look = lookups(emulator, 200);
    expect(await look.file('sha256:dfl-other-1')).toMatchObject({ id: 'dfl-other-1' });
    // The second page names the token it was asked with: the listing ends there, and the document is looked up.
    expect(routes(emulator)).toEqual(['GET /api/v1/beta/files', 'GET /api/v1/beta/files (next page)', 'GET /api/v1/beta/files']);
    expect(core.messages(core.info)).toEqual([
      "The listing of the project's files did not advance: each document's file is looked up on its own."
    ]);
  });
});

describe('jobs of a file', () => {
  const setUp = (jobs: NonNullable<EmulatorOptions['jobs']>, more: EmulatorOptions = {}) =>
    start({ configurations, files: [{ id: 'dfl-1', name: 'a.pdf' }], jobs, ...more });

  it('answers every file from one listing of the project by the saved configuration, filtered by status and creation time', async () => {
    const emulator = await setUp([
      { id: 'ext-old', fileInput: 'dfl-1', configurationId: 'cfg-1' },
      { id: 'ext-run', fileInput: 'dfl-1', configurationId: 'cfg-1', timeline: [{ status: 'RUNNING' }] },
      { id: 'ext-2', fileInput: 'dfl-2', configurationId: 'cfg-1' },
      { id: 'ext-inline', fileInput: 'dfl-1' }
    ]);
    const look = lookups(emulator, 40);
    expect((await look.jobsOfFile('dfl-1', {})).map((job) => [job.id, job.status])).toEqual([
      ['ext-run', 'RUNNING'],
      ['ext-old', 'COMPLETED']
    ]);
    expect((await look.jobsOfFile('dfl-1', { status: 'COMPLETED' })).map((job) => job.id)).toEqual(['ext-old']);
    expect(await look.jobsOfFile('dfl-1', { since: Date.now() + 60_000 })).toEqual([]);
    expect(await look.jobsOfFile('dfl-none', {})).toEqual([]);
    expect(routes(emulator)).toEqual(['GET /api/v2/extract']);
    expect(emulator.requests[0]!.query).toEqual({ expand: ['configuration'], page_size: ['100'], configuration_id: ['cfg-1'] });
  });

  it('with an inline configuration, lists every job of the project and keeps each one with its configuration', async () => {
    const inline = { data_schema: { type: 'object' }, tier: 'agentic' };
    const emulator = await setUp([
      { id: 'ext-a', fileInput: 'dfl-1', configuration: inline },
      { id: 'ext-b', fileInput: 'dfl-1', configuration: inline },
      { id: 'ext-c', fileInput: 'dfl-1', configurationId: 'cfg-1' }
    ]);
    const jobs = await lookups(emulator, 40, { inline }).jobsOfFile('dfl-1', {});
    expect(jobs.map((job) => job.id)).toEqual(['ext-c', 'ext-b', 'ext-a']);
    expect(jobs[1]!.configuration).toMatchObject({ tier: 'agentic' });
    expect(jobs[1]!.configuration).toBe(jobs[2]!.configuration);
    expect(emulator.requests[0]!.query.configuration_id).toBeUndefined();
  });

  it('past its budget, looks each file up on its own: a partial listing is not used', async () => {
    // 40 documents: two listing requests; the files take one, the jobs the other, which cannot reach past 100 of 150.
    const emulator = await setUp([
      { id: 'ext-mine', fileInput: 'dfl-1', configurationId: 'cfg-1' },
      ...Array.from({ length: 150 }, (_, i) => ({ id: `ext-${i}`, fileInput: `dfl-x${i}`, configurationId: 'cfg-1' }))
    ]);
    const look = lookups(emulator, 40);
    expect(await look.file('sha256:none')).toBeUndefined();
    expect((await look.jobsOfFile('dfl-1', { status: 'COMPLETED' })).map((job) => job.id)).toEqual(['ext-mine']);
    expect((await look.jobsOfFile('dfl-x149', {})).map((job) => job.id)).toEqual(['ext-149']);
    expect(routes(emulator)).toEqual(['GET /api/v1/beta/files', 'GET /api/v2/extract', 'GET /api/v2/extract', 'GET /api/v2/extract']);
    expect(emulator.requests.slice(2).map((request) => request.query.file_input)).toEqual([['dfl-1'], ['dfl-x149']]);
    expect(core.messages(core.info)).toEqual([
      "The project holds more than the 100 jobs listed by 1 request: each file's jobs are looked up on their own."
    ]);
  });

  it('a listing that holds a job of another configuration is a wrong answer: each file is then looked up on its own', async () => {
    const emulator = await setUp([{ id: 'ext-1', fileInput: 'dfl-1', configurationId: 'cfg-1' }]);
    emulator.addFault({ kind: 'rewrite', set: { configuration_id: 'cfg-other' }, match: { method: 'GET', path: '/api/v2/extract' } });
    const jobs = await lookups(emulator, 40).jobsOfFile('dfl-1', {});
    expect(jobs.map((job) => job.id)).toEqual(['ext-1']);
    expect(emulator.requests.map((request) => request.query.file_input)).toEqual([undefined, ['dfl-1']]);
    expect(core.messages(core.debug)).toContainEqual(expect.stringContaining("of configuration 'cfg-other', not 'cfg-1' asked for"));
  });
});
