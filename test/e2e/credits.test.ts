// Credits as a runner spends them: a 402 (out of credits, or over the spending cap) ends the start stage at
// once, and max-credits refuses a run whose estimate is over the budget before anything is spent.
import { describe, expect, it } from '@jest/globals';
import { type Emulator } from '../../emulator/emulator.js';
import { emulatorInputs, withEmulator, type Files } from '../../emulator/runner.js';
import { pagesPdf } from '../support/pdfs.js';
import { useHarness } from '../support/harness.js';
import { annotations, problems, readJson } from '../support/readers.js';
import { reportErrors } from '../__fixtures__/report-schema.js';

const harness = useHarness();

const MAX_IN_FLIGHT = 8;
const CONFIGURATION = 'data_schema:\n  type: object\n  properties:\n    total: { type: number }\ntier: cost_effective\n';

const run = (emulator: Emulator, files: Files, extra: Record<string, string> = {}) =>
  harness.run({
    inputs: emulatorInputs(emulator, {
      file: 'invoices/*',
      configuration: '.github/extract/invoice.yml',
      'output-file': 'extracted/{name}.json',
      'poll-interval': '1s',
      ...extra
    }),
    workspace: harness.folder({ '.github/extract/invoice.yml': CONFIGURATION, ...files })
  });

const manyDocuments = (count: number) =>
  Object.fromEntries(Array.from({ length: count }, (_, i) => [`invoices/doc-${i}.pdf`, `%PDF-1.7 document ${i}`]));

const creates = (emulator: Emulator) => emulator.requests.filter((r) => r.method === 'POST' && r.path === '/api/v2/extract');
const uploads = (emulator: Emulator) => emulator.requests.filter((r) => r.method === 'POST' && r.path === '/api/v1/beta/files');

describe('402 Payment Required', () => {
  it.each([
    ['a create', '/api/v2/extract', creates],
    ['an upload', '/api/v1/beta/files', uploads]
  ])(
    'on %s: no retry, no document started after it, and the step fails saying why',
    async (_name, path, sent) => {
      await withEmulator({}, async (emulator) => {
        emulator.addFault({ kind: 'status', status: 402, match: { method: 'POST', path }, times: Infinity });
        const result = await run(emulator, manyDocuments(3 * MAX_IN_FLIGHT));
        expect(result.code).toBe(1);
        // Only the documents already under way when the first 402 came back sent the request, each once.
        expect(sent(emulator).length).toBeGreaterThan(0);
        expect(sent(emulator).length).toBeLessThanOrEqual(MAX_IN_FLIGHT);
        expect(sent(emulator).every((request) => request.status === 402)).toBe(true);
        expect(emulator.stats()).toMatchObject({ creates: 0, creditsBilled: 0 });
        const errors = annotations(result, 'error').join('\n');
        expect(errors).toContain(
          "(402 Payment Required): the organization or project has run out of credits or reached its spending cap. Add credits or raise the cap in LlamaCloud's billing settings, then re-run."
        );
        expect(errors).toContain('not started, because LlamaCloud answered 402 Payment Required');
      });
    },
    60_000
  );
});

const withTier = (tier: string, extra = '') => ({
  '.github/extract/invoice.yml': `${CONFIGURATION.replace('cost_effective', tier)}${extra}`
});

