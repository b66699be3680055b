import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parseJobList } from '../../../src/api/parse-job.js';
import { readJob as parseJob, spools } from '../../__fixtures__/judgements.js';
import { BadPayloadError } from '../../../src/api/api-errors.js';
import type { Spool } from '../../../src/lib/spool.js';

const seed = {
  id: 'ext-1',
  created_at: '2026-01-01T00:00:00Z',
  parameters: { foo: { foo: 'bar' } },
  project_id: 'p',
  status: 'COMPLETED',
  type: 'file_id',
  updated_at: '2026-01-01T00:00:09Z',
  value: 'dfl-seed',
  configuration_id: null,
  error_message: null,
  extract_metadata: {
    field_metadata: { document_metadata: { a: { confidence: 0.9 } } },
    usage: { num_document_tokens: 7, num_output_tokens: 3, num_pages_extracted: 2 }
  },
  extract_result: { a: 1 }
};

describe('parseJob', () => {
  it('reads the seed shape', () => {
    const job = parseJob(Buffer.from(JSON.stringify(seed)));
    expect(job).toMatchObject({
      id: 'ext-1',
      status: 'COMPLETED',
      fileInput: 'dfl-seed',
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:09Z',
      usage: { num_document_tokens: 7, num_output_tokens: 3, num_pages_extracted: 2 },
      fieldMetadata: { document_metadata: { a: { confidence: 0.9 } } }
    });
    expect(job.errorMessage).toBeUndefined();
    expect(job.result?.text()).toBe('{"a":1}');
  });

  it('reads the current shape, keeps the result bytes as served and tolerates unknown fields', () => {
    const body = `{"id":"ext-2","status":"FAILED","file_input":"dfl-2","error_message":"bad pdf","future":{"x":[1]},"metadata":{"usage":{"num_pages_billed":4}},"usage":{"credits":1.5},"extract_result":null}`;
    const job = parseJob(Buffer.from(body));
    expect(job).toMatchObject({
      id: 'ext-2',
      status: 'FAILED',
      fileInput: 'dfl-2',
      errorMessage: 'bad pdf',
      usage: { num_pages_billed: 4, credits: 1.5 }
    });
    expect(job.result).toBeUndefined();
    expect(Buffer.concat(job.served as Buffer[]).toString()).toBe(body);
    const exactBody = '{"id":"e","status":"COMPLETED","extract_result":[{"n":1.10,"big":12345678901234567890}],"n":2}';
    const exact = parseJob(Buffer.from(exactBody));
    expect(exact.result?.bytes?.toString()).toBe('[{"n":1.10,"big":12345678901234567890}]');
    expect(Buffer.concat(exact.served as Buffer[]).toString()).toBe(exactBody);
  });

  it('parses a result up to 8 MiB once, and spools a larger one as served, never parsed', () => {
    expect(parseJob(Buffer.from('{"id":"s","status":"COMPLETED","extract_result":{"a":[1]}}')).result?.value()).toEqual({ a: [1] });
    const rows = `[${Array.from({ length: 300_000 }, (_, i) => `{"row":${i},"text":"lorem ipsum"}`).join(',')}]`;
    const body = `{"id":"b","status":"COMPLETED","extract_result":${rows},"n":1}`;
    const big = parseJob(Buffer.from(body), 97);
    expect(big.result?.bytes).toBeUndefined();
    expect(big.result?.size).toBe(rows.length);
    expect(big.result?.text()).toBe(rows);
    // The job as served: its other members around the spool, which is never read into memory for it.
    const [before, spool, after, ...more] = big.served;
    expect([before, after, more]).toEqual([Buffer.from('{"id":"b","status":"COMPLETED","extract_result":'), Buffer.from(',"n":1}'), []]);
    expect(readFileSync((spool as Spool).path, 'utf8')).toBe(rows);
    spools.removeAll();
  });

  it('accepts a job with only id and status', () => {
    expect(parseJob(Buffer.from('{"status":"RUNNING","id":"x"}'))).toMatchObject({ id: 'x', status: 'RUNNING', usage: {} });
  });

  it.each([
    ['<html><body>Login</body></html>', 'not a JSON object'],
    ['{"message":"ok"}', 'without a job'],
    ['{"id":"x","status":"COMPLETED","extract_result":{"a":', 'not a JSON object'],
    ['{"id":"x","status":"COMPLETED","extract_result":{"a":1,,}}', 'not a JSON object (expected a key after a comma at byte 55)'],
    ['[1,2]', 'not a JSON object']
  ])('refuses %p as a bad payload', (body, message) => {
    expect(() => parseJob(Buffer.from(body))).toThrow(BadPayloadError);
    expect(() => parseJob(Buffer.from(body))).toThrow(message);
  });
});

describe('parseJobList', () => {
  it('reads ids, statuses and the next page token', () => {
    const page = parseJobList(
      Buffer.from('{"items":[{"id":"a","status":"RUNNING"},{"id":"b","status":"COMPLETED"},{"bad":1}],"next_page_token":"t2"}')
    );
    expect(page).toEqual({
      jobs: [
        { id: 'a', status: 'RUNNING' },
        { id: 'b', status: 'COMPLETED' }
      ],
      nextPageToken: 't2'
    });
  });
  it('refuses a body without items', () => expect(() => parseJobList(Buffer.from('{"detail":"x"}'))).toThrow(BadPayloadError));
});
