// Final answers are not retried, and every failure is one `::error::` line that says what to do, with no
// stack trace unless the runner debugs.
import { describe, expect, test } from '@jest/globals';
import { leftovers } from '../../support/readers.js';
import { freePort, gaps, singleError, useFaultHarness } from './support.js';

const harness = useFaultHarness();

const EU = 'https://api.cloud.eu.llamaindex.ai';

describe('final answers: one request, exit 1, a clear line', () => {
  test.concurrent('400 shows what the API said', async () => {
    const { run, requests } = await harness.runFaulted(
      { faults: [{ kind: 'status', status: 400, body: { detail: 'Invalid expand value: usage2' } }] },
      {}
    );
    expect(requests).toHaveLength(1);
    const error = singleError(run);
    expect(error).toContain('400 Bad Request');
    expect(error).toContain('Invalid expand value: usage2');
    expect(run.outputs['error-message']).toBe(error);
  });

  test.concurrent('401 says the key is invalid or expired, names the secret and the EU base-url', async () => {
    const { run, requests } = await harness.runFaulted({}, { 'api-key': 'llx-not-the-right-key' });
    expect(requests).toHaveLength(1);
    const error = singleError(run);
    expect(error).toMatch(/401 Unauthorized/);
    expect(error).toMatch(/invalid or expired/);
    expect(error).toContain("'api-key'");
    expect(error).toContain(`base-url: ${EU}`);
    expect(run.outputs).toMatchObject({ status: '', 'timed-out': 'false', 'result-file': '' });
  });

  test.concurrent('403 names the project and the organization', async () => {
    const { run, requests } = await harness.runFaulted(
      { faults: [{ kind: 'status', status: 403, body: { detail: 'Not allowed' } }] },
      { 'project-id': 'prj-abc', 'organization-id': 'org-xyz' }
    );
    expect(requests).toHaveLength(1);
    const error = singleError(run);
    expect(error).toContain('403 Forbidden');
    expect(error).toContain("project 'prj-abc'");
    expect(error).toContain("organization 'org-xyz'");
    expect(error).toContain("'project-id'");
  });

  test.concurrent('404 names the job ID and the project', async () => {
    // A project of the right form (a UUID) that does not hold the job.
    const project = '0b9e3f6a-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
    const { run, requests } = await harness.runFaulted({}, { 'job-id': 'ext-missing', 'project-id': project });
    expect(requests).toHaveLength(1);
    const error = singleError(run);
    expect(error).toContain('404 Not Found');
    expect(error).toContain("'ext-missing'");
    expect(error).toContain(`project '${project}'`);
  });

  test.concurrent("422 shows the field and message of FastAPI's detail", async () => {
    const detail = [{ loc: ['query', 'project_id'], msg: 'Input should be a valid UUID', type: 'uuid_parsing' }];
    const { run, requests } = await harness.runFaulted(
      { faults: [{ kind: 'status', status: 422, body: { detail } }] },
      { 'project-id': 'prj-abc' }
    );
    expect(requests).toHaveLength(1);
    const error = singleError(run);
    expect(error).toContain('422 Unprocessable Entity');
    expect(error).toContain('query.project_id: Input should be a valid UUID');
  });

  test.concurrent('x-should-retry: false wins over a 503', async () => {
    const { run, requests } = await harness.runFaulted(
      { faults: [{ kind: 'status', status: 503, headers: { 'x-should-retry': 'false' }, times: Infinity }] },
      {}
    );
    expect(requests).toHaveLength(1);
    expect(singleError(run)).toContain('503 Service Unavailable');
  });

  test.concurrent('no result file and no temporary file after a final error', async () => {
    const { run } = await harness.runFaulted({ faults: [{ kind: 'status', status: 404 }] }, { 'job-file': 'job.json' });
    singleError(run);
    expect(await leftovers(run)).toEqual([]);
    expect(run.outputs['result-file']).toBe('');
  });
});

