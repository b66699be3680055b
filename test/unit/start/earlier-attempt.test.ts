import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import * as core from '../../__fixtures__/core.js';
import { startGitHub, type GitHubFake } from '../../../emulator/github.js';

jest.unstable_mockModule('@actions/core', () => core);
const { earlierAttempt } = await import('../../../src/start/earlier-attempt.js');

const MADE = '2026-12-01T10:00:00Z';
let github: GitHubFake;
const saved = process.env.GITHUB_API_URL;
beforeAll(async () => {
  github = await startGitHub({ workflowRuns: [{ id: 9, createdAt: MADE, attempt: 3 }] });
  process.env.GITHUB_API_URL = github.url;
});
afterAll(async () => {
  process.env.GITHUB_API_URL = saved;
  await github.close();
});
afterEach(() => {
  jest.clearAllMocks();
  // eslint-disable-next-line jest/no-standalone-expect -- every request must keep to GitHub's description
  expect(github.violations).toEqual([]);
});

const env = (attempt: string, runId = '9'): NodeJS.ProcessEnv => ({
  GITHUB_REPOSITORY: 'acme/invoices',
  GITHUB_RUN_ID: runId,
  GITHUB_RUN_ATTEMPT: attempt
});

describe('earlierAttempt', () => {
  it('is nothing on a first attempt, or when the runner gives no run', async () => {
    expect(await earlierAttempt('ghs-read', env('1'))).toBeUndefined();
    expect(await earlierAttempt('ghs-read', env(''))).toBeUndefined();
    expect(await earlierAttempt('ghs-read', env('2', 'x'))).toBeUndefined();
    expect(github.requests).toEqual([]);
  });

  it('reads when the run was made on a later attempt', async () => {
    expect(await earlierAttempt('ghs-read', env('3'))).toEqual({ attempt: 3, since: Date.parse(MADE) });
    expect(github.requests.at(-1)).toMatchObject({ operation: 'actions/get-workflow-run', status: 200 });
    expect(core.warning).not.toHaveBeenCalled();
  });

  it('warns and takes no bound when GitHub does not answer it', async () => {
    expect(await earlierAttempt('ghs-read', env('2', '10'))).toEqual({ attempt: 2 });
    expect(core.warning).toHaveBeenCalledWith(
      expect.stringMatching(/^Re-run attempt: could not read when workflow run 10 was made \(GitHub answered 404\)/)
    );
  });

  it('takes no bound without a token or a repository, asking nothing', async () => {
    const before = github.requests.length;
    expect(await earlierAttempt('', env('2'))).toEqual({ attempt: 2 });
    expect(await earlierAttempt('ghs-read', { ...env('2'), GITHUB_REPOSITORY: 'acme' })).toEqual({ attempt: 2 });
    expect(github.requests.length).toBe(before);
  });
});
