import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import * as core from '../../__fixtures__/core.js';

jest.unstable_mockModule('@actions/core', () => core);
const { checkConfiguration, endWithoutKey } = await import('../../../src/start/fork.js');

const saved = { ...process.env };
beforeEach(() => {
  jest.clearAllMocks();
});
afterEach(() => {
  process.env = { ...saved };
});

describe('checkConfiguration', () => {
  it('accepts what the spec accepts and passes a saved configuration through', () => {
    expect(() => checkConfiguration({ inline: { data_schema: { type: 'object' }, tier: 'agentic', max_pages: 3 } }, 'c.yml')).not.toThrow();
    expect(() => checkConfiguration({ id: 'cfg-1' }, 'c.yml')).not.toThrow();
  });

  it('names at most three problems, without the null branch of an optional field', () => {
    expect(() => checkConfiguration({ inline: { tier: 'free', max_pages: 'ten', cite_sources: 'yes', version: 1 } }, 'c.yml')).toThrow(
      "Input 'configuration': 'c.yml' is not an extract configuration LlamaCloud accepts: the configuration must have required property 'data_schema'; max_pages must be integer; tier must be equal to one of the allowed values (cost_effective, agentic, agentic_plus). Fix it as the API's ExtractConfiguration describes."
    );
  });
});

describe('endWithoutKey', () => {
  const settings = {
    mode: 'file' as const,
    documents: [{ path: '/w/a.pdf', relative: 'a.pdf', size: 1 }],
    configuration: { file: '/w/c.yml' },
    schemaPath: '/w/s.json'
  };

  it('passes with a notice naming what was checked and how to run the extraction', () => {
    const summary = endWithoutKey({ head: 'someone/app' }, { ...settings, onFork: 'skip' });
    expect(core.notice).toHaveBeenCalledWith(
      expect.stringContaining('Checked without a key: the inputs, 1 document, the configuration, the schema.')
    );
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(summary).toContain('### LlamaCloud Extract: extraction skipped');
  });

  it('fails with on-fork: fail', () => {
    const summary = endWithoutKey({ head: 'some_one/app' }, { mode: 'job-id', onFork: 'fail' });
    expect(core.setFailed).toHaveBeenCalledWith(expect.stringMatching(/^Extraction cannot run: .*Checked without a key: the inputs\. /));
    expect(summary).toContain('could not run');
    expect(summary).toContain('some&#95;one/app');
  });
});
