import { describe, expect, it } from '@jest/globals';
import { bound, cut, leadingWithin, replaceControls, squash } from '../../../src/lib/bound.js';

describe('bound', () => {
  it('leaves short text alone and cuts long text on a character boundary, saying so', () => {
    expect(bound('short', 10)).toBe('short');
    const cut = bound('ü'.repeat(5000), 100);
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(100);
    expect(cut).toMatch(/^ü+ … \[cut: 10000 bytes in all\]$/);
  });
});

describe('cut', () => {
  it('leaves text of up to the width alone, and ends cut text with an ellipsis within the width', () => {
    expect(cut('abcdef', 6)).toBe('abcdef');
    expect(cut('abcdefg', 6)).toBe('abcde…');
  });

  it('never splits a surrogate pair', () => {
    expect(cut('ab😀cd', 4)).toBe('ab…');
  });
});

describe('squash and replaceControls', () => {
  it('fold control characters and runs of white space to one space, trimmed', () => {
    expect(squash(' a\r\n\tb\u0000\u001bc  d ')).toBe('a b c d');
  });

  it('replace each control character on its own', () => {
    expect(replaceControls('a\nb\u007f\u0000c', '?')).toBe('a?b??c');
  });
});

describe('leadingWithin', () => {
  it('takes the leading pieces that fit, in UTF-8 bytes unless told, rendering none past the first that does not', () => {
    const rendered: number[] = [];
    const render = (n: number): string => {
      rendered.push(n);
      return 'é'.repeat(n);
    };
    expect(leadingWithin([1, 2, 3, 1], render, 6)).toEqual(['é', 'éé']);
    expect(rendered).toEqual([1, 2, 3]);
    expect(leadingWithin([1, 2, 3, 1], render, 6, (text) => text.length)).toEqual(['é', 'éé', 'ééé']);
  });
});
