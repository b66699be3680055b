import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '../../__fixtures__/core.js';
import { reportErrors } from '../../__fixtures__/report-schema.js';
import { useHarness } from '../../support/harness.js';

jest.unstable_mockModule('@actions/core', () => core);
const { compareResult } = await import('../../../src/compare/compare.js');
const { prepareReview, renderBaseline } = await import('../../../src/review/review.js');
const { writeReport } = await import('../../../src/report/run-report.js');
const { kept, judgement } = await import('../../__fixtures__/judgements.js');

const harness = useHarness();
const dir = harness.folder();
beforeEach(() => {
  jest.clearAllMocks();
});

const EXPECTED = { a: 1, b: 2, c: 3 };
const context = { failOnError: true, fileMode: false, stepProblems: [] };

/** A job compared with EXPECTED (or only read, without `expected`). */
function judged(id: string, result: unknown, expected = true) {
  return judgement(
    id,
    'COMPLETED',
    expected ? { comparison: { expectedFile: `expected/${id}.json`, comparison: compareResult(EXPECTED, result) } } : {},
    { result: kept(JSON.stringify(result)), usage: { credits: 5 } }
  );
}

function baselineFile(name: string, judgements: ReturnType<typeof judged>[]): string {
  const file = join(dir, name);
  writeReport(file, judgements, { ...context, now: new Date('2026-01-01T00:00:00Z') });
  expect(reportErrors(JSON.parse(readFileSync(file, 'utf8')))).toEqual([]);
  return file;
}

const settings = (review: Record<string, unknown>, expected = true) => ({
  workspace: dir,
  comparison: expected ? { expected: join(dir, '{job_id}.json'), minAccuracy: 0.5, update: false } : undefined,
  review: { failOnRegression: false, comment: 'never' as const, commentKey: 'k', githubToken: '', ...review }
});

const cutNote = (left: number) => `CUT ${left}\n`;

