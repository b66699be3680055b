import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import * as core from '../../__fixtures__/core.js';

jest.unstable_mockModule('@actions/core', () => core);
const log = await import('../../../src/runner/log.js');
const { registerSecret } = await import('../../../src/runner/redact.js');

beforeEach(() => {
  jest.clearAllMocks();
});

/** The line the log gets for `message`. */
function logged(message: string): string {
  log.info(message);
  return core.messages(core.info).at(-1) ?? '';
}

describe('a log line', () => {
  it('shows every line break as ⏎, so API text can never start a line', () => {
    for (const br of ['\n', '\r', '\r\n', '\v', '\f', '\u0085', '\u2028', '\u2029'])
      expect(logged(`Job ext-1: x${br}::error::forged`)).toBe('Job ext-1: x ⏎ ::error::forged');
  });

  it('breaks up the older ##[command] syntax the runner honours anywhere in a line', () => {
    expect(logged('status ##[add-mask]value')).toBe('status #\u200b#[add-mask]value');
  });

  it('never begins with ::, whatever leads', () => {
    expect(logged('::error::forged')).toBe('\u203a ::error::forged');
    expect(logged('  \t::warning::forged')).toBe('\u203a   \t::warning::forged');
    expect(logged('Job ext-1: fine')).toBe('Job ext-1: fine');
  });

  it('masks registered secrets and cuts a line to a bound', () => {
    registerSecret('llx-log-secret');
    expect(logged('key llx-log-secret')).toBe('key ***');
    const line = logged('x'.repeat(100_000));
    expect(Buffer.byteLength(line)).toBeLessThanOrEqual(16 * 1024);
    expect(line).toMatch(/x … \[cut: 100000 bytes in all\]$/);
  });
});

describe('the log functions', () => {
  it('make every message one safe line', () => {
    const hostile = 'a\n::add-mask::forged';
    log.info(hostile);
    log.warning(hostile);
    log.error(hostile);
    log.notice(hostile);
    log.setFailed(hostile);
    log.startGroup(hostile);
    for (const fn of [core.info, core.warning, core.error, core.notice, core.setFailed, core.startGroup])
      expect(core.messages(fn)).toEqual(['a ⏎ ::add-mask::forged']);
  });

  it('keeps the lines of a debug stack, which ::debug:: escapes itself', () => {
    log.debug('Error: x\n    at f (a.ts:1:1)');
    expect(core.messages(core.debug)).toEqual(['Error: x\n    at f (a.ts:1:1)']);
  });
});

describe('annotations past GitHub’s cap', () => {
  it('annotates 10 of a kind per step, the step’s failure included, writes the rest as plain lines and counts them', async () => {
    // A fresh module: the count is the step's, kept from its first annotation.
    jest.resetModules();
    const fresh = await import('../../../src/runner/log.js');
    jest.clearAllMocks();
    for (let i = 1; i <= 14; i++) fresh.error(`problem ${i}`);
    for (let i = 1; i <= 11; i++) fresh.warning(`warning ${i}`);
    fresh.notice('a notice');
    fresh.countNotAnnotated();
    fresh.setFailed('14 of 20 documents did not pass');
    expect(core.messages(core.error)).toEqual(Array.from({ length: 9 }, (_, i) => `problem ${i + 1}`));
    expect(core.messages(core.setFailed)).toEqual(['14 of 20 documents did not pass']);
    expect(core.messages(core.warning)).toHaveLength(10);
    expect(core.messages(core.notice)).toEqual(['a notice']);
    expect(core.messages(core.info)).toEqual([
      'Error: problem 10',
      'Error: problem 11',
      'Error: problem 12',
      'Error: problem 13',
      'Error: problem 14',
      'Warning: warning 11',
      '5 errors and 1 warning above are plain lines, not annotations: GitHub lists at most 10 of each kind per step.'
    ]);
    // Counted once: a later count with nothing new says nothing.
    fresh.countNotAnnotated();
    expect(core.info).toHaveBeenCalledTimes(7);
  });

  it('keeps a plain line as safe as an annotation', async () => {
    jest.resetModules();
    const fresh = await import('../../../src/runner/log.js');
    jest.clearAllMocks();
    for (let i = 0; i < 10; i++) fresh.warning('w');
    fresh.warning('a\n::error::forged');
    expect(core.messages(core.info)).toEqual(['Warning: a ⏎ ::error::forged']);
  });
});
