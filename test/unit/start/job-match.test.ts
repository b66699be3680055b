import { describe, expect, it } from '@jest/globals';
import { claimNewest, sameConfiguration } from '../../../src/start/job-match.js';

const job = (id: string, createdAt: string, fields: { configurationId?: string; configuration?: Record<string, unknown> }) => ({
  id,
  status: 'COMPLETED',
  createdAt,
  ...fields
});

describe('sameConfiguration', () => {
  it('compares a saved configuration by ID, an inline one as a JSON value with keys in any order', () => {
    expect(sameConfiguration(job('a', '', { configurationId: 'cfg-1' }), { id: 'cfg-1' })).toBe(true);
    expect(sameConfiguration(job('a', '', { configurationId: 'cfg-2' }), { id: 'cfg-1' })).toBe(false);
    const inline = { tier: 'agentic', data_schema: { type: 'object', required: ['a', 'b'] } };
    expect(
      sameConfiguration(job('a', '', { configuration: { data_schema: { required: ['a', 'b'], type: 'object' }, tier: 'agentic' } }), {
        inline
      })
    ).toBe(true);
    // Array order is meaning: not ignored.
    expect(
      sameConfiguration(job('a', '', { configuration: { tier: 'agentic', data_schema: { type: 'object', required: ['b', 'a'] } } }), {
        inline
      })
    ).toBe(false);
    expect(sameConfiguration(job('a', '', {}), { inline })).toBe(false);
  });
});

describe('claimNewest', () => {
  it('takes the newest matching job not yet taken, and marks it taken', () => {
    const jobs = [
      job('old', '2026-01-01T00:00:00Z', { configurationId: 'cfg-1' }),
      job('new', '2026-03-01T00:00:00Z', { configurationId: 'cfg-1' }),
      job('other', '2026-04-01T00:00:00Z', { configurationId: 'cfg-2' })
    ];
    const claimed = new Set<string>();
    expect(claimNewest(jobs, { id: 'cfg-1' }, claimed)?.id).toBe('new');
    expect(claimNewest(jobs, { id: 'cfg-1' }, claimed)?.id).toBe('old');
    expect(claimNewest(jobs, { id: 'cfg-1' }, claimed)).toBeUndefined();
    expect([...claimed]).toEqual(['new', 'old']);
  });
});
