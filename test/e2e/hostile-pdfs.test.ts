// max-credits counts the pages of PDFs a pull request controls: one built to hang the counter, take the
// runner's memory or never end must only fail to be counted, within the bounds the README gives, and the step
// must say so on its one line, spending nothing.
import { describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { emulatorInputs, withEmulator } from '../../emulator/runner.js';
import type { Emulator } from '../../emulator/emulator.js';
import { useHarness } from '../support/harness.js';
import { annotations } from '../support/readers.js';
import { doublingPageTree, longString, objectStreamBomb, pagesPdf, pageTreeCycle } from '../support/pdfs.js';

const harness = useHarness();

const CONFIGURATION = 'data_schema:\n  type: object\n';

const run = (emulator: Emulator, files: Record<string, Buffer>, extra: Record<string, string> = {}, env?: Record<string, string>) =>
  harness.run({
    env,
    inputs: emulatorInputs(emulator, {
      file: 'invoices/*.pdf',
      configuration: 'invoice.yml',
      'output-file': 'extracted/{name}.json',
      'max-credits': '1000',
      ...extra
    }),
    workspace: harness.folder({ 'invoice.yml': CONFIGURATION, ...files }),
    timeoutMs: 120_000
  });

/** The step's one error line, and that nothing was uploaded or created. */
function refusedBeforeSpending(result: Awaited<ReturnType<typeof run>>, emulator: Emulator): string {
  expect(result.code).toBe(1);
  const errors = annotations(result, 'error');
  expect(errors).toHaveLength(1);
  expect(emulator.requests.filter((request) => request.method !== 'GET')).toEqual([]);
  return errors[0]!;
}

describe('a hostile PDF under max-credits', () => {
  it('a decompression bomb, a page tree that holds itself and a PDF that fills the heap are not counted, and the step says which bound each hit', async () => {
    await withEmulator({}, async (emulator) => {
      const result = await run(emulator, {
        // 1 MiB on disk, 1 GiB decoded: the object streams a reader decodes whole, outside the worker's heap.
        'invoices/bomb.pdf': await objectStreamBomb(1024),
        'invoices/cycle.pdf': pageTreeCycle(),
        'invoices/heap.pdf': longString(10),
        'invoices/fine.pdf': pagesPdf(2)
      });
      const error = refusedBeforeSpending(result, emulator);
      expect(error).toMatch(
        /^The jobs this step would create are estimated at 10 credits \(2 pages at 5 credits per page, tier cost_effective\) plus 3 documents of unknown page count, which max-credits 1,000 cannot bound: nothing was uploaded and no job created\. Largest: invoices\/fine\.pdf \(2 pages\)\. Unknown page count \(not a PDF or an image, or a PDF that could not be counted\): /
      );
      expect(error).toContain('invoices/bomb.pdf (a stream in it decodes to more than 32 MiB), ');
      expect(error).toContain('invoices/cycle.pdf, ');
      // Whichever bound a loaded machine meets first: the heap's, or the count's time.
      expect(error).toMatch(/invoices\/heap\.pdf \(counting (needed more than 256 MiB of memory|took longer than 15 s)\); /);
      expect(error).toMatch(
        /; max_pages or target_pages in the configuration bounds them\. Raising max-credits does not help: bound their pages in the configuration, or leave them out of 'file'\.$/
      );
    });
  }, 120_000);

  it('a page tree that never ends is counted only until the timeout', async () => {
    await withEmulator({}, async (emulator) => {
      // 2^64 walks, each holding nothing: only a bound ends it, here the step's timeout before the count's own 15 s.
      const result = await run(emulator, { 'invoices/endless.pdf': doublingPageTree(64, false) }, { timeout: '4s' });
      const error = refusedBeforeSpending(result, emulator);
      expect(error).toMatch(
        /Unknown page count \(not a PDF or an image, or a PDF that could not be counted\): invoices\/endless\.pdf \(the timeout was reached (while|before) its pages were counted\); /
      );
    });
  }, 60_000);

  it("the counter's process gets none of the step's environment: not the key, not NODE_OPTIONS", async () => {
    await withEmulator({}, async (emulator) => {
      // A module every process that NODE_OPTIONS reaches loads: it notes whether it is the counter and sees the key.
      const folder = harness.folder();
      const seen = join(folder, 'seen.jsonl');
      const spy = join(folder, 'spy.cjs');
      writeFileSync(
        spy,
        `require('node:fs').appendFileSync(${JSON.stringify(seen)}, JSON.stringify({ counter: process.argv.includes('--llx-count-pages'), key: Object.values(process.env).some((value) => value.includes(${JSON.stringify(emulator.apiKey)})) }) + '\\n');`
      );
      const result = await run(
        emulator,
        { 'invoices/fine.pdf': pagesPdf(2) },
        { 'max-credits': '1' },
        { NODE_OPTIONS: `--require ${spy}` }
      );
      // Counted (so the counter ran), and over the budget: nothing spent.
      expect(refusedBeforeSpending(result, emulator)).toMatch(
        /^The jobs this step would create are estimated at 10 credits \(2 pages at 5 credits per page/
      );
      const lines = readFileSync(seen, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { counter: boolean; key: boolean });
      // The step itself loaded the spy and holds the key; no process that counts pages does.
      expect(lines).toContainEqual({ counter: false, key: true });
      expect(lines.filter((line) => line.counter && line.key)).toEqual([]);
    });
  }, 60_000);
});
