import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import * as path from 'node:path';
import * as core from '../../__fixtures__/core.js';
import { actionDefaults } from '../../../emulator/runner.js';

jest.unstable_mockModule('@actions/core', () => core);
const { getSettings, readApiKey } = await import('../../../src/settings/input-helper.js');

const saved = { ...process.env };
let given: Record<string, string> = {};
/** Adds to the step's inputs (the `with:` of a workflow), as the runner hands them to getInput: trimmed. */
const setInputs = (inputs: Record<string, string>): void => {
  given = { ...given, ...inputs };
  core.useInputs(Object.fromEntries(Object.entries(given).map(([name, value]) => [name, value.trim()])));
};

beforeEach(() => {
  jest.clearAllMocks();
  for (const key of Object.keys(process.env)) if (key.startsWith('LLAMA_CLOUD_')) delete process.env[key];
  process.env.GITHUB_WORKSPACE = '/work/space';
  given = {};
  setInputs({ 'job-id': 'ext-1' });
});
afterEach(() => {
  process.env = { ...saved };
});

/** `getSettings`'s error message, or '' when it accepts the inputs. */
const refusal = (apiKey = 'key'): string => {
  try {
    getSettings(apiKey);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
};

describe("action.yml's defaults", () => {
  // The runner fills in action.yml's defaults; a caller without them gives empty inputs. Both must mean the same.
  it.each([{}, { LLAMA_CLOUD_BASE_URL: 'https://api.cloud.eu.llamaindex.ai' }])(
    'give the same settings as empty inputs (env %p)',
    (env) => {
      Object.assign(process.env, env);
      const withoutDefaults = getSettings('key');
      setInputs({ ...actionDefaults(), 'job-id': 'ext-1' });
      expect(getSettings('key')).toEqual(withoutDefaults);
    }
  );

  it('leave base-url empty, so LLAMA_CLOUD_BASE_URL applies under a runner', () => {
    expect(actionDefaults()['base-url']).toBe('');
    setInputs({ ...actionDefaults(), 'job-id': 'ext-1' });
    process.env.LLAMA_CLOUD_BASE_URL = 'https://api.cloud.eu.llamaindex.ai';
    expect(getSettings('key').baseUrl).toBe('https://api.cloud.eu.llamaindex.ai');
  });
});

describe('getSettings', () => {
  it('applies the documented defaults', () => {
    expect(getSettings('key')).toEqual({
      mode: 'job-id',
      jobIds: ['ext-1'],
      apiKey: 'key',
      projectId: undefined,
      organizationId: undefined,
      baseUrl: 'https://api.cloud.llamaindex.ai',
      wait: true,
      timeoutMs: 30 * 60_000,
      pollIntervalMs: 5000,
      outputFile: path.resolve('/work/space', 'extract-result.json'),
      jobFile: undefined,
      failOnError: true,
      schemaPath: undefined,
      minConfidence: undefined,
      cancelOnTimeout: false,
      workspace: '/work/space',
      comparison: undefined,
      onFork: 'skip',
      review: { failOnRegression: false, comment: 'auto', commentKey: 'llamacloud-extract', githubToken: '' }
    });
  });

  it('reads the file mode, whose documents are checked once found', () => {
    setInputs({ 'job-id': '', file: 'a.pdf\nb.pdf', 'configuration-id': 'cfg-1', 'output-file': 'out.json', 'job-file': 'out.json' });
    expect(getSettings('key')).toMatchObject({
      mode: 'file',
      filePatterns: ['a.pdf', 'b.pdf'],
      configuration: { id: 'cfg-1' },
      reuse: false,
      outputFile: '/work/space/out.json',
      jobFile: '/work/space/out.json'
    });
    expect(getSettings('key')).not.toHaveProperty('jobIds');
  });

  it("leaves a shard's comment to the merge step under comment: auto, not under always", () => {
    setInputs({ 'job-id': '', file: 'a.pdf', 'configuration-id': 'cfg-1', shard: '2/4' });
    expect(getSettings('key')).toMatchObject({ shard: { index: 2, count: 4 }, review: { comment: 'never' } });
    setInputs({ 'job-id': '', file: 'a.pdf', 'configuration-id': 'cfg-1', shard: '2/4', comment: 'always' });
    expect(getSettings('key')).toMatchObject({ review: { comment: 'always' } });
  });

  it('reads every input', () => {
    setInputs({
      'job-id': 'ext-1, ext-2\next_3 ext-1',
      'project-id': 'prj-1',
      'organization-id': 'org_2',
      'base-url': 'https://api.cloud.eu.llamaindex.ai/',
      wait: 'FALSE',
      timeout: '1h30m',
      'poll-interval': '2',
      'output-file': 'out/{job_id}.json',
      'job-file': '/tmp/jobs/{job_id}.json',
      'fail-on-error': 'false',
      schema: 'schema.json',
      'min-confidence': '0.8',
      'cancel-on-timeout': 'true'
    });
    const settings = getSettings('key');
    expect(settings).toMatchObject({
      jobIds: ['ext-1', 'ext-2', 'ext_3'],
      projectId: 'prj-1',
      organizationId: 'org_2',
      baseUrl: 'https://api.cloud.eu.llamaindex.ai',
      wait: false,
      timeoutMs: 5_400_000,
      pollIntervalMs: 2000,
      outputFile: '/work/space/out/{job_id}.json',
      jobFile: '/tmp/jobs/{job_id}.json',
      failOnError: false,
      schemaPath: '/work/space/schema.json',
      minConfidence: 0.8,
      cancelOnTimeout: true
    });
  });

  it('takes the base URL from the input, then LLAMA_CLOUD_BASE_URL, then the US region', () => {
    expect(getSettings('key').baseUrl).toBe('https://api.cloud.llamaindex.ai');
    process.env.LLAMA_CLOUD_BASE_URL = 'http://127.0.0.1:4010';
    expect(getSettings('key').baseUrl).toBe('http://127.0.0.1:4010');
    setInputs({ 'base-url': 'https://api.cloud.eu.llamaindex.ai' });
    expect(getSettings('key').baseUrl).toBe('https://api.cloud.eu.llamaindex.ai');
  });

  it.each([
    [{ timeout: 'soon' }, "Input 'timeout': 'soon' is not a duration"],
    [{ 'poll-interval': '100ms' }, "Input 'poll-interval': '100ms' is too short"],
    [{ wait: 'yes please' }, "Input 'wait': 'yes please' is not a boolean"],
    [{ 'min-confidence': '1.5' }, "Input 'min-confidence': '1.5' is not a confidence"],
    [{ 'base-url': 'http://api.cloud.llamaindex.ai' }, "Input 'base-url': 'http://api.cloud.llamaindex.ai' must use https://"],
    [{ 'base-url': 'http://10.0.0.5:8080' }, 'must use https://'],
    [{ 'base-url': 'not a url' }, "Input 'base-url': 'not a url' is not a URL"],
    [{ 'base-url': 'https://user:pw@example.com' }, 'must not carry credentials'],
    [{ 'project-id': 'p/1' }, "Input 'project-id': 'p/1' is not an ID"],
    [{ 'job-id': 'a,b', 'output-file': 'out.json' }, "Input 'output-file': 'out.json' must contain {job_id}"],
    [{ 'job-id': 'a b', 'job-file': 'job.json', 'output-file': '{job_id}.json' }, "Input 'job-file': 'job.json' must contain {job_id}"],
    [{ 'output-file': 'out/' }, "Input 'output-file': 'out/' names a folder. Give a file path"],
    [{ 'job-file': 'jobs/' }, "Input 'job-file': 'jobs/' names a folder"],
    [
      { 'job-file': 'extract-result.json' },
      "Input 'job-file': '/work/space/extract-result.json' is also where output-file writes a result"
    ],
    [
      { expected: 'extract-result.json' },
      "Input 'expected': '/work/space/extract-result.json' is also where output-file writes a result. Give the expected file its own path"
    ],
    [{ 'job-id': 'a b', 'output-file': '{job_id}.json', expected: 'e.json' }, "Input 'expected': 'e.json' must contain {job_id}"],
    [{ 'report-file': 'extract-result.json' }, "Input 'report-file': 'extract-result.json' must be one file of its own for the whole run"],
    [{ 'job-id': '' }, "Input 'job-id': is required"],
    [{ 'max-credits': '500' }, "Input 'max-credits': applies to jobs this step creates from 'file'"]
  ])('refuses %p with a one-line error', (inputs, message) => {
    setInputs(inputs);
    const error = refusal();
    expect(error).toContain(message);
    expect(error).not.toContain('\n');
  });

  it('accepts a job file beside the result', () => {
    setInputs({ 'job-id': 'a b', 'output-file': '{job_id}.json', 'job-file': '{job_id}.job.json' });
    expect(refusal()).toBe('');
  });

  it.each(['llx-ab\ncd', 'llx-ab\rcd', 'llx-ab\tcd', 'llx-ab\u0000cd', 'llx-ab cd', 'llx-ab\u007fcd', 'llx-abé'])(
    'refuses an API key holding %j without showing it',
    (key) => {
      setInputs({ 'api-key': key });
      const error = refusal(key);
      expect(error).toMatch(
        /^Input 'api-key': the key holds a line break, a space, a control or a non-ASCII character\. Copy the key again/
      );
      expect(error).not.toContain('llx-ab');
    }
  );

  it('names LLAMA_CLOUD_API_KEY when the bad key came from there', () => {
    process.env.LLAMA_CLOUD_API_KEY = 'llx-ab\ncd';
    const error = refusal(readApiKey());
    expect(error).toMatch(/^Input 'api-key': the key in the LLAMA_CLOUD_API_KEY environment variable holds a line break/);
    expect(error).not.toContain('llx-ab');
  });

  it.each(['http://localhost:1', 'http://127.0.0.9:2', 'http://[::1]:3/prefix'])('accepts plain http to loopback %p', (url) => {
    setInputs({ 'base-url': url });
    expect(getSettings('key').baseUrl).toBe(url);
  });

  it('names both places when no key is given', () => {
    expect(() => getSettings('')).toThrow(/api-key.*LLAMA_CLOUD_API_KEY/);
  });
});

describe('readApiKey', () => {
  it('prefers the input, falls back to LLAMA_CLOUD_API_KEY', () => {
    process.env.LLAMA_CLOUD_API_KEY = ' env-key ';
    expect(readApiKey()).toBe('env-key');
    setInputs({ 'api-key': 'input-key' });
    expect(readApiKey()).toBe('input-key');
    expect(core.setSecret.mock.calls).toEqual([['env-key'], ['input-key']]);
  });
});

describe('on-fork', () => {
  it('reads on-fork as skip or fail, skip when empty', () => {
    expect(getSettings('key').onFork).toBe('skip');
    setInputs({ 'on-fork': 'FAIL' });
    expect(getSettings('key').onFork).toBe('fail');
    setInputs({ 'on-fork': 'maybe' });
    expect(refusal()).toBe("Input 'on-fork': must be skip or fail, not 'maybe'.");
  });

  it('accepts no key only for a fork', () => {
    expect(refusal('')).toMatch(/^Input 'api-key': no API key/);
    expect(getSettings('', true).apiKey).toBe('');
  });
});
