import { describe, expect, it } from '@jest/globals';
import { claimNewest } from '../../../src/start/job-match.js';
import type { ListedJob } from '../../../src/api/parse-job.js';
import { spec } from '../../../emulator/spec.js';

const job = (id: string, createdAt: string, fields: Partial<ListedJob> = {}): ListedJob => ({
  id,
  status: 'COMPLETED',
  createdAt,
  ...fields
});

const properties = spec.components.schemas.ExtractConfiguration!.properties as Record<string, { default?: unknown }>;
/** What the service reports for each field a configuration leaves out: the spec's default, null without one. */
const SPEC_DEFAULTS = Object.fromEntries(
  Object.entries(properties)
    .filter(([name]) => !['data_schema', 'parse_tier'].includes(name))
    .map(([name, property]) => [name, 'default' in property ? property.default : null])
);

/** A configuration as the service reports it: defaults filled in, `version` resolved. */
const resolved = (fields: Record<string, unknown>) => ({
  ...SPEC_DEFAULTS,
  parse_tier: fields.tier ?? 'cost_effective',
  version: '2026-06-01',
  ...fields
});

const SCHEMA = { type: 'object', required: ['a', 'b'], properties: { a: { type: 'string' } } };
const matches = (configuration: Record<string, unknown>, inline: Record<string, unknown>, options = {}) =>
  claimNewest([job('a', '2026-07-01T00:00:00Z', { configuration })], { inline }, new Set(), options)?.id === 'a';

describe('the defaults the action fills in', () => {
  it('are the spec’s: a field left out agrees only with its ExtractConfiguration default, or null without one', () => {
    expect(matches(resolved({ data_schema: SCHEMA }), { data_schema: SCHEMA })).toBe(true);
    // `version` is matched by release (below), data_schema and parse_tier are never left to a default.
    for (const name of Object.keys(SPEC_DEFAULTS).filter((name) => name !== 'version')) {
      expect([name, matches(resolved({ data_schema: SCHEMA, [name]: 'another value' }), { data_schema: SCHEMA })]).toEqual([name, false]);
    }
  });
});

