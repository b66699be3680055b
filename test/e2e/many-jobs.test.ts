// Many jobs in one step: ID lists, {job_id} files, the combined status, summed usage, the `jobs`
// output, and a 200-job run that must stay cheap in sockets and requests.
import { describe, expect, it } from '@jest/globals';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { emulatorInputs, withEmulator } from '../../emulator/runner.js';
import { useHarness } from '../support/harness.js';
import { annotations, cancels, exists, jobGets, listSweeps, readJson } from '../support/readers.js';
import { makeRows, sampleInvoice, seededRandom, type Emulator, type JobScript } from '../../emulator/emulator.js';

const harness = useHarness();
const runnerTemp = harness.folder();

const FAST = { 'poll-interval': '1s' };
const completesAfter = (id: string, ms: number, extra: Partial<JobScript> = {}): JobScript => ({
  id,
  timeline: [
    { status: 'PENDING', forMs: Math.round(ms / 3) },
    { status: 'RUNNING', forMs: ms - Math.round(ms / 3) },
    { status: 'COMPLETED' }
  ],
  ...extra
});

describe('several job IDs', () => {
  it('accepts newlines, commas and spaces, waits for all at once, and writes {job_id} files', async () => {
    const ids = ['ext-nl', 'ext-comma', 'ext-space', 'ext-tab'];
    const jobs = ids.map((id, i) =>
      completesAfter(id, 1500, {
        result: { ...sampleInvoice, invoice_number: `INV-${i}` },
        usage: { num_pages_extracted: i + 1, num_pages_billed: i + 1, credits: 10 * (i + 1) + 0.5 }
      })
    );
    await withEmulator({ jobs }, async (emulator) => {
      const result = await harness.run({
        inputs: emulatorInputs(emulator, {
          ...FAST,
          'job-id': '\n ext-nl\next-comma, ext-space ext-tab,\n',
          'output-file': 'out/{job_id}/result.json',
          'job-file': 'jobs/{job_id}.job.json'
        })
      });
      expect(result.code).toBe(0);
      // Waited for together: four 1.5 s jobs take about 1.5 s, not 6 s.
      expect(result.durationMs).toBeLessThan(4000);
      expect(result.outputs.status).toBe('COMPLETED');
      expect(result.outputs['job-id']).toBe(ids.join(','));
      expect(result.outputs['timed-out']).toBe('false');
      // Progress is a line every few seconds; a job that passed has its final line in the debug log only.
      expect(result.stdout).toMatch(/^\d of 4 jobs finished: .*\(\d+(\.\d)?s\)$/m);
      expect(result.stdout).not.toContain('::group::Results of');
      for (const id of ids)
        expect(annotations(result, 'debug')).toContainEqual(
          expect.stringMatching(new RegExp(`^Job ${id}: COMPLETED, took .*, result in out/${id}/result\\.json$`))
        );
      for (const [i, id] of ids.entries()) {
        expect(await readJson(result, `out/${id}/result.json`)).toEqual({ ...sampleInvoice, invoice_number: `INV-${i}` });
        const job = (await readJson(result, `jobs/${id}.job.json`)) as Record<string, unknown>;
        expect(job).toMatchObject({ id, status: 'COMPLETED', metadata: { usage: { num_pages_extracted: i + 1 } } });
      }
      expect(result.outputs['result-file']!.split('\n')).toEqual(ids.map((id) => `${result.workspace}/out/${id}/result.json`));
      // The waiting is done by list sweeps; each job is read in full once it has ended.
      expect(listSweeps(emulator.requests).length).toBeGreaterThan(0);
      expect(listSweeps(emulator.requests)[0]!.query.job_ids).toEqual(ids);
      for (const id of ids) expect(jobGets(emulator.requests).filter((request) => request.jobId === id).length).toBeLessThanOrEqual(2);
    });
  });

  it('sums the usage outputs and lists every job in `jobs`', async () => {
    const jobs: JobScript[] = [
      { id: 'ext-u1', usage: { num_pages_extracted: 3, num_pages_billed: 4, credits: 1.25 } },
      { id: 'ext-u2', usage: { num_pages_extracted: 5, num_pages_billed: 6, credits: 2.5 } },
      { id: 'ext-seed', shape: 'seed', usage: { num_pages_extracted: 7, num_document_tokens: 1000, num_output_tokens: 200 } }
    ];
    await withEmulator({ jobs }, async (emulator) => {
      const result = await harness.run({
        inputs: emulatorInputs(emulator, { ...FAST, 'job-id': 'ext-u1,ext-u2,ext-seed', 'output-file': '{job_id}.json' })
      });
      expect(result.code).toBe(0);
      expect(JSON.parse(result.outputs.usage!)).toEqual({
        num_pages_extracted: 15,
        num_pages_billed: 10,
        credits: 3.75,
        num_document_tokens: 1000,
        num_output_tokens: 200
      });
      expect(result.outputs).toMatchObject({
        'num-pages-extracted': '15',
        'num-pages-billed': '10',
        credits: '3.75',
        'num-document-tokens': '1000',
        'num-output-tokens': '200'
      });
      expect(JSON.parse(result.outputs.jobs!)).toEqual([
        {
          id: 'ext-u1',
          status: 'COMPLETED',
          state: 'completed',
          result_file: `${result.workspace}/ext-u1.json`,
          error_message: '',
          usage: { num_pages_extracted: 3, num_pages_billed: 4, credits: 1.25 }
        },
        {
          id: 'ext-u2',
          status: 'COMPLETED',
          state: 'completed',
          result_file: `${result.workspace}/ext-u2.json`,
          error_message: '',
          usage: { num_pages_extracted: 5, num_pages_billed: 6, credits: 2.5 }
        },
        {
          id: 'ext-seed',
          status: 'COMPLETED',
          state: 'completed',
          result_file: `${result.workspace}/ext-seed.json`,
          error_message: '',
          usage: { num_pages_extracted: 7, num_document_tokens: 1000, num_output_tokens: 200 }
        }
      ]);
    });
  });

  it.each([
    ['output-file', { 'output-file': 'results/out.json' }],
    ['job-file', { 'output-file': 'results/{job_id}.json', 'job-file': 'jobs/all.json' }]
  ])('refuses several IDs without {job_id} in %s, before any request', async (input, files) => {
    await withEmulator({ jobs: [{ id: 'ext-a' }, { id: 'ext-b' }] }, async (emulator) => {
      const result = await harness.run({ inputs: emulatorInputs(emulator, { 'job-id': 'ext-a ext-b', ...files }) });
      expect(result.code).toBe(1);
      expect(annotations(result, 'error')).toEqual([
        expect.stringMatching(new RegExp(`^Input '${input}': .* must contain \\{job_id\\} when several job IDs are given`))
      ]);
      expect(emulator.requests).toEqual([]);
    });
  });
});

