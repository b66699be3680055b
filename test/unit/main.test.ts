import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as core from '../__fixtures__/core.js';
import { sampleInvoice } from '../../emulator/emulator.js';
import { useSuiteEmulator } from '../support/emulators.js';
import { useHarness } from '../support/harness.js';

jest.unstable_mockModule('@actions/core', () => core);
let runStep: (startedAt: number) => Promise<void>;

const savedEnv = { ...process.env };
const harness = useHarness();
let workspace = '';
const emulator = useSuiteEmulator({ configurations: [{ id: 'cfg-main', configuration: { data_schema: { type: 'object' } } }] });
beforeEach(async () => {
  // Each test is a step of its own process: nothing the log counted (annotations) carries over.
  jest.resetModules();
  ({ run: runStep } = await import('../../src/main.js'));
  jest.clearAllMocks();
  workspace = harness.folder();
  for (const name of ['LLAMA_CLOUD_API_KEY', 'LLAMA_CLOUD_BASE_URL', 'RUNNER_DEBUG']) delete process.env[name];
  process.env.GITHUB_WORKSPACE = workspace;
  process.env.GITHUB_STEP_SUMMARY = join(workspace, 'summary.md');
});
afterEach(() => {
  process.env = { ...savedEnv };
});

/** The step's inputs, as the runner gives them: the emulator's address and key, then `inputs`. */
const inputs = (more: Record<string, string>): void =>
  core.useInputs({ 'base-url': emulator.url, 'api-key': emulator.apiKey, timeout: '10s', 'poll-interval': '1s', ...more });
/** Each test is a step that starts now, as the entry point starts one with the process. */
const run = (): Promise<void> => runStep(Date.now());
/** What the step appended to the runner's summary file: one entry per step, as GitHub shows them. */
const summaries = (): string[] => {
  const file = join(workspace, 'summary.md');
  return existsSync(file) ? [readFileSync(file, 'utf8')] : [];
};

