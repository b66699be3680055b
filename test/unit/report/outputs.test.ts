import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import * as core from '../../__fixtures__/core.js';
import { kept, judgement } from '../../__fixtures__/judgements.js';
import type { Judgement } from '../../../src/judge/judgement.js';

jest.unstable_mockModule('@actions/core', () => core);
const { setOutputs } = await import('../../../src/report/outputs.js');
const { registerSecret } = await import('../../../src/runner/redact.js');

const WORKSPACE = path.resolve('/home/runner/work/repo');
const context = { workspace: WORKSPACE };

const completed = (id: string, result: string, usage: Record<string, number> = {}): Judgement =>
  judgement(id, 'COMPLETED', { resultFile: `out/${id}.json` }, { result: kept(result), usage });

beforeEach(() => {
  jest.clearAllMocks();
});

describe('setOutputs for one job', () => {
  it('sets every output from the job: status, file, compact result and the usage it reports', () => {
    const result = '{\n  "total": 627.120,\n  "items": [ 1, 2 ],\n  "note": "a  b"\n}\n';
    setOutputs([completed('ext-1', result, { num_pages_extracted: 3, num_pages_billed: 3, credits: 4.5, parse_credits: 1 })], context);
    const usage = { num_pages_extracted: 3, num_pages_billed: 3, credits: 4.5, parse_credits: 1 };
    expect(core.outputs()).toEqual({
      status: 'COMPLETED',
      'job-id': 'ext-1',
      'result-file': path.join(WORKSPACE, 'out/ext-1.json'),
      'error-message': '',
      'timed-out': 'false',
      usage: JSON.stringify(usage),
      'num-pages-extracted': '3',
      'num-document-tokens': '',
      'num-output-tokens': '',
      'num-pages-billed': '3',
      credits: '4.5',
      jobs: JSON.stringify([
        {
          id: 'ext-1',
          status: 'COMPLETED',
          state: 'completed',
          result_file: path.join(WORKSPACE, 'out/ext-1.json'),
          error_message: '',
          usage
        }
      ]),
      'job-count': '1',
      'jobs-file': '',
      result: '{"total":627.120,"items":[1,2],"note":"a  b"}',
      accuracy: ''
    });
    expect(core.setOutput).toHaveBeenCalledTimes(16);
    expect(core.notice).not.toHaveBeenCalled();
  });

  it('keeps a result file outside the workspace as given', () => {
    setOutputs([{ ...completed('ext-1', '{}'), resultFile: '/tmp/result.json' }], context);
    expect(core.outputs()['result-file']).toBe('/tmp/result.json');
  });

  it('leaves result and result-file empty and says why for a FAILED job', () => {
    setOutputs([judgement('ext-1', 'FAILED', {}, { errorMessage: 'The document could not be parsed' })], context);
    expect(core.outputs()).toMatchObject({
      status: 'FAILED',
      'result-file': '',
      result: '',
      'error-message': 'Job ext-1 FAILED: The document could not be parsed',
      usage: '{}',
      credits: '',
      jobs: JSON.stringify([
        {
          id: 'ext-1',
          status: 'FAILED',
          state: 'failed',
          result_file: '',
          error_message: 'Job ext-1 FAILED: The document could not be parsed',
          usage: {}
        }
      ])
    });
  });

  it('reports a timeout and a job that could not be read', () => {
    setOutputs([judgement('ext-1', 'RUNNING', { timedOut: true })], context);
    expect(core.outputs()).toMatchObject({
      status: 'RUNNING',
      'timed-out': 'true',
      result: '',
      'error-message':
        "Job ext-1 did not finish within 1m 00s (last status RUNNING). Raise 'timeout', or set 'cancel-on-timeout: true' so it stops billing."
    });
    core.setOutput.mockClear();
    setOutputs([judgement('ext-2', '', { job: undefined, error: "Extract job 'ext-2' was not found (404 Not Found)." })], context);
    expect(core.outputs()).toMatchObject({
      status: '',
      'error-message': "Extract job 'ext-2' was not found (404 Not Found).",
      jobs: JSON.stringify([
        {
          id: 'ext-2',
          status: '',
          state: 'unreadable',
          result_file: '',
          error_message: "Extract job 'ext-2' was not found (404 Not Found).",
          usage: {}
        }
      ])
    });
  });

  it('lists every gate violation in error-message, one per line, and still sets the result', () => {
    const violations = [
      { jobId: 'ext-1', gate: 'schema' as const, path: '/total', message: 'must be number' },
      { jobId: 'ext-1', gate: 'confidence' as const, path: 'vendor.vat_id', message: 'confidence 0.71 is below 0.8', confidence: 0.71 }
    ];
    setOutputs(
      [judgement('ext-1', 'COMPLETED', { violations, resultFile: 'out/ext-1.json' }, { result: kept('{"total":"12"}') })],
      context
    );
    const messages =
      'Job ext-1: schema check failed at /total: must be number\nJob ext-1: confidence check failed at vendor.vat_id: confidence 0.71 is below 0.8';
    expect(core.outputs()['error-message']).toBe(messages);
    // The jobs output carries the same problems: gate failures are the job's error too.
    expect(JSON.parse(core.outputs().jobs!)[0]).toMatchObject({ state: 'completed', error_message: messages });
    expect(core.outputs().result).toBe('{"total":"12"}');
  });

  it('leaves result empty with a notice when the result is over 1 MiB', () => {
    const big = JSON.stringify({ rows: 'x'.repeat(1.2 * 1024 * 1024) });
    setOutputs([completed('ext-1', big)], context);
    expect(core.outputs().result).toBe('');
    expect(core.outputs()['result-file']).toBe(path.join(WORKSPACE, 'out/ext-1.json'));
    expect(core.messages(core.notice)).toEqual([
      "The 'result' output is empty: the result is 1.2 MiB, over GitHub's 1 MiB output limit. Read 'result-file' instead."
    ]);
  });

  it('sets a result of exactly 1 MiB', () => {
    const exact = `"${'x'.repeat(1024 * 1024 - 2)}"`;
    setOutputs([completed('ext-1', exact)], context);
    expect(core.outputs().result).toHaveLength(1024 * 1024);
    expect(core.notice).not.toHaveBeenCalled();
  });

  it('masks a registered secret in every output', () => {
    registerSecret('llx-outputs-secret');
    setOutputs([judgement('ext-1', 'FAILED', {}, { errorMessage: 'bad key llx-outputs-secret' })], context);
    const values = Object.values(core.outputs()).join('\n');
    expect(values).not.toContain('llx-outputs-secret');
    expect(core.outputs()['error-message']).toBe('Job ext-1 FAILED: bad key ***');
  });
});

