import { describe, expect, it } from '@jest/globals';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeResultFile } from '../../../src/report/result-files.js';
import type { ExtractJob, JobRead, WriteResult } from '../../../src/model/types.js';
import { readJob } from '../../__fixtures__/judgements.js';
import { useHarness } from '../../support/harness.js';

const harness = useHarness();
const root = harness.folder();
const workspace = join(root, 'workspace');

const raw = (id: string, status: string, result?: string): Buffer =>
  Buffer.from(`{"id":"${id}","status":"${status}","extract_result":${result ?? 'null'},"usage":{"credits":2}}`);
const job = (id: string, status: string, result?: string): ExtractJob => readJob(raw(id, status, result));
const read = (id: string, status: string, result?: string): JobRead => ({ id, status, job: job(id, status, result), timedOut: false });
/** What writing gave for each read, in order. */
function write(reads: JobRead[], options: Parameters<typeof writeResultFile>[1]): WriteResult[] {
  return reads.map((read) => writeResultFile(read, options));
}
const settings = (outputFile: string, jobFile?: string) => ({
  outputFile: join(workspace, outputFile),
  jobFile: jobFile && join(workspace, jobFile),
  workspace
});

describe('writeResultFile', () => {
  it('writes a replayed result, but no job file: no whole job was read', async () => {
    const replayedFrom = { repository: null, runId: null, runAttempt: null, commit: null, createdAt: '2026-01-01T00:00:00.000Z' };
    const replayed = { ...read('ext-r', 'COMPLETED', '{"a":1}'), source: { file: 'r.pdf', fileId: '', reused: false, replayedFrom } };
    const [done] = write([replayed], settings('replayed/{job_id}.json', 'replayed/{job_id}.job.json'));
    expect(done).toEqual({ resultFile: join('replayed', 'ext-r.json'), writtenTo: join(workspace, 'replayed', 'ext-r.json') });
    expect(await readdir(join(workspace, 'replayed'))).toEqual(['ext-r.json']);
  });

  it('writes the result bytes as served, plus a final newline, and records the path relative to the workspace', async () => {
    const result = '{"total": 627.1200000000000001, "name": "Bürobedarf"}';
    const [done] = write([read('ext-1', 'COMPLETED', result)], settings('out/{job_id}.json'));
    expect(await readFile(join(workspace, 'out/ext-1.json'), 'utf8')).toBe(`${result}\n`);
    expect(done!.resultFile).toBe(join('out', 'ext-1.json'));
    expect(await readdir(join(workspace, 'out'))).toEqual(['ext-1.json']);
  });

  it('does not add a second newline', async () => {
    writeResultFile(read('ext-nl', 'COMPLETED', '[1,\n2]\n'), settings('nl/{job_id}.json'));
    expect(await readFile(join(workspace, 'nl/ext-nl.json'), 'utf8')).toBe('[1,\n2]\n');
  });

  it('writes one file per job and the whole job to job-file when asked', async () => {
    const reads = [read('ext-a', 'COMPLETED', '{"a":1}'), read('ext-b', 'FAILED')];
    const written = write(reads, settings('many/{job_id}.json', 'jobs/{job_id}.job.json'));
    expect(await readdir(join(workspace, 'many'))).toEqual(['ext-a.json']);
    expect(await readFile(join(workspace, 'jobs/ext-a.job.json'), 'utf8')).toBe(`${raw('ext-a', 'COMPLETED', '{"a":1}').toString()}\n`);
    expect(await readFile(join(workspace, 'jobs/ext-b.job.json'), 'utf8')).toBe(`${raw('ext-b', 'FAILED').toString()}\n`);
    expect(written.map((files) => files.resultFile)).toEqual([join('many', 'ext-a.json'), undefined]);
  });

  it('removes a result left by an earlier run when the job has none now', async () => {
    await mkdir(join(workspace, 'stale'), { recursive: true });
    for (const id of ['ext-failed', 'ext-empty', 'ext-running', 'ext-unread'])
      await writeFile(join(workspace, `stale/${id}.json`), '{"old":true}');
    const unread: JobRead = { id: 'ext-unread', status: '', timedOut: false, error: 'not found' };
    const reads = [read('ext-failed', 'FAILED'), read('ext-empty', 'COMPLETED'), read('ext-running', 'RUNNING'), unread];
    const written = write(reads, settings('stale/{job_id}.json', 'stale-jobs/{job_id}.json'));
    expect(await readdir(join(workspace, 'stale'))).toEqual([]);
    expect(written.map((o) => o.resultFile)).toEqual([undefined, undefined, undefined, undefined]);
    expect((await readdir(join(workspace, 'stale-jobs'))).sort()).toEqual(['ext-empty.json', 'ext-failed.json', 'ext-running.json']);
  });

  it('writes nothing outside the workspace, even for a job ID the API gave since the check before any request', async () => {
    const [done] = write([read('..', 'COMPLETED', '{}')], { outputFile: join(workspace, '{job_id}/escaped.json'), workspace });
    expect(done!.error).toBe(
      `Input 'output-file': '${join(root, 'escaped.json')}' resolves outside the workspace (the workspace is ${workspace}). Files of the checkout only are read and written: give a path inside the workspace.`
    );
    await expect(readFile(join(root, 'escaped.json'))).rejects.toThrow('ENOENT');
  });

  it('gives a file that cannot be written as the error of that job, naming the path, and still writes the others', async () => {
    await writeFile(join(workspace, 'blocker'), 'a file, not a folder');
    await mkdir(join(workspace, 'folders/ext-2.json'), { recursive: true });
    const reads = ['ext-1', 'ext-2', 'ext-3'].map((id) => read(id, 'COMPLETED', '{}'));
    const written = write(reads, { outputFile: join(workspace, 'folders/{job_id}.json'), workspace });
    expect(written).toEqual([
      { resultFile: join('folders', 'ext-1.json'), writtenTo: join(workspace, 'folders', 'ext-1.json') },
      {
        error: `Could not write the result of job ext-2 to '${join(workspace, 'folders/ext-2.json')}' (EISDIR: illegal operation on a directory, while moving it into place). Check that the path is a writable file location in the workspace.`
      },
      { resultFile: join('folders', 'ext-3.json'), writtenTo: join(workspace, 'folders', 'ext-3.json') }
    ]);
    const [blocked] = write([read('ext-1', 'COMPLETED', '{}')], settings('blocker/{job_id}.json'));
    expect(blocked!.error).toContain(
      `Could not write the result of job ext-1 to '${join(workspace, 'blocker/ext-1.json')}' (EEXIST: file already exists, while creating its folder).`
    );
  });
});
