import { describe, expect, it } from '@jest/globals';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Spools, type Spool } from '../../../src/lib/spool.js';
import { KeptResult, servedJob, SpooledResult, WrittenResult, type ResultBody } from '../../../src/model/result-body.js';
import { useHarness } from '../../support/harness.js';

const harness = useHarness();
const dir = harness.folder();

/** A spool file holding `text`, as a finished spool leaves it. */
function spoolOf(text: string): Spool {
  const path = join(dir, `spool-${text.length}`);
  writeFileSync(path, text);
  return { path, size: Buffer.byteLength(text) } as Spool;
}

describe('KeptResult', () => {
  it('is the bytes as served with the value parsed on arrival', () => {
    const result = new KeptResult(Buffer.from('{"a": 1.10}'), { a: 1.1 });
    expect([result.size, result.text(), result.value(), result.part]).toEqual([11, '{"a": 1.10}', { a: 1.1 }, Buffer.from('{"a": 1.10}')]);
    result.discard();
    expect(result.value()).toEqual({ a: 1.1 });
  });
});

describe('SpooledResult', () => {
  it('keeps nothing in memory and reads its value back once: the schema gate and the comparison share the reading', () => {
    const spool = spoolOf('{"total":12.5}');
    const result: ResultBody = new SpooledResult(spool);
    expect([result.bytes, result.size, result.part]).toEqual([undefined, 14, spool]);
    expect(result.value()).toEqual({ total: 12.5 });
    writeFileSync(spool.path, '{"total":99}');
    expect(result.value()).toEqual({ total: 12.5 });
    expect(result.text()).toBe('{"total":99}');
  });

  it('removes its spool when it is discarded', () => {
    const spools = new Spools();
    const spool = spools.open();
    spool.write(Buffer.from('[1]'));
    spool.finish();
    new SpooledResult(spool).discard();
    expect(existsSync(spool.path)).toBe(false);
  });

  it('throws while its spool cannot be read back, and reads it once it can', () => {
    const spool = spoolOf('{"total":');
    const result = new SpooledResult(spool);
    expect(() => result.value()).toThrow(SyntaxError);
    writeFileSync(spool.path, '{"total":1}');
    expect(result.value()).toEqual({ total: 1 });
  });
});

describe('servedJob', () => {
  const rest = Buffer.from('{"id":"j","extract_result":null,"n":1}');
  const at = rest.indexOf('null');

  it('puts the result back in place of the placeholder that stood for it', () => {
    const kept = new KeptResult(Buffer.from('[1]'), [1]);
    expect(Buffer.concat(servedJob(rest, at, kept) as Buffer[]).toString()).toBe('{"id":"j","extract_result":[1],"n":1}');
    const spool = spoolOf('[2]');
    expect(servedJob(rest, at, new SpooledResult(spool))).toEqual([rest.subarray(0, at), spool, rest.subarray(at + 4)]);
  });

  it('is the job as it is without a result: none served, or `null`', () => {
    expect(servedJob(rest, at, undefined)).toEqual([rest]);
    expect(servedJob(Buffer.from('{"id":"j"}'), undefined, undefined)).toEqual([Buffer.from('{"id":"j"}')]);
  });
});

describe('WrittenResult', () => {
  it('keeps nothing in memory: the bytes as served are read back from the file written, without its newline', () => {
    const path = join(dir, 'written.json');
    writeFileSync(path, '{"a": 1.10}\n');
    const result = new WrittenResult(path, 11, true);
    expect([result.size, result.text(), result.value(), result.bytes, result.part]).toEqual([
      11,
      '{"a": 1.10}',
      { a: 1.1 },
      Buffer.from('{"a": 1.10}'),
      { path, size: 11 }
    ]);
    result.discard();
    expect(existsSync(path)).toBe(true);
  });

  it('has no bytes for a result too large to have been kept in memory, but still its value', () => {
    const path = join(dir, 'large.json');
    writeFileSync(path, '[1,2]\n');
    const result = new WrittenResult(path, 5, false);
    expect([result.bytes, result.value()]).toEqual([undefined, [1, 2]]);
  });
});