describe('setOutputs for several jobs', () => {
  it('combines status, IDs and files, sums usage and lists each job, without a result', () => {
    setOutputs(
      [
        completed('ext-1', '{"a":1}', { num_pages_extracted: 2, credits: 1.5 }),
        completed('ext-2', '{"a":2}', { num_pages_extracted: 5, num_output_tokens: 100 }),
        judgement('ext-3', 'CANCELLED', {}, { usage: { credits: 0.5 } })
      ],
      context
    );
    const set = core.outputs();
    expect(set).toMatchObject({
      status: 'CANCELLED',
      'job-id': 'ext-1,ext-2,ext-3',
      'result-file': `${path.join(WORKSPACE, 'out/ext-1.json')}\n${path.join(WORKSPACE, 'out/ext-2.json')}`,
      'error-message': 'Job ext-3 CANCELLED: LlamaCloud gave no error message',
      'timed-out': 'false',
      'num-pages-extracted': '7',
      'num-output-tokens': '100',
      'num-document-tokens': '',
      credits: '2',
      result: ''
    });
    expect(JSON.parse(set.usage!)).toEqual({ num_pages_extracted: 7, credits: 2, num_output_tokens: 100 });
    expect(JSON.parse(set.jobs!)).toEqual([
      {
        id: 'ext-1',
        status: 'COMPLETED',
        state: 'completed',
        result_file: path.join(WORKSPACE, 'out/ext-1.json'),
        error_message: '',
        usage: { num_pages_extracted: 2, credits: 1.5 }
      },
      {
        id: 'ext-2',
        status: 'COMPLETED',
        state: 'completed',
        result_file: path.join(WORKSPACE, 'out/ext-2.json'),
        error_message: '',
        usage: { num_pages_extracted: 5, num_output_tokens: 100 }
      },
      {
        id: 'ext-3',
        status: 'CANCELLED',
        state: 'cancelled',
        result_file: '',
        error_message: 'Job ext-3 CANCELLED: LlamaCloud gave no error message',
        usage: { credits: 0.5 }
      }
    ]);
  });

  it('keeps every output under 1 MiB: 300 jobs with megabyte error messages', () => {
    const failed = Array.from({ length: 300 }, (_, i) => judgement(`ext-${i}`, 'FAILED', {}, { errorMessage: `${i} `.repeat(512 * 1024) }));
    setOutputs(failed, context);
    for (const [name, value] of Object.entries(core.outputs()))
      expect([name, Buffer.byteLength(value) < 1024 * 1024]).toEqual([name, true]);
    const jobs = JSON.parse(core.outputs().jobs!) as Array<{ id: string; error_message: string }>;
    expect(jobs).toHaveLength(300);
    expect(jobs[299]!.error_message).toMatch(/^Job ext-299 FAILED: 299 299 .* … \[cut: \d+ bytes in all\]$/);
    expect(core.outputs()['error-message']).toMatch(/ … \[cut: \d+ bytes in all\]$/);
  });

  it('past 1 MiB keeps the leading entries of job-id, result-file and jobs, and names a file with every job', async () => {
    const temp = await mkdtemp(path.join(os.tmpdir(), 'llx-outputs-'));
    process.env.RUNNER_TEMP = temp;
    try {
      const ids = Array.from({ length: 12_000 }, (_, i) => `ext-${String(i).padStart(96, '0')}`);
      setOutputs(
        ids.map((id) => completed(id, '{}')),
        context
      );
      const outputs = core.outputs();
      for (const [name, value] of Object.entries(outputs)) expect([name, Buffer.byteLength(value) < 1024 * 1024]).toEqual([name, true]);
      const listedIds = outputs['job-id']!.split(',');
      expect(listedIds).toEqual(ids.slice(0, listedIds.length));
      expect(listedIds.length).toBeGreaterThan(8000);
      const files = outputs['result-file']!.split('\n');
      expect(files).toEqual(ids.slice(0, files.length).map((id) => path.join(WORKSPACE, `out/${id}.json`)));
      const jobs = JSON.parse(outputs.jobs!) as Array<{ id: string }>;
      expect(jobs.map((job) => job.id)).toEqual(ids.slice(0, jobs.length));
      expect(jobs.length).toBeLessThan(ids.length);
      expect(outputs['job-count']).toBe('12000');
      expect(path.dirname(outputs['jobs-file']!)).toBe(temp);
      const full = JSON.parse(await readFile(outputs['jobs-file']!, 'utf8')) as Array<{ id: string; result_file: string }>;
      expect(full.map((job) => job.id)).toEqual(ids);
      expect(full[11_999]!.result_file).toBe(path.join(WORKSPACE, `out/${ids[11_999]}.json`));
      expect(core.messages(core.notice)).toEqual([
        "'job-id', 'result-file', 'jobs' list only the first jobs that fit GitHub's 1 MiB output limit (of 12000); 'jobs-file' names a file with every job."
      ]);
    } finally {
      delete process.env.RUNNER_TEMP;
      await rm(temp, { recursive: true, force: true });
    }
  });

  it('warns and leaves jobs-file empty when the full list cannot be written', () => {
    process.env.RUNNER_TEMP = '/dev/null/not-a-folder';
    try {
      setOutputs(
        Array.from({ length: 12_000 }, (_, i) => completed(`ext-${String(i).padStart(96, '0')}`, '{}')),
        context
      );
      expect(core.outputs()['jobs-file']).toBe('');
      expect(core.messages(core.warning)[0]).toMatch(
        /^'job-id', 'result-file', 'jobs' list only the first jobs that fit GitHub's 1 MiB output limit, and the full list could not be written: /
      );
    } finally {
      delete process.env.RUNNER_TEMP;
    }
  });

  it('says timed-out when any job timed out', () => {
    setOutputs([completed('ext-1', '{}'), judgement('ext-2', 'PENDING', { timedOut: true })], context);
    expect(core.outputs()).toMatchObject({ status: 'PENDING', 'timed-out': 'true' });
  });
});
