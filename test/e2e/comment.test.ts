// The pull-request comment as a runner posts it: real event payload files (GITHUB_EVENT_PATH, GITHUB_EVENT_NAME,
// GITHUB_REPOSITORY, GITHUB_API_URL) against the GitHub fake, which checks each request against GitHub's
// OpenAPI description: created once, updated in place (past 100 comments), one per key, a fork's read-only
// token and a rate limit only warn, a push finds its open pull request, the comment lands before the failure,
// and 2,000 documents stay under the limit.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import type { JobScript } from '../../emulator/emulator.js';
import { startGitHub, type GitHubFake } from '../../emulator/github.js';
import type { ActionRun } from '../../emulator/runner.js';
import { useHarness } from '../support/harness.js';
import { annotations, logLines, readJson } from '../support/readers.js';
import { reportErrors } from '../__fixtures__/report-schema.js';

const harness = useHarness();

const MARKER = '<!-- llamacloud-extract-action comment-key=';
let github: GitHubFake;
beforeEach(async () => {
  github = await startGitHub({ pullRequests: [{ number: 12, branch: 'feature', sha: 'f00d' }] });
});
afterEach(async () => {
  // eslint-disable-next-line jest/no-standalone-expect -- every test's requests must keep to GitHub's description
  expect(github.violations).toEqual([]);
  await github.close();
});

interface Event {
  name: string;
  payload: unknown;
}
const pullRequest = (number: number, fork = false): Event => ({
  name: 'pull_request',
  payload: { action: 'synchronize', number, pull_request: { number, head: { repo: { fork } } } }
});
const push = (branch: string, sha: string): Event => ({ name: 'push', payload: { ref: `refs/heads/${branch}`, after: sha } });

async function run(jobs: JobScript[], event: Event, inputs: Record<string, string> = {}, workspace?: string): Promise<ActionRun> {
  const eventPath = join(harness.folder({ 'event.json': JSON.stringify(event.payload) }), 'event.json');
  const given = await harness.runAgainst(
    { jobs },
    {
      inputs: {
        'job-id': jobs.map((job) => job.id).join(' '),
        'output-file': 'out/{job_id}.json',
        'poll-interval': '1s',
        'github-token': 'ghs-write',
        ...inputs
      },
      env: {
        GITHUB_EVENT_NAME: event.name,
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_REPOSITORY: 'acme/invoices',
        GITHUB_API_URL: github.url,
        GITHUB_SERVER_URL: 'https://github.example',
        GITHUB_RUN_ID: '4242'
      },
      workspace,
      timeoutMs: 120_000
    }
  );
  return given.run;
}

const bodies = (issue: number) => github.comments(issue).map((comment) => comment.body);

