// The merge step (`merge-reports`): shards' reports read back as the judgements they recorded, rendered as one
// run, and refused, in one line naming what is wrong, unless they are exactly shards 1..n of one split.
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as core from '../../__fixtures__/core.js';
import { reportErrors } from '../../__fixtures__/report-schema.js';
import { useHarness } from '../../support/harness.js';
import type { Judgement } from '../../../src/judge/judgement.js';

jest.unstable_mockModule('@actions/core', () => core);
const { mergeStep } = await import('../../../src/review/merge.js');
const { writeReport } = await import('../../../src/report/run-report.js');
const { renderSummary } = await import('../../../src/report/summary.js');
const { compareResult } = await import('../../../src/compare/compare.js');
const { judgement, kept, notStarted } = await import('../../__fixtures__/judgements.js');

const harness = useHarness();
const CORPUS = `sha256:${'c'.repeat(64)}`;
const RESULT = { a: 1, b: 'two', c: [1.1, 2] };

let workspace = '';
beforeEach(() => {
  jest.clearAllMocks();
  workspace = harness.folder();
  process.env.GITHUB_WORKSPACE = workspace;
  process.env.GITHUB_RUN_ID = '77';
  core.useInputs({ 'merge-reports': 'reports/*.json' });
});

const source = (file: string) => ({ source: { file, fileId: `dfl-${file}`, reused: false, digest: `sha256:${'d'.repeat(64)}` } });

/** A completed document with RESULT as served (`1.10` kept as written), compared with `expected`. */
function completed(id: string, file: string, expected: unknown = RESULT, extra: Parameters<typeof judgement>[2] = {}): Judgement {
  return judgement(
    id,
    'COMPLETED',
    {
      ...source(file),
      comparison: { expectedFile: `expected/${id}.json`, comparison: compareResult(expected, RESULT) },
      resultFile: `out/${id}.json`,
      ...extra
    },
    {
      result: kept('{"a": 1, "b": "two", "c": [1.10, 2]}'),
      usage: { credits: 10, num_pages_extracted: 2 },
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:07Z'
    }
  );
}

interface ShardOptions {
  index: number;
  count: number;
  documents?: number;
  corpus?: string;
  configuration?: { id: string };
  failOnError?: boolean;
  minAccuracy?: number;
  stepProblems?: string[];
}

/** Writes shard `index` of `count`'s report, as its step's `report-file` would, into reports/. */
function shard(judgements: Judgement[], options: ShardOptions, name = `shard-${options.index}.json`): string {
  mkdirSync(join(workspace, 'reports'), { recursive: true });
  const file = join(workspace, 'reports', name);
  writeReport(file, judgements, {
    failOnError: options.failOnError ?? true,
    fileMode: true,
    configuration: options.configuration ?? { id: 'cfg-1' },
    stepProblems: (options.stepProblems ?? []).map((message) => ({ jobId: '', message, always: true })),
    shard: { index: options.index, count: options.count, documents: options.documents ?? 4, corpus: options.corpus ?? CORPUS },
    comparison: { minAccuracy: options.minAccuracy ?? 1 },
    now: new Date('2026-01-01T00:00:10Z')
  });
  return file;
}

/** A corpus of four documents in two shards: one passes, one fails its comparison, one failed, one got no job. */
function twoShards(): Judgement[][] {
  const first = [
    completed('ext-1', 'docs/a.pdf'),
    judgement('ext-2', 'FAILED', { ...source('docs/b.pdf') }, { errorMessage: 'unreadable scan' })
  ];
  const second = [
    completed('ext-3', 'docs/c.pdf', { ...RESULT, a: 2 }),
    notStarted('docs/d.pdf', 'Document docs/d.pdf: the upload was refused (413).')
  ];
  shard(first, { index: 1, count: 2 });
  shard(second, { index: 2, count: 2 });
  return [first, second];
}

const cutNote = (left: number) => `CUT ${left}\n`;