describe('the change against a baseline', () => {
  it('with expected: regressed, fixed, new and gone documents, and fail-on-regression as a problem of the document', () => {
    const baselineFileName = baselineFile('with-expected.json', [
      judged('ext-a', { a: 1, b: 2, c: 3 }),
      judged('ext-b', { a: 1, b: 9, c: 3 }),
      judged('ext-gone', { a: 1 })
    ]);
    const review = prepareReview(settings({ baselineFile: baselineFileName, failOnRegression: true }));
    const now = [judged('ext-a', { a: 1, b: 5 }), judged('ext-b', EXPECTED), judged('ext-new', EXPECTED)];
    const diff = review.judge(now, context);
    expect(diff).toMatchObject({ mode: 'expected', regressed: 2, fixed: 1, added: 1, gone: 1, commit: null });
    expect(diff?.documents.map((change) => [change.key, change.presence, change.regressed.length, change.fixed.length])).toEqual([
      ['ext-a', 'both', 2, 0],
      ['ext-b', 'both', 0, 1],
      ['ext-new', 'new', 0, 0],
      ['ext-gone', 'gone', 0, 0]
    ]);
    expect(diff?.documents[0]?.regressed).toEqual([
      { path: 'b', then: 2, now: 5, outcome: 'wrong' },
      { path: 'c', then: 3, outcome: 'missing' }
    ]);
    expect(now[0]?.problems.at(-1)?.message).toBe(
      'Job ext-a: 2 fields matched the expected value in the baseline and no longer do: b, c (fail-on-regression).'
    );
    expect(diff?.now.failed).toBe(1);
    expect(core.outputs()).toMatchObject({ regressions: '2', 'changed-fields': '' });
    const markdown = renderBaseline(diff!, 100_000, cutNote);
    expect(markdown).toContain('🔻 **2 fields regressed**');
    expect(markdown).toContain('| Credits | 15 | 15 | ±0 |');
    expect(markdown).toContain('➖ <code>ext-gone</code>: gone since the baseline, accuracy 0.3333');
    // Under a small budget the head stays and documents are cut with the note.
    const small = renderBaseline(diff!, 1200, cutNote);
    expect(small).toMatch(/CUT [1-4]\n$/);
    expect(Buffer.byteLength(small)).toBeLessThanOrEqual(1200);
  });

  it('without expected: each result against the baseline result, the unchanged ones left out', () => {
    const baselineFileName = baselineFile('drift.json', [judged('ext-a', { v: 'Acme', n: 1 }, false), judged('ext-b', { v: 'x' }, false)]);
    const review = prepareReview(settings({ baselineFile: baselineFileName }, false));
    const diff = review.judge([judged('ext-a', { v: 'ACME', m: 2 }, false), judged('ext-b', { v: 'x' }, false)], context);
    expect(diff).toMatchObject({ mode: 'drift', changed: 3, regressed: 0 });
    expect(diff?.documents.map((change) => change.key)).toEqual(['ext-a']);
    expect(core.outputs()).toMatchObject({ regressions: '', 'changed-fields': '3' });
    const markdown = renderBaseline(diff!, 100_000, cutNote);
    expect(markdown).toContain('### 🔀 What this change does to the extracted data');
    expect(markdown).toContain('| <code>v</code> | "Acme" | "ACME" | changed |');
    expect(markdown).toContain('| <code>n</code> | 1 | — | gone |');
    expect(markdown).toContain('| <code>m</code> | — | 2 | new |');
  });

  it('names the baseline commit, new and gone documents, and says when nothing regressed', () => {
    process.env.GITHUB_SHA = '0123456789abcdef';
    const drift = baselineFile('commit.json', [judged('ext-a', { v: 1 }, false), judged('ext-gone', { v: 1 }, false)]);
    delete process.env.GITHUB_SHA;
    const review = prepareReview(settings({ baselineFile: drift }, false));
    const many = Array.from({ length: 40 }, (_, i) => ({ [`f${i}`]: i }));
    const diff = review.judge([judged('ext-a', Object.assign({}, ...many), false), judged('ext-new', { v: 1 }, false)], context);
    const markdown = renderBaseline(diff!, 100_000, cutNote);
    expect(markdown).toContain('(commit <code>0123456789a…</code>, 2026-01-01T00:00:00.000Z)');
    expect(markdown).toContain('41 fields changed in 1 document · 1 new document · 1 document gone');
    expect(markdown).toContain('🆕 <code>ext-new</code>: new since the baseline\n');
    expect(markdown).toContain('➖ <code>ext-gone</code>: gone since the baseline\n');
    expect(markdown).toContain('…and 11 more');
    const same = prepareReview(settings({ baselineFile: baselineFile('same.json', [judged('ext-a', EXPECTED)]) }));
    const unchanged = same.judge([judged('ext-a', EXPECTED)], context);
    expect(unchanged).toMatchObject({ regressed: 0, fixed: 0, documents: [] });
    expect(renderBaseline(unchanged!, 100_000, cutNote)).toContain('✅ No field regressed\n');
    const nothing = prepareReview(settings({ baselineFile: baselineFile('none-changed.json', [judged('ext-a', { v: 1 }, false)]) }, false));
    expect(renderBaseline(nothing.judge([judged('ext-a', { v: 1 }, false)], context)!, 100_000, cutNote)).toContain(
      'No extracted value changed'
    );
  });

  it('escapes names and values from documents as the summary does', () => {
    const baselineFileName = baselineFile('escape.json', [judged('ext-a', { '<b>|x': '*bold*' }, false)]);
    const review = prepareReview(settings({ baselineFile: baselineFileName }, false));
    const diff = review.judge([judged('ext-a', { '<b>|x': '[link](x)' }, false)], context);
    const markdown = renderBaseline(diff!, 100_000, cutNote);
    expect(markdown).toContain('&#60;b&#62;&#124;x');
    expect(markdown).toContain('"&#42;bold&#42;" | "&#91;link](x)"');
  });

  it('reads no baseline from a missing file (a notice), nor from one that is not a report (a warning)', () => {
    const missing = prepareReview(settings({ baselineFile: join(dir, 'none.json') }));
    expect(missing.judge([judged('ext-a', EXPECTED)], context)).toBeUndefined();
    expect(core.messages(core.notice)).toEqual([
      "No baseline at 'none.json' (a first run, or the base branch has none yet): nothing is compared with an earlier run."
    ]);
    writeFileSync(join(dir, 'bad.json'), '{not json');
    prepareReview(settings({ baselineFile: join(dir, 'bad.json') }));
    mkdirSync(join(dir, 'folder'));
    prepareReview(settings({ baselineFile: join(dir, 'folder') }));
    expect(core.messages(core.warning)).toEqual([
      "Input 'baseline': 'bad.json' is not valid JSON at line 1, column 2 (expected a key or '}'): fix its syntax. Nothing is compared with an earlier run.",
      "Input 'baseline': 'folder' is not a file: give the path of a JSON file. Nothing is compared with an earlier run."
    ]);
  });

  it('refuses a baseline that a link leads out of the workspace to, as an input error', () => {
    const outside = mkdtempSync(join(tmpdir(), 'llx-outside-'));
    try {
      writeFileSync(join(outside, 'secret.json'), '{"version": 1, "documents": []}');
      symlinkSync(join(outside, 'secret.json'), join(dir, 'linked.json'));
      expect(() => prepareReview(settings({ baselineFile: join(dir, 'linked.json') }))).toThrow(
        /^Input 'baseline': 'linked.json' resolves outside the workspace/
      );
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('with a replay: compares nothing with a report whose results do not match their digests, nor a document still awaiting its extraction', () => {
    const file = join(dir, 'replay.json');
    const ofDocument = (id: string) => {
      const judgement = judged(id, EXPECTED);
      judgement.source = { file: `${id}.pdf`, fileId: 'dfl-1', digest: `sha256:${'a'.repeat(64)}`, reused: false };
      return judgement;
    };
    writeReport(file, [ofDocument('ext-a')], { ...context, fileMode: true, configuration: { id: 'cfg-1' }, now: new Date() });
    const valid = prepareReview(settings({ baselineFile: file }), true);
    expect(valid.replay?.entries.map((entry) => entry.jobId)).toEqual(['ext-a']);
    // The same document again, and one awaiting its extraction: nothing to say.
    const awaiting = { ...ofDocument('ext-b'), id: '', state: 'not-started' as const, deferred: true, comparison: undefined };
    expect(valid.judge([ofDocument('ext-a'), awaiting], context)?.documents).toEqual([]);
    writeFileSync(file, readFileSync(file, 'utf8').replace('"c":3', '"c":4'));
    const tampered = prepareReview(settings({ baselineFile: file }), true);
    expect(tampered.replay).toBeUndefined();
    expect(tampered.judge([judged('ext-a', EXPECTED)], context)).toBeUndefined();
    expect(core.messages(core.warning)).toEqual([expect.stringMatching(/^Input 'baseline': 'replay\.json' does not match its digests/)]);
  });

  it('writes the report, or says as a problem of the step why not', () => {
    const review = prepareReview(settings({ reportFile: join(dir, 'r.json') }));
    expect(review.judge([], context)).toBeUndefined();
    expect(review.write([judged('ext-a', EXPECTED)], context)).toBeUndefined();
    const blocked = prepareReview(settings({ reportFile: join(dir, 'r.json', 'x.json') }));
    expect(blocked.write([], context)).toMatchObject({
      jobId: '',
      always: true,
      message: expect.stringMatching(/^Could not write the run report/)
    });
    expect(prepareReview(settings({})).write([], context)).toBeUndefined();
  });
});