describe('the pull-request comment', () => {
  it('is posted once on a pull_request event, then updated in place past 100 comments of others', async () => {
    const first = await run([{ id: 'ext-1' }, { id: 'ext-2' }], pullRequest(7));
    expect({ code: first.code, warnings: annotations(first, 'warning') }).toEqual({ code: 0, warnings: [] });
    expect(bodies(7)).toHaveLength(1);
    const [body] = bodies(7);
    expect(body).toMatch(
      /^<!-- llamacloud-extract-action comment-key=llamacloud-extract -->\n## ✅ LlamaCloud Extract passed: 2 documents\n/
    );
    expect(logLines(first)).toContainEqual(
      expect.stringMatching(/^Posted the comment on pull request #7: http:\/\/127\.0\.0\.1:\d+\/acme\/invoices\/pull\/7#issuecomment-\d+$/)
    );
    // Others talk on the pull request: the comment is now on page 2 of the list.
    github.addComments(
      7,
      Array.from({ length: 150 }, (_, i) => `comment ${i}`)
    );
    github.comments(7).push(github.comments(7).shift()!);
    const second = await run(
      [{ id: 'ext-1' }, { id: 'ext-2', timeline: [{ status: 'FAILED' }], errorMessage: 'bad scan' }],
      pullRequest(7),
      {
        'fail-on-error': 'false'
      }
    );
    expect(second.code).toBe(0);
    expect(bodies(7)).toHaveLength(151);
    expect(bodies(7).filter((text) => text.startsWith(MARKER))).toHaveLength(1);
    expect(bodies(7).at(-1)).toContain('LlamaCloud Extract passed: 1 of 2 documents failed');
    expect(github.requests.map((request) => request.operation)).toEqual([
      'issues/list-comments',
      'issues/create-comment',
      'issues/list-comments',
      'issues/list-comments',
      'issues/update-comment'
    ]);
    expect(github.requests[3]?.query).toEqual({ per_page: '100', page: '2' });
  });

  it('keeps one comment per comment-key', async () => {
    await run([{ id: 'ext-1' }], pullRequest(8), { 'comment-key': 'invoices' });
    await run([{ id: 'ext-1' }], pullRequest(8), { 'comment-key': 'receipts' });
    await run([{ id: 'ext-1' }], pullRequest(8), { 'comment-key': 'invoices' });
    expect(bodies(8).map((text) => text.split('\n')[0])).toEqual([`${MARKER}invoices -->`, `${MARKER}receipts -->`]);
  });

  it("only warns with a fork's read-only token; the step is unaffected", async () => {
    const result = await run([{ id: 'ext-1' }], pullRequest(9, true), { 'github-token': 'ghs-read' });
    expect(result.code).toBe(0);
    expect(annotations(result, 'warning')).toEqual([
      "The pull-request comment could not be posted: the token may not write to this pull request (403: Resource not accessible by integration). A pull request from a fork gets a read-only token; otherwise give the job 'permissions: pull-requests: write'. The job summary has the whole report."
    ]);
    expect(bodies(9)).toEqual([]);
  });

  it('waits out a short secondary rate limit once, and only warns about a long one', async () => {
    github.rateLimit(1, 1);
    const waited = await run([{ id: 'ext-1' }], pullRequest(10));
    expect({ code: waited.code, warnings: annotations(waited, 'warning') }).toEqual({ code: 0, warnings: [] });
    expect(bodies(10)).toHaveLength(1);
    github.rateLimit(5, 60);
    const refused = await run([{ id: 'ext-1' }], pullRequest(10));
    expect(refused.code).toBe(0);
    expect(annotations(refused, 'warning')).toEqual([
      expect.stringMatching(
        /^The pull-request comment could not be posted: GitHub's rate limit \(403, retry after 60s: You have exceeded a secondary rate limit/
      )
    ]);
  });

  it("comments on a push's open pull request, and says nothing on a push without one", async () => {
    const withPull = await run([{ id: 'ext-1' }], push('feature', 'f00d'));
    expect(withPull.code).toBe(0);
    expect(bodies(12)).toHaveLength(1);
    const without = await run([{ id: 'ext-1' }], push('main', 'beef'));
    expect({ code: without.code, warnings: annotations(without, 'warning') }).toEqual({ code: 0, warnings: [] });
    expect(logLines(without)).toContain('No pull-request comment: no open pull request has the pushed branch main.');
    expect(github.requests.filter((request) => request.operation === 'issues/create-comment')).toHaveLength(1);
  });

  it('lands before the step fails, with the failure in it', async () => {
    const result = await run(
      [{ id: 'ext-bad', timeline: [{ status: 'FAILED' }], errorMessage: 'unreadable <b>scan</b> | [x](y)' }],
      pullRequest(11)
    );
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    const posted = lines.findIndex((line) => line.startsWith('Posted the comment on pull request #11'));
    const failed = lines.findIndex((line) => line.startsWith('::error::'));
    expect(posted).toBeGreaterThanOrEqual(0);
    expect(posted).toBeLessThan(failed);
    const [body] = bodies(11);
    expect(body).toContain('## ❌ LlamaCloud Extract failed: 1 of 1 document failed');
    // Escaped exactly as in the summary.
    expect(body).toContain('- Job ext-bad FAILED: unreadable &#60;b&#62;scan&#60;/b&#62; &#124; &#91;x](y)');
  });

  it('stays under 65,536 characters for 2,000 documents, linking to the job summary for the rest', async () => {
    const jobs = Array.from({ length: 2000 }, (_, i) => ({
      id: `ext-${String(i).padStart(4, '0')}`,
      timeline: [{ status: 'FAILED' }],
      errorMessage: `page ${i} could not be read: ${'x'.repeat(200)}`
    }));
    const result = await run(jobs, pullRequest(13), { 'output-file': 'out/{job_id}.json' });
    expect(result.code).toBe(1);
    const [body = ''] = bodies(13);
    expect(body.length).toBeLessThan(65_536);
    expect(body).toContain('## ❌ LlamaCloud Extract failed: 2000 of 2000 documents failed');
    expect(body).toMatch(
      /> ✂️ \d+ documents not shown, to stay under GitHub's comment limit: the \[job summary\]\(https:\/\/github\.example\/acme\/invoices\/actions\/runs\/4242\) has every one\.\n$/
    );
  });
});

describe('the comment against a baseline', () => {
  const EXPECTED = JSON.stringify({ a: 1, b: 2, c: 3 });
  const compare = { expected: 'expected/{job_id}.json', 'min-accuracy': '0.5' };

  it('leads with the regressions, then the documents', async () => {
    const workspace = harness.folder({ 'expected/ext-a.json': EXPECTED, 'expected/ext-b.json': EXPECTED });
    const base = [
      { id: 'ext-a', result: { a: 1, b: 2, c: 3 } },
      { id: 'ext-b', result: { a: 1, b: 9, c: 3 } }
    ];
    const saved = await run(base, push('main', 'cafe'), { ...compare, 'report-file': 'base.json' }, workspace);
    expect(reportErrors(await readJson(saved, 'base.json'))).toEqual([]);
    const now = [
      { id: 'ext-a', result: { a: 1, b: 5, c: 3 } },
      { id: 'ext-b', result: { a: 1, b: 2, c: 3 } }
    ];
    const result = await run(now, pullRequest(14), { ...compare, baseline: 'base.json', 'fail-on-regression': 'true' }, workspace);
    expect(result.code).toBe(1);
    const [body = ''] = bodies(14);
    expect(body).toContain('## ❌ LlamaCloud Extract failed: 1 of 2 documents failed');
    expect(body).toContain('🔻 **1 field regressed** (matched the expected value in the baseline, not now) · 🟢 1 field fixed');
    expect(body.indexOf('🔻 **1 field regressed**')).toBeLessThan(body.indexOf('### Documents'));
    expect(body).toContain('| <code>b</code> | 2 | 5 | regressed: wrong |');
  });

  it('shows the drift of the extracted data without expected files', async () => {
    const workspace = harness.folder();
    const saved = await run([{ id: 'ext-a', result: { vendor: 'Acme' } }], push('main', 'cafe'), { 'report-file': 'base.json' }, workspace);
    expect(reportErrors(await readJson(saved, 'base.json'))).toEqual([]);
    const result = await run([{ id: 'ext-a', result: { vendor: 'ACME Corp' } }], pullRequest(15), { baseline: 'base.json' }, workspace);
    expect(result.code).toBe(0);
    const [body = ''] = bodies(15);
    expect(body).toContain('### 🔀 What this change does to the extracted data');
    expect(body).toContain('| <code>vendor</code> | "Acme" | "ACME Corp" | changed |');
  });
});
