import { describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sampleFieldMetadata, sampleInvoice, sampleLowConfidence } from '../../../emulator/emulator.js';
import { checkResults } from '../../../src/check/check-results.js';
import { loadSchema } from '../../../src/check/schema-gate.js';
import type { GateResult, JobRead } from '../../../src/model/types.js';
import { readJob, spools } from '../../__fixtures__/judgements.js';
import { useHarness } from '../../support/harness.js';

const harness = useHarness();
const dir = harness.folder();

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
const schema = loadSchema(schemaFile, dir);

/** A read as the poller leaves it: the job parsed from the bytes the API served. */
function read(id: string, status: string, result: unknown, fieldMetadata?: unknown): JobRead {
  const body = {
    id,
    status,
    extract_result: result,
    extract_metadata: fieldMetadata === undefined ? undefined : { field_metadata: fieldMetadata }
  };
  return { id, status, job: readJob(JSON.stringify(body)), timedOut: false };
}

/** What the gates found in each read, in order; a job not checked finds nothing. */
function check(reads: JobRead[], gates: Parameters<typeof checkResults>[1]): Array<GateResult | undefined> {
  const found = checkResults(reads, gates);
  return reads.map((read) => found.get(read.id));
}

describe('checkResults', () => {
  it('adds nothing when no gate is set', () => {
    const reads = [read('ext-1', 'COMPLETED', { anything: true })];
    const found = check(reads, {});
    expect(found[0]?.violations).toEqual([]);
    expect(found[0]?.hasConfidence).toBeUndefined();
  });

  it('adds a violation for each way a result breaks the schema', () => {
    const reads = [
      read('ext-good', 'COMPLETED', sampleInvoice),
      read('ext-bad', 'COMPLETED', { invoice_number: 'X-1', total: '627.12', due_date: '14.04.2024' }),
      read('ext-short', 'COMPLETED', { invoice_number: 'INV-1', total: 1 })
    ];
    const found = check(reads, { schema });
    expect(found[0]?.violations).toEqual([]);
    expect(found[1]?.violations).toEqual([
      { jobId: 'ext-bad', gate: 'schema', path: '/invoice_number', message: 'must match pattern "^INV-"' },
      { jobId: 'ext-bad', gate: 'schema', path: '/total', message: 'must be number' },
      { jobId: 'ext-bad', gate: 'schema', path: '/due_date', message: 'must match format "date"' }
    ]);
    expect(found[2]?.violations).toEqual([
      { jobId: 'ext-short', gate: 'schema', path: '/', message: "missing required property 'due_date'" }
    ]);
  });

  it('adds a violation for each field below min-confidence', () => {
    const reads = [read('ext-1', 'COMPLETED', sampleInvoice, sampleFieldMetadata)];
    const found = check(reads, { minConfidence: 0.8 });
    expect(found[0]?.hasConfidence).toBe(true);
    expect(found[0]?.violations).toEqual(
      sampleLowConfidence.map(({ path, confidence }) => ({
        jobId: 'ext-1',
        gate: 'confidence',
        path,
        confidence,
        message: `confidence ${confidence} is below 0.8`
      }))
    );
  });

  it('finds that min-confidence checked nothing when the job carries no confidence scores', () => {
    const reads = [
      read('ext-1', 'COMPLETED', sampleInvoice, { document_metadata: { total: { citation: [] } } }),
      read('ext-2', 'COMPLETED', sampleInvoice)
    ];
    const found = check(reads, { minConfidence: 0.8 });
    expect(found.map((o) => [o?.hasConfidence, o?.violations])).toEqual([
      [false, []],
      [false, []]
    ]);
  });

  it('runs both gates, schema first', () => {
    const reads = [read('ext-1', 'COMPLETED', { ...sampleInvoice, total: null }, sampleFieldMetadata)];
    const found = check(reads, { schema, minConfidence: 0.6 });
    expect(found[0]?.violations.map((v) => `${v.gate} ${v.path}`)).toEqual(['schema /total', 'confidence due_date']);
  });

  it('checks a result too large to be kept in memory on arrival, read back from its spool', () => {
    const padding = ' '.repeat(9 * 1024 * 1024);
    const big = (result: string): JobRead => ({
      id: 'ext-big',
      status: 'COMPLETED',
      job: readJob(`{"id":"ext-big","status":"COMPLETED","extract_result":${result}}`),
      timedOut: false
    });
    const valid = big(`{"invoice_number":"INV-1","total":1,"due_date":"2024-01-01"${padding}}`);
    expect(valid.job?.result?.bytes).toBeUndefined();
    expect(check([valid], { schema })[0]?.violations).toEqual([]);
    const wrong = big(`{"invoice_number":"X-1","total":1,"due_date":"2024-01-01"${padding}}`);
    expect(check([wrong], { schema })[0]?.violations.map((v) => v.path)).toEqual(['/invoice_number']);
    spools.removeAll();
  });

  it('checks only completed jobs that have a result', () => {
    const reads = [
      read('ext-failed', 'FAILED', null),
      read('ext-running', 'RUNNING', null),
      read('ext-empty', 'COMPLETED', null),
      { id: 'ext-unread', status: '', timedOut: false, error: 'not found' }
    ];
    const found = check(reads, { schema, minConfidence: 0.99 });
    expect(found).toEqual([undefined, undefined, undefined, undefined]);
  });
});
