import { describe, expect, it } from '@jest/globals';
import { readUsage, sumUsage } from '../../../src/model/usage.js';

describe('readUsage', () => {
  it('reads the seed shape (extract_metadata.usage)', () => {
    expect(readUsage({ extract_metadata: { usage: { num_document_tokens: 10, num_output_tokens: 2, num_pages_extracted: 3 } } })).toEqual({
      num_document_tokens: 10,
      num_output_tokens: 2,
      num_pages_extracted: 3
    });
  });

  it('reads the current shape (metadata.usage and usage) and prefers it over the seed place', () => {
    const usage = readUsage({
      metadata: { usage: { num_pages_extracted: 4, num_pages_billed: 5 } },
      usage: { credits: 30, extract_credits: 20, parse_credits: 10 },
      extract_metadata: { usage: { num_pages_extracted: 99 } }
    });
    expect(usage).toEqual({ credits: 30, extract_credits: 20, parse_credits: 10, num_pages_extracted: 4, num_pages_billed: 5 });
  });

  it('ignores nulls, strings and junk, and never invents a number', () => {
    expect(readUsage({ usage: { credits: null, note: 'x' }, metadata: 'odd', extract_metadata: null })).toEqual({});
    expect(readUsage({})).toEqual({});
  });
});

describe('sumUsage', () => {
  it('sums each number over the jobs that carry it', () => {
    expect(sumUsage([{ credits: 1.5, num_pages_extracted: 2 }, { num_pages_extracted: 3 }, {}])).toEqual({
      credits: 1.5,
      num_pages_extracted: 5
    });
    expect(sumUsage([])).toEqual({});
  });
});
