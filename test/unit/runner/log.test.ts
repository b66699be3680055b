import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import * as core from '../../__fixtures__/core.js';

jest.unstable_mockModule('@actions/core', () => core);
const log = await import('../../../src/runner/log.js');
const { bound } = await import('../../../src/lib/bound.js');
const { registerSecret } = await import('../../../src/runner/redact.js');

beforeEach(() => {
  jest.clearAllMocks();
});

describe('oneLine', () => {
  it('shows every line break as ⏎, so API text can never start a line', () => {
    for (const br of ['\n', '\r', '\r\n', '\v', '\f', '\u0085', '\u2028', '\u2029'])
      expect(log.oneLine(`Job ext-1: x${br}::error::forged`)).toBe('Job ext-1: x ⏎ ::error::forged');
  });

  it('breaks up the older ##[command] syntax the runner honours anywhere in a line', () => {
    expect(log.oneLine('status ##[add-mask]value')).toBe('status #\u200b#[add-mask]value');
  });

  it('never begins with ::, whatever leads', () => {
    expect(log.oneLine('::error::forged')).toBe('\u203a ::error::forged');
    expect(log.oneLine('  \t::warning::forged')).toBe('\u203a   \t::warning::forged');
    expect(log.oneLine('Job ext-1: fine')).toBe('Job ext-1: fine');
  });

  it('masks registered secrets and cuts a line to a bound', () => {
    registerSecret('llx-log-secret');
    expect(log.oneLine('key llx-log-secret')).toBe('key ***');
    const line = log.oneLine('x'.repeat(100_000));
    expect(Buffer.byteLength(line)).toBeLessThanOrEqual(16 * 1024);
    expect(line).toMatch(/x … \[cut: 100000 bytes in all\]$/);
  });
});

describe('the log functions', () => {
  it('pass every message through oneLine', () => {
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

describe('bound', () => {
  it('leaves short text alone and cuts long text on a character boundary, saying so', () => {
    expect(bound('short', 10)).toBe('short');
    const cut = bound('ü'.repeat(5000), 100);
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(100);
    expect(cut).toMatch(/^ü+ … \[cut: 10000 bytes in all\]$/);
  });
});
