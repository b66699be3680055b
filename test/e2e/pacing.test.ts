// Pacing against LlamaCloud's published limits, enforced as strict sliding windows: a run is refused
// nothing by its own choice, whatever the machine's load (counted from the emulator's log, never timed).
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PUBLISHED_RATE_LIMITS } from '../../emulator/emulator.js';
import { emulatorInputs, withEmulator } from '../../emulator/runner.js';
import { annotations, trackedRuns } from '../support/helpers.js';

const runs = trackedRuns();
afterAll(runs.removeAll);

const DOCUMENTS = 200;

describe('a run against the published limits', () => {
  it(`starts ${DOCUMENTS} documents without a single 429`, async () => {
    await withEmulator({ rateLimits: [...PUBLISHED_RATE_LIMITS] }, async (emulator) => {
      const workspace = await mkdtemp(join(tmpdir(), 'llx-pacing-'));
      await mkdir(join(workspace, 'docs'));
      await writeFile(join(workspace, 'invoice.yml'), 'data_schema:\n  type: object\n');
      for (let i = 0; i < DOCUMENTS; i++) await writeFile(join(workspace, 'docs', `${i}.pdf`), `%PDF-1.7 ${i}`);
      const result = await runs.run({
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
