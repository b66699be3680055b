// The file mode as a runner runs it: documents from a checkout uploaded, jobs created and waited for, re-runs that
// upload nothing, reuse that creates nothing, and each fault of the start stage.
import { describe, expect, it } from '@jest/globals';
import type { ChildProcess } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { DEFAULT_PROJECT_ID, sampleInvoice, type Emulator } from '../../emulator/emulator.js';
import { emulatorInputs, withEmulator } from '../../emulator/runner.js';
import { useHarness } from '../support/harness.js';
import { annotations, logLines, readJson } from '../support/readers.js';

const harness = useHarness();

const CONFIGURATION = 'data_schema:\n  type: object\n  properties:\n    total: { type: number }\ntier: cost_effective\n';
const DOCUMENTS: Record<string, string> = {
  'invoices/2024/march.pdf': '%PDF-1.7 march',
  'invoices/2024/april.pdf': '%PDF-1.7 april',
  'invoices/may.pdf': '%PDF-1.7 may'
};

/** A checkout: three documents and the configuration file, as actions/checkout leaves them. */
const checkout = (files: Record<string, string> = DOCUMENTS): string =>
  harness.folder({ ...files, '.github/extract/invoice.yml': CONFIGURATION });

const fileInputs = (extra: Record<string, string> = {}) => ({
  file: 'invoices/**/*.pdf',
  configuration: '.github/extract/invoice.yml',
  'output-file': 'extracted/{path}.json',
  'poll-interval': '1s',
  ...extra
});

const run = (emulator: Emulator, workspace: string, inputs: Record<string, string>) =>
  harness.run({ inputs: emulatorInputs(emulator, inputs), workspace });

describe('three documents from a checkout', () => {
  it('uploads each, creates one job each, waits, and names the results after the documents; a re-run uploads nothing', async () => {
    await withEmulator({}, async (emulator) => {
      const workspace = checkout();
      const first = await run(emulator, workspace, fileInputs());
      expect({ code: first.code, errors: annotations(first, 'error') }).toEqual({ code: 0, errors: [] });
      expect(emulator.stats()).toMatchObject({ uploads: 3, creates: 3, creditsBilled: 30 });
      expect(emulator.uploads.map((upload) => upload.name).sort()).toEqual(['april.pdf', 'march.pdf', 'may.pdf']);
      for (const upload of emulator.uploads) {
        expect(upload.parts.map((part) => part.name)).toEqual(['purpose', 'external_file_id', 'file']);
        expect(upload.purpose).toBe('extract');
        expect(upload.externalFileId).toBe(`sha256:${upload.sha256}`);
      }
      for (const relative of ['extracted/invoices/2024/march.json', 'extracted/invoices/2024/april.json', 'extracted/invoices/may.json']) {
        expect(await readJson(first, relative)).toEqual(sampleInvoice);
      }
      const jobs = JSON.parse(first.outputs.jobs!) as Array<Record<string, unknown>>;
      expect(jobs.map((job) => job.file)).toEqual(['invoices/2024/april.pdf', 'invoices/2024/march.pdf', 'invoices/may.pdf']);
      expect(jobs.every((job) => job.reused === false && String(job.file_id).startsWith('dfl-'))).toBe(true);
      expect(first.outputs['job-id']!.split(',')).toEqual(jobs.map((job) => job.id));
      // A document that started well is named in the debug log, not in the log itself.
      for (const job of jobs) {
        expect(annotations(first, 'debug')).toContain(
          `Document ${String(job.file)}: file ${String(job.file_id)} (uploaded), job ${String(job.id)} (created)`
        );
      }

      emulator.resetRecords();
      const again = await run(emulator, workspace, fileInputs());
      expect(again.code).toBe(0);
      expect(emulator.stats()).toMatchObject({ uploads: 0, creates: 3 });
      expect(annotations(again, 'debug').filter((line) => line.includes('(already uploaded)'))).toHaveLength(3);
    });
  }, 60_000);
});