describe('the same configuration', () => {
  it('a saved one by its ID', () => {
    const jobs = [job('a', '', { configurationId: 'cfg-2' }), job('b', '', { configurationId: 'cfg-1' })];
    expect(claimNewest(jobs, { id: 'cfg-1' }, new Set())?.id).toBe('b');
  });

  it('an inline one: every field written agrees, deep, keys in any order, array order kept', () => {
    const reordered = { properties: { a: { type: 'string' } }, required: ['a', 'b'], type: 'object' };
    expect(matches(resolved({ data_schema: reordered, tier: 'agentic' }), { tier: 'agentic', data_schema: SCHEMA })).toBe(true);
    expect(matches(resolved({ data_schema: { ...SCHEMA, required: ['b', 'a'] } }), { data_schema: SCHEMA })).toBe(false);
    expect(matches(resolved({ data_schema: SCHEMA, tier: 'agentic' }), { data_schema: SCHEMA, tier: 'agentic_plus' })).toBe(false);
    // A field the service does not know is the user's too: it must be reported alike.
    expect(matches(resolved({ data_schema: SCHEMA }), { data_schema: SCHEMA, custom: 1 })).toBe(false);
    expect(claimNewest([job('a', '')], { inline: { data_schema: SCHEMA } }, new Set())).toBeUndefined();
  });

  it('a field left out must hold its default in the job; one the service adds beyond the spec is not compared', () => {
    expect(matches(resolved({ data_schema: SCHEMA, added_by_service: true }), { data_schema: SCHEMA })).toBe(true);
    expect(matches(resolved({ data_schema: SCHEMA, tier: 'agentic' }), { data_schema: SCHEMA })).toBe(false);
    expect(matches(resolved({ data_schema: SCHEMA, target_pages: '1-3' }), { data_schema: SCHEMA })).toBe(false);
    expect(matches(resolved({ data_schema: SCHEMA, cite_sources: true }), { data_schema: SCHEMA })).toBe(false);
    // parse_tier defaults to the tier; written out, it must agree.
    expect(
      matches(resolved({ data_schema: SCHEMA, tier: 'agentic', parse_tier: 'agentic' }), { data_schema: SCHEMA, tier: 'agentic' })
    ).toBe(true);
    expect(matches(resolved({ data_schema: SCHEMA, parse_tier: 'fast' }), { data_schema: SCHEMA })).toBe(false);
    // The older echo, with no defaults filled in, is read the same way.
    expect(matches({ data_schema: SCHEMA }, { data_schema: SCHEMA, tier: 'cost_effective' })).toBe(true);
  });

  it('a pinned version: the job reports it; a release before it only for a job this step made', () => {
    const pinned = { data_schema: SCHEMA, version: '2026-06-01' };
    expect(matches(resolved({ data_schema: SCHEMA, version: '2026-06-01' }), pinned)).toBe(true);
    expect(matches(resolved({ data_schema: SCHEMA, version: '2025-12-01' }), pinned)).toBe(false);
    const between = { data_schema: SCHEMA, version: '2026-07-15' };
    expect(matches(resolved({ data_schema: SCHEMA, version: '2026-06-01' }), between)).toBe(false);
    expect(
      matches(resolved({ data_schema: SCHEMA, version: '2026-06-01' }), between, { madeSince: Date.parse('2026-06-30T00:00:00Z') })
    ).toBe(true);
    expect(matches(resolved({ data_schema: SCHEMA, version: '2026-08-01' }), between, { madeSince: 0 })).toBe(false);
  });

  it('latest (or none): the job’s release, unless a job of the same tier shows a newer one', () => {
    const older = job('older', '2026-07-02T00:00:00Z', { configuration: resolved({ data_schema: SCHEMA, version: '2025-12-01' }) });
    const pinnedNewer = job('pinned', '2026-07-01T00:00:00Z', {
      configuration: resolved({ data_schema: { type: 'object' }, version: '2026-06-01' })
    });
    const otherTier = job('agentic', '2026-07-01T00:00:00Z', {
      configuration: resolved({ data_schema: {}, tier: 'agentic', version: '2026-09-01' })
    });
    expect(claimNewest([older, otherTier], { inline: { data_schema: SCHEMA } }, new Set())?.id).toBe('older');
    expect(claimNewest([older, pinnedNewer], { inline: { data_schema: SCHEMA, version: 'latest' } }, new Set())).toBeUndefined();
    // A job this step made resolved latest just now.
    expect(claimNewest([older, pinnedNewer], { inline: { data_schema: SCHEMA } }, new Set(), { madeSince: 0 })?.id).toBe('older');
  });
});

describe('claimNewest', () => {
  it('takes the newest matching job not yet taken, of the statuses asked, and marks it taken', () => {
    const jobs = [
      job('old', '2026-01-01T00:00:00Z', { configurationId: 'cfg-1' }),
      job('new', '2026-03-01T00:00:00Z', { configurationId: 'cfg-1' }),
      job('running', '2026-03-02T00:00:00Z', { configurationId: 'cfg-1', status: 'RUNNING' }),
      job('other', '2026-04-01T00:00:00Z', { configurationId: 'cfg-2' })
    ];
    const claimed = new Set<string>();
    expect(claimNewest(jobs, { id: 'cfg-1' }, claimed, { statuses: ['COMPLETED'] })?.id).toBe('new');
    expect(claimNewest(jobs, { id: 'cfg-1' }, claimed, { statuses: ['COMPLETED'] })?.id).toBe('old');
    expect(claimNewest(jobs, { id: 'cfg-1' }, claimed, { statuses: ['COMPLETED'] })).toBeUndefined();
    expect(claimNewest(jobs, { id: 'cfg-1' }, claimed)?.id).toBe('running');
    expect([...claimed]).toEqual(['new', 'old', 'running']);
  });
});
