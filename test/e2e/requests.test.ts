// What the file mode asks of LlamaCloud per document, counted from the emulator's request records: a first run
// needs an upload, a create and a read of each job, and a re-run with reuse only the read; the look-ups before
// them are listings of the project read once, within 0.05 requests per document, and past that budget one
// look-up per document.
import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import type { Emulator, RecordedRequest } from '../../emulator/emulator.js';
import { emulatorInputs, withEmulator } from '../../emulator/runner.js';
import { useHarness } from '../support/harness.js';
import { annotations, logLines } from '../support/readers.js';

const harness = useHarness();

const CONFIGURATION = 'data_schema:\n  type: object\n  properties:\n    total: { type: number }\n';
const content = (i: number) => `%PDF-1.7 document ${i}`;
const digest = (i: number) => `sha256:${createHash('sha256').update(content(i)).digest('hex')}`;
const checkout = (count: number) =>
  harness.folder({
    'invoice.yml': CONFIGURATION,
    ...Object.fromEntries(Array.from({ length: count }, (_, i) => [`docs/${i}.pdf`, content(i)]))
  });
const inputs = (reuse: boolean) => ({
  file: 'docs/*.pdf',
  configuration: 'invoice.yml',
  'output-file': 'extracted/{path}.json',
  'poll-interval': '1s',
  reuse: String(reuse)
});

/** Requests by what they were for: `METHOD path`, a job's ID as `{id}`, a look-up of one file or one file's jobs apart. */
function byRoute(requests: RecordedRequest[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { method, path, jobId, query } of requests) {
    const one = query.external_file_id ? ' (one file)' : query.file_input ? ' (one file)' : '';
    const route = `${method} ${jobId === undefined ? path : path.replace(jobId, '{id}')}${one}`;
    counts[route] = (counts[route] ?? 0) + 1;
  }
  return counts;
}

const run = (emulator: Emulator, workspace: string, reuse: boolean) =>
  harness.run({ inputs: emulatorInputs(emulator, inputs(reuse)), workspace, timeoutMs: 60_000 });

describe('requests per document', () => {
  it('a first run makes at most 3.1 per document, a re-run with reuse at most 2: the look-ups are one listing each', async () => {
    const documents = 100;
    await withEmulator({ createdTimeline: [{ status: 'COMPLETED' }] }, async (emulator) => {
      const workspace = checkout(documents);
      const first = await run(emulator, workspace, false);
      expect({ code: first.code, errors: annotations(first, 'error') }).toEqual({ code: 0, errors: [] });
      const firstRoutes = byRoute(emulator.requests);
      // Each document: its upload, its create, the read of its job. The look-up of its file: one listing for all.
      expect(firstRoutes).toMatchObject({
        'GET /api/v1/beta/files': 1,
        'POST /api/v1/beta/files': documents,
        'POST /api/v2/extract': documents,
        'GET /api/v2/extract/{id}': documents
      });
      expect(firstRoutes['GET /api/v1/beta/files (one file)']).toBeUndefined();
      // The rest are the status sweeps of the wait (job_ids, 50 jobs a request).
      const sweeps = emulator.requests.filter((request) => request.path === '/api/v2/extract' && request.query.job_ids);
      expect(emulator.requests.length - sweeps.length).toBe(3 * documents + 1);
      expect(emulator.requests.length / documents).toBeLessThanOrEqual(3.1);

      emulator.resetRecords();
      const again = await run(emulator, workspace, true);
      expect({ code: again.code, errors: annotations(again, 'error') }).toEqual({ code: 0, errors: [] });
      expect(emulator.stats()).toMatchObject({ uploads: 0, creates: 0 });
      const againRoutes = byRoute(emulator.requests);
      expect(againRoutes).toMatchObject({ 'GET /api/v1/beta/files': 1, 'GET /api/v2/extract/{id}': documents });
      expect(againRoutes['GET /api/v1/beta/files (one file)']).toBeUndefined();
      expect(againRoutes['GET /api/v2/extract (one file)']).toBeUndefined();
      // The project's jobs, listed once with their configuration, stand for a listing per document.
      const jobListings = emulator.requests.filter(
        (request) => request.path === '/api/v2/extract' && request.query.expand?.includes('configuration')
      );
      expect(jobListings).toHaveLength(1);
      const sweepsAgain = emulator.requests.filter((request) => request.path === '/api/v2/extract' && request.query.job_ids);
      expect(emulator.requests.length - sweepsAgain.length).toBe(documents + 2);
      expect(emulator.requests.length / documents).toBeLessThanOrEqual(2);
      const jobs = JSON.parse(again.outputs.jobs!) as Array<{ reused: boolean }>;
      expect(jobs.filter((job) => job.reused)).toHaveLength(documents);
    });
  }, 120_000);

  it('past the listing budget, each document is looked up on its own, and the run ends the same', async () => {
    // 20 documents may list one page (0.05 each); the project holds 1,000 files newer than the 10 documents
    // uploaded before, so those are not on it.
    const documents = 20;
    const uploadedBefore = Array.from({ length: 10 }, (_, i) => ({
      id: `dfl-before-${i}`,
      name: `${i}.pdf`,
      content: content(i),
      externalFileId: digest(i)
    }));
    const others = Array.from({ length: 1000 }, (_, i) => ({
      id: `dfl-other-${i}`,
      name: `other-${i}.pdf`,
      externalFileId: `sha256:other-${i}`
    }));
    await withEmulator({ createdTimeline: [{ status: 'COMPLETED' }], files: [...uploadedBefore, ...others] }, async (emulator) => {
      const result = await run(emulator, checkout(documents), false);
      expect({ code: result.code, errors: annotations(result, 'error') }).toEqual({ code: 0, errors: [] });
      expect(byRoute(emulator.requests)).toMatchObject({
        'GET /api/v1/beta/files': 1,
        'GET /api/v1/beta/files (one file)': documents,
        'POST /api/v1/beta/files': documents - uploadedBefore.length,
        'POST /api/v2/extract': documents
      });
      const listing = emulator.requests.find((request) => request.path === '/api/v1/beta/files' && !request.query.external_file_id)!;
      expect(listing.query.page_size).toEqual(['1000']);
      expect(logLines(result)).toContain(
        "The project holds more than the 1000 files listed by 1 request: each document's file is looked up on its own."
      );
      const jobs = JSON.parse(result.outputs.jobs!) as Array<{ file: string; file_id: string }>;
      expect(
        jobs
          .filter((job) => job.file_id.startsWith('dfl-before-'))
          .map((job) => job.file)
          .sort()
      ).toEqual(uploadedBefore.map((file) => `docs/${file.name}`).sort());
    });
  }, 120_000);
});
