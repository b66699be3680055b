// What a job reports as its configuration: the one asked for with the spec's defaults filled in and its
// `version` resolved to a concrete release ("Job responses always report the concrete resolved version the
// job runs, fixed at job creation; saved configurations keep the value as provided").
import { spec } from './spec.js';

/** Releases per tier unless the emulator is told others (`releases`, `addRelease`): `YYYY-MM-DD`, any order. */
export const DEFAULT_RELEASES: Readonly<Record<string, readonly string[]>> = {
  cost_effective: ['2025-06-01', '2025-12-01', '2026-06-01'],
  agentic: ['2025-06-01', '2025-12-01', '2026-06-01'],
  agentic_plus: ['2025-09-01', '2026-06-01']
};

const properties = spec.components.schemas.ExtractConfiguration!.properties as Record<string, { default?: unknown }>;

/** The newest release of `tier` at or before `version` (`latest`: the newest of all), undefined when none. */
export function resolveVersion(version: string, tier: string, releases: Record<string, string[]>): string | undefined {
  const known = [...(releases[tier] ?? [])].sort();
  if (version === 'latest') return known[known.length - 1];
  return known.filter((release) => release <= version).pop();
}

/**
 * `requested` (already valid against ExtractConfiguration) as a job reports it: every field the spec gives
 * a default takes it when absent, every other field absent is null (`parse_tier` defaults to the extract
 * tier, as its description says), fields the spec does not name are kept, and `version` is resolved.
 */
export function resolvedConfiguration(requested: Record<string, unknown>, releases: Record<string, string[]>): Record<string, unknown> {
  const resolved: Record<string, unknown> = {};
  for (const [name, property] of Object.entries(properties)) resolved[name] = 'default' in property ? property.default : null;
  Object.assign(resolved, requested);
  resolved.parse_tier ??= resolved.tier;
  const version = resolveVersion(String(resolved.version), String(resolved.tier), releases);
  // A date before the tier's first release pins to the first one, the nearest the service can run.
  resolved.version = version ?? [...(releases[String(resolved.tier)] ?? [])].sort()[0] ?? resolved.version;
  return resolved;
}

/** The version text the spec allows: `latest` or a date. Anything else is refused like a bad enum value. */
export function versionIssue(version: unknown): string | undefined {
  if (version === undefined || version === 'latest') return undefined;
  return typeof version === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(version) && !Number.isNaN(Date.parse(version))
    ? undefined
    : "Input should be 'latest' or a date (YYYY-MM-DD)";
}
