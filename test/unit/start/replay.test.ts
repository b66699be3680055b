// Replay's trust in a baseline report: the results checked against their digests, the fields used checked, and
// the documents matched by bytes and configuration, each baseline document taken once.
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as core from '../../__fixtures__/core.js';
import type { Document } from '../../../src/start/documents.js';
import { useHarness } from '../../support/harness.js';

jest.unstable_mockModule('@actions/core', () => core);
const { writeReport } = await import('../../../src/report/run-report.js');
let { checkReplay, planReplay } = await import('../../../src/start/replay.js');
const { hashContent } = await import('../../../src/start/digest.js');
const { kept, judgement } = await import('../../__fixtures__/judgements.js');

const dir = useHarness().folder();
beforeEach(async () => {
  // Each test is a step of its own process: nothing the log counted (annotations) carries over.
  jest.resetModules();
  ({ checkReplay, planReplay } = await import('../../../src/start/replay.js'));
  jest.clearAllMocks();
});

const CONFIGURATION = { inline: { data_schema: { type: 'object' } } };
/** A result whose number no double holds: replayed, it keeps every digit. */
const RESULT = '{"total": 12345678901234567890, "vendor":"Acme"}';
const METADATA = { document_metadata: { total: { confidence: 0.5, citation: [{ page: 1 }] }, vendor: { citation: [] } } };

