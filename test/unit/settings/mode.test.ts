// The two modes' inputs: which combinations are accepted, and what each mode reads.
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import * as core from '../../__fixtures__/core.js';

jest.unstable_mockModule('@actions/core', () => core);
const { readMode } = await import('../../../src/settings/mode.js');

const workspace = '/work/space';
beforeEach(() => core.useInputs({}));

describe('job-id mode', () => {
  it('reads each job ID once, separated by newlines, commas or spaces', () => {
    core.useInputs({ 'job-id': 'ext-1, ext-2\next_3 ext-1' });
    expect(readMode(workspace)).toEqual({ mode: 'job-id', jobIds: ['ext-1', 'ext-2', 'ext_3'] });
  });

  it.each([
    [{}, "Input 'job-id': is required unless 'file' is given."],
    [{ 'job-id': '../../admin' }, "Input 'job-id': '../../admin' is not a job ID. Expected letters, digits, '-' and '_' only"],
    [{ 'job-id': 'ext-1?x=1' }, 'is not a job ID'],
    [{ 'job-id': 'ext%2F1' }, 'is not a job ID'],
    [{ 'job-id': 'ext-1', configuration: 'config.yml' }, "Input 'configuration': applies to jobs this step creates from 'file'"],
    [{ 'job-id': 'ext-1', 'configuration-id': 'cfg-1' }, "Input 'configuration-id': applies to jobs this step creates from 'file'"],
    [{ 'job-id': 'ext-1', reuse: 'true' }, "Input 'reuse': applies to jobs this step creates from 'file'"],
    [
      { 'job-id': 'ext-1', replay: 'true', baseline: 'base.json' },
      "Input 'replay': applies to documents given by 'file': a job given by 'job-id' is read, never extracted again."
    ],
    [
      { 'job-id': 'ext-1', 'max-credits': '500' },
      "Input 'max-credits': applies to jobs this step creates from 'file'; a job given by 'job-id' was paid for when it was created."
    ],
    [{ 'job-id': 'ext-1', shard: '1/2' }, "Input 'shard': splits the documents of 'file'; the jobs given by 'job-id' are all waited for."]
  ])('refuses %j', (inputs, message) => {
    core.useInputs(inputs);
    expect(() => readMode(workspace)).toThrow(message);
  });

  it('lets reuse: false stand', () => {
    core.useInputs({ 'job-id': 'ext-1', reuse: 'false' });
    expect(readMode(workspace)).toEqual({ mode: 'job-id', jobIds: ['ext-1'] });
  });
});

describe('file mode', () => {
  it('reads the patterns (comments and blank lines skipped), the inline configuration and reuse', () => {
    core.useInputs({ file: 'invoices/**/*.pdf\n\n# scans later\n!invoices/draft.pdf\n', configuration: 'config.yml', reuse: 'true' });
    expect(readMode(workspace)).toEqual({
      mode: 'file',
      filePatterns: ['invoices/**/*.pdf', '!invoices/draft.pdf'],
      configuration: { file: '/work/space/config.yml' },
      reuse: true,
      replay: false,
      maxCredits: undefined
    });
  });

  it('replays with a baseline', () => {
    core.useInputs({ file: 'a.pdf', 'configuration-id': 'cfg-1', replay: 'true', baseline: 'base.json' });
    expect(readMode(workspace)).toMatchObject({ replay: true });
  });

  it('takes a saved configuration by its ID, and max-credits as a whole number', () => {
    core.useInputs({ file: 'a.pdf', 'configuration-id': 'cfg-11111111-2222', 'max-credits': '500' });
    expect(readMode(workspace)).toMatchObject({ configuration: { id: 'cfg-11111111-2222' }, reuse: false, maxCredits: 500 });
  });

  it.each([
    [{ 'job-id': 'ext-1' }, "Input 'file': give either 'job-id' (jobs started elsewhere) or 'file' (documents to extract), not both."],
    [{ 'configuration-id': '' }, "Input 'configuration-id': is required with 'file'"],
    [{ configuration: 'config.yml' }, "Input 'configuration': give either 'configuration-id'"],
    [{ 'configuration-id': 'cfg/1' }, "Input 'configuration-id': 'cfg/1' is not an ID."],
    [{ file: '!a.pdf' }, "Input 'file': holds only exclusions"],
    [{ reuse: 'maybe' }, "Input 'reuse': 'maybe' is not a boolean."],
    [{ replay: 'true' }, "Input 'replay': needs 'baseline', the report of an earlier run whose results it takes."],
    ...['1.5', '-1', 'lots', '1e3', '99999999999999999999'].map((bad): [Record<string, string>, string] => [
      { 'max-credits': bad },
      `Input 'max-credits': '${bad}' is not a number of credits. Expected a whole number such as 500.`
    ])
  ])('refuses %j', (inputs, message) => {
    core.useInputs({ file: 'a.pdf', 'configuration-id': 'cfg-1', ...inputs });
    expect(() => readMode(workspace)).toThrow(message);
  });
});

describe('shard', () => {
  const file = { file: 'invoices/*.pdf', 'configuration-id': 'cfg-1' };

  it.each([
    ['', undefined],
    ['2/4', { index: 2, count: 4 }],
    [' 1 / 1 ', { index: 1, count: 1 }],
    ['256/256', { index: 256, count: 256 }]
  ])("reads '%s'", (shard, expected) => {
    core.useInputs({ ...file, shard });
    expect(readMode(workspace)).toMatchObject({ mode: 'file', shard: expected });
  });

  it.each(['0/2', '3/2', 'a/b', '1/0', '1/257', '2', '1/2/3', '-1/2', '1.5/2'])("refuses '%s' in one line", (shard) => {
    core.useInputs({ ...file, shard });
    expect(() => readMode(workspace)).toThrow(
      `Input 'shard': '${shard}' is not a shard. Expected i/n with 1 <= i <= n <= 256, such as 2/4 (the second of four): in a matrix, \${{ matrix.shard }}/4.`
    );
  });
});