describe('mergeStep', () => {
  it('renders the shards as one run: the summary each document would have had in one step, one verdict, the outputs', async () => {
    const [first = [], second = []] = twoShards();
    const summary = await mergeStep(1000, cutNote);
    // The same words as one step holding all four documents: nothing was lost on the way through the reports.
    expect(summary).toBe(renderSummary([...first, ...second], { minAccuracy: 1 }));
    expect(core.messages(core.setFailed)).toEqual(['3 of 4 documents did not pass (3 problems, listed above).']);
    expect(core.outputs()).toMatchObject({ 'job-count': '4', status: 'FAILED', 'job-id': 'ext-1,ext-2,ext-3' });
    expect(core.messages(core.info)[0]).toBe('Merging 2 shards of run 77: 4 documents (reports/shard-1.json, reports/shard-2.json).');
  });

  it('writes one combined report, valid, holding each result byte for byte, with the shard left out', async () => {
    twoShards();
    core.useInputs({ 'merge-reports': 'reports/*.json', 'report-file': 'merged/report.json' });
    await mergeStep(1000, cutNote);
    const text = readFileSync(join(workspace, 'merged', 'report.json'), 'utf8');
    const report = JSON.parse(text);
    expect(reportErrors(report)).toEqual([]);
    expect(report).toMatchObject({ verdict: 'fail', shard: null, configuration: { id: 'cfg-1' }, run: { id: '77' } });
    expect(report.totals).toMatchObject({ documents: 4, passed: 1, failed: 3, compared: 2, credits: 20 });
    expect(report.documents.map((document: { key: string }) => document.key)).toEqual([
      'docs/a.pdf',
      'docs/b.pdf',
      'docs/c.pdf',
      'docs/d.pdf'
    ]);
    expect(text).toContain('"result": {"a": 1, "b": "two", "c": [1.10, 2]}');
    // The merged report is itself a report a later merge or baseline reads the same.
    const shardText = readFileSync(join(workspace, 'reports', 'shard-1.json'), 'utf8');
    expect(report.documents[0]).toEqual(JSON.parse(shardText).documents[0]);
  });

  it('keeps fail-on-error: false as the shards judged it: only what always fails fails the merge', async () => {
    const judged = [
      completed('ext-1', 'docs/a.pdf', { ...RESULT, a: 2 }),
      notStarted('docs/b.pdf', 'Document docs/b.pdf: the upload was refused (413).')
    ];
    shard(judged, { index: 1, count: 1, documents: 2, failOnError: false });
    await mergeStep(1000, cutNote);
    expect(core.messages(core.setFailed)).toEqual(['Document docs/b.pdf: the upload was refused (413).']);
    expect(core.messages(core.warning)).toEqual([expect.stringMatching(/^Job ext-1: accuracy 0\.75/)]);
  });

  it("says each shard's own problem, named by its shard", async () => {
    shard([completed('ext-1', 'docs/a.pdf')], {
      index: 1,
      count: 2,
      documents: 2,
      stepProblems: ['The step was stopped (SIGTERM) before every job had ended.']
    });
    shard([completed('ext-2', 'docs/b.pdf')], { index: 2, count: 2, documents: 2 });
    await mergeStep(1000, cutNote);
    expect(core.messages(core.setFailed)).toEqual(['Shard 1 of 2: The step was stopped (SIGTERM) before every job had ended.']);
  });

  it.each([
    [[1, 3], 4, 'shards 2 and 4 of 4 are missing (found 2 reports: 1 and 3)'],
    [[2], 3, 'shards 1 and 3 of 3 are missing (found 1 report: 2)'],
    [[1, 2, 4, 5], 5, 'shard 3 of 5 is missing (found 4 reports: 1, 2, 4 and 5)']
  ])('with shards %j of %i, fails naming the missing ones', async (present, count, said) => {
    for (const index of present) shard([completed(`ext-${index}`, `docs/${index}.pdf`)], { index, count, documents: count });
    await expect(mergeStep(1000, cutNote)).rejects.toThrow(`Input 'merge-reports': ${said}. Each shard's step must upload its report-file`);
    expect(core.setOutput).not.toHaveBeenCalled();
  });

  it.each<[string, ShardOptions, string]>([
    ['another count', { index: 2, count: 3 }, 'differ in their number of shards (2 and 3)'],
    [
      'another corpus',
      { index: 2, count: 2, corpus: `sha256:${'e'.repeat(64)}`, documents: 5 },
      'differ in the documents they split (4 and 5 matched)'
    ],
    ['another configuration', { index: 2, count: 2, configuration: { id: 'cfg-2' } }, 'differ in their extract configuration'],
    ['other checks', { index: 2, count: 2, minAccuracy: 0.9 }, 'differ in their checks'],
    ['the same shard twice', { index: 1, count: 2 }, 'are both shard 1 of 2']
  ])('refuses shards of %s', async (_, options, said) => {
    shard([completed('ext-1', 'docs/a.pdf')], { index: 1, count: 2 });
    shard([completed('ext-2', 'docs/b.pdf')], options, 'other.json');
    await expect(mergeStep(1000, cutNote)).rejects.toThrow(said);
  });

  it('refuses shards of another workflow run', async () => {
    shard([completed('ext-1', 'docs/a.pdf')], { index: 1, count: 2, documents: 2 });
    process.env.GITHUB_RUN_ID = '78';
    shard([completed('ext-2', 'docs/b.pdf')], { index: 2, count: 2, documents: 2 });
    await expect(mergeStep(1000, cutNote)).rejects.toThrow(
      "differ in their workflow run (78 and 77): merge the reports of this run's shards only."
    );
  });

  it('refuses shards that hold fewer documents than were split', async () => {
    shard([completed('ext-1', 'docs/a.pdf')], { index: 1, count: 1, documents: 3 });
    await expect(mergeStep(1000, cutNote)).rejects.toThrow(
      "Input 'merge-reports': the 1 shards hold 1 document, but 3 were matched and split"
    );
  });

  it('refuses a report without a shard, saying why its step recorded none', async () => {
    mkdirSync(join(workspace, 'reports'));
    writeReport(join(workspace, 'reports', 'r.json'), [], {
      failOnError: true,
      fileMode: false,
      stepProblems: [{ jobId: '', message: "Input 'file': 'x/*.pdf' matches no file.", always: true }],
      now: new Date()
    });
    await expect(mergeStep(1000, cutNote)).rejects.toThrow(
      "Input 'merge-reports': 'reports/r.json' records no shard (a step without 'shard: i/n', or one that failed before splitting its documents; its step failed first: Input 'file': 'x/*.pdf' matches no file.)."
    );
  });

  it.each([
    [
      'not a report',
      '{"version": 1}',
      "'reports/r.json' is not a run report of this action (docs/report.schema.json: / must have required property 'createdAt')"
    ],
    ['hostile', '{"version": 2, "\\n::error::x": 1}', "'reports/r.json' is not a run report of this action (docs/report.schema.json: "],
    ['not JSON', '{"version": ', "Input 'merge-reports': "]
  ])('refuses a report that is %s, in one line', async (_, text, said) => {
    mkdirSync(join(workspace, 'reports'));
    writeFileSync(join(workspace, 'reports', 'r.json'), text);
    const error = await mergeStep(1000, cutNote).catch((caught: Error) => caught);
    expect((error as Error).message).toContain(said);
    expect((error as Error).message).not.toContain('\n');
  });

  it('refuses a report linked from outside the workspace', async () => {
    const outside = harness.folder({ 'secret.json': '{}' });
    mkdirSync(join(workspace, 'reports'));
    symlinkSync(join(outside, 'secret.json'), join(workspace, 'reports', 'r.json'));
    await expect(mergeStep(1000, cutNote)).rejects.toThrow(/^Input 'merge-reports': .*outside the workspace/);
  });

  it.each([
    [
      { file: 'docs/*.pdf' },
      "Input 'merge-reports': merges the reports that the shards' steps wrote: give it in a step of its own (the merge job), without 'file'."
    ],
    [{ 'job-id': 'ext-1' }, "without 'job-id'"],
    [{ shard: '1/2' }, "without 'shard'"],
    [
      { expected: 'expected/{name}.json' },
      "Input 'expected': belongs to the shards' steps: the merge step ('merge-reports') checks nothing again, it renders what the shards' reports record."
    ],
    [{ 'min-accuracy': '0.9' }, "Input 'min-accuracy': belongs to the shards' steps"],
    [{ replay: 'true' }, "Input 'replay': belongs to the shards' steps"],
    [
      { 'report-file': 'reports/shard-1.json' },
      "Input 'report-file': 'reports/shard-1.json' is one of the reports merged ('merge-reports'): write the merged report elsewhere."
    ]
  ])('refuses %j beside merge-reports', async (inputs, said) => {
    twoShards();
    core.useInputs({ 'merge-reports': 'reports/*.json', ...inputs });
    await expect(mergeStep(1000, cutNote)).rejects.toThrow(said);
  });

  it('says where the reports should have come from when none matches', async () => {
    await expect(mergeStep(1000, cutNote)).rejects.toThrow(
      `Input 'merge-reports': 'reports/*.json' matches no file. Patterns are relative to the workspace (${workspace}): check the path, and that actions/download-artifact ran before this step.`
    );
  });
});

describe('a hostile report', () => {
  it('is cut to the bounds a judgement keeps, so no text of it reaches the summary or the log whole', async () => {
    shard([completed('ext-1', 'docs/a.pdf', { ...RESULT, a: 2 })], { index: 1, count: 1, documents: 1 });
    const file = join(workspace, 'reports', 'shard-1.json');
    const report = JSON.parse(readFileSync(file, 'utf8'));
    const long = `\n::error::${'x'.repeat(200_000)}`;
    Object.assign(report.documents[0], { status: long, problems: [long], warnings: [long] });
    writeFileSync(file, JSON.stringify(report));
    const summary = await mergeStep(1000, cutNote);
    expect(summary.length).toBeLessThan(60_000);
    for (const message of [...core.messages(core.setFailed), ...core.messages(core.warning)]) expect(message.length).toBeLessThan(6_000);
  });
});
