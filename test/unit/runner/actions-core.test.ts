// The bundle's @actions/core (src/runner/actions-core.ts) against the real package: every line it writes to the
// log must be the one @actions/core writes, since the runner acts on them.
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import * as fs from 'node:fs';

/** What the shim wrote to file descriptor 1, as the runner reads it. */
let written: Buffer[] = [];
let write: (fd: number, buffer: Buffer, offset: number) => number = (_fd, buffer, offset) => {
  written.push(Buffer.from(buffer.subarray(offset)));
  return buffer.length - offset;
};
jest.unstable_mockModule('node:fs', () => ({
  ...fs,
  writeSync: (fd: number, buffer: Buffer, offset: number) => {
    if (fd !== 1) throw new Error(`wrote to descriptor ${fd}`);
    return write(fd, buffer, offset);
  }
}));
const shim = await import('../../../src/runner/actions-core.js');
const core = await import('@actions/core');

const shimLog = (): string => Buffer.concat(written).toString();
let coreLog: string[] = [];
let output: string | undefined;
beforeEach(() => {
  written = [];
  coreLog = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    coreLog.push(String(chunk));
    return true;
  });
  output = process.env.GITHUB_OUTPUT;
  delete process.env.GITHUB_OUTPUT;
});
afterEach(() => {
  jest.restoreAllMocks();
  if (output !== undefined) process.env.GITHUB_OUTPUT = output;
  process.exitCode = undefined;
});

const awkward = 'a %25 b: c, d\r\ne\n::error::forged\u2028f';

describe('the bundled @actions/core', () => {
  it.each([
    ['info', (api: typeof shim) => api.info(awkward)],
    ['debug', (api: typeof shim) => api.debug(awkward)],
    ['notice', (api: typeof shim) => api.notice(awkward, { title: 'a: b, c%', file: 'x.json', startLine: 3 })],
    ['warning', (api: typeof shim) => api.warning(new Error(awkward))],
    ['error', (api: typeof shim) => api.error(awkward, { title: '', endLine: 0 })],
    ['setFailed', (api: typeof shim) => api.setFailed(awkward)],
    ['setSecret', (api: typeof shim) => api.setSecret('llx-a%b:c')],
    ['a group', (api: typeof shim) => (api.startGroup(awkward), api.endGroup())],
    ['setOutput without GITHUB_OUTPUT', (api: typeof shim) => api.setOutput('name', { value: awkward })]
  ])('writes %s as @actions/core does', (_, call) => {
    call(shim);
    call(core);
    expect(shimLog()).toBe(coreLog.join(''));
    expect(shimLog()).not.toBe('');
  });

  it('writes a whole line through a full pipe and a short write, once', () => {
    let calls = 0;
    write = (_fd, buffer, offset) => {
      calls++;
      if (calls <= 2) throw Object.assign(new Error('EAGAIN: resource temporarily unavailable, write'), { code: 'EAGAIN' });
      // The pipe takes 4 bytes, then the rest.
      const taken = calls === 3 ? 4 : buffer.length - offset;
      written.push(Buffer.from(buffer.subarray(offset, offset + taken)));
      return taken;
    };
    shim.info('a line of the log');
    expect(shimLog()).toBe('a line of the log\n');
    expect(calls).toBe(4);
  });

  it('lets any other write error through', () => {
    write = () => {
      throw Object.assign(new Error('EPIPE: broken pipe, write'), { code: 'EPIPE' });
    };
    expect(() => shim.info('lost')).toThrow('EPIPE');
  });
});