describe('gave up: how many attempts, over how long, and why', () => {
  test.concurrent('a refused connection names host:port and ECONNREFUSED', async () => {
    const port = await freePort();
    const run = await harness.run({
      inputs: { 'base-url': `http://127.0.0.1:${port}`, 'api-key': 'llx-test-key', 'job-id': 'ext-1', wait: 'false', timeout: '5s' }
    });
    const error = singleError(run);
    expect(error).toContain(`127.0.0.1:${port}`);
    expect(error).toContain('(ECONNREFUSED)');
    // However slowly the process started: a few attempts, then the short bound of wait: false.
    expect(error).toMatch(/Gave up after [2-4] attempts over \d(\.\d)?s/);
    expect(error).toContain('base-url');
    expect(run.durationMs).toBeLessThan(5000 + 3000);
  });

  test.concurrent('an unresolvable host names host:port and the DNS code', async () => {
    const run = await harness.run({
      inputs: { 'base-url': 'https://llamacloud.invalid', 'api-key': 'llx-test-key', 'job-id': 'ext-1', wait: 'false', timeout: '5s' }
    });
    const error = singleError(run);
    expect(error).toContain('llamacloud.invalid:443');
    expect(error).toMatch(/\((ENOTFOUND|EAI_AGAIN)\)/);
  });

  test.concurrent('a 503 every time: the retry budget runs out, then the step fails at once', async () => {
    const { run, requests } = await harness.runFaulted(
      { faults: [{ kind: 'status', status: 503, headers: { 'retry-after-ms': '30' }, times: Infinity }] },
      {}
    );
    // The first try and 8 retries, the server's 30 ms raised to the shortest pause, 250 ms.
    expect(requests).toHaveLength(9);
    for (const gap of gaps(requests)) expect(gap).toBeGreaterThanOrEqual(240);
    const error = singleError(run);
    expect(error).toMatch(/503 Service Unavailable\. Gave up after 9 attempts over \d(\.\d)?s\. /);
    expect(error).not.toContain('timeout was reached');
    expect(run.durationMs).toBeLessThan(10_000);
  });

  test.concurrent('an HTML page every time: content type and the sanitised start of the body', async () => {
    const { run, requests } = await harness.runFaulted({ faults: [{ kind: 'html', times: Infinity }] }, { timeout: '3s' });
    expect(requests.length).toBeGreaterThanOrEqual(2);
    const error = singleError(run);
    expect(error).toContain('content-type text/html; charset=utf-8');
    expect(error).toContain('begins "<!DOCTYPE html> <html><head><title>Sign in - Corporate Proxy</title></head> <body>');
    expect(error).toContain('proxy');
    expect(run.outputs['timed-out']).toBe('true');
  });

  test.concurrent('a body with control characters and workflow commands is folded to one harmless line', async () => {
    const body = `\u001b[31mupstream error\r\n::warning::injected\n::set-output name=status::COMPLETED\n${'x'.repeat(600)}`;
    const { run } = await harness.runFaulted({ faults: [{ kind: 'not-json', body, times: Infinity }] }, { wait: 'false', timeout: '5s' });
    const error = singleError(run);
    expect(error).toContain('content-type application/json');
    expect(error).toMatch(/begins "\[31mupstream error ::warning::injected ::set-output name=status::COMPLETED x+…"/);
    const snippet = /begins "([^"]*)"/.exec(error)?.[1] ?? '';
    expect(snippet.length).toBeLessThanOrEqual(201);
    expect(run.stdout).not.toContain('\u001b');
    expect(run.stdout).not.toMatch(/^::warning::injected/m);
    expect(run.stdout).not.toMatch(/^::set-output/m);
    expect(run.outputs.status).toBe('');
  });
});

describe('stack traces', () => {
  test.concurrent('none for an input error, even an unexpected one, without RUNNER_DEBUG', async () => {
    const run = await harness.run({ inputs: { 'api-key': 'llx-test-key', 'job-id': 'ext-1', timeout: 'soon' } });
    expect(singleError(run)).toMatch(/^Input 'timeout': 'soon' is not a duration/);
  });

  test.concurrent('the stack is logged as debug under RUNNER_DEBUG=1', async () => {
    const run = await harness.run({
      inputs: { 'api-key': 'llx-test-key', 'job-id': 'ext-1', timeout: 'soon' },
      env: { RUNNER_DEBUG: '1' }
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::debug::InputError: Input 'timeout'.*%0A\s+at /m);
  });
});