describe('run', () => {
  it('waits for a job, writes its result and sets the outputs and summary', async () => {
    emulator.addJob({
      id: 'ext-ok',
      timeline: [{ status: 'RUNNING', forMs: 500 }, { status: 'COMPLETED' }],
      usage: { num_pages_extracted: 2, credits: 3 }
    });
    inputs({ 'job-id': 'ext-ok', 'output-file': 'out/{job_id}.json' });
    await run();
    expect(core.setFailed).not.toHaveBeenCalled();
    const file = join(workspace, 'out/ext-ok.json');
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(sampleInvoice);
    expect(core.outputs()).toMatchObject({
      status: 'COMPLETED',
      'job-id': 'ext-ok',
      'result-file': file,
      'error-message': '',
      'timed-out': 'false',
      'num-pages-extracted': '2',
      credits: '3'
    });
    expect(JSON.parse(core.outputs().result!)).toEqual(sampleInvoice);
    expect(core.setSecret).toHaveBeenCalledWith(emulator.apiKey);
    expect(summaries()).toEqual([expect.stringMatching(/^## ✅ /)]);
    expect(core.messages(core.info)).toContain('Job ext-ok: COMPLETED, took 0.5s, 2 pages, result in out/ext-ok.json');
    expect(emulator.requests.every((request) => request.path === '/api/v2/extract/ext-ok')).toBe(true);
  });

  it('fails the step for a FAILED job with its error message, and writes no result', async () => {
    emulator.addJob({ id: 'ext-bad', timeline: [{ status: 'FAILED' }], errorMessage: 'The document could not be read' });
    inputs({ 'job-id': 'ext-bad' });
    await run();
    expect(core.messages(core.setFailed)).toEqual(['Job ext-bad FAILED: The document could not be read']);
    expect(core.outputs()).toMatchObject({
      status: 'FAILED',
      'result-file': '',
      result: '',
      'error-message': 'Job ext-bad FAILED: The document could not be read'
    });
    await expect(stat(join(workspace, 'extract-result.json'))).rejects.toThrow(/ENOENT/);
    expect(summaries()).toEqual([expect.stringMatching(/^## ❌ /)]);
  });

  it('fails on a bad input with one line naming it, before any request', async () => {
    process.env.RUNNER_DEBUG = '1';
    inputs({ 'job-id': 'ext-1, ext/2' });
    await run();
    expect(core.messages(core.setFailed)).toEqual([
      "Input 'job-id': 'ext/2' is not a job ID. Expected letters, digits, '-' and '_' only (e.g. ext-0a1b2c...)."
    ]);
    expect(core.messages(core.debug)).toEqual([expect.stringMatching(/^InputError: Input 'job-id'.*\n\s+at /)]);
    expect(emulator.requests).toEqual([]);
    expect(core.setOutput).not.toHaveBeenCalled();
    expect(summaries()).toEqual([]);
  });

  it('fails without an API key, naming the input and the environment variable', async () => {
    core.useInputs({ 'job-id': 'ext-1', 'base-url': emulator.url });
    await run();
    expect(core.messages(core.setFailed)).toEqual([
      "Input 'api-key': no API key. Pass it from a secret (api-key: ${{ secrets.LLAMA_CLOUD_API_KEY }}) or set the LLAMA_CLOUD_API_KEY environment variable."
    ]);
    expect(core.debug).not.toHaveBeenCalled();
    expect(emulator.requests).toEqual([]);
  });

  it('gates the result on a schema, still writing the file', async () => {
    writeFileSync(join(workspace, 'schema.json'), JSON.stringify({ type: 'object', required: ['purchase_order'] }));
    emulator.addJob({ id: 'ext-gated' });
    inputs({ 'job-id': 'ext-gated', schema: 'schema.json' });
    await run();
    expect(core.messages(core.setFailed)).toEqual(["Job ext-gated: schema check failed at /: missing required property 'purchase_order'"]);
    expect(core.outputs()).toMatchObject({ status: 'COMPLETED', 'result-file': join(workspace, 'extract-result.json') });
    expect(JSON.parse(await readFile(join(workspace, 'extract-result.json'), 'utf8'))).toEqual(sampleInvoice);
  });

  it('cancels a job still running at the timeout when asked to, and says so', async () => {
    emulator.addJob({ id: 'ext-slow', timeline: [{ status: 'RUNNING' }] });
    inputs({ 'job-id': 'ext-slow', timeout: '1s', 'cancel-on-timeout': 'true' });
    await run();
    expect(core.messages(core.setFailed)).toEqual(['Job ext-slow did not finish within 1s (last status RUNNING). It was cancelled.']);
    expect(core.outputs()).toMatchObject({ status: 'RUNNING', 'timed-out': 'true' });
    expect(emulator.job('ext-slow')?.status).toBe('CANCELLED');
    expect(emulator.requests.at(-1)).toMatchObject({ method: 'POST', path: '/api/v2/extract/ext-slow/cancel' });
  });

  it('ends on SIGTERM with outputs, a summary and one failure line, the process gone soon after', async () => {
    let exited = (): void => undefined;
    const exitCalled = new Promise<void>((resolve) => (exited = resolve));
    const exit = jest.spyOn(process, 'exit').mockImplementation(() => {
      exited();
      return undefined as never;
    });
    try {
      emulator.addJob({ id: 'ext-long', timeline: [{ status: 'RUNNING' }] });
      inputs({ 'job-id': 'ext-long' });
      // Sent as the first look's progress line is logged, i.e. between looks; the 10 s timeout is not waited out.
      core.info.mockImplementationOnce(() => void process.emit('SIGTERM', 'SIGTERM'));
      await run();
      expect(emulator.requests).toHaveLength(1);
      expect(core.messages(core.setFailed)).toEqual(['The step was stopped (SIGTERM) before every job had ended.']);
      expect(core.outputs()).toMatchObject({ status: 'RUNNING', 'job-id': 'ext-long', 'error-message': '', 'timed-out': 'false' });
      expect(summaries()).toEqual([expect.stringContaining('⛔ The step was stopped (SIGTERM) before every job had ended.')]);
      expect(process.listenerCount('SIGTERM')).toBe(0);
      // The forced exit is due 800 ms after the signal; the test's own timeout bounds the wait for it.
      await exitCalled;
      expect(exit).toHaveBeenCalledWith(1);
    } finally {
      exit.mockRestore();
    }
  });

  it("says in one line that the summary file cannot be written, after the jobs' own verdict and with every output set", async () => {
    const folder = join(workspace, 'summary-folder');
    mkdirSync(folder);
    process.env.GITHUB_STEP_SUMMARY = folder;
    emulator.addJob({ id: 'ext-nosum', timeline: [{ status: 'FAILED' }], errorMessage: 'The document could not be read' });
    inputs({ 'job-id': 'ext-nosum' });
    await run();
    expect(core.messages(core.setFailed)).toEqual([
      'Job ext-nosum FAILED: The document could not be read',
      `Could not write the job summary to '${folder}' (EISDIR: illegal operation on a directory).`
    ]);
    expect(core.outputs()).toMatchObject({ status: 'FAILED', 'error-message': 'Job ext-nosum FAILED: The document could not be read' });
  });

  it('writes no summary when the runner gives no summary file', async () => {
    delete process.env.GITHUB_STEP_SUMMARY;
    emulator.addJob({ id: 'ext-quiet' });
    inputs({ 'job-id': 'ext-quiet' });
    await run();
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(readdirSync(workspace)).not.toContain('summary.md');
    expect(core.outputs().status).toBe('COMPLETED');
  });
});

describe('run in file mode', () => {
  const document = (relative: string, content: string): void => {
    mkdirSync(join(workspace, dirname(relative)), { recursive: true });
    writeFileSync(join(workspace, relative), content);
  };

  it('starts one job per document, waits, and names each result and jobs entry after its document', async () => {
    document('docs/a.pdf', `a ${Date.now()}`);
    document('docs/b.pdf', `b ${Date.now()}`);
    inputs({ file: 'docs/*.pdf', 'configuration-id': 'cfg-main', 'output-file': 'out/{name}.json' });
    await run();
    expect(core.setFailed).not.toHaveBeenCalled();
    const jobs = JSON.parse(core.outputs().jobs!) as Array<{
      id: string;
      file: string;
      file_id: string;
      reused: boolean;
      result_file: string;
    }>;
    expect(jobs.map(({ file, reused, result_file }) => ({ file, reused, result_file }))).toEqual([
      { file: 'docs/a.pdf', reused: false, result_file: join(workspace, 'out/a.json') },
      { file: 'docs/b.pdf', reused: false, result_file: join(workspace, 'out/b.json') }
    ]);
    expect(core.outputs()['job-id']).toBe(jobs.map((job) => job.id).join(','));
    expect(JSON.parse(await readFile(join(workspace, 'out/a.json'), 'utf8'))).toEqual(sampleInvoice);
    expect(summaries()[0]).toContain('<code>docs/a.pdf</code>');
  });

  it('fails for a document that got no job, still extracting the others', async () => {
    document('docs/ok.pdf', `ok ${Date.now()}`);
    document('docs/refused.pdf', `refused ${Date.now()}`);
    document('docs/also-refused.pdf', `also ${Date.now()}`);
    emulator.addFault({ kind: 'status', status: 413, times: 2, match: { method: 'POST', path: '/api/v1/beta/files' } });
    inputs({ file: 'docs/*.pdf', 'configuration-id': 'cfg-main', 'output-file': 'out/{name}.json' });
    await run();
    // Each document without a job is an entry of every output, beside the job of the other.
    expect(core.messages(core.setFailed)).toEqual(['2 of 3 documents did not pass (2 problems, listed above).']);
    const refusals = core.messages(core.error);
    expect(refusals).toHaveLength(2);
    for (const message of refusals)
      expect(message).toMatch(/^Document docs\/\S+ \(\d+\.\d KiB\) is too large for LlamaCloud \(413 Payload Too Large\)/);
    const jobs = JSON.parse(core.outputs().jobs!) as Array<{ id: string; file: string; state: string; error_message: string }>;
    // In the order of the documents; which two uploads the fault refuses depends on which start first.
    expect(jobs.map((job) => job.file)).toEqual(['docs/also-refused.pdf', 'docs/ok.pdf', 'docs/refused.pdf']);
    const started = jobs.filter((job) => job.state === 'completed');
    const unstarted = jobs.filter((job) => job.state !== 'completed');
    expect(started).toEqual([expect.objectContaining({ id: expect.stringMatching(/.+/) })]);
    for (const job of unstarted)
      expect(job).toMatchObject({ id: '', state: 'not-started', error_message: expect.stringContaining(job.file) });
    expect(core.outputs().status).toBe('FAILED');
    expect(core.outputs()['error-message']!.split('\n')).toEqual(refusals);
    expect(summaries()[0]).toMatch(/^## ❌ 1 of 3 documents passed\n\n1 completed · 2 not started\n\n/);
    expect(summaries()[0]!.match(/\| — \| ❌ not started \| <code>docs\/\S+<\/code> \|/g)).toHaveLength(2);
  });

  it('replays from a baseline: a fork without a key sends nothing, replay: true with a key extracts only the rest', async () => {
    document('docs/a.pdf', `a ${Date.now()}`);
    document('docs/b.pdf', `b ${Date.now()}`);
    const step = { file: 'docs/*.pdf', 'configuration-id': 'cfg-main', 'output-file': 'out/{name}.json', comment: 'never' };
    inputs({ ...step, 'report-file': 'base.json' });
    await run();
    expect(core.setFailed).not.toHaveBeenCalled();

    // A pull request from a fork: no key, both documents unchanged.
    const event = join(workspace, 'event.json');
    writeFileSync(
      event,
      JSON.stringify({ pull_request: { head: { repo: { full_name: 'someone/app' } }, base: { repo: { full_name: 'acme/app' } } } })
    );
    Object.assign(process.env, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event });
    jest.clearAllMocks();
    emulator.resetRecords();
    core.useInputs({ ...step, 'base-url': emulator.url, baseline: 'base.json', 'report-file': 'fork.json' });
    await run();
    expect(emulator.requests).toEqual([]);
    expect(core.setFailed).not.toHaveBeenCalled();
    const states = () => (JSON.parse(core.outputs().jobs!) as Array<{ file: string; state: string }>).map((job) => [job.file, job.state]);
    expect(states()).toEqual([
      ['docs/a.pdf', 'replayed'],
      ['docs/b.pdf', 'replayed']
    ]);
    expect(core.messages(core.notice)[0]).toMatch(/^Extraction skipped: .* Replayed 2 documents of 2 from /);
    // The summary file holds each step's summary in turn: the base run's, then this one's.
    expect(summaries()[0]).toMatch(/\n## ✅ 2 of 2 documents passed\n\n♻️ 2 documents replayed from /);

    // With a key, replay: true: the changed document alone is uploaded and extracted.
    delete process.env.GITHUB_EVENT_NAME;
    document('docs/b.pdf', `b changed ${Date.now()}`);
    jest.clearAllMocks();
    emulator.resetRecords();
    inputs({ ...step, baseline: 'fork.json', replay: 'true' });
    await run();
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(emulator.stats()).toMatchObject({ uploads: 1, creates: 1 });
    expect(states()).toEqual([
      ['docs/a.pdf', 'replayed'],
      ['docs/b.pdf', 'completed']
    ]);
  });

  it('checks the documents and the configuration before any request', async () => {
    document('docs/a.pdf', 'a');
    document('config.json', '[1]');
    inputs({ file: 'docs/*.pdf', configuration: 'config.json' });
    await run();
    expect(core.messages(core.setFailed)).toEqual([
      'Input \'configuration\': \'config.json\' holds a list, not an object. Expected an extract configuration such as { "data_schema": {...}, "tier": "cost_effective" }.'
    ]);
    expect(emulator.requests).toEqual([]);
  });
});