const document = (relative: string, content: string): Document => {
  const path = join(dir, relative.replace(/\//g, '_'));
  writeFileSync(path, content);
  return { path, relative, size: Buffer.byteLength(content) };
};

/** A completed job of `doc`, as a run of the file mode judges it. */
async function completed(doc: Document, jobId: string, result = RESULT) {
  const { id: digest } = await hashContent(doc.path, doc.size);
  return judgement(
    jobId,
    'COMPLETED',
    { source: { file: doc.relative, fileId: 'dfl-1', digest, reused: false } },
    { result: kept(result), fieldMetadata: METADATA }
  );
}

/** The text of a report of these judgements. */
function reportText(judgements: ReturnType<typeof judgement>[], configuration: object = CONFIGURATION): string {
  const file = join(dir, `report-${Math.random()}.json`);
  process.env.GITHUB_RUN_ID = '77';
  process.env.GITHUB_REPOSITORY = 'acme/app';
  process.env.GITHUB_SHA = 'abcdef0123';
  writeReport(file, judgements, {
    failOnError: true,
    fileMode: true,
    configuration: configuration as never,
    stepProblems: [],
    now: new Date('2026-01-02T03:04:05Z')
  });
  return readFileSync(file, 'utf8');
}

const check = (text: string) => checkReplay(JSON.parse(text), Buffer.from(text), 'base.json');
const warnings = () => core.messages(core.warning);

describe('checkReplay', () => {
  it("takes each completed document's result byte for byte, with its confidences and its run", async () => {
    const a = document('a.pdf', 'a');
    const failed = judgement('ext-f', 'FAILED', {
      source: { file: 'f.pdf', fileId: 'dfl-2', digest: `sha256:${'0'.repeat(64)}`, reused: false }
    });
    const source = check(reportText([await completed(a, 'ext-a'), failed]));
    expect(warnings()).toEqual([]);
    expect(source).toMatchObject({
      shown: 'base.json',
      origin: { repository: 'acme/app', runId: '77', runAttempt: null, commit: 'abcdef0123', createdAt: '2026-01-02T03:04:05.000Z' }
    });
    if (!source || source === 'tampered') throw new Error('no source');
    expect(source.entries.map((entry) => [entry.key, entry.jobId, entry.result.toString()])).toEqual([['a.pdf', 'ext-a', RESULT]]);
    expect(source.entries[0]?.confidences).toEqual({ document_metadata: { total: { confidence: 0.5 } } });
  });

  it('finds a result edited after the report was written, its confidences too: the report is tampered', async () => {
    const text = reportText([await completed(document('a.pdf', 'a'), 'ext-a')]);
    expect(check(text.replace('"Acme"', '"Acne"'))).toBe('tampered');
    expect(warnings()[0]).toMatch(/^Input 'baseline': 'base\.json' does not match its digests: the result of document 1 \('a\.pdf'\)/);
    expect(check(text.replace('"confidence": 0.5', '"confidence": 0.9'))).toBe('tampered');
  });

  it.each([
    ['not a report', () => '[1]', 'it is not a run report'],
    [
      'a run named with a line break',
      (text: string) => text.replace('"acme/app"', '"acme/app\\n::error::x"'),
      'the run that wrote it is not named as the action names a run'
    ],
    [
      'another kind of configuration',
      (text: string) => text.replace(/"configuration": \{[^}]*\}/, '"configuration": {"file": "x"}'),
      "its configuration is not a configuration's id or digest"
    ],
    ['a document without a key', (text: string) => text.replace('"key": "a.pdf"', '"key": 1'), 'document 1 has no key'],
    [
      'no document digest',
      (text: string) => text.replace(/("path": "a\.pdf",\s*"digest": )"sha256:[0-9a-f]+"/, '$1null'),
      'document 1 has a result but no valid digest'
    ],
    [
      'a replayedFrom that names no run',
      (text: string) => text.replace('"reused": false,', '"reused": false, "replayedFrom": {"runId": "x"},'),
      "document 1's replayedFrom is not named as the action names a run"
    ]
  ])('refuses a malformed report (%s) with one line', async (_name, edit, reason) => {
    const text = reportText([await completed(document('a.pdf', 'a'), 'ext-a')]);
    expect(check(edit(text))).toBeUndefined();
    expect(warnings()).toEqual([`Input 'baseline': 'base.json' cannot be replayed from: ${reason}. No result is taken from it.`]);
  });

  it('refuses one job standing for two documents, and a report whose text is not the one parsed', async () => {
    const text = reportText([await completed(document('a.pdf', 'a'), 'ext-a'), await completed(document('b.pdf', 'b'), 'ext-a')]);
    expect(check(text)).toBeUndefined();
    expect(warnings()).toEqual([
      "Input 'baseline': 'base.json' cannot be replayed from: job ext-a stands for two documents. No result is taken from it."
    ]);
    expect(checkReplay(JSON.parse(text), Buffer.from('{"documents": []}'), 'base.json')).toBeUndefined();
    expect(warnings()[1]).toContain('its documents cannot be told apart');
  });

  it('takes the run a replayed document came from, and skips a result too large to keep in memory', async () => {
    const a = document('a.pdf', 'a');
    const replayed = await completed(a, 'ext-a');
    replayed.source = {
      ...replayed.source!,
      replayedFrom: { repository: null, runId: '5', runAttempt: 2, commit: null, createdAt: '2025-12-31T00:00:00Z' }
    };
    const big = `"${'x'.repeat(8 * 1024 * 1024)}"`;
    const source = check(reportText([replayed, await completed(document('big.pdf', 'big'), 'ext-big', big)]));
    if (!source || source === 'tampered') throw new Error('no source');
    expect(source.entries.map((entry) => [entry.key, entry.origin])).toEqual([
      ['a.pdf', { repository: null, runId: '5', runAttempt: 2, commit: null, createdAt: '2025-12-31T00:00:00.000Z' }]
    ]);
  });
});

describe('planReplay', () => {
  it('replays the documents of the same bytes and configuration, the same path first, each baseline document once', async () => {
    const a = document('a.pdf', 'same');
    const source = check(reportText([await completed(a, 'ext-a'), await completed(document('c.pdf', 'c'), 'ext-c')]));
    if (!source || source === 'tampered') throw new Error('no source');
    // A copy of a.pdf's bytes, listed first: a.pdf still takes its own path's result; the copy finds none left.
    const copy = document('copy.pdf', 'same');
    const renamed = document('renamed.pdf', 'c');
    const changed = document('changed.pdf', 'new bytes');
    const gone: Document = { path: join(dir, 'gone.pdf'), relative: 'gone.pdf', size: 1 };
    const plan = await planReplay(source, [copy, a, renamed, changed, gone], CONFIGURATION, false);
    expect(plan.replayed.map((read) => [read.source?.file, read.id])).toEqual([
      ['a.pdf', 'ext-a'],
      ['renamed.pdf', 'ext-c']
    ]);
    expect(plan.rest.map((doc) => doc.relative)).toEqual(['copy.pdf', 'changed.pdf', 'gone.pdf']);
    expect(plan.from).toBe('run 77 of acme/app, commit abcdef0123, 2026-01-02T03:04:05.000Z');
    const [read] = plan.replayed;
    expect(read?.job?.result?.text()).toBe(RESULT);
    expect(read?.job?.fieldMetadata).toEqual({ document_metadata: { total: { confidence: 0.5 } } });
    expect(core.messages(core.info)).toEqual([
      'Document a.pdf: replayed job ext-a from run 77 of acme/app, commit abcdef0123, 2026-01-02T03:04:05.000Z (no request, no credits)',
      'Document renamed.pdf: replayed job ext-c from run 77 of acme/app, commit abcdef0123, 2026-01-02T03:04:05.000Z (no request, no credits)',
      "Replayed 2 documents of 5 from 'base.json' (run 77 of acme/app, commit abcdef0123, 2026-01-02T03:04:05.000Z). 3 documents are extracted (bytes or configuration not in the baseline): copy.pdf, changed.pdf, gone.pdf."
    ]);
  });

  it('replays nothing from a report of another configuration, saying so', async () => {
    const a = document('a.pdf', 'a');
    const source = check(reportText([await completed(a, 'ext-a')], { id: 'cfg-1' }));
    if (!source || source === 'tampered') throw new Error('no source');
    const plan = await planReplay(source, [a], CONFIGURATION, true);
    expect(plan).toEqual({ replayed: [], rest: [a] });
    expect(warnings()).toEqual([
      "Input 'baseline': 'base.json' was made with another configuration than this step's: no result is replayed from it, every document needs a real extraction."
    ]);
  });

  it('names the first documents left and counts the others', async () => {
    const source = check(reportText([]));
    if (!source || source === 'tampered') throw new Error('no source');
    const many = Array.from({ length: 12 }, (_, i) => document(`d${i}.pdf`, `d${i}`));
    const plan = await planReplay(source, many, CONFIGURATION, true);
    expect(plan.from).toBeUndefined();
    expect(core.messages(core.info).at(-1)).toBe(
      "Replayed 0 documents of 12 from 'base.json' (run 77 of acme/app, commit abcdef0123, 2026-01-02T03:04:05.000Z). 12 documents need a real extraction, which a run without a key cannot make (bytes or configuration not in the baseline): d0.pdf, d1.pdf, d2.pdf, d3.pdf, d4.pdf, d5.pdf, d6.pdf, d7.pdf, d8.pdf, d9.pdf, and 2 more."
    );
  });
});
