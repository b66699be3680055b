import { afterAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '../__fixtures__/core.js';
import type { ExtractJob, JobOutcome } from '../../src/types.js';

jest.unstable_mockModule('@actions/core', () => core);
const { writeResultFiles } = await import('../../src/output/result-files.js');

const root = mkdtempSync(join(tmpdir(), 'result-files-'));
const workspace = join(root, 'workspace');
afterAll(() => rm(root, { recursive: true, force: true }));

const raw = (id: string, status: string, result?: string): Buffer =>
  Buffer.from(`{"id":"${id}","status":"${status}","extract_result":${result ?? 'null'},"usage":{"credits":2}}`);
const job = (id: string, status: string, result?: string): ExtractJob => ({
  id,
  status,
  usage: {},
  resultJson: result === undefined ? undefined : Buffer.from(result),
  raw: raw(id, status, result)
});
const outcome = (id: string, status: string, result?: string): JobOutcome => ({
  id,
  status,
  job: job(id, status, result),
  timedOut: false,
  violations: []
});
const settings = (outputFile: string, jobFile?: string) => ({
  outputFile: join(workspace, outputFile),
  jobFile: jobFile && join(workspace, jobFile),
  workspace
});

describe('writeResultFiles', () => {
  it('writes the result bytes as served, plus a final newline, and records the path relative to the workspace', async () => {
    const result = '{"total": 627.1200000000000001, "name": "Bürobedarf"}';
    const done = outcome('ext-1', 'COMPLETED', result);
    await writeResultFiles([done], settings('out/{job_id}.json'));
    expect(await readFile(join(workspace, 'out/ext-1.json'), 'utf8')).toBe(`${result}\n`);
    expect(done.resultFile).toBe(join('out', 'ext-1.json'));
    expect(done.jobFile).toBeUndefined();
    expect(await readdir(join(workspace, 'out'))).toEqual(['ext-1.json']);
  });

  it('does not add a second newline', async () => {
    await writeResultFiles([outcome('ext-nl', 'COMPLETED', '[1,\n2]\n')], settings('nl/{job_id}.json'));
    expect(await readFile(join(workspace, 'nl/ext-nl.json'), 'utf8')).toBe('[1,\n2]\n');
  });

  it('writes one file per job and the whole job to job-file when asked', async () => {
    const outcomes = [outcome('ext-a', 'COMPLETED', '{"a":1}'), outcome('ext-b', 'FAILED')];
    await writeResultFiles(outcomes, settings('many/{job_id}.json', 'jobs/{job_id}.job.json'));
    expect(await readdir(join(workspace, 'many'))).toEqual(['ext-a.json']);
    expect(await readFile(join(workspace, 'jobs/ext-a.job.json'), 'utf8')).toBe(`${raw('ext-a', 'COMPLETED', '{"a":1}').toString()}\n`);
    expect(await readFile(join(workspace, 'jobs/ext-b.job.json'), 'utf8')).toBe(`${raw('ext-b', 'FAILED').toString()}\n`);
    expect(outcomes.map((o) => [o.resultFile, o.jobFile])).toEqual([
      [join('many', 'ext-a.json'), join('jobs', 'ext-a.job.json')],
      [undefined, join('jobs', 'ext-b.job.json')]
    ]);
  });

  it('removes a result left by an earlier run when the job has none now', async () => {
    await mkdir(join(workspace, 'stale'), { recursive: true });
    for (const id of ['ext-failed', 'ext-empty', 'ext-running', 'ext-unread'])
      await writeFile(join(workspace, `stale/${id}.json`), '{"old":true}');
    const unread: JobOutcome = { id: 'ext-unread', status: '', timedOut: false, violations: [], error: 'not found' };
    const outcomes = [outcome('ext-failed', 'FAILED'), outcome('ext-empty', 'COMPLETED'), outcome('ext-running', 'RUNNING'), unread];
    await writeResultFiles(outcomes, settings('stale/{job_id}.json', 'stale-jobs/{job_id}.json'));
    expect(await readdir(join(workspace, 'stale'))).toEqual([]);
    expect(outcomes.map((o) => o.resultFile)).toEqual([undefined, undefined, undefined, undefined]);
    expect((await readdir(join(workspace, 'stale-jobs'))).sort()).toEqual(['ext-empty.json', 'ext-failed.json', 'ext-running.json']);
  });

  it('keeps an absolute path for a file outside the workspace', async () => {
    const done = outcome('ext-out', 'COMPLETED', '{}');
    await writeResultFiles([done], { outputFile: join(root, 'elsewhere/{job_id}.json'), workspace });
    expect(done.resultFile).toBe(join(root, 'elsewhere/ext-out.json'));
    expect(await readFile(join(root, 'elsewhere/ext-out.json'), 'utf8')).toBe('{}\n');
  });

  it('fails with one line naming the job and the path when the file cannot be written', async () => {
    await writeFile(join(workspace, 'blocker'), 'a file, not a folder');
    const target = join(workspace, 'blocker/ext-1.json');
    await expect(writeResultFiles([outcome('ext-1', 'COMPLETED', '{}')], settings('blocker/{job_id}.json'))).rejects.toThrow(
      `Could not write the result of job ext-1 to '${target}' (EEXIST: file already exists, while creating its folder).`
    );
  });
});
