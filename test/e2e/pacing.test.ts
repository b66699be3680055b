// Pacing against LlamaCloud's published limits, enforced as strict sliding windows: a run is refused
// nothing by its own choice, whatever the machine's load (counted from the emulator's log, never timed).
import { describe, expect, it } from '@jest/globals';
import { PUBLISHED_RATE_LIMITS } from '../../emulator/emulator.js';
import { emulatorInputs, withEmulator } from '../../emulator/runner.js';
import { useHarness } from '../support/harness.js';
import { annotations } from '../support/readers.js';

const harness = useHarness();

const DOCUMENTS = 200;

describe('a run against the published limits', () => {
  it(`starts ${DOCUMENTS} documents without a single 429`, async () => {
    await withEmulator({ rateLimits: [...PUBLISHED_RATE_LIMITS] }, async (emulator) => {
      const documents = Array.from({ length: DOCUMENTS }, (_, i) => [`docs/${i}.pdf`, `%PDF-1.7 ${i}`]);
      const workspace = harness.folder({ 'invoice.yml': 'data_schema:\n  type: object\n', ...Object.fromEntries(documents) });
      const result = await harness.run({
        inputs: emulatorInputs(emulator, {
          file: 'docs/*.pdf',
          configuration: 'invoice.yml',
          'output-file': 'out/{path}.json',
          'poll-interval': '1s'
        }),
        workspace,
        timeoutMs: 150_000
      });
      expect({ code: result.code, errors: annotations(result, 'error') }).toEqual({ code: 0, errors: [] });
      expect(emulator.stats()).toMatchObject({ uploads: DOCUMENTS, creates: DOCUMENTS });
      const refused = emulator.requests.filter((request) => request.status === 429).map((r) => `${r.method} ${r.path}`);
      expect(refused).toEqual([]);
    });
  }, 180_000);
});