describe('the combined status', () => {
  it('is FAILED over CANCELLED over still running; the failure fails the step, completed files are still written', async () => {
    const jobs: JobScript[] = [
      completesAfter('ext-ok1', 300),
      {
        id: 'ext-failed',
        timeline: [{ status: 'RUNNING', forMs: 400 }, { status: 'FAILED' }],
        errorMessage: 'Document could not be parsed'
      },
      { id: 'ext-cancelled', timeline: [{ status: 'CANCELLED' }], errorMessage: 'Cancelled by user' },
      { id: 'ext-running', timeline: [{ status: 'RUNNING' }] },
      completesAfter('ext-ok2', 800)
    ];
    await withEmulator({ jobs }, async (emulator) => {
      const result = await harness.run({
        inputs: emulatorInputs(emulator, {
          ...FAST,
          timeout: '2s',
          'job-id': jobs.map((job) => job.id).join('\n'),
          'output-file': 'out/{job_id}.json'
        })
      });
      expect(result.code).toBe(1);
      expect(result.outputs.status).toBe('FAILED');
      expect(result.outputs['timed-out']).toBe('true');
      expect(await readJson(result, 'out/ext-ok1.json')).toEqual(sampleInvoice);
      expect(await readJson(result, 'out/ext-ok2.json')).toEqual(sampleInvoice);
      for (const id of ['ext-failed', 'ext-cancelled', 'ext-running']) expect(await exists(result, `out/${id}.json`)).toBe(false);
      const errors = annotations(result, 'error');
      expect(errors).toEqual(
        expect.arrayContaining([
          'Job ext-failed FAILED: Document could not be parsed',
          'Job ext-cancelled CANCELLED: Cancelled by user',
          expect.stringMatching(/^Job ext-running did not finish within 2s \(last status RUNNING\)/),
          '3 of 5 jobs did not pass (3 problems, listed above).'
        ])
      );
      const listed = JSON.parse(result.outputs.jobs!) as Array<Record<string, unknown>>;
      // Each job's error_message is the problems the step failed on, our timeout wording included.
      expect(listed.map(({ id, status, state, error_message }) => ({ id, status, state, error_message }))).toEqual([
        { id: 'ext-ok1', status: 'COMPLETED', state: 'completed', error_message: '' },
        { id: 'ext-failed', status: 'FAILED', state: 'failed', error_message: 'Job ext-failed FAILED: Document could not be parsed' },
        { id: 'ext-cancelled', status: 'CANCELLED', state: 'cancelled', error_message: 'Job ext-cancelled CANCELLED: Cancelled by user' },
        {
          id: 'ext-running',
          status: 'RUNNING',
          state: 'timed-out',
          error_message: expect.stringMatching(/^Job ext-running did not finish within 2s \(last status RUNNING\)/)
        },
        { id: 'ext-ok2', status: 'COMPLETED', state: 'completed', error_message: '' }
      ]);
      // Without cancel-on-timeout the running job is left alone.
      expect(cancels(emulator.requests)).toEqual([]);
    });
  });

  it('is CANCELLED over a running status; fail-on-error: false turns every problem into a warning', async () => {
    const jobs: JobScript[] = [
      { id: 'ext-ok' },
      { id: 'ext-pending', timeline: [{ status: 'PENDING' }] },
      { id: 'ext-cancelled', timeline: [{ status: 'CANCELLED' }] }
    ];
    await withEmulator({ jobs }, async (emulator) => {
      const result = await harness.run({
        inputs: emulatorInputs(emulator, {
          ...FAST,
          timeout: '2s',
          'fail-on-error': 'false',
          'job-id': 'ext-ok ext-pending ext-cancelled',
          'output-file': '{job_id}.json'
        })
      });
      expect(result.code).toBe(0);
      expect(result.outputs.status).toBe('CANCELLED');
      expect(annotations(result, 'error')).toEqual([]);
      expect(annotations(result, 'warning')).toEqual([
        expect.stringMatching(/^Job ext-pending did not finish within 2s \(last status PENDING\)/),
        'Job ext-cancelled CANCELLED: LlamaCloud gave no error message'
      ]);
      expect(await readJson(result, 'ext-ok.json')).toEqual(sampleInvoice);
    });
  });

  it('is the still-running status when nothing failed (wait: false), and the step passes', async () => {
    const jobs: JobScript[] = [{ id: 'ext-ok' }, { id: 'ext-throttled', timeline: [{ status: 'THROTTLED' }] }];
    await withEmulator({ jobs }, async (emulator) => {
      const result = await harness.run({
        inputs: emulatorInputs(emulator, { wait: 'false', 'job-id': 'ext-ok,ext-throttled', 'output-file': '{job_id}.json' })
      });
      expect(result.code).toBe(0);
      expect(result.outputs.status).toBe('THROTTLED');
      expect(result.outputs['timed-out']).toBe('false');
      expect(await readJson(result, 'ext-ok.json')).toEqual(sampleInvoice);
    });
  });
});

