// A corpus spread over a matrix: `shard: i/n` steps each extract their share of the documents, and a merge step
// (`merge-reports`) renders the shards' reports as one run, or fails naming the shard whose report is missing.
import { describe, expect, it } from '@jest/globals';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sampleInvoice, type Emulator } from '../../emulator/emulator.js';
import { emulatorInputs, withEmulator, type ActionRun } from '../../emulator/runner.js';
import { startGitHub } from '../../emulator/github.js';
import { useHarness } from '../support/harness.js';
import { annotations, logLines, readJson } from '../support/readers.js';
import { reportErrors } from '../__fixtures__/report-schema.js';

const harness = useHarness();

const json = (value: unknown): string => JSON.stringify(value, null, 2);
const NAMES = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
/** One run of the matrix: the same run ID in every shard's step and in the merge job. */
const RUN = { GITHUB_REPOSITORY: 'acme/invoices', GITHUB_RUN_ID: '4242', GITHUB_RUN_ATTEMPT: '1' };

/** Seven documents of different sizes, each with its expected result; `g`'s expects another total, so it fails. */
function corpus(): string {
  const files: Record<string, string> = { 'extract.yml': 'data_schema:\n  type: object\n' };
  NAMES.forEach((name, i) => {
    files[`invoices/${name}.pdf`] = `%PDF-1.7 ${name} ${'x'.repeat(100 * (i + 1))}`;
    files[`expected/${name}.json`] = json(name === 'g' ? { ...sampleInvoice, total: 1 } : sampleInvoice);
  });
  return harness.folder(files);
}

function shardInputs(emulator: Emulator, index: number, count: number): Record<string, string> {
  return emulatorInputs(emulator, {
    file: 'invoices/*.pdf',
    configuration: 'extract.yml',
    'output-file': 'out/{name}.json',
    expected: 'expected/{name}.json',
    'report-file': `reports/shard-${index}.json`,
    shard: `${index}/${count}`,
    'poll-interval': '1s'
  });
}

/** Runs shards 1..count one after another in `workspace`, as the matrix's jobs would (their reports side by side). */
async function runShards(emulator: Emulator, workspace: string, count: number): Promise<ActionRun[]> {
  const runs: ActionRun[] = [];
  for (let index = 1; index <= count; index++) {
    runs.push(await harness.run({ inputs: shardInputs(emulator, index, count), env: RUN, workspace }));
  }
  return runs;
}

/** The merge job: no key, no LlamaCloud. */
function merge(workspace: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return harness.run({ inputs: { 'merge-reports': 'reports/*.json', ...inputs }, env: RUN, workspace });
}

