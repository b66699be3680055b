import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as core from '../../__fixtures__/core.js';
import { useHarness } from '../../support/harness.js';

jest.unstable_mockModule('@actions/core', () => core);
const { checkConfiguration, endWithoutKey, forkPullRequest } = await import('../../../src/start/fork.js');

const saved = { ...process.env };
const harness = useHarness();
const folder = harness.folder();
const event = (payload: unknown, name = 'pull_request'): void => {
  const file = join(folder, 'event.json');
  writeFileSync(file, typeof payload === 'string' ? payload : JSON.stringify(payload));
  process.env.GITHUB_EVENT_NAME = name;
  process.env.GITHUB_EVENT_PATH = file;
};
const pull = (head: unknown, base: unknown = { full_name: 'acme/app' }) => ({
  pull_request: { head: { repo: head }, base: { repo: base } }
});

beforeEach(() => {
  jest.clearAllMocks();
});
afterEach(() => {
  process.env = { ...saved };
});

describe('forkPullRequest', () => {
  it('finds a head repository other than the base, marked a fork, or deleted', () => {
    event(pull({ full_name: 'someone/app' }));
    expect(forkPullRequest()).toEqual({ head: 'someone/app' });
    event(pull({ full_name: 'acme/app', fork: true }));
    expect(forkPullRequest()).toEqual({ head: 'acme/app' });
    event(pull(null));
    expect(forkPullRequest()).toEqual({ head: 'a deleted fork' });
    event(pull({ fork: true }), 'pull_request_review');
    expect(forkPullRequest()).toEqual({ head: 'a fork' });
  });

  it('finds none for the same repository, another event, or a payload it cannot read', () => {
    event(pull({ full_name: 'acme/app' }));
    expect(forkPullRequest()).toBeUndefined();
    event(pull({ full_name: 'someone/app' }), 'pull_request_target');
    expect(forkPullRequest()).toBeUndefined();
    event(pull({ full_name: 'someone/app' }), 'push');
    expect(forkPullRequest()).toBeUndefined();
    event('{ not json');
    expect(forkPullRequest()).toBeUndefined();
    event({ pull_request: { head: { repo: 'x' }, base: { repo: {} } } });
    expect(forkPullRequest()).toBeUndefined();
    event({ pull_request: { head: {} } });
    expect(forkPullRequest()).toBeUndefined();
    event([]);
    expect(forkPullRequest()).toBeUndefined();
    delete process.env.GITHUB_EVENT_PATH;
    expect(forkPullRequest()).toBeUndefined();
  });
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
