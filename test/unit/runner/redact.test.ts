import { describe, expect, it, jest } from '@jest/globals';
import * as core from '../../__fixtures__/core.js';
import { seededRandom } from '../../../emulator/emulator.js';

jest.unstable_mockModule('@actions/core', () => core);
const { createMasker, redact, redactBuffer, registerSecret } = await import('../../../src/runner/redact.js');

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

describe('a secret JSON-escaped', () => {
  /** `llx-secret-1` with the characters at the positions `pick` chooses written as \uXXXX. */
  const escaped = (pick: (i: number) => boolean, upper = false): string =>
    [...'llx-secret-1']
      .map((char, i) => {
        if (!pick(i)) return char;
        const hex = char.charCodeAt(0).toString(16).padStart(4, '0');
        return `\\u${upper ? hex.toUpperCase() : hex}`;
      })
      .join('');
  const streamed = (text: string, cuts: number[]): string => {
    const bytes = Buffer.from(text);
    const masker = createMasker();
    const bounds = [0, ...cuts, bytes.length];
    const pieces = bounds.slice(1).flatMap((end, i) => masker.write(bytes.subarray(bounds[i], end)));
    return Buffer.concat([...pieces, ...masker.end()]).toString();
  };

  it('is masked in any mix of escaped and plain characters, lower or upper case hex', () => {
    for (const form of [escaped(() => true), escaped(() => true, true), escaped((i) => i % 2 === 0), escaped((i) => i === 11)]) {
      expect(redact(`{"detail":"key ${form} refused"}`)).toBe('{"detail":"key *** refused"}');
      expect(redactBuffer(Buffer.from(`["${form}","${form}"]`)).toString()).toBe('["***","***"]');
    }
  });

  it('is masked however the stream is cut, an escape cut in two included', () => {
    const text = `a ${escaped((i) => i % 3 === 0)} b llx-secret-1 c ${escaped(() => true)}`;
    const expected = 'a *** b *** c ***';
    for (let a = 0; a <= text.length; a++) {
      for (let b = a; b <= text.length; b += 5) expect(streamed(text, [a, b])).toBe(expected);
    }
  });

  it('keeps what only looks like it: an escaped backslash, a broken or unfinished escape, another character', () => {
    for (const text of [
      // An escaped backslash, then the letters u006c: not an `l`.
      '\\\\u006clx-secret-1',
      '\\u006glx-secret-1',
      'llx-secret-\\u0032',
      'llx-secret-\\u003',
      'llx-secret-\\'
    ]) {
      expect(redact(text)).toBe(text);
      expect(streamed(text, [text.length - 3])).toBe(text);
    }
  });

  it('reads a body full of backslashes and near misses in one pass', () => {
    const data = Buffer.from('\\u006c\\u006cx-secret-'.repeat(50_000) + '\\\\'.repeat(200_000));
    const masker = createMasker();
    const out = Buffer.concat([...masker.write(data), ...masker.end()]);
    expect(out.equals(data)).toBe(true);
  });
});

describe('createMasker', () => {
  const masked = (chunks: string[]): string => {
    const masker = createMasker();
    return Buffer.concat([...chunks.flatMap((chunk) => masker.write(Buffer.from(chunk))), ...masker.end()]).toString();
  };

  it('masks a secret cut across chunks at every point, and keeps a start that never completes', () => {
    const text = 'x llx-secret-1 y llx-secret-1llx-secret-1 llx-secret- z llx-llx-secret-1';
    const expected = 'x *** y ****** llx-secret- z llx-***';
    for (let a = 0; a <= text.length; a++) {
      for (let b = a; b <= text.length; b += 7) {
        expect(masked([text.slice(0, a), text.slice(a, b), text.slice(b)])).toBe(expected);
      }
    }
    expect(masked(['llx-secr'])).toBe('llx-secr');
  });

  it('agrees with redact on random text made of the secrets’ own characters', () => {
    const random = seededRandom(3);
    const alphabet = 'lx-secrt12€ok';
    for (let n = 0; n < 2000; n++) {
      const text = Array.from({ length: 60 }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const cut = Math.floor(random() * Buffer.byteLength(text));
      const bytes = Buffer.from(text);
      const masker = createMasker();
      const out = Buffer.concat([...masker.write(bytes.subarray(0, cut)), ...masker.write(bytes.subarray(cut)), ...masker.end()]);
      expect(out.toString()).toBe(redact(text));
    }
  });

  it('masks a one-letter secret throughout a large body, one look at each byte', () => {
    registerSecret('a');
    const data = Buffer.alloc(1024 * 1024, 'a');
    const masker = createMasker();
    const pieces = masker.write(data);
    expect(pieces.reduce((sum, piece) => sum + piece.length, 0)).toBe(3 * data.length);
  });
});
