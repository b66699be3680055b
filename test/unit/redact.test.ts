import { describe, expect, it, jest } from '@jest/globals';
import * as core from '../__fixtures__/core.js';

jest.unstable_mockModule('@actions/core', () => core);
const { redact, redactBuffer, registerSecret } = await import('../../src/redact.js');

registerSecret('llx-secret-1');
registerSecret('tok€n-2');
registerSecret('llx-secret-1');

describe('registerSecret', () => {
  it('masks each secret in the runner log once', () => {
    expect(core.setSecret.mock.calls).toEqual([['llx-secret-1'], ['tok€n-2']]);
  });
});

describe('redact', () => {
  it('masks every registered secret in text', () => {
    expect(redact('a llx-secret-1 b tok€n-2 c llx-secret-1')).toBe('a *** b *** c ***');
  });
});

describe('redactBuffer', () => {
  it('returns the same buffer when it holds no secret', () => {
    const data = Buffer.from('{"a":1}');
    expect(redactBuffer(data)).toBe(data);
  });

  it('masks each occurrence, multi-byte secrets included, and keeps every other byte as it was', () => {
    const invalidUtf8 = Buffer.from([0xff, 0xfe]);
    const data = Buffer.concat([invalidUtf8, Buffer.from('llx-secret-1|tok€n-2|llx-secret-1'), invalidUtf8]);
    expect(redactBuffer(data)).toEqual(Buffer.concat([invalidUtf8, Buffer.from('***|***|***'), invalidUtf8]));
  });
});
