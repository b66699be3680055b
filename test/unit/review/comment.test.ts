import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as core from '../../__fixtures__/core.js';
import { startGitHub, type GitHubFake } from '../../../emulator/github.js';
import { useHarness } from '../../support/harness.js';

jest.unstable_mockModule('@actions/core', () => core);
const { postComment } = await import('../../../src/review/comment.js');
const { commentTarget, runUrl } = await import('../../../src/review/target.js');
const { renderComment } = await import('../../../src/review/render.js');
const { buildReport } = await import('../../../src/report/run-report.js');
const { compareResult } = await import('../../../src/compare/compare.js');
const { kept, judgement } = await import('../../__fixtures__/judgements.js');

const harness = useHarness();
const dir = harness.folder();
const saved = { ...process.env };
let github: GitHubFake;
beforeAll(async () => {
  github = await startGitHub({ pullRequests: [{ number: 3, branch: 'topic', sha: 'abc' }] });
});
afterAll(async () => {
  await github.close();
});
beforeEach(() => {
  jest.clearAllMocks();
});
afterEach(() => {
  process.env = { ...saved };
  // eslint-disable-next-line jest/no-standalone-expect -- every test's requests must keep to GitHub's description
  expect(github.violations).toEqual([]);
});

function event(name: string, payload: unknown): void {
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(payload));
  Object.assign(process.env, {
    GITHUB_EVENT_NAME: name,
    GITHUB_EVENT_PATH: file,
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_API_URL: github.url
  });
}

const review = (extra: Record<string, unknown> = {}) => ({
  failOnRegression: false,
  comment: 'auto' as const,
  commentKey: 'k',
  githubToken: 'ghs-write',
  ...extra
});
const judgements = () => [judgement('ext-1', 'COMPLETED', {}, { result: kept('{}') })];
const run = () => buildReport(judgements(), { failOnError: true, fileMode: false, stepProblems: [], now: new Date() });

