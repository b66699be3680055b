import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Spool } from '../../../src/lib/file-writer.js';
import { resultValue, type ExtractJob } from '../../../src/model/types.js';

const job = (extra: Partial<ExtractJob>): ExtractJob => ({ id: 'ext-1', status: 'COMPLETED', usage: {}, raw: Buffer.from('{}'), ...extra });

describe('resultValue', () => {
  it('is the value parsed on arrival, else the bytes kept in memory parsed', () => {
    expect(resultValue(job({ parsedResult: { a: 1 }, resultJson: Buffer.from('{"a":2}') }))).toEqual({ a: 1 });
    expect(resultValue(job({ resultJson: Buffer.from('{"a":2}') }))).toEqual({ a: 2 });
    expect(resultValue(job({}))).toBeUndefined();
  });

  it('reads a spooled (large) result back from disk, so the gates and the comparison see its fields', () => {
    const dir = mkdtempSync(join(tmpdir(), 'result-value-'));
    try {
      const path = join(dir, 'spool');
      writeFileSync(path, '{"total":12.5}');
      const spool = { path, size: 14 } as Spool;
      expect(resultValue(job({ resultSpool: spool }))).toEqual({ total: 12.5 });
      // Read once per job: the schema gate and the comparison of one large result share the reading.
      const large = job({ resultSpool: spool });
      expect(resultValue(large)).toEqual({ total: 12.5 });
      writeFileSync(path, '{"total":99}');
      expect(resultValue(large)).toEqual({ total: 12.5 });
      writeFileSync(path, '{"total":');
      expect(() => resultValue(job({ resultSpool: spool }))).toThrow(SyntaxError);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
