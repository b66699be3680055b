// The core action as a runner runs it: each status, each input, both job shapes, against the emulator.
import { describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { DEFAULT_PROJECT_ID, makeRows, sampleInvoice, type JobScript } from '../../emulator/emulator.js';
import { emulatorInputs, withEmulator } from '../../emulator/runner.js';
import { useHarness } from '../support/harness.js';
import { annotations, readJson } from '../support/readers.js';

const harness = useHarness();

async function run(jobs: JobScript[], inputs: Record<string, string>, env?: Record<string, string>) {
  const { run: result, requests } = await harness.runAgainst({ jobs }, { inputs: { 'poll-interval': '1s', ...inputs }, env });
  return { result, requests };
}

describe('statuses', () => {
  it('waits through PENDING, THROTTLED and RUNNING, then writes the result of a COMPLETED job', async () => {
    const { result, requests } = await run(
      [
        {
          id: 'ext-ok',
          timeline: [
            { status: 'PENDING', forPolls: 1 },
            { status: 'THROTTLED', forPolls: 1 },
            { status: 'RUNNING', forPolls: 1 },
            { status: 'COMPLETED' }
          ],
          usage: { num_pages_extracted: 3, num_pages_billed: 4, credits: 12.5, extract_credits: 10, parse_credits: 2.5 }
        }
      ],
      { 'job-id': 'ext-ok' }
    );
    expect(result.code).toBe(0);
    expect(requests).toHaveLength(4);
    for (const request of requests) {
      expect(request.path).toBe('/api/v2/extract/ext-ok');
      expect(request.query.expand).toEqual(['usage', 'extract_metadata']);
      expect(request.headers.authorization).toBe('Bearer llx-test-key');
    }
    const file = join(result.workspace, 'extract-result.json');
    expect(await readJson(result, relative(result.workspace, file))).toEqual(sampleInvoice);
    expect(result.outputs).toMatchObject({
      status: 'COMPLETED',
      'job-id': 'ext-ok',
      'result-file': file,
      'error-message': '',
      'timed-out': 'false',
      'num-pages-extracted': '3',
      'num-pages-billed': '4',
      'num-document-tokens': '',
      'num-output-tokens': '',
      credits: '12.5'
    });
    expect(JSON.parse(result.outputs.usage!)).toEqual({
      credits: 12.5,
      extract_credits: 10,
      parse_credits: 2.5,
      num_pages_extracted: 3,
      num_pages_billed: 4
    });
    expect(JSON.parse(result.outputs.result!)).toEqual(sampleInvoice);
    expect(result.stdout).toMatch(/Job ext-ok: RUNNING/);
    expect(result.stdout).toMatch(/Job ext-ok: COMPLETED, took \d+(\.\d)?s, 3 pages, result in extract-result\.json/);
    expect(result.summary).toContain('ext-ok');
  });

  it.each([
    ['FAILED', 'the scan is unreadable'],
    ['CANCELLED', 'cancelled by user']
  ])('fails the step on %s with the job error message and writes no result', async (status, message) => {
    const { result } = await run([{ id: 'ext-bad', timeline: [{ status: 'RUNNING', forPolls: 1 }, { status }], errorMessage: message }], {
      'job-id': 'ext-bad'
    });
    expect(result.code).toBe(1);
    expect(annotations(result, 'error')).toEqual([`Job ext-bad ${status}: ${message}`]);
    expect(result.outputs).toMatchObject({
      status,
      'result-file': '',
      'error-message': `Job ext-bad ${status}: ${message}`,
      'timed-out': 'false',
      result: ''
    });
    expect(existsSync(join(result.workspace, 'extract-result.json'))).toBe(false);
  });

  it('times out with the last status seen and fails the step', async () => {
    const { result, requests } = await run([{ id: 'ext-slow', timeline: [{ status: 'RUNNING' }] }], {
      'job-id': 'ext-slow',
      timeout: '4500ms'
    });
    expect(result.code).toBe(1);
    expect(result.outputs).toMatchObject({ status: 'RUNNING', 'timed-out': 'true', 'result-file': '' });
    expect(annotations(result, 'error')[0]).toMatch(/^Job ext-slow did not finish within 4\.5s \(last status RUNNING\)\. Raise 'timeout'/);
    // The step's clock starts with the process, so the harness's count from the spawn is never below it;
    // the wait ends once the last look (half a second before the deadline) has been answered.
    expect(result.durationMs).toBeGreaterThanOrEqual(3900);
    expect(result.durationMs).toBeLessThan(4500 + 3000);
    // Looks a second apart after the first, the last half a second before the deadline.
    expect(requests.length).toBeGreaterThanOrEqual(2);
    expect(requests.at(-1)!.at - requests[0]!.at).toBeGreaterThanOrEqual(950);
  });
});

describe('inputs', () => {
  it('takes the key and base URL from LLAMA_CLOUD_API_KEY and LLAMA_CLOUD_BASE_URL when the inputs are left at their defaults', async () => {
    await withEmulator({ jobs: [{ id: 'ext-env' }] }, async (emulator) => {
      const result = await harness.run({
        inputs: { 'job-id': 'ext-env' },
        env: { LLAMA_CLOUD_API_KEY: emulator.apiKey, LLAMA_CLOUD_BASE_URL: emulator.url }
      });
      expect(result.code).toBe(0);
      expect(result.stdout.split('\n')[0]).toBe(`::add-mask::${emulator.apiKey}`);
      expect(emulator.requests).toHaveLength(1);
    });
  });

  it('prefers the api-key input over the environment', async () => {
    const { result, requests } = await run([{ id: 'ext-1' }], { 'job-id': 'ext-1' }, { LLAMA_CLOUD_API_KEY: 'llx-wrong' });
    expect(result.code).toBe(0);
    expect(requests[0]!.headers.authorization).toBe('Bearer llx-test-key');
  });

  it('names both places and sends nothing when no key is given', async () => {
    const { result, requests } = await run([{ id: 'ext-1' }], { 'job-id': 'ext-1', 'api-key': '' });
    expect(result.code).toBe(1);
    expect(annotations(result, 'error')).toEqual([
      "Input 'api-key': no API key. Pass it from a secret (api-key: ${{ secrets.LLAMA_CLOUD_API_KEY }}) or set the LLAMA_CLOUD_API_KEY environment variable."
    ]);
    expect(requests).toHaveLength(0);
  });

  it('sends project-id and organization-id as query parameters', async () => {
    const { result, requests } = await run([{ id: 'ext-1' }], {
      'job-id': 'ext-1',
      'project-id': DEFAULT_PROJECT_ID,
      'organization-id': '4f1e2d3c-5b6a-4798-8a9b-1c2d3e4f5a6b'
    });
    expect(result.code).toBe(0);
    expect(requests[0]!.query).toMatchObject({
      project_id: [DEFAULT_PROJECT_ID],
      organization_id: ['4f1e2d3c-5b6a-4798-8a9b-1c2d3e4f5a6b']
    });
  });

  it('reads once with wait: false and passes on a job still running, setting the outputs and the summary from that read', async () => {
    const { requests, result } = await run([{ id: 'ext-run', timeline: [{ status: 'RUNNING' }] }], { 'job-id': 'ext-run', wait: 'false' });
    expect(requests).toHaveLength(1);
    expect(result.code).toBe(0);
    expect(annotations(result, 'error')).toEqual([]);
    expect(annotations(result, 'warning')).toEqual([]);
    expect(result.outputs).toMatchObject({ status: 'RUNNING', 'timed-out': 'false', 'error-message': '', 'result-file': '' });
    expect(JSON.parse(result.outputs.jobs!)).toEqual([expect.objectContaining({ id: 'ext-run', status: 'RUNNING', state: 'in-progress' })]);
    expect(result.summary).toMatch(/^## ⏳ 0 of 1 extract job passed\n\n1 in progress\n\n/);
  });

  it('with wait: false still fails on a FAILED job, and on one it cannot read even with fail-on-error: false', async () => {
    const failed = await run([{ id: 'ext-f', timeline: [{ status: 'FAILED' }], errorMessage: 'no pages' }], {
      'job-id': 'ext-f',
      wait: 'false'
    });
    expect(failed.result.code).toBe(1);
    expect(failed.result.stdout).toContain('::error::Job ext-f FAILED: no pages');
    const unread = await run([], { 'job-id': 'ext-gone', wait: 'false', 'fail-on-error': 'false' });
    expect(unread.result.code).toBe(1);
    expect(unread.result.stdout).toContain("::error::Extract job 'ext-gone' was not found");
  });

  it('lets a failed job pass with fail-on-error: false, reporting it as a warning and in the outputs', async () => {
    const { result } = await run([{ id: 'ext-f', timeline: [{ status: 'FAILED' }], errorMessage: 'no pages' }], {
      'job-id': 'ext-f',
      'fail-on-error': 'false'
    });
    expect(result.code).toBe(0);
    expect(annotations(result, 'error')).toEqual([]);
    expect(result.stdout).toContain('::warning::Job ext-f FAILED: no pages');
    expect(result.outputs).toMatchObject({ status: 'FAILED', 'error-message': 'Job ext-f FAILED: no pages' });
  });

  it('writes output-file relative to the workspace, creating folders', async () => {
    const { result } = await run([{ id: 'ext-1' }], { 'job-id': 'ext-1', 'output-file': 'out/deep/invoice.json' });
    const file = join(result.workspace, 'out/deep/invoice.json');
    expect(result.code).toBe(0);
    expect(result.outputs['result-file']).toBe(file);
    expect(await readJson(result, relative(result.workspace, file))).toEqual(sampleInvoice);
  });

  it('removes a stale result file from an earlier run when the job failed', async () => {
    await withEmulator({ jobs: [{ id: 'ext-f', timeline: [{ status: 'FAILED' }] }] }, async (emulator) => {
      const first = await harness.run({ inputs: emulatorInputs(emulator, { 'job-id': 'ext-f' }) });
      await mkdir(first.workspace, { recursive: true });
      await writeFile(join(first.workspace, 'extract-result.json'), '{"stale":true}');
      const again = await harness.run({ inputs: emulatorInputs(emulator, { 'job-id': 'ext-f' }), workspace: first.workspace });
      expect(again.code).toBe(1);
      expect(existsSync(join(first.workspace, 'extract-result.json'))).toBe(false);
    });
  });

  it('polls quickly at first and never waits longer than poll-interval', async () => {
    const { result, requests } = await run([{ id: 'ext-t', timeline: [{ status: 'RUNNING', forPolls: 3 }, { status: 'COMPLETED' }] }], {
      'job-id': 'ext-t',
      'poll-interval': '1s'
    });
    expect(result.code).toBe(0);
    expect(requests).toHaveLength(4);
    // A second apart, not the 3 s the ramp starts with. A loaded machine makes a look late, never early,
    // but may stamp one arrival late and so shorten the gap after it.
    const gaps = requests.slice(1).map((request, i) => request.at - requests[i]!.at);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(700);
    expect(Math.max(...gaps)).toBeLessThan(2500);
  });

  it.each([
    [{ timeout: 'soon' }, "Input 'timeout': 'soon' is not a duration. Expected seconds (90) or a duration such as 90s, 15m or 1h."],
    [{ 'poll-interval': 'often' }, "Input 'poll-interval': 'often' is not a duration"],
    [{ wait: 'maybe' }, "Input 'wait': 'maybe' is not a boolean. Expected true or false."],
    [{ 'fail-on-error': 'no' }, "Input 'fail-on-error': 'no' is not a boolean"],
    [{ 'job-id': '' }, "Input 'job-id': is required"],
    [{ 'base-url': 'ftp://x' }, "Input 'base-url': 'ftp://x' must use https://"],
    [
      { 'api-key': 'llx-test-key\nllx-second-line' },
      "Input 'api-key': the key holds a line break, a space, a control or a non-ASCII character."
    ],
    [{ 'output-file': 'out/' }, "Input 'output-file': 'out/' names a folder. Give a file path, e.g. out/extract-result.json."],
    [{ 'job-file': 'jobs/' }, "Input 'job-file': 'jobs/' names a folder."],
    [{ 'output-file': 'out/{job_id}.json', 'job-file': 'out/ext-1.json' }, "Input 'job-file': '"]
  ])('refuses %p before any request, in one line', async (inputs, message) => {
    const { result, requests } = await run([{ id: 'ext-1' }], { 'job-id': 'ext-1', ...inputs });
    expect(result.code).toBe(1);
    expect(requests).toHaveLength(0);
    const [line, ...rest] = annotations(result, 'error');
    expect(line!.startsWith(message)).toBe(true);
    expect(rest).toEqual([]);
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('inputs that hold what they must not', () => {
  it('refuses a key with a control character from LLAMA_CLOUD_API_KEY, naming the variable, never the key', async () => {
    const key = 'llx-test-key\u0007';
    const { result, requests } = await run([{ id: 'ext-1' }], { 'job-id': 'ext-1', 'api-key': '' }, { LLAMA_CLOUD_API_KEY: key });
    expect(requests).toHaveLength(0);
    expect(annotations(result, 'error')).toEqual([
      "Input 'api-key': the key in the LLAMA_CLOUD_API_KEY environment variable holds a line break, a space, a control or a non-ASCII character. Copy the key again (one line, as LlamaCloud shows it) into the secret."
    ]);
    const shown = `${result.stdout}\n${result.stderr}`.split('\n').filter((line) => !line.startsWith('::add-mask::'));
    expect(shown.join('\n')).not.toContain('llx-test-key');
  });

  it('says where a job file on the result would go, and sends nothing', async () => {
    const { result, requests } = await run([{ id: 'ext-1' }], {
      'job-id': 'ext-1',
      'output-file': 'r/{job_id}.json',
      'job-file': 'r/ext-1.json'
    });
    expect(requests).toHaveLength(0);
    expect(annotations(result, 'error')).toEqual([
      `Input 'job-file': '${join(result.workspace, 'r/ext-1.json')}' is also where output-file writes a result. Give the job file its own path, e.g. jobs/{job_id}.json.`
    ]);
  });

  it('writes a result whose name is 250 bytes long, leaving no temporary file', async () => {
    const name = `${'é'.repeat(119)}-result.json`;
    expect(Buffer.byteLength(name)).toBe(250);
    const { result } = await run([{ id: 'ext-1' }], {
      'job-id': 'ext-1',
      'output-file': `out/${name}`,
      'job-file': `out/job-${name.slice(4)}`
    });
    expect(annotations(result, 'error')).toEqual([]);
    expect(result.code).toBe(0);
    expect(await readJson(result, `out/${name}`)).toEqual(sampleInvoice);
    expect((await readdir(join(result.workspace, 'out'))).sort()).toEqual([`job-${name.slice(4)}`, name].sort());
  });
});

describe('job shapes', () => {
  it('reads usage and the result from the seed shape', async () => {
    const { result } = await run(
      [
        {
          id: 'ext-seed',
          shape: 'seed',
          usage: { num_document_tokens: 1200, num_output_tokens: 80, num_pages_extracted: 2 },
          result: { total: '10.00' }
        }
      ],
      { 'job-id': 'ext-seed' }
    );
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({
      'num-document-tokens': '1200',
      'num-output-tokens': '80',
      'num-pages-extracted': '2',
      'num-pages-billed': '',
      credits: ''
    });
    expect(JSON.parse(result.outputs.usage!)).toEqual({ num_document_tokens: 1200, num_output_tokens: 80, num_pages_extracted: 2 });
    expect(await readJson(result, 'extract-result.json')).toEqual({ total: '10.00' });
  });

  it('reads the current shape, tolerating unknown and missing optional fields, and leaves absent usage empty', async () => {
    const { result } = await run(
      [
        {
          id: 'ext-new',
          result: [{ row: 1 }, { row: 2 }],
          extra: { metadata: null, brand_new_field: { nested: [1, 2] }, configuration: null, file_input: undefined }
        }
      ],
      { 'job-id': 'ext-new' }
    );
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({ status: 'COMPLETED', 'num-pages-extracted': '', credits: '', usage: '{}' });
    expect(await readJson(result, 'extract-result.json')).toEqual([{ row: 1 }, { row: 2 }]);
  });

  it('writes the result bytes as served, so large integers and decimals keep their precision', async () => {
    const raw = '{"invoice_no":12345678901234567890,"total":10.10}';
    const { result } = await run([{ id: 'ext-exact', resultRaw: raw }], { 'job-id': 'ext-exact' });
    expect(await readFile(join(result.workspace, 'extract-result.json'), 'utf8')).toBe(`${raw}\n`);
    expect(result.outputs.result).toBe(raw);
  });

  it('takes a gzipped answer, as a load balancer sends it, and writes the result bytes unchanged', async () => {
    const rows = makeRows(3 * 1024 * 1024);
    await withEmulator({ gzip: true, jobs: [{ id: 'ext-gz', resultRaw: rows }] }, async (emulator) => {
      const result = await harness.run({ inputs: emulatorInputs(emulator, { 'job-id': 'ext-gz' }) });
      expect(result.code).toBe(0);
      expect(emulator.requests[0]!.headers['accept-encoding']).toContain('gzip');
      expect((await readFile(join(result.workspace, 'extract-result.json'))).equals(Buffer.concat([rows, Buffer.from('\n')]))).toBe(true);
    });
  });

  it('streams a result too large for memory to disk: gzipped, the key masked, the job file whole, no spool left', async () => {
    const rows = makeRows(12 * 1024 * 1024);
    // The key inside the result, far past the part kept in memory: it must be masked in both files.
    const at = rows.indexOf('"description":"', 10 * 1024 * 1024) + '"description":"'.length;
    const leaked = Buffer.concat([rows.subarray(0, at), Buffer.from('llx-test-key'), rows.subarray(at + 12)]);
    const masked = Buffer.concat([rows.subarray(0, at), Buffer.from('***'), rows.subarray(at + 12)]);
    const runnerTemp = harness.folder();
    await withEmulator({ gzip: true, jobs: [{ id: 'ext-big', resultRaw: leaked }] }, async (emulator) => {
      const result = await harness.run({
        inputs: emulatorInputs(emulator, { 'job-id': 'ext-big', 'job-file': 'job.json' }),
        env: { RUNNER_TEMP: runnerTemp }
      });
      expect(result.code).toBe(0);
      expect((await readFile(join(result.workspace, 'extract-result.json'))).equals(Buffer.concat([masked, Buffer.from('\n')]))).toBe(true);
      const job = await readFile(join(result.workspace, 'job.json'));
      expect(job.includes(masked)).toBe(true);
      expect(job.includes('llx-test-key')).toBe(false);
      expect(JSON.parse(job.toString()).id).toBe('ext-big');
      expect(result.summary).toContain('too large to preview');
      expect(await readdir(runnerTemp)).toEqual([]);
    });
  });

  it('fails a COMPLETED job that carries no extract_result', async () => {
    const { result } = await run([{ id: 'ext-empty', result: null }], { 'job-id': 'ext-empty' });
    expect(result.code).toBe(1);
    expect(annotations(result, 'error')).toEqual([
      "Job ext-empty COMPLETED without an extract_result: check the extraction's configuration and document."
    ]);
    expect(result.outputs['result-file']).toBe('');
  });
});