describe('200 jobs', () => {
  it('completes at random times within seconds: every file written, few sockets, few requests, prompt exit', async () => {
    const random = seededRandom(4);
    const jobs = Array.from({ length: 200 }, (_, i) =>
      completesAfter(`ext-${String(i).padStart(3, '0')}`, 500 + Math.floor(random() * 3000), {
        result: { ...sampleInvoice, invoice_number: `INV-${i}` },
        usage: { num_pages_extracted: 1, credits: 1 }
      })
    );
    const ids = jobs.map((job) => job.id);
    await withEmulator({ jobs }, async (emulator) => {
      const started = Date.now();
      const result = await harness.run({
        inputs: emulatorInputs(emulator, {
          ...FAST,
          timeout: '30s',
          'job-id': ids.join('\n'),
          'output-file': 'results/{job_id}.json',
          'min-confidence': '0.5'
        })
      });
      const ended = started + result.durationMs;
      expect(result.code).toBe(0);
      expect(result.outputs.status).toBe('COMPLETED');
      expect(result.outputs['num-pages-extracted']).toBe('200');
      for (const [i, id] of ids.entries())
        expect(await readJson(result, `results/${id}.json`)).toMatchObject({ invoice_number: `INV-${i}` });

      const lastCompletion = Math.max(...ids.map((id) => emulator.job(id)?.completedAt ?? Infinity));
      const stats = emulator.stats();
      const sweeps = listSweeps(emulator.requests).length;
      const gets = jobGets(emulator.requests).length;
      // From the last completion, or from the first request when a slow start let every job end before it.
      const lag = ended - Math.max(lastCompletion, emulator.requests[0]!.at);
      // Polling each job at 1 s for ~3.5 s would be about 200 × 4 = 800 requests.
      expect(sweeps).toBeGreaterThan(0);
      expect(stats.peakConnections).toBeLessThanOrEqual(16);
      expect(gets).toBeLessThanOrEqual(220);
      expect(stats.totalRequests).toBeLessThan(300);
      expect(lag).toBeLessThanOrEqual(2000);

      const summary = result.summary;
      expect(Buffer.byteLength(summary)).toBeLessThan(1024 * 1024);
      expect(summary).toMatch(/^## ✅ 200 of 200 extract jobs passed\n/);
      expect(summary).not.toContain('Cut to stay under');
      // One table row per job, detail folded (no open blocks).
      expect(summary.split('\n').filter((line) => /^\| <code>ext-\d{3}<\/code> \| ✅ COMPLETED \|/.test(line))).toHaveLength(200);
      expect(summary).not.toContain('<details open');
      expect(summary.match(/<details><summary>✅ <code>ext-\d{3}<\/code> · COMPLETED<\/summary>/g)).toHaveLength(200);
    });
  }, 60_000);
});

describe('rate limits', () => {
  it('holds every read back after a 429, so a rate-limited API is not hammered', async () => {
    const ids = Array.from({ length: 60 }, (_, i) => `ext-rl-${i}`);
    await withEmulator({ jobs: ids.map((id) => ({ id })), rateLimitPerSecond: 10 }, async (emulator) => {
      const result = await harness.run({
        inputs: emulatorInputs(emulator, { ...FAST, 'job-id': ids.join(','), 'output-file': 'rl/{job_id}.json' })
      });
      expect(result.code).toBe(0);
      for (const id of ids) expect(await exists(result, `rl/${id}.json`)).toBe(true);
      const refused = emulator.requests.filter((request) => request.status === 429).length;
      // Readers that each retried on their own drew about 42 refusals here; one shared pause and an in-flight limit
      // halved on each 429 bring it to about 25.
      expect(refused).toBeLessThanOrEqual(32);
    });
  });
});

describe("lists past GitHub's 1 MiB output limit", () => {
  it('keep their leading entries in result-file and jobs, give the count, and name a file with every job', async () => {
    // A runner passes each input in an environment variable of at most 128 KiB, so job-id holds about 1,000 IDs;
    // deep result folders make each entry long enough to pass 1 MiB.
    const ids = Array.from({ length: 1000 }, (_, i) => `ext-${String(i).padStart(116, '0')}`);
    const folder = Array.from({ length: 9 }, (_, i) => `${i}`.repeat(200)).join('/');
    await withEmulator({ jobs: ids.map((id) => ({ id, result: { total: 1 } })) }, async (emulator) => {
      const result = await harness.run({
        inputs: emulatorInputs(emulator, { ...FAST, 'job-id': ids.join('\n'), 'output-file': `${folder}/{job_id}.json` }),
        env: { RUNNER_TEMP: runnerTemp }
      });
      expect({ code: result.code, errors: annotations(result, 'error') }).toEqual({ code: 0, errors: [] });
      for (const [name, value] of Object.entries(result.outputs))
        expect([name, Buffer.byteLength(value) < 1024 * 1024]).toEqual([name, true]);
      expect(result.outputs['job-id']).toBe(ids.join(','));
      const files = result.outputs['result-file']!.split('\n');
      expect(files).toEqual(ids.slice(0, files.length).map((id) => join(result.workspace, folder, `${id}.json`)));
      expect(files.length).toBeLessThan(ids.length);
      const jobs = JSON.parse(result.outputs.jobs!) as Array<{ id: string }>;
      expect(jobs.map((job) => job.id)).toEqual(ids.slice(0, jobs.length));
      expect(jobs.length).toBeLessThan(ids.length);
      expect(result.outputs['job-count']).toBe('1000');
      const full = JSON.parse(await readFile(result.outputs['jobs-file']!, 'utf8')) as Array<{ id: string; status: string }>;
      expect(full.map((job) => job.id)).toEqual(ids);
      expect(full.every((job) => job.status === 'COMPLETED')).toBe(true);
      expect(annotations(result, 'notice')).toContain(
        "'result-file', 'jobs' list only the first jobs that fit GitHub's 1 MiB output limit (of 1000); 'jobs-file' names a file with every job."
      );
    });
  }, 120_000);
});

describe('memory', () => {
  // Loaded into the action's process (NODE_OPTIONS): once the step is over, it makes objects that outlive a
  // scavenge or two, as a long step's requests in flight do, which grows V8's young generation by default.
  const PROBE = `
const { getHeapSpaceStatistics } = require('node:v8');
const { writeFileSync } = require('node:fs');
process.on('exit', () => {
  const young = () => getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size;
  const before = young();
  const ring = new Array(20000);
  for (let i = 0; i < 3e6; i++) ring[i % ring.length] = { at: i, text: 'entry ' + i, list: [i, i + 1] };
  writeFileSync(process.env.YOUNG_GENERATION_FILE, JSON.stringify({ before, after: young() }));
});
`;

  it('a step with several jobs keeps V8 from growing its young generation; a one-job step leaves V8 as it is', async () => {
    const probe = join(harness.folder({ 'probe.cjs': PROBE }), 'probe.cjs');
    const youngGeneration = async (emulator: Emulator, jobIds: string[]): Promise<{ before: number; after: number }> => {
      const record = join(harness.folder(), 'young.json');
      const result = await harness.run({
        inputs: emulatorInputs(emulator, { ...FAST, 'job-id': jobIds.join('\n'), 'output-file': 'out/{job_id}.json' }),
        env: { NODE_OPTIONS: `--require ${probe}`, YOUNG_GENERATION_FILE: record }
      });
      expect(result.code).toBe(0);
      return JSON.parse(await readFile(record, 'utf8')) as { before: number; after: number };
    };
    await withEmulator({ jobs: ['ext-one', 'ext-two'].map((id) => ({ id, result: { total: 1 } })) }, async (emulator) => {
      const alone = await youngGeneration(emulator, ['ext-one']);
      const several = await youngGeneration(emulator, ['ext-one', 'ext-two']);
      // V8's default grows it to 32 MiB (Node 20) or 128 MiB (Node 24); held, it keeps the few MiB it had when the
      // step read its settings (V8 may still shrink and restore them).
      expect(alone.after).toBeGreaterThan(alone.before);
      expect(alone.after).toBeGreaterThanOrEqual(16 * 1024 * 1024);
      expect(several.after).toBeLessThanOrEqual(alone.after / 4);
    });
  }, 60_000);

  it('a step waiting on several jobs holds no large result whole: a list answer drops the results it carries', async () => {
    // Read where the runner would see it: the process's peak resident memory, as the kernel counts it.
    const probe = join(
      harness.folder({
        'peak.cjs': `process.on('exit', () => require('node:fs').writeFileSync(process.env.PEAK_FILE, /VmHWM:\\s*(\\d+)/.exec(require('node:fs').readFileSync('/proc/self/status', 'utf8'))[1]));`
      }),
      'peak.cjs'
    );
    const record = join(harness.folder(), 'peak');
    const rows = makeRows(30 * 1024 * 1024);
    await withEmulator({ jobs: ['ext-big-1', 'ext-big-2'].map((id) => ({ id, resultRaw: rows })) }, async (emulator) => {
      const result = await harness.run({
        inputs: emulatorInputs(emulator, { ...FAST, 'job-id': 'ext-big-1\next-big-2', 'output-file': 'out/{job_id}.json' }),
        env: { NODE_OPTIONS: `--require ${probe}`, PEAK_FILE: record }
      });
      expect(result.code).toBe(0);
      // The sweep listed both jobs, each carrying its 30 MiB result; the reads then streamed each to its file.
      expect(listSweeps(emulator.requests).length).toBeGreaterThanOrEqual(1);
      for (const id of ['ext-big-1', 'ext-big-2'])
        expect((await stat(join(result.workspace, 'out', `${id}.json`))).size).toBe(rows.length + 1);
      // Held whole, the list answer and its parsed copy made a peak of about 260 MiB (Node 20); dropped, about 90 (120 on Node 24).
      expect(Number(await readFile(record, 'utf8')) * 1024).toBeLessThan(192 * 1024 * 1024);
    });
  }, 60_000);
});
