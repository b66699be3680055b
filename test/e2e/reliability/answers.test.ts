// Answers that are well-formed but wrong or extreme: another job's answer, a listing that never advances,
// and results nested thousands of levels deep. None may be taken as the job's result or crash the step.
import { describe, expect, test } from '@jest/globals';
import { annotations, exists, jobGets, listSweeps } from '../../support/readers.js';
import { expectNoStack, RESULT, singleError, useFaultHarness } from './support.js';

const harness = useFaultHarness();

describe('an answer naming another job', () => {
  test.concurrent('is retried, then the job fails naming both IDs, and nothing is written', async () => {
    const { run, requests } = await harness.runFaulted(
      { faults: [{ kind: 'wrong-id', id: 'ext-other', times: Infinity }] },
      { wait: 'false' }
    );
    expect(requests.map((request) => request.fault)).toEqual(['wrong-id', 'wrong-id', 'wrong-id', 'wrong-id']);
    const error = singleError(run);
    expect(error).toContain("the answer is job 'ext-other', not the job 'ext-1' asked for");
    expect(error).toMatch(/Gave up after 4 attempts/);
    expect(await exists(run, RESULT)).toBe(false);
    expect(run.outputs).toMatchObject({ status: '', 'result-file': '', result: '' });
  });

  test.concurrent('once, is followed by the right answer, which is the one written', async () => {
    const { run, requests } = await harness.runFaulted({ faults: [{ kind: 'wrong-id' }] }, {});
    expect(run.code).toBe(0);
    expect(requests).toHaveLength(2);
    expect(run.stdout).toContain("the answer is job 'ext-someone-else', not the job 'ext-1' asked for; retry 1 in");
    expect(JSON.parse(run.outputs.result!).invoice_number).toBeDefined();
  });
});

describe('a listing whose next_page_token never advances', () => {
  test.concurrent('ends the sweep after one page; the jobs are read one by one at the usual pace', async () => {
    const jobs = ['ext-1', 'ext-2', 'ext-3'].map((id) => ({ id, timeline: [{ status: 'RUNNING', forPolls: 3 }, { status: 'COMPLETED' }] }));
    const { run, requests } = await harness.runFaulted(
      { jobs, faults: [{ kind: 'stuck-page', match: { method: 'GET', path: '/api/v2/extract' }, times: Infinity }] },
      { 'job-id': 'ext-1 ext-2 ext-3', 'output-file': 'out/{job_id}.json' }
    );
    expect(run.code).toBe(0);
    expect(run.outputs.status).toBe('COMPLETED');
    // One page, which brought nothing: the fallback is announced once, and no more pages are asked for.
    expect(listSweeps(requests)).toHaveLength(1);
    expect(run.stdout.match(/reading each job instead/g)).toHaveLength(1);
    // Each job read until it completed (3 RUNNING reads, then COMPLETED), not in a burst.
    expect(jobGets(requests)).toHaveLength(12);
    expect(requests.length).toBeLessThanOrEqual(13);
  });
});

describe('results and field metadata nested 5,000 levels deep', () => {
  const levels = 5000;
  const deep = (leaf: string) => `${'{"a":'.repeat(levels)}${leaf}${'}'.repeat(levels)}`;

  test.concurrent('are written and gated without a crash: the schema gate refuses the depth, the confidence gate walks it', async () => {
    const workspace = harness.folder({ 'schema.json': JSON.stringify({ type: 'object', properties: { a: { $ref: '#' } } }) });
    const { run } = await harness.runFaulted(
      { jobs: [{ id: 'ext-1', resultRaw: deep('{}'), fieldMetadataRaw: `{"document_metadata":${deep('{"confidence":0.2}')}}` }] },
      { schema: 'schema.json', 'min-confidence': '0.9' },
      { workspace }
    );
    expect(run.stdout).not.toContain('Maximum call stack');
    expectNoStack(run);
    expect(run.code).toBe(1);
    expect(await exists(run, RESULT)).toBe(true);
    const errors = annotations(run, 'error').join('\n');
    expect(errors).toContain('the result nests more than 1000 levels deep, too deep to check against the schema');
    expect(errors).toMatch(/confidence 0\.2 is below 0\.9/);
    // The summary previews the deep field in a few characters.
    expect(run.summary).toContain('| <code>a</code> | {"a":{"a":{"a":');
  });
});
