// A pull request from a fork, which gets no secrets, as a runner runs it: with no key the step runs every check
// that needs none and passes with a notice (or fails with on-fork: fail); the same repository, another event or
// a key keep today's behaviour.
import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { sampleInvoice, type Emulator } from '../../emulator/emulator.js';
import { emulatorInputs, withEmulator } from '../../emulator/runner.js';
import { useHarness } from '../support/harness.js';
import { annotations } from '../support/readers.js';

const harness = useHarness();

const CONFIGURATION = 'data_schema:\n  type: object\n  properties:\n    total: { type: number }\ntier: cost_effective\n';
const checkout = (extra: Record<string, string> = {}) =>
  harness.folder({
    'invoices/march.pdf': '%PDF-1.7 march',
    'invoices/april.pdf': '%PDF-1.7 april',
    '.github/extract/invoice.yml': CONFIGURATION,
    'expected/march.json': JSON.stringify(sampleInvoice),
    'expected/april.json': JSON.stringify(sampleInvoice),
    ...extra
  });

const inputs = (extra: Record<string, string> = {}) => ({
  file: 'invoices/*.pdf',
  configuration: '.github/extract/invoice.yml',
  'output-file': 'extracted/{name}.json',
  expected: 'expected/{name}.json',
  'poll-interval': '1s',
  ...extra
});

/** The payload GitHub writes for a pull_request event, head in `head`, base in `base`. */
function eventFile(head: string, base = 'acme/invoices'): string {
  const repo = (fullName: string) => ({ full_name: fullName, fork: fullName !== base, name: fullName.split('/')[1] });
  const payload = { action: 'synchronize', number: 7, pull_request: { number: 7, head: { repo: repo(head) }, base: { repo: repo(base) } } };
  return join(harness.folder({ 'event.json': JSON.stringify(payload) }), 'event.json');
}

function run(
  emulator: Emulator,
  options: { key: boolean; head: string; event?: string; inputs?: Record<string, string>; files?: Record<string, string> }
) {
  const given = emulatorInputs(emulator, inputs(options.inputs));
  return harness.run({
    inputs: options.key ? given : { ...given, 'api-key': '' },
    workspace: checkout(options.files),
    env: { GITHUB_EVENT_NAME: options.event ?? 'pull_request', GITHUB_EVENT_PATH: eventFile(options.head) }
  });
}

describe('a pull request from a fork, without a key', () => {
  it('checks the inputs, documents, configuration and expected files, sends nothing, and passes with a notice', async () => {
    await withEmulator({}, async (emulator) => {
      const result = await run(emulator, { key: false, head: 'contributor/invoices' });
      expect({ code: result.code, errors: annotations(result, 'error') }).toEqual({ code: 0, errors: [] });
      expect(emulator.requests).toHaveLength(0);
      const [notice] = annotations(result, 'notice');
      expect(notice).toContain('Extraction skipped: this pull request comes from contributor/invoices');
      expect(notice).toContain(
        'Checked without a key: the inputs, 2 documents, the configuration, the comparison rules and the expected files.'
      );
      expect(notice).toContain('pull_request_target');
      expect(result.summary).toContain('extraction skipped');
    });
  });

  it('fails with on-fork: fail, still sending nothing', async () => {
    await withEmulator({}, async (emulator) => {
      const result = await run(emulator, { key: false, head: 'contributor/invoices', inputs: { 'on-fork': 'fail' } });
      expect(result.code).toBe(1);
      expect(annotations(result, 'error')[0]).toMatch(
        /^Extraction cannot run: this pull request comes from contributor\/invoices.*\(on-fork: fail\)/
      );
      expect(emulator.requests).toHaveLength(0);
    });
  });

  it('fails on a configuration the API would refuse, as its ExtractConfiguration schema says', async () => {
    await withEmulator({}, async (emulator) => {
      const result = await run(emulator, {
        key: false,
        head: 'contributor/invoices',
        files: { '.github/extract/invoice.yml': `${CONFIGURATION.replace('cost_effective', 'cheapest')}max_pages: 0\n` }
      });
      expect(result.code).toBe(1);
      expect(annotations(result, 'error')).toEqual([
        "Input 'configuration': '.github/extract/invoice.yml' is not an extract configuration LlamaCloud accepts: max_pages must be >= 1; tier must be equal to one of the allowed values (cost_effective, agentic, agentic_plus). Fix it as the API's ExtractConfiguration describes."
      ]);
      expect(emulator.requests).toHaveLength(0);
    });
  });

  it('fails on an expected file that is not JSON, as a run with the key would before any request', async () => {
    await withEmulator({}, async (emulator) => {
      const result = await run(emulator, { key: false, head: 'contributor/invoices', files: { 'expected/april.json': '{ not json' } });
      expect(result.code).toBe(1);
      expect(annotations(result, 'error')[0]).toMatch(/^Input 'expected': 'expected\/april.json' is not valid JSON/);
      expect(annotations(result, 'notice')).toEqual([]);
    });
  });
});

describe('a missing key elsewhere stays an input error', () => {
  it.each([
    ['a pull request from the same repository', 'pull_request', 'acme/invoices'],
    ['pull_request_target, which has the secrets', 'pull_request_target', 'contributor/invoices']
  ])('%s', async (_name, event, head) => {
    await withEmulator({}, async (emulator) => {
      const result = await run(emulator, { key: false, head, event });
      expect(result.code).toBe(1);
      expect(annotations(result, 'error')[0]).toMatch(/^Input 'api-key': no API key/);
    });
  });
});

describe('with the key', () => {
  it.each([
    ['a fork', 'contributor/invoices'],
    ['the same repository', 'acme/invoices']
  ])(
    'a pull request from %s extracts as any run',
    async (_name, head) => {
      await withEmulator({}, async (emulator) => {
        const result = await run(emulator, { key: true, head });
        expect({ code: result.code, errors: annotations(result, 'error'), notices: annotations(result, 'notice') }).toEqual({
          code: 0,
          errors: [],
          notices: []
        });
        expect(emulator.stats()).toMatchObject({ uploads: 2, creates: 2 });
      });
    },
    30_000
  );
});
