import { afterAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '../__fixtures__/core.js';
import { sampleFieldMetadata, sampleInvoice, sampleLowConfidence } from '../emulator/emulator.js';
import type { JobOutcome } from '../../src/types.js';

jest.unstable_mockModule('@actions/core', () => core);
const { checkResults } = await import('../../src/check-results.js');
const { loadSchema } = await import('../../src/gates/schema-gate.js');
const { readJob } = await import('../__fixtures__/outcomes.js');

const dir = mkdtempSync(join(tmpdir(), 'check-results-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

const schemaFile = join(dir, 'invoice.schema.json');
writeFileSync(
  schemaFile,
  JSON.stringify({
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    required: ['invoice_number', 'total', 'due_date'],
    properties: {
      invoice_number: { type: 'string', pattern: '^INV-' },
      total: { type: 'number' },
      due_date: { type: 'string', format: 'date' }
    }
  })
);
const schema = loadSchema(schemaFile);

/** An outcome as the poller leaves it: the job parsed from the bytes the API served. */
function outcome(id: string, status: string, result: unknown, fieldMetadata?: unknown): JobOutcome {
  const body = {
    id,
    status,
    extract_result: result,
    extract_metadata: fieldMetadata === undefined ? undefined : { field_metadata: fieldMetadata }
  };
  return { id, status, job: readJob(JSON.stringify(body)), timedOut: false, violations: [] };
}

beforeEach(() => {
  jest.clearAllMocks();
});

describe('checkResults', () => {
  it('adds nothing when no gate is set', () => {
    const outcomes = [outcome('ext-1', 'COMPLETED', { anything: true })];
    checkResults(outcomes, {});
    expect(outcomes[0].violations).toEqual([]);
    expect(outcomes[0].hasConfidence).toBeUndefined();
  });

  it('adds a violation for each way a result breaks the schema', () => {
    const outcomes = [
      outcome('ext-good', 'COMPLETED', sampleInvoice),
      outcome('ext-bad', 'COMPLETED', { invoice_number: 'X-1', total: '627.12', due_date: '14.04.2024' }),
      outcome('ext-short', 'COMPLETED', { invoice_number: 'INV-1', total: 1 })
    ];
    checkResults(outcomes, { schema });
    expect(outcomes[0].violations).toEqual([]);
    expect(outcomes[1].violations).toEqual([
      { jobId: 'ext-bad', gate: 'schema', path: '/invoice_number', message: 'must match pattern "^INV-"' },
      { jobId: 'ext-bad', gate: 'schema', path: '/total', message: 'must be number' },
      { jobId: 'ext-bad', gate: 'schema', path: '/due_date', message: 'must match format "date"' }
    ]);
    expect(outcomes[2].violations).toEqual([
      { jobId: 'ext-short', gate: 'schema', path: '/', message: "missing required property 'due_date'" }
    ]);
  });

  it('adds a violation for each field below min-confidence', () => {
    const outcomes = [outcome('ext-1', 'COMPLETED', sampleInvoice, sampleFieldMetadata)];
    checkResults(outcomes, { minConfidence: 0.8 });
    expect(outcomes[0].hasConfidence).toBe(true);
    expect(outcomes[0].violations).toEqual(
      sampleLowConfidence.map(({ path, confidence }) => ({
        jobId: 'ext-1',
        gate: 'confidence',
        path,
        confidence,
        message: `confidence ${confidence} is below 0.8`
      }))
    );
    expect(core.warning).not.toHaveBeenCalled();
  });

  it('warns that min-confidence checked nothing when the job carries no confidence scores', () => {
    const outcomes = [
      outcome('ext-1', 'COMPLETED', sampleInvoice, { document_metadata: { total: { citation: [] } } }),
      outcome('ext-2', 'COMPLETED', sampleInvoice)
    ];
    checkResults(outcomes, { minConfidence: 0.8 });
    expect(outcomes.map((o) => [o.hasConfidence, o.violations])).toEqual([
      [false, []],
      [false, []]
    ]);
    expect(core.messages(core.warning)).toEqual([
      "Job ext-1 carries no confidence scores, so 'min-confidence' checked nothing: enable confidence scores in the extract configuration.",
      "Job ext-2 carries no confidence scores, so 'min-confidence' checked nothing: enable confidence scores in the extract configuration."
    ]);
  });

  it('runs both gates, schema first', () => {
    const outcomes = [outcome('ext-1', 'COMPLETED', { ...sampleInvoice, total: null }, sampleFieldMetadata)];
    checkResults(outcomes, { schema, minConfidence: 0.6 });
    expect(outcomes[0].violations.map((v) => `${v.gate} ${v.path}`)).toEqual(['schema /total', 'confidence due_date']);
  });

  it('checks a result too large to be kept in memory on arrival, read back from its spool', () => {
    const padding = ' '.repeat(9 * 1024 * 1024);
    const big = (result: string): JobOutcome => ({
      id: 'ext-big',
      status: 'COMPLETED',
      job: readJob(`{"id":"ext-big","status":"COMPLETED","extract_result":${result}}`),
      timedOut: false,
      violations: []
    });
    const valid = big(`{"invoice_number":"INV-1","total":1,"due_date":"2024-01-01"${padding}}`);
    expect(valid.job?.parsedResult).toBeUndefined();
    expect(valid.job?.resultSpool).toBeDefined();
    checkResults([valid], { schema });
    expect(valid.violations).toEqual([]);
    const wrong = big(`{"invoice_number":"X-1","total":1,"due_date":"2024-01-01"${padding}}`);
    checkResults([wrong], { schema });
    expect(wrong.violations.map((v) => v.path)).toEqual(['/invoice_number']);
    valid.job?.resultSpool?.discard();
    wrong.job?.resultSpool?.discard();
  });

  it('checks only completed jobs that have a result', () => {
    const outcomes = [
      outcome('ext-failed', 'FAILED', null),
      outcome('ext-running', 'RUNNING', null),
      outcome('ext-empty', 'COMPLETED', null),
      { id: 'ext-unread', status: '', timedOut: false, violations: [], error: 'not found' }
    ];
    checkResults(outcomes, { schema, minConfidence: 0.99 });
    expect(outcomes.flatMap((o) => o.violations)).toEqual([]);
    expect(outcomes.map((o) => o.hasConfidence)).toEqual([undefined, undefined, undefined, undefined]);
    expect(core.warning).not.toHaveBeenCalled();
  });
});