describe('max-credits', () => {
  const documents = { 'invoices/three.pdf': pagesPdf(3), 'invoices/two.pdf': pagesPdf(2), 'invoices/scan.png': 'not really a png' };

  it('within the budget: counts the pages, logs the estimate, creates the jobs, and shows the estimate beside the credits billed', async () => {
    await withEmulator({}, async (emulator) => {
      const result = await run(emulator, documents, { 'max-credits': '30' });
      expect({ code: result.code, errors: annotations(result, 'error') }).toEqual({ code: 0, errors: [] });
      expect(result.stdout).toContain(
        'Estimated cost of 3 new jobs: at most 30 credits (6 pages at 5 credits per page, tier cost_effective), within max-credits 30.'
      );
      expect(emulator.stats()).toMatchObject({ uploads: 3, creates: 3 });
      expect(result.summary).toContain(
        `💳 Credits: ${emulator.stats().creditsBilled} billed; estimated at most 30 before the start, within max-credits 30`
      );
    });
  }, 60_000);

  it('over the budget: fails before any upload or create (look-ups only), naming the largest documents and the estimate', async () => {
    await withEmulator({}, async (emulator) => {
      const result = await run(emulator, { ...documents, ...withTier('agentic_plus') }, { 'max-credits': '299' });
      expect(result.code).toBe(1);
      expect(annotations(result, 'error')).toEqual([
        'The jobs this step would create are estimated at 300 credits (6 pages at 50 credits per page, tier agentic_plus), over max-credits 299: nothing was uploaded and no job created. ' +
          'Largest: invoices/three.pdf (3 pages), invoices/two.pdf (2 pages), invoices/scan.png (1 page). Raise max-credits, or extract fewer documents or pages.'
      ]);
      expect(emulator.requests.filter((request) => request.method !== 'GET')).toEqual([]);
    });
  });

  it("bounds each document by the configuration's max_pages, and counts a document of unknown pages as over the budget without it", async () => {
    await withEmulator({}, async (emulator) => {
      const files = { 'invoices/long.pdf': pagesPdf(40), 'invoices/notes.docx': 'PK not a pdf' };
      const bounded = await run(emulator, { ...files, ...withTier('agentic', 'max_pages: 2\n') }, { 'max-credits': '60' });
      expect({ code: bounded.code, errors: annotations(bounded, 'error') }).toEqual({ code: 0, errors: [] });
      expect(bounded.stdout).toContain('at most 60 credits (4 pages at 15 credits per page, tier agentic)');

      emulator.resetRecords();
      const unbounded = await run(emulator, files, { 'max-credits': '100000' });
      expect(unbounded.code).toBe(1);
      expect(annotations(unbounded, 'error')[0]).toContain(
        'estimated at 200 credits (40 pages at 5 credits per page, tier cost_effective) plus 1 document of unknown page count, which max-credits 100,000 cannot bound'
      );
      expect(annotations(unbounded, 'error')[0]).toContain(
        'Unknown page count (not a PDF or an image, or a PDF that could not be counted): invoices/notes.docx;'
      );
      expect(annotations(unbounded, 'error')[0]).toMatch(
        /Raising max-credits does not help: bound their pages in the configuration, or leave them out of 'file'\.$/
      );
      expect(emulator.requests.filter((request) => request.method !== 'GET')).toEqual([]);
    });
  }, 60_000);

  it('a PDF that cannot be counted is unknown, so over the budget', async () => {
    await withEmulator({}, async (emulator) => {
      const result = await run(emulator, { 'invoices/broken.pdf': '%PDF-1.7 no objects, no trailer' }, { 'max-credits': '1000' });
      expect(result.code).toBe(1);
      expect(annotations(result, 'error')[0]).toContain(
        'Unknown page count (not a PDF or an image, or a PDF that could not be counted): invoices/broken.pdf;'
      );
      expect(emulator.requests.filter((request) => request.method !== 'GET')).toEqual([]);
    });
  });

  it('during the run: once the credits billed reach max-credits, no new job is created and the rest are not started', async () => {
    // Each job ends at once and bills 10 credits (2 pages), where each one-page PDF was estimated at 5: the
    // estimate of 100 fits, the billing reaches 100 after 10 jobs.
    await withEmulator({ createdTimeline: [{ status: 'COMPLETED' }] }, async (emulator) => {
      // Distinct bytes (a comment after the header): each document gets its own upload and job.
      const files = Object.fromEntries(
        Array.from({ length: 20 }, (_, i) => `invoices/doc-${String(i).padStart(2, '0')}.pdf`).map((name) => [
          name,
          pagesPdf(1).toString('latin1').replace('%PDF-1.7', `%PDF-1.7\n% ${name}`)
        ])
      );
      const result = await run(emulator, files, { 'max-credits': '100', 'report-file': 'report.json' });
      expect(result.code).toBe(1);
      const { creates: created, creditsBilled } = emulator.stats();
      // At least the 10 jobs that bill 100; at most the documents already past their check when the 10th was
      // made (8 in progress at once).
      expect(created).toBeGreaterThanOrEqual(10);
      expect(created).toBeLessThanOrEqual(10 + MAX_IN_FLIGHT - 1);
      expect(creditsBilled).toBe(created * 10);
      // GitHub shows 10 error annotations per step: with 10 or more documents stopped, the rest are plain lines.
      const stopped = problems(result, 'error').filter((error) =>
        /^Document invoices\/doc-\d\d\.pdf: not started, because the credits billed by this step's jobs \(\d+\) reached max-credits 100\.$/.test(
          error
        )
      );
      expect(stopped).toHaveLength(20 - created);
      expect(result.summary).toContain(
        'estimated at most 100 before the start, within max-credits 100 · ⚠️ the credits billed reached max-credits'
      );
      const report = (await readJson(result, 'report.json')) as { budget: unknown; totals: { credits: number } };
      expect(reportErrors(report)).toEqual([]);
      expect(report.budget).toEqual({ maxCredits: 100, estimate: 100 });
      expect(report.totals.credits).toBe(creditsBilled);
    });
  }, 60_000);

  it('a reused job costs nothing: a re-run with reuse fits a budget of 0', async () => {
    await withEmulator({}, async (emulator) => {
      const first = await run(emulator, documents, { 'max-credits': '30' });
      expect(first.code).toBe(0);
      emulator.resetRecords();
      const again = await harness.run({
        inputs: emulatorInputs(emulator, {
          file: 'invoices/*',
          configuration: '.github/extract/invoice.yml',
          'output-file': 'extracted/{name}.json',
          reuse: 'true',
          'max-credits': '0'
        }),
        workspace: first.workspace
      });
      expect({ code: again.code, errors: annotations(again, 'error') }).toEqual({ code: 0, errors: [] });
      expect(again.stdout).toContain('Estimated cost of 0 new jobs: at most 0 credits');
      expect(emulator.stats()).toMatchObject({ uploads: 0, creates: 0 });
    });
  }, 60_000);
});