describe('reuse', () => {
  it('takes the newest COMPLETED job of the same bytes and configuration: no upload, no job, no credits', async () => {
    await withEmulator({}, async (emulator) => {
      const workspace = checkout();
      const first = await run(emulator, workspace, fileInputs());
      expect(first.code).toBe(0);
      const created = JSON.parse(first.outputs.jobs!) as Array<{ id: string; file: string }>;

      emulator.resetRecords();
      const reused = await run(emulator, workspace, fileInputs({ reuse: 'true' }));
      expect({ code: reused.code, errors: annotations(reused, 'error') }).toEqual({ code: 0, errors: [] });
      expect(emulator.stats()).toMatchObject({ uploads: 0, creates: 0, creditsBilled: 0 });
      const jobs = JSON.parse(reused.outputs.jobs!) as Array<{ id: string; file: string; reused: boolean }>;
      expect(jobs.map(({ id, file, reused: r }) => ({ id, file, reused: r }))).toEqual(
        created.map(({ id, file }) => ({ id, file, reused: true }))
      );
      expect(
        annotations(reused, 'debug').filter((line) => /^Document .*\(reused: COMPLETED job of .*, no new credits\)$/.test(line))
      ).toHaveLength(3);
      expect(reused.summary).toContain('an earlier job of this document (reused, or left running by a stopped run): no new credits');
      expect(await readJson(reused, 'extracted/invoices/may.json')).toEqual(sampleInvoice);
    });
  }, 60_000);

  it('creates a job when the configuration differs (compared as JSON values, key order ignored)', async () => {
    await withEmulator({}, async (emulator) => {
      const workspace = checkout({ 'invoices/may.pdf': '%PDF-1.7 may' });
      expect((await run(emulator, workspace, fileInputs())).code).toBe(0);
      // The same configuration with its keys in another order, as JSON: still the same.
      await writeFile(
        join(workspace, 'same.json'),
        JSON.stringify({ tier: 'cost_effective', data_schema: { properties: { total: { type: 'number' } }, type: 'object' } })
      );
      await writeFile(join(workspace, 'other.json'), JSON.stringify({ tier: 'agentic', data_schema: { type: 'object' } }));
      emulator.resetRecords();
      expect((await run(emulator, workspace, fileInputs({ reuse: 'true', configuration: 'same.json' }))).code).toBe(0);
      expect(emulator.stats().creates).toBe(0);
      const other = await run(emulator, workspace, fileInputs({ reuse: 'true', configuration: 'other.json' }));
      expect(other.code).toBe(0);
      expect(emulator.stats().creates).toBe(1);
      expect(JSON.parse(other.outputs.jobs!)[0]).toMatchObject({ reused: false });
    });
  }, 60_000);

  it('with configuration-id, takes a COMPLETED job made with that saved configuration only', async () => {
    const configurations = ['cfg-1', 'cfg-2'].map((id) => ({ id, configuration: { data_schema: { type: 'object' } } }));
    await withEmulator({ configurations }, async (emulator) => {
      const workspace = checkout({ 'invoices/may.pdf': '%PDF-1.7 may' });
      const inputs = fileInputs({ configuration: '', 'configuration-id': 'cfg-1', reuse: 'true' });
      const first = await run(emulator, workspace, inputs);
      expect(first.code).toBe(0);
      expect(emulator.stats().creates).toBe(1);
      const second = await run(emulator, workspace, inputs);
      expect(second.outputs['job-id']).toBe(first.outputs['job-id']);
      expect(emulator.stats().creates).toBe(1);
      expect((await run(emulator, workspace, { ...inputs, 'configuration-id': 'cfg-2' })).code).toBe(0);
      expect(emulator.stats().creates).toBe(2);
    });
  }, 60_000);
});