describe('postComment', () => {
  it('creates, then updates; says so in the log', async () => {
    event('pull_request', { pull_request: { number: 1 } });
    await postComment(judgements(), undefined, run(), review());
    await postComment(judgements(), undefined, run(), review());
    expect(github.comments(1)).toHaveLength(1);
    expect(core.messages(core.info)).toEqual([
      expect.stringMatching(/^Posted the comment on pull request #1: /),
      expect.stringMatching(/^Updated the comment on pull request #1: /)
    ]);
  });

  it('skips with a plain line under auto and a warning under always', async () => {
    event('workflow_dispatch', {});
    await postComment(judgements(), undefined, run(), review());
    await postComment(judgements(), undefined, run(), review({ comment: 'always' }));
    expect(core.messages(core.info)).toEqual(['No pull-request comment: the workflow_dispatch event has no pull request.']);
    expect(core.messages(core.warning)).toEqual(['No pull-request comment: the workflow_dispatch event has no pull request.']);
    event('pull_request', { number: 2 });
    await postComment(judgements(), undefined, run(), review({ githubToken: '' }));
    delete process.env.GITHUB_REPOSITORY;
    await postComment(judgements(), undefined, run(), review());
    expect(core.messages(core.info).slice(1)).toEqual([
      "No pull-request comment: 'github-token' is empty.",
      'No pull-request comment: GITHUB_REPOSITORY does not name a repository.'
    ]);
  });

  it("finds a push's open pull request; a token that may not list them is a plain line under auto", async () => {
    event('push', { ref: 'refs/heads/topic', after: 'abc' });
    await postComment(judgements(), undefined, run(), review());
    expect(github.comments(3)).toHaveLength(1);
    await postComment(judgements(), undefined, run(), review({ githubToken: 'nope' }));
    expect(core.messages(core.info).at(-1)).toBe(
      'No pull-request comment: the pull requests of the pushed commit could not be listed (401).'
    );
    expect(core.messages(core.warning)).toEqual([]);
  });

  it('warns with the reason when GitHub refuses: bad credentials, a read-only token', async () => {
    event('pull_request', { pull_request: { number: 4 } });
    await postComment(judgements(), undefined, run(), review({ githubToken: 'nope' }));
    await postComment(judgements(), undefined, run(), review({ githubToken: 'ghs-read' }));
    expect(core.messages(core.warning)).toEqual([
      'The pull-request comment could not be posted: the token was refused (401: Bad credentials). The job summary has the whole report.',
      expect.stringContaining('the token may not write to this pull request (403: Resource not accessible by integration).')
    ]);
  });
});

describe('commentTarget and runUrl', () => {
  it('read the event, the repository and the run', () => {
    expect(commentTarget({ GITHUB_REPOSITORY: 'a/b', GITHUB_EVENT_NAME: 'push', GITHUB_SHA: 's', GITHUB_REF: 'refs/tags/v1' })).toEqual({
      owner: 'a',
      repo: 'b',
      event: 'push'
    });
    expect(
      commentTarget({ GITHUB_REPOSITORY: 'a/b', GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_EVENT_PATH: join(dir, 'missing.json') })
    ).toEqual({
      owner: 'a',
      repo: 'b',
      event: 'pull_request_target'
    });
    expect(commentTarget({ GITHUB_REPOSITORY: 'a/b/c' })).toBeUndefined();
    expect(
      runUrl({ GITHUB_SERVER_URL: 'https://github.com/', GITHUB_REPOSITORY: 'a/b', GITHUB_RUN_ID: '9', GITHUB_RUN_ATTEMPT: '2' })
    ).toBe('https://github.com/a/b/actions/runs/9/attempts/2');
    expect(runUrl({ GITHUB_REPOSITORY: 'a/b', GITHUB_RUN_ID: '9' })).toBeUndefined();
  });
});

describe('renderComment', () => {
  it('stays under the limit with long untrusted text, failures first', () => {
    const many = Array.from({ length: 500 }, (_, i) =>
      judgement(
        `ext-${i}`,
        i % 2 ? 'COMPLETED' : 'FAILED',
        {
          comparison: { expectedFile: 'e.json', comparison: compareResult({ a: `${'<'.repeat(500)}${i}` }, { a: i }) }
        },
        { errorMessage: `|${'x'.repeat(1000)}`, result: kept('{}') }
      )
    );
    const summary = buildReport(many, {
      failOnError: true,
      fileMode: false,
      stepProblems: [{ jobId: '', message: 'stopped <now>', always: true }],
      now: new Date()
    });
    const body = renderComment(many, undefined, { key: 'k', run: summary });
    // GitHub refuses a comment body longer than 65,536 characters.
    expect(body.length).toBeLessThan(65_536);
    expect(body).toContain('⛔ stopped &#60;now&#62;');
    expect(body).toMatch(/documents not shown, to stay under GitHub's comment limit: the job summary has every one\.\n$/);
    expect(body).not.toContain('<<');
  });
});

describe('renderComment of a run that replayed', () => {
  it('says which documents were replayed and which await their extraction', () => {
    const replayedFrom = { repository: null, runId: '1', runAttempt: null, commit: null, createdAt: '2026-01-01T00:00:00.000Z' };
    const replayed = judgement(
      'ext-1',
      'COMPLETED',
      { source: { file: 'a.pdf', fileId: '', reused: false, replayedFrom } },
      { result: kept('{}') }
    );
    const awaiting = judgement('', '', {
      source: { file: 'b.pdf', fileId: '', reused: false },
      job: undefined,
      startError: 'later',
      deferred: true
    });
    const all = [replayed, awaiting];
    const body = renderComment(all, undefined, {
      key: 'k',
      run: buildReport(all, { failOnError: true, fileMode: true, stepProblems: [], now: new Date() })
    });
    expect(body).toContain('## ⏳ LlamaCloud Extract pending: 2 documents\n\n1 passed · 1 pending · ');
    expect(body).toContain('<code>a.pdf</code> · COMPLETED · replayed');
    expect(body).toContain('⏳ <code>b.pdf</code> · needs extraction');
  });
});