describe('shard', () => {
  it('puts every document in exactly one shard, and each shard extracts only its own', async () => {
    await withEmulator({}, async (emulator) => {
      const workspace = corpus();
      const runs = await runShards(emulator, workspace, 3);
      const keys: string[] = [];
      for (const [i, run] of runs.entries()) {
        const report = (await readJson(run, `reports/shard-${i + 1}.json`)) as Record<string, any>;
        expect(reportErrors(report)).toEqual([]);
        expect(report.shard).toMatchObject({ index: i + 1, count: 3, documents: 7, corpus: expect.stringMatching(/^sha256:/) });
        keys.push(...report.documents.map((document: { key: string }) => document.key));
        expect(
          logLines(run).filter((line) => line.startsWith(`Shard ${i + 1} of 3: ${report.documents.length} of 7 documents matched (`))
        ).toHaveLength(1);
      }
      expect(keys.sort()).toEqual(NAMES.map((name) => `invoices/${name}.pdf`));
      // One job per document across the matrix: no shard extracted another's.
      expect(emulator.stats().creates).toBe(7);
      expect(emulator.uploads.map((upload) => upload.name).sort()).toEqual(NAMES.map((name) => `${name}.pdf`));
    });
  });

  it('merges the shards into one summary, one report, one set of outputs and one verdict', async () => {
    await withEmulator({}, async (emulator) => {
      const workspace = corpus();
      const runs = await runShards(emulator, workspace, 3);
      // The shard holding g fails; the others pass.
      expect(runs.map((run) => run.code).filter((code) => code === 1)).toHaveLength(1);
      const requests = emulator.requests.length;
      const merged = await merge(workspace, { 'report-file': 'merged.json' });
      expect(emulator.requests).toHaveLength(requests);
      expect(merged.code).toBe(1);
      expect(annotations(merged, 'error')).toEqual([
        expect.stringMatching(/^Job \S+: accuracy 0\.96 against expected\/g\.json is below min-accuracy 1/)
      ]);
      expect(merged.summary).toMatch(/^## ❌ 6 of 7 documents passed/);
      expect(merged.summary).toContain('<code>invoices/g.pdf</code>');
      expect(merged.outputs['job-count']).toBe('7');
      expect(merged.outputs.status).toBe('COMPLETED');
      const report = (await readJson(merged, 'merged.json')) as Record<string, any>;
      expect(reportErrors(report)).toEqual([]);
      expect(report).toMatchObject({ verdict: 'fail', shard: null, run: { id: '4242' } });
      expect(report.totals).toMatchObject({ documents: 7, passed: 6, failed: 1, compared: 7, credits: 70 });
      expect(report.documents.map((document: { key: string }) => document.key).sort()).toEqual(NAMES.map((name) => `invoices/${name}.pdf`));
      expect(
        report.documents.every((document: { result: unknown }) => JSON.stringify(document.result) === JSON.stringify(sampleInvoice))
      ).toBe(true);
    });
  });

  it('comments once, from the merge job, with the change against the baseline; the shards leave the comment to it', async () => {
    const github = await startGitHub({});
    try {
      const eventPath = join(
        harness.folder({ 'event.json': JSON.stringify({ number: 7, pull_request: { number: 7, head: { repo: { fork: false } } } }) }),
        'event.json'
      );
      const env = { ...RUN, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath, GITHUB_API_URL: github.url };
      await withEmulator({}, async (emulator) => {
        const workspace = corpus();
        // The base branch: every document matches its expected file; its merged report is the baseline.
        await writeFile(join(workspace, 'expected', 'g.json'), json(sampleInvoice));
        for (const index of [1, 2, 3]) {
          const run = await harness.run({ inputs: { ...shardInputs(emulator, index, 3), 'github-token': 'ghs-write' }, env, workspace });
          expect(run.code).toBe(0);
        }
        expect(github.requests).toEqual([]);
        const base = await merge(workspace, { 'report-file': 'baseline.json', comment: 'never' });
        expect(base.code).toBe(0);
        // The pull request: g's total no longer matches.
        await writeFile(join(workspace, 'expected', 'g.json'), json({ ...sampleInvoice, total: 1 }));
        for (const index of [1, 2, 3])
          await harness.run({ inputs: { ...shardInputs(emulator, index, 3), 'github-token': 'ghs-write' }, env, workspace });
        expect(github.requests).toEqual([]);
        const merged = await harness.run({
          inputs: {
            'merge-reports': 'reports/*.json',
            baseline: 'baseline.json',
            'fail-on-regression': 'true',
            'github-token': 'ghs-write'
          },
          env,
          workspace
        });
        expect(merged.code).toBe(1);
        expect(merged.outputs.regressions).toBe('1');
        const bodies = github.comments(7).map((comment) => comment.body);
        expect(bodies).toHaveLength(1);
        expect(bodies[0]).toMatch(
          /^<!-- llamacloud-extract-action comment-key=llamacloud-extract -->\n## ❌ LlamaCloud Extract failed: 1 of 7 documents failed\n/
        );
        expect(bodies[0]).toContain('🔻 **1 field regressed**');
        expect(bodies[0]).toContain('invoices/g.pdf');
        expect(merged.summary).toContain('🔻 **1 field regressed**');
        expect(github.violations).toEqual([]);
      });
    } finally {
      await github.close();
    }
  });

  it('fails the merge naming the shard whose report is missing, before rendering anything', async () => {
    await withEmulator({}, async (emulator) => {
      const workspace = corpus();
      await runShards(emulator, workspace, 3);
      await rm(join(workspace, 'reports', 'shard-2.json'));
      const merged = await merge(workspace, { 'report-file': 'merged.json' });
      expect(merged.code).toBe(1);
      expect(annotations(merged, 'error')).toEqual([
        "Input 'merge-reports': shard 2 of 3 is missing (found 2 reports: 1 and 3). Each shard's step must upload its report-file, also when it fails (if: always()), and the merge job must wait for every shard."
      ]);
      expect(merged.summary).toBe('');
      expect(merged.outputs).toEqual({});
      // As a step that fails before any job: the report says why, with no document.
      expect(await readJson(merged, 'merged.json')).toMatchObject({
        verdict: 'fail',
        documents: [],
        problems: annotations(merged, 'error')
      });
    });
  });

  it.each(['0/2', '3/2', 'a/b', '1/0', '1/257'])("refuses shard '%s' before any request", async (shard) => {
    const { run, requests } = await harness.runAgainst(
      {},
      { inputs: { file: 'invoices/*.pdf', configuration: 'extract.yml', shard }, workspace: corpus() }
    );
    expect(run.code).toBe(1);
    expect(annotations(run, 'error')).toEqual([
      `Input 'shard': '${shard}' is not a shard. Expected i/n with 1 <= i <= n <= 256, such as 2/4 (the second of four): in a matrix, \${{ matrix.shard }}/4.`
    ]);
    expect(requests).toEqual([]);
  });
});
