import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Spools } from '../../../src/lib/spool.js';
import { useHarness } from '../../support/harness.js';

const harness = useHarness();
const dir = harness.folder();
const runnerTemp = join(dir, 'runner-temp');
const target = join(dir, 'result.json');
const runnerTempBefore = process.env.RUNNER_TEMP;
beforeEach(() => {
  mkdirSync(runnerTemp);
  process.env.RUNNER_TEMP = runnerTemp;
});
afterEach(() => {
  process.env.RUNNER_TEMP = runnerTempBefore;
  rmSync(runnerTemp, { recursive: true });
  rmSync(target, { force: true });
});

/** A spool of `spools` holding `bytes`, finished. */
function filled(spools: Spools, ...bytes: string[]) {
  const spool = spools.open();
  for (const piece of bytes) spool.write(Buffer.from(piece));
  spool.finish();
  return spool;
}

describe('Spools', () => {
  it('writes each spool to a file of the runner temp folder, private to the step, and counts its bytes', () => {
    const spool = filled(new Spools(), '[1,', '2]');
    expect(spool.path.startsWith(join(runnerTemp, '.llx-result-'))).toBe(true);
    expect([readFileSync(spool.path, 'utf8'), spool.size, statSync(spool.path).mode & 0o777]).toEqual(['[1,2]', 5, 0o600]);
    expect(() => spool.write(Buffer.from('3'))).toThrow(/is closed/);
  });

  it('writes large pieces as they come, in batches, so they never pile up in memory', () => {
    const spools = new Spools();
    const spool = spools.open();
    const block = Buffer.alloc(700 * 1024, 0x20);
    spool.write(block);
    expect(statSync(spool.path).size).toBe(0);
    spool.write(block);
    expect(statSync(spool.path).size).toBe(2 * block.length);
    spools.removeAll();
  });

  it('moves a finished spool, plus its tail, into place readable by all, and leaves nothing to remove', () => {
    const spools = new Spools();
    const spool = filled(spools, '{"a":1}');
    expect(spool.moveTo(target, [Buffer.from('\n')])).toBe(true);
    expect([readFileSync(target, 'utf8'), statSync(target).mode & 0o777]).toEqual(['{"a":1}\n', 0o644]);
    // Once moved it is the result file: neither a second move, a discard nor the run's end removes it.
    expect(spool.moveTo(join(dir, 'again.json'), [])).toBe(false);
    spool.discard();
    spools.removeAll();
    expect(readFileSync(target, 'utf8')).toBe('{"a":1}\n');
  });

  it('removes what was neither moved nor discarded when the run ends or is stopped', () => {
    const spools = new Spools();
    filled(spools, 'kept until the end');
    const open = spools.open();
    open.write(Buffer.from('still arriving'));
    filled(spools, 'discarded').discard();
    expect(readdirSync(runnerTemp)).toHaveLength(2);
    spools.removeAll();
    expect(readdirSync(runnerTemp)).toEqual([]);
  });
});