describe('faults of the start stage', () => {
  it('says a document is too large, with its size, on a 413', async () => {
    await withEmulator({ maxUploadBytes: 20 }, async (emulator) => {
      const workspace = checkout({ 'invoices/big.pdf': 'x'.repeat(3000), 'invoices/small.pdf': 'small' });
      const result = await run(emulator, workspace, fileInputs());
      expect(result.code).toBe(1);
      expect(annotations(result, 'error')).toContain(
        'Document invoices/big.pdf (2.9 KiB) is too large for LlamaCloud (413 Payload Too Large). Split it, or extract it elsewhere.'
      );
      // The other document is still extracted.
      expect(await readJson(result, 'extracted/invoices/small.json')).toEqual(sampleInvoice);
      expect(emulator.stats()).toMatchObject({ uploads: 1, creates: 1 });
    });
  }, 60_000);

  it('reports a document that got no job in every output and the summary, not as COMPLETED', async () => {
    await withEmulator({ maxUploadBytes: 20 }, async (emulator) => {
      const workspace = checkout({ 'invoices/big.pdf': 'x'.repeat(3000), 'invoices/small.pdf': 'small' });
      const result = await run(emulator, workspace, fileInputs());
      const refusal =
        'Document invoices/big.pdf (2.9 KiB) is too large for LlamaCloud (413 Payload Too Large). Split it, or extract it elsewhere.';
      expect(result.code).toBe(1);
      expect(result.outputs.status).toBe('FAILED');
      expect(result.outputs['error-message']).toBe(refusal);
      const jobs = JSON.parse(result.outputs.jobs!) as Array<Record<string, unknown>>;
      // In the order of the documents, the one that got no job in its place.
      expect(jobs).toEqual([
        expect.objectContaining({
          id: '',
          file: 'invoices/big.pdf',
          file_id: '',
          state: 'not-started',
          status: '',
          error_message: refusal
        }),
        expect.objectContaining({ file: 'invoices/small.pdf', state: 'completed', status: 'COMPLETED' })
      ]);
      // The job-id output lists jobs only.
      expect(result.outputs['job-id']).toBe(jobs[1]!.id);
      expect(result.summary).toMatch(/^## ❌ 1 of 2 documents passed\n\n1 completed · 1 not started\n\n/);
      expect(result.summary).toContain(
        '| — | ❌ not started | <code>invoices/big.pdf</code> | — | — | — | — | — | Document invoices/big.pdf (2.9 KiB) is too large'
      );
      expect(result.summary).toContain(
        `<details><summary>❌ <code>invoices/big.pdf</code> · not started</summary>\n\n**No job:** ${refusal}`
      );
      expect(logLines(result)).toContain('Document invoices/big.pdf: not started, no job');
    });
  }, 60_000);

  it("passes on a 422 of the create with the API's field and message", async () => {
    const detail = [{ loc: ['body', 'configuration', 'tier'], msg: "Input should be 'cost_effective' or 'agentic'", type: 'enum' }];
    await withEmulator(
      { faults: [{ kind: 'status', status: 422, body: { detail }, match: { method: 'POST', path: '/api/v2/extract' } }] },
      async (emulator) => {
        const workspace = checkout({ 'invoices/may.pdf': '%PDF-1.7 may' });
        const result = await run(emulator, workspace, fileInputs());
        expect(result.code).toBe(1);
        expect(annotations(result, 'error')).toEqual([
          "Document invoices/may.pdf: LlamaCloud refused POST /api/v2/extract (422 Unprocessable Entity): body.configuration.tier: Input should be 'cost_effective' or 'agentic'. Fix the input it names."
        ]);
        expect(emulator.stats().creates).toBe(0);
      }
    );
  }, 60_000);

  it('sends an upload cut off halfway again, whole, after looking its digest up', async () => {
    await withEmulator({ faults: [{ kind: 'cut-request', match: { method: 'POST', path: '/api/v1/beta/files' } }] }, async (emulator) => {
      const content = 'y'.repeat(256 * 1024);
      const workspace = checkout({ 'invoices/may.pdf': content });
      const result = await run(emulator, workspace, fileInputs());
      expect({ code: result.code, errors: annotations(result, 'error') }).toEqual({ code: 0, errors: [] });
      expect(emulator.uploads).toHaveLength(1);
      expect(emulator.uploads[0]!.size).toBe(content.length);
      const calls = emulator.requests.filter((request) => request.path === '/api/v1/beta/files').map((r) => `${r.method} ${r.status}`);
      expect(calls).toEqual(['GET 200', 'POST 0', 'GET 200', 'POST 200']);
    });
  }, 60_000);

  it('says so when the upload answered a file ID that LlamaCloud then cannot read', async () => {
    const digest = `sha256:${createHash('sha256').update('%PDF-1.7 may').digest('hex')}`;
    const ghost = { id: 'dfl-ghost', name: 'may.pdf', project_id: DEFAULT_PROJECT_ID, external_file_id: digest, expires_at: null };
    await withEmulator(
      { faults: [{ kind: 'status', status: 200, body: ghost, match: { method: 'POST', path: '/api/v1/beta/files' } }] },
      async (emulator) => {
        const workspace = checkout({ 'invoices/may.pdf': '%PDF-1.7 may' });
        const result = await run(emulator, workspace, fileInputs());
        expect(result.code).toBe(1);
        expect(annotations(result, 'error')).toEqual([
          'Document invoices/may.pdf: LlamaCloud cannot read the file it answered for the upload (404 Not Found on create). Re-run the step: the document is then looked up and uploaded again.'
        ]);
      }
    );
  }, 60_000);

  it('finds the job of a create whose answer was lost, and makes no second one', async () => {
    await withEmulator({ faults: [{ kind: 'lose-answer', match: { method: 'POST', path: '/api/v2/extract' } }] }, async (emulator) => {
      const workspace = checkout({ 'invoices/may.pdf': '%PDF-1.7 may' });
      const result = await run(emulator, workspace, fileInputs());
      expect({ code: result.code, errors: annotations(result, 'error') }).toEqual({ code: 0, errors: [] });
      expect(emulator.stats()).toMatchObject({ creates: 1, creditsBilled: 10 });
      const creates = emulator.requests.filter((request) => request.method === 'POST' && request.path === '/api/v2/extract');
      expect(creates).toHaveLength(1);
      const look = emulator.requests.find((request) => request.method === 'GET' && request.query.file_input !== undefined);
      expect(look?.query).toMatchObject({ expand: ['configuration'], created_at_on_or_after: [expect.any(String)] });
      expect(result.stdout).toContain('it may have reached LlamaCloud: checking before retry 1');
      expect(result.outputs['job-id']).toMatch(/^ext-/);
    });
  }, 60_000);

  it('retries a create refused with 429 without looking for a job first', async () => {
    await withEmulator(
      { faults: [{ kind: 'status', status: 429, headers: { 'Retry-After': '0' }, match: { method: 'POST', path: '/api/v2/extract' } }] },
      async (emulator) => {
        const workspace = checkout({ 'invoices/may.pdf': '%PDF-1.7 may' });
        const result = await run(emulator, workspace, fileInputs());
        expect(result.code).toBe(0);
        expect(emulator.requests.filter((request) => request.query.created_at_on_or_after)).toHaveLength(0);
        expect(emulator.stats().creates).toBe(1);
      }
    );
  }, 60_000);

  it('uploads again a document whose earlier file has expired', async () => {
    await withEmulator({}, async (emulator) => {
      const workspace = checkout({ 'invoices/may.pdf': '%PDF-1.7 may' });
      const digest = 'sha256:' + (await import('node:crypto')).createHash('sha256').update('%PDF-1.7 may').digest('hex');
      emulator.addFile({ name: 'may.pdf', content: '%PDF-1.7 may', externalFileId: digest, expiresAt: '2020-01-01T00:00:00Z' });
      const result = await run(emulator, workspace, fileInputs());
      expect(result.code).toBe(0);
      expect(emulator.stats().uploads).toBe(1);
    });
  }, 60_000);
});

describe('inputs of the file mode, checked before any request', () => {
  const refused = async (inputs: Record<string, string>, files?: Record<string, string>, configuration?: string) =>
    withEmulator({}, async (emulator) => {
      const workspace = checkout(files);
      if (configuration !== undefined) await writeFile(join(workspace, 'config.yml'), configuration);
      const result = await run(emulator, workspace, inputs);
      expect(emulator.requests).toHaveLength(0);
      expect(result.code).toBe(1);
      return annotations(result, 'error');
    });

  it.each([
    [
      { 'job-id': 'ext-1', file: 'invoices/may.pdf' },
      "Input 'file': give either 'job-id' (jobs started elsewhere) or 'file' (documents to extract), not both."
    ],
    [{ file: 'invoices/may.pdf' }, "Input 'configuration-id': is required with 'file'"],
    [{ file: 'invoices/may.pdf', configuration: 'c.yml', 'configuration-id': 'cfg-1' }, "Input 'configuration': give either"],
    [{ 'job-id': 'ext-1', 'configuration-id': 'cfg-1' }, "Input 'configuration-id': applies to jobs this step creates from 'file'"],
    [{ ...fileInputs(), file: 'scans/*.pdf' }, "Input 'file': 'scans/*.pdf' matches no file."],
    [{ ...fileInputs(), file: 'invoices' }, "Input 'file': 'invoices' is a folder. Give the documents in it, e.g. invoices/**/*.pdf."],
    [{ ...fileInputs(), file: 'invoices/**/*.pdf', 'output-file': 'out.json' }, "Input 'output-file': 'out.json' must contain {path}"],
    [
      { ...fileInputs(), 'output-file': 'extracted/{name}.json' },
      "Input 'output-file': 'invoices/2024/march.pdf' and 'invoices/march.pdf' would both be written to 'extracted/march.json'."
    ],
    [
      { 'job-id': 'ext-1', 'output-file': '{name}.json' },
      "Input 'output-file': '{name}.json' holds {name}, which names a document: it needs 'file'."
    ],
    [
      { ...fileInputs(), expected: 'extracted/{path}.json' },
      "Input 'expected': 'extracted/invoices/2024/april.json' is also where output-file writes the result of 'invoices/2024/april.pdf'. Give the expected file its own path, e.g. test/expected/{path}.json."
    ]
  ])(
    '%j',
    async (inputs, message) => {
      const files = { ...DOCUMENTS, 'invoices/march.pdf': 'other march' };
      const errors = await refused(inputs, files);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain(message);
    },
    30_000
  );

  it("refuses a job file where another document's result is written", async () => {
    const inputs = fileInputs({ file: '**/*.pdf', 'job-file': 'extracted/jobs/{path}.json' });
    expect(await refused(inputs, { ...DOCUMENTS, 'jobs/invoices/may.pdf': '%PDF-1.7 may again' })).toEqual([
      "Input 'job-file': 'extracted/jobs/invoices/may.json' is also where output-file writes the result of 'jobs/invoices/may.pdf'. Give the job file its own path, e.g. jobs/{path}.json."
    ]);
  }, 30_000);

  it('names an empty document', async () => {
    const errors = await refused(fileInputs(), { ...DOCUMENTS, 'invoices/empty.pdf': '' });
    expect(errors).toEqual([
      "Input 'file': 'invoices/empty.pdf' is empty: there is nothing to extract. Check the file, or exclude it with '!invoices/empty.pdf'."
    ]);
  }, 30_000);

  it('excludes documents with !patterns', async () => {
    await withEmulator({}, async (emulator) => {
      const workspace = checkout({ ...DOCUMENTS, 'invoices/empty.pdf': '' });
      const result = await run(emulator, workspace, fileInputs({ file: 'invoices/**/*.pdf\n!invoices/empty.pdf' }));
      expect(result.code).toBe(0);
      expect(emulator.stats().creates).toBe(3);
    });
  }, 60_000);

  it.each([
    [
      'data_schema:\n  type: object\n   bad: indent\n',
      "Input 'configuration': 'config.yml' is not valid YAML at line 2, column 9 (block as implicit key): fix its syntax."
    ],
    ['- a list\n', "Input 'configuration': 'config.yml' holds a list, not an object."]
  ])(
    'reads the configuration before any request: %j',
    async (text, message) => {
      const errors = await refused(fileInputs({ configuration: 'config.yml' }), undefined, text);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain(message);
    },
    30_000
  );

  it('names the line of a JSON syntax error', async () => {
    await withEmulator({}, async (emulator) => {
      const workspace = checkout();
      await writeFile(join(workspace, 'config.json'), '{\n  "tier": "agentic",\n}\n');
      const result = await run(emulator, workspace, fileInputs({ configuration: 'config.json' }));
      expect(annotations(result, 'error')[0]).toMatch(/^Input 'configuration': 'config\.json' is not valid JSON at line 3, column 1 /);
      expect(emulator.requests).toHaveLength(0);
    });
  }, 30_000);
});

describe('a step stopped while starting jobs', () => {
  it('cancels the jobs it already made (cancel-on-timeout)', async () => {
    // The second create never answers: the step is stopped while it waits.
    const faults = [{ kind: 'stall' as const, after: 1, match: { method: 'POST', path: '/api/v2/extract' } }];
    await withEmulator({ faults }, async (emulator) => {
      const workspace = checkout({ 'invoices/a.pdf': 'a', 'invoices/b.pdf': 'b' });
      let child: ChildProcess | undefined;
      const pending = harness.run({
        inputs: emulatorInputs(emulator, fileInputs({ 'cancel-on-timeout': 'true', timeout: '1m' })),
        workspace,
        onSpawn: (spawned) => (child = spawned)
      });
      const creates = () => emulator.requests.filter((request) => request.method === 'POST' && request.path === '/api/v2/extract');
      while (!(creates().length === 2 && creates().some((request) => request.status === 200)))
        await new Promise((resolve) => setTimeout(resolve, 50));
      child?.kill('SIGTERM');
      const result = await pending;
      expect(result.code).toBe(1);
      const made = creates().find((request) => request.status === 200);
      expect(made).toBeDefined();
      const cancelled = emulator.requests.filter((request) => request.path.endsWith('/cancel')).map((request) => request.jobId);
      expect(cancelled).toHaveLength(1);
      expect(emulator.job(cancelled[0]!)?.status).toBe('CANCELLED');
      // The two creates race: the document whose create was cut short got no job, and is reported so beside the stop.
      const jobs = JSON.parse(result.outputs.jobs!) as { file: string; state: string; id?: string }[];
      expect(jobs.map((job) => job.file)).toEqual(['invoices/a.pdf', 'invoices/b.pdf']);
      const started = jobs.find((job) => job.state === 'cancelled');
      const unstarted = jobs.find((job) => job.state === 'not-started');
      expect(started?.id).toBe(cancelled[0]);
      expect(unstarted).toBeDefined();
      expect(annotations(result, 'error')).toEqual([
        `Document ${unstarted!.file}: the step was stopped while starting its job.`,
        'The step was stopped (SIGTERM) before every job had ended.'
      ]);
    });
  }, 60_000);
});
