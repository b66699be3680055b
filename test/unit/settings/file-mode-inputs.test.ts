// The inputs of the file mode: which combinations are accepted, and the configuration read before any request.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileFor, getSettings } from '../../../src/settings/input-helper.js';
import { useHarness } from '../../support/harness.js';

const harness = useHarness();
const workspace = harness.folder();
writeFileSync(join(workspace, 'config.yml'), 'data_schema:\n  type: object\ntier: agentic\n');
const saved = { ...process.env };
const setInputs = (inputs: Record<string, string>): void => {
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
};

beforeEach(() => {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  process.env.GITHUB_WORKSPACE = workspace;
});
afterEach(() => {
  process.env = { ...saved };
});

describe('file mode inputs', () => {
  it('reads the patterns (comments and blank lines skipped), the inline configuration and reuse', () => {
    setInputs({
      file: 'invoices/**/*.pdf\n\n# scans later\n!invoices/draft.pdf\n',
      configuration: 'config.yml',
      reuse: 'true',
      'output-file': 'out/{path}.json'
    });
    expect(getSettings('key')).toMatchObject({
      jobIds: [],
      filePatterns: ['invoices/**/*.pdf', '!invoices/draft.pdf'],
      configuration: { file: join(workspace, 'config.yml') },
      reuse: true,
      outputFile: join(workspace, 'out/{path}.json')
    });
  });

  it('sends a saved configuration by its ID', () => {
    setInputs({ file: 'a.pdf', 'configuration-id': 'cfg-11111111-2222' });
    expect(getSettings('key').configuration).toEqual({ id: 'cfg-11111111-2222' });
  });

  it.each([
    [
      { file: 'a.pdf', 'job-id': 'ext-1', 'configuration-id': 'cfg-1' },
      "Input 'file': give either 'job-id' (jobs started elsewhere) or 'file' (documents to extract), not both."
    ],
    [{}, "Input 'job-id': is required unless 'file' is given."],
    [{ file: 'a.pdf' }, "Input 'configuration-id': is required with 'file'"],
    [{ file: 'a.pdf', 'configuration-id': 'cfg-1', configuration: 'config.yml' }, "Input 'configuration': give either 'configuration-id'"],
    [{ file: 'a.pdf', 'configuration-id': 'cfg/1' }, "Input 'configuration-id': 'cfg/1' is not an ID."],
    [{ file: '!a.pdf', 'configuration-id': 'cfg-1' }, "Input 'file': holds only exclusions"],
    [{ file: 'a.pdf', 'configuration-id': 'cfg-1', reuse: 'maybe' }, "Input 'reuse': 'maybe' is not a boolean."],
    [{ 'job-id': 'ext-1', configuration: 'config.yml' }, "Input 'configuration': applies to jobs this step creates from 'file'"],
    [{ 'job-id': 'ext-1', reuse: 'true' }, "Input 'reuse': applies to jobs this step creates from 'file'"],
    [
      { 'job-id': 'ext-1', 'job-file': 'jobs/{path}.json' },
      "Input 'job-file': 'jobs/{path}.json' holds {path}, which names a document: it needs 'file'."
    ]
  ])('refuses %j', (inputs, message) => {
    setInputs(inputs);
    expect(() => getSettings('key')).toThrow(message);
  });

  it('renders a document into the result path', () => {
    setInputs({ file: 'a.pdf', 'configuration-id': 'cfg-1', 'output-file': 'out/{path}-{job_id}.json' });
    expect(fileFor(getSettings('key').outputFile, 'ext-1', 'scans/a.pdf')).toBe(join(workspace, 'out/scans/a-ext-1.json'));
  });
});
