// The file mode as a runner runs it: documents from a checkout uploaded, jobs created and waited for, re-runs that
// upload nothing, reuse that creates nothing, and each fault of the start stage.
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { sampleInvoice, type Emulator } from '../emulator/emulator.js';
import { emulatorInputs, withEmulator } from './harness.js';
import { annotations, logLines, readJson, trackedRuns } from './helpers.js';

const runs = trackedRuns();
afterAll(runs.removeAll);

const CONFIGURATION = 'data_schema:\n  type: object\n  properties:\n    total: { type: number }\ntier: cost_effective\n';
const DOCUMENTS: Record<string, string> = {
  'invoices/2024/march.pdf': '%PDF-1.7 march',
  'invoices/2024/april.pdf': '%PDF-1.7 april',
  'invoices/may.pdf': '%PDF-1.7 may'
};

/** A checkout: three documents and the configuration file, as actions/checkout leaves them. */
async function checkout(files: Record<string, string> = DOCUMENTS): Promise<string> {
  const workspace = await mkdtemp(join(tmpdir(), 'llx-files-'));
  for (const [relative, content] of Object.entries({ ...files, '.github/extract/invoice.yml': CONFIGURATION })) {
    await mkdir(dirname(join(workspace, relative)), { recursive: true });
    await writeFile(join(workspace, relative), content);
  }
  return workspace;
}

const fileInputs = (extra: Record<string, string> = {}) => ({
  file: 'invoices/**/*.pdf',
  configuration: '.github/extract/invoice.yml',
  'output-file': 'extracted/{path}.json',
  'poll-interval': '1s',
  ...extra
});

const run = (emulator: Emulator, workspace: string, inputs: Record<string, string>) =>
  runs.run({ inputs: emulatorInputs(emulator, inputs), workspace });

describe('three documents from a checkout', () => {
  it('uploads each, creates one job each, waits, and names the results after the documents; a re-run uploads nothing', async () => {
    await withEmulator({}, async (emulator) => {
      const workspace = await checkout();
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
      const jobs = JSON.parse(first.outputs.jobs) as Array<Record<string, unknown>>;
      expect(jobs.map((job) => job.file)).toEqual(['invoices/2024/april.pdf', 'invoices/2024/march.pdf', 'invoices/may.pdf']);
      expect(jobs.every((job) => job.reused === false && String(job.file_id).startsWith('dfl-'))).toBe(true);
      expect(first.outputs['job-id'].split(',')).toEqual(jobs.map((job) => job.id));
      for (const job of jobs) {
        expect(logLines(first)).toContain(`Document ${String(job.file)}: file ${String(job.file_id)} (uploaded), job ${String(job.id)} (created)`);
      }

      emulator.resetRecords();
      const again = await run(emulator, workspace, fileInputs());
      expect(again.code).toBe(0);
      expect(emulator.stats()).toMatchObject({ uploads: 0, creates: 3 });
      expect(logLines(again).filter((line) => line.includes('(already uploaded)'))).toHaveLength(3);
    });
  }, 60_000);
});
