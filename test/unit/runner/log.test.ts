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
