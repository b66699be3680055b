// Credits as a runner spends them: a 402 (out of credits, or over the spending cap) ends the start stage at
// once, and max-credits refuses a run whose estimate is over the budget before anything is spent.
import { afterAll, describe, expect, it } from '@jest/globals';
import { type Emulator } from '../emulator/emulator.js';
import { emulatorInputs, withEmulator } from './harness.js';
import { annotations, trackedRuns, workspaceWith } from './helpers.js';

const runs = trackedRuns();
afterAll(runs.removeAll);

const MAX_IN_FLIGHT = 8;
const CONFIGURATION = 'data_schema:\n  type: object\n  properties:\n    total: { type: number }\ntier: cost_effective\n';

const run = async (emulator: Emulator, files: Record<string, string>, extra: Record<string, string> = {}) =>
  runs.run({
    inputs: emulatorInputs(emulator, {
      file: 'invoices/*',
      configuration: '.github/extract/invoice.yml',
      'output-file': 'extracted/{name}.json',
      'poll-interval': '1s',
      ...extra
    }),
    workspace: await workspaceWith({ '.github/extract/invoice.yml': CONFIGURATION, ...files })
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
