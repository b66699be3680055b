import { describe, expect, it } from '@jest/globals';
import { elapsedMs, formatDuration, parseDuration } from '../../../src/lib/duration.js';

describe('parseDuration', () => {
  it.each([
    ['90', 90_000],
    ['1.5', 1500],
    ['90s', 90_000],
    ['15m', 900_000],
    ['1h', 3_600_000],
    ['1h30m', 5_400_000],
    ['500ms', 500],
    [' 2M ', 120_000]
  ])('reads %p as %p ms', (text, ms) => expect(parseDuration(text)).toBe(ms));

  it.each(['', 'soon', '5 minutes', '1d', '-5s', 'm', '10s5'])('refuses %p', (text) => expect(parseDuration(text)).toBeUndefined());
});

describe('formatDuration', () => {
  it.each([
    [1500, '1.5s'],
    [42_000, '42s'],
    [95_000, '1m 35s'],
    [3_723_000, '1h 02m 03s']
  ])('writes %p ms as %p', (ms, text) => expect(formatDuration(ms)).toBe(text));
});

describe('elapsedMs', () => {
  it('measures between two ISO timestamps and refuses unreadable or reversed ones', () => {
    expect(elapsedMs('2026-01-01T00:00:00Z', '2026-01-01T00:01:05.5Z')).toBe(65_500);
    expect(elapsedMs(undefined, '2026-01-01T00:00:00Z')).toBeUndefined();
    expect(elapsedMs('2026-01-01T00:00:10Z', '2026-01-01T00:00:00Z')).toBeUndefined();
  });
});
