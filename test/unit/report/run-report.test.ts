import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareResult } from '../../../src/compare/compare.js';
import { buildReport, writeReport } from '../../../src/report/run-report.js';
import { kept, judgement } from '../../__fixtures__/judgements.js';
import { KeptResult } from '../../../src/model/result-body.js';
import { reportErrors } from '../../__fixtures__/report-schema.js';
import { useHarness } from '../../support/harness.js';

const harness = useHarness();
const dir = harness.folder();

const NOW = new Date('2026-01-02T03:04:05.000Z');
const context = { failOnError: true, fileMode: true, configuration: { id: 'cfg-1' }, stepProblems: [], now: NOW };
const source = (file: string, reused = false) => ({ file, fileId: `dfl-${file}`, digest: `sha256:${'a'.repeat(64)}`, reused });

describe('run report', () => {
  it("records a shard's share and checks, and each document's judgement with its gate violations bounded", () => {
    const violations = Array.from({ length: 60 }, (_, i) => ({
      jobId: 'ext-1',
      gate: 'schema' as const,
      path: `/items/${i}`,
      message: 'must be number'
    }));
    const gated = judgement(
      'ext-1',
      'COMPLETED',
      { source: source('a.pdf'), violations, resultFile: 'out/a.json' },
      { result: kept('{}') }
    );
    const report = buildReport([gated], {
      ...context,
      failOnError: false,
      minConfidence: 0.8,
      shard: { index: 2, count: 4, documents: 9, corpus: `sha256:${'b'.repeat(64)}` }
    });
    expect(reportErrors(JSON.parse(JSON.stringify(report)))).toEqual([]);
    expect(report.shard).toEqual({
      index: 2,
      count: 4,
      documents: 9,
      corpus: `sha256:${'b'.repeat(64)}`,
      failOnError: false,
      minConfidence: 0.8,
      minAccuracy: null,
      metric: null
    });
    expect(report.documents[0]?.judgement).toMatchObject({
      fileId: 'dfl-a.pdf',
      resultFile: 'out/a.json',
      violationsOmitted: 10,
      alwaysFailing: []
    });
    expect(report.documents[0]?.judgement?.violations).toHaveLength(50);
    expect(buildReport([gated], context).shard).toBeNull();
  });

  it('holds each document with its job, verdict, credits, field judgements and the result as served', () => {
    const passing = judgement(
      'ext-1',
      'COMPLETED',
      {
        source: source('a.pdf'),
        comparison: {
          expectedFile: 'expected/a.json',
          comparison: compareResult({ total: 1, vendor: 'Acme' }, { total: 2, vendor: 'Acme' })
        }
      },
      { result: kept('{"total": 12345678901234567890, "vendor": "Acme"}'), usage: { credits: 10 } }
    );
    const reused = judgement('ext-2', 'COMPLETED', { source: source('b.pdf', true) }, { result: kept('[1]'), usage: { credits: 7 } });
    const failed = judgement('ext-3', 'FAILED', { source: source('c.pdf') }, { errorMessage: 'bad scan' });
    const file = join(dir, 'out', 'report.json');
    expect(writeReport(file, [passing, reused, failed], context)).toBeUndefined();
    const text = readFileSync(file, 'utf8');
    const report = JSON.parse(text);
    expect(reportErrors(report)).toEqual([]);
    // The served bytes, numbers and all.
    expect(text).toContain('"result": {"total": 12345678901234567890, "vendor": "Acme"}');
    expect(report).toMatchObject({
      version: 1,
      createdAt: NOW.toISOString(),
      mode: 'file',
      configuration: { id: 'cfg-1' },
      verdict: 'fail'
    });
    expect(report.totals).toEqual({
      documents: 3,
      passed: 1,
      failed: 2,
      pending: 0,
      reused: 1,
      credits: 10,
      compared: 1,
      accuracy: 0.5,
      matched: 1,
      fields: 2
    });
    expect(report.documents[0]).toMatchObject({
      key: 'a.pdf',
      path: 'a.pdf',
      jobId: 'ext-1',
      reused: false,
      state: 'completed',
      expected: {
        file: 'expected/a.json',
        compared: true,
        accuracy: 0.5,
        fields: [
          { path: 'total', outcome: 'wrong', expected: 1, got: 2 },
          { path: 'vendor', outcome: 'matched' }
        ]
      }
    });
    expect(report.documents[0].verdict).toBe('fail');
    expect(report.documents[1]).toMatchObject({ verdict: 'pass', reused: true, result: [1] });
    expect(report.documents[2]).toMatchObject({ verdict: 'fail', state: 'failed', result: null, problems: ['Job ext-3 FAILED: bad scan'] });
    expect(readdirSync(join(dir, 'out'))).toEqual(['report.json']);
  });

  it('names an inline configuration by the digest of its sorted JSON', () => {
    const configurationOf = (inline?: Record<string, unknown>) =>
      buildReport([], { ...context, configuration: inline && { inline } }).configuration;
    const one = configurationOf({ a: 1, b: { c: 2, d: 3 } });
    expect(one).toEqual(configurationOf({ b: { d: 3, c: 2 }, a: 1 }));
    expect(one).toEqual({ digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) });
    expect(configurationOf(undefined)).toBeNull();
  });

  it('is valid with no document at all, a step problem and a job still running', () => {
    const running = judgement('ext-9', 'RUNNING');
    const stopped = buildReport([running], { ...context, fileMode: false, configuration: undefined, stepProblems: [] });
    expect(reportErrors(stopped)).toEqual([]);
    expect(stopped).toMatchObject({ verdict: 'pending', totals: { pending: 1, credits: null, accuracy: null } });
    const empty = buildReport([], { ...context, stepProblems: [{ jobId: '', message: 'stopped', always: true }] });
    expect(reportErrors(empty)).toEqual([]);
    expect(empty).toMatchObject({ verdict: 'fail', problems: ['stopped'], documents: [] });
  });

  it('bounds long values and the number of fields listed', () => {
    // The report lists at most 20,000 fields of a document (the README says so).
    const FIELD_LIMIT = 20_000;
    const expected = Object.fromEntries(Array.from({ length: FIELD_LIMIT + 5 }, (_, i) => [`f${i}`, i]));
    const long = 'x'.repeat(5000);
    const judged = judgement(
      'ext-1',
      'COMPLETED',
      { comparison: { expectedFile: 'e.json', comparison: compareResult({ s: long, ...expected }, { s: 'y' }) } },
      { result: kept('{}') }
    );
    const report = buildReport([judged], context);
    const fields = report.documents[0]?.expected?.fields ?? [];
    expect(fields).toHaveLength(FIELD_LIMIT);
    expect(report.documents[0]?.expected?.fieldsOmitted).toBe(6);
    expect(Buffer.byteLength(JSON.stringify(fields.find((field) => field.path === 's')?.expected))).toBeLessThanOrEqual(1024 + 2);
    expect(reportErrors(report)).toEqual([]);
  });

  it('names its run, and holds the budget beside the credits billed', () => {
    const saved = { ...process.env };
    Object.assign(process.env, { GITHUB_REPOSITORY: 'acme/app', GITHUB_RUN_ID: '123', GITHUB_RUN_ATTEMPT: '2' });
    const report = buildReport([], { ...context, budget: { maxCredits: 50, estimate: 30 } });
    process.env = saved;
    expect(report).toMatchObject({ run: { repository: 'acme/app', id: '123', attempt: 2 }, budget: { maxCredits: 50, estimate: 30 } });
    expect(reportErrors(report)).toEqual([]);
  });

  it('keeps each result with its digest and confidences, up to 128 MiB of results in all', () => {
    const big = Buffer.alloc(8 * 1024 * 1024, 0x20);
    big[0] = 0x30; // `0` and spaces: a JSON number of 8 MiB
    const judged = Array.from({ length: 17 }, (_, i) =>
      judgement(
        `ext-${i}`,
        'COMPLETED',
        { source: source(`${i}.pdf`) },
        { result: new KeptResult(big, 0), fieldMetadata: { document_metadata: { a: { confidence: 1, citation: [] } } } }
      )
    );
    const report = buildReport(judged, context);
    const kept = report.documents.filter((document) => document.resultDigest !== null);
    expect(kept).toHaveLength(15);
    expect(kept[0]).toMatchObject({
      resultDigest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
      confidences: { document_metadata: { a: { confidence: 1 } } }
    });
    expect(report.documents.at(-1)).toMatchObject({
      resultDigest: null,
      confidences: null,
      resultOmitted: 'the report holds at most 128 MiB of results, reached before this one: the result file has it.'
    });
    const file = join(dir, 'large.json');
    writeReport(file, judged, context);
    const text = readFileSync(file, 'utf8');
    expect(JSON.parse(text).documents.map((document: { result: unknown }) => document.result)).toEqual([
      ...Array.from({ length: 15 }, () => 0),
      null,
      null
    ]);
  });

  it('says why it could not be written, leaving no file behind', () => {
    const blocked = join(dir, 'blocked');
    writeReport(blocked, [], context);
    expect(writeReport(join(blocked, 'report.json'), [], context)).toMatch(
      /^Could not write the run report to '.*report\.json' \(E[A-Z]+: /
    );
  });
});
