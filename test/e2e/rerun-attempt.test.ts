// A re-run of the same workflow run (GITHUB_RUN_ID kept, GITHUB_RUN_ATTEMPT raised) never makes a second job
// for a document, `reuse` or not: the jobs its earlier attempt made are taken, those of other runs are not,
// and when GitHub cannot say when the run was made, any earlier job is taken rather than paid for again.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { startEmulator, type Emulator } from '../../emulator/emulator.js';
import { startGitHub, type GitHubFake } from '../../emulator/github.js';
import { emulatorInputs, type ActionRun } from '../../emulator/runner.js';
import { useHarness } from '../support/harness.js';
import { annotations, logLines } from '../support/readers.js';

const harness = useHarness();

const DOCUMENTS = {
  'docs/a.pdf': '%PDF-1.7 a',
  'docs/b.pdf': '%PDF-1.7 b',
  'docs/c.pdf': '%PDF-1.7 c',
  'invoice.yml': 'data_schema:\n  type: object\n'
};
const MINUTE = 60_000;

let emulator: Emulator;
let github: GitHubFake | undefined;
beforeEach(async () => {
  emulator = await startEmulator();
});
afterEach(async () => {
  await emulator.close();
  // eslint-disable-next-line jest/no-standalone-expect -- every request must keep to GitHub's description
  expect(github?.violations ?? []).toEqual([]);
  await github?.close();
  github = undefined;
});

async function attempt(workspace: string, runId: number, attemptNumber: number, inputs: Record<string, string> = {}): Promise<ActionRun> {
  emulator.resetRecords();
  return harness.run({
    inputs: emulatorInputs(emulator, {
      file: 'docs/*.pdf',
      configuration: 'invoice.yml',
      'output-file': 'out/{path}.json',
      'poll-interval': '1s',
      'github-token': 'ghs-read',
      ...inputs
    }),
    env: {
      GITHUB_REPOSITORY: 'acme/invoices',
      GITHUB_RUN_ID: String(runId),
      GITHUB_RUN_ATTEMPT: String(attemptNumber),
      ...(github ? { GITHUB_API_URL: github.url } : {})
    },
    workspace,
    timeoutMs: 60_000
  });
}

describe('a re-run attempt of a workflow run', () => {
  it('takes the jobs its first attempt made: no upload, no second job, the same results', async () => {
    github = await startGitHub({ workflowRuns: [{ id: 42, createdAt: new Date(Date.now() - MINUTE).toISOString(), attempt: 2 }] });
    const workspace = harness.folder(DOCUMENTS);
    const first = await attempt(workspace, 42, 1);
    expect({ code: first.code, creates: emulator.stats().creates }).toEqual({ code: 0, creates: 3 });

    const second = await attempt(workspace, 42, 2);
    expect({ code: second.code, errors: annotations(second, 'error'), warnings: annotations(second, 'warning') }).toEqual({
      code: 0,
      errors: [],
      warnings: []
    });
    expect(emulator.stats()).toMatchObject({ uploads: 0, creates: 0 });
    expect(second.outputs['job-id']).toBe(first.outputs['job-id']);
    expect(logLines(second)).toContainEqual(expect.stringMatching(/^Re-run attempt 2 of a run made at \d{4}-\d\d-\d\dT/));
    // Each document named with the job it took in the debug log; the log itself counts them.
    expect(annotations(second, 'debug').filter((line) => line.includes('reused: COMPLETED job'))).toHaveLength(3);
    expect(logLines(second)).toContainEqual(expect.stringMatching(/^Start: 3 of 3 documents \(3 earlier jobs\)/));
  });

  it("leaves another run's jobs alone: a new job for each document without `reuse`", async () => {
    const workspace = harness.folder(DOCUMENTS);
    const other = await attempt(workspace, 43, 1);
    expect({ code: other.code, creates: emulator.stats().creates }).toEqual({ code: 0, creates: 3 });
    // A run made well after those jobs, now on its second attempt.
    github = await startGitHub({ workflowRuns: [{ id: 44, createdAt: new Date(Date.now() + 5 * MINUTE).toISOString(), attempt: 2 }] });

    const later = await attempt(workspace, 44, 2);
    expect({ code: later.code, errors: annotations(later, 'error') }).toEqual({ code: 0, errors: [] });
    expect(emulator.stats()).toMatchObject({ uploads: 0, creates: 3 });
  });

  it('takes any earlier job when GitHub cannot say when the run was made, and says so', async () => {
    github = await startGitHub({ workflowRuns: [] });
    const workspace = harness.folder(DOCUMENTS);
    expect((await attempt(workspace, 45, 1)).code).toBe(0);

    const second = await attempt(workspace, 45, 2);
    expect({ code: second.code, creates: emulator.stats().creates }).toEqual({ code: 0, creates: 0 });
    expect(annotations(second, 'warning')).toEqual([
      expect.stringMatching(/^Re-run attempt: could not read when workflow run 45 was made \(GitHub answered 404\): any earlier job/)
    ]);
  });

  it('makes new jobs on a first attempt, as before', async () => {
    const workspace = harness.folder(DOCUMENTS);
    expect((await attempt(workspace, 46, 1)).code).toBe(0);
    const again = await attempt(workspace, 47, 1);
    expect({ code: again.code, creates: emulator.stats().creates }).toEqual({ code: 0, creates: 3 });
    expect(logLines(again).some((line) => line.startsWith('Re-run attempt'))).toBe(false);
  });
});
