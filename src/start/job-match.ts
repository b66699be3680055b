// Which earlier job stands for the one this step would create: same file, same configuration, newest first.
// The one definition of "the same configuration", for `reuse`, for a job an earlier run left running, and
// for the job a create whose answer was lost may have made. LlamaCloud reports a job's configuration
// resolved: the spec's defaults filled in, and `version` made a concrete release when the job was made.
import { createHash } from 'node:crypto';
import type { ListedJob } from '../api/parse-job.js';
import type { JobConfiguration } from '../settings/settings.js';
import { isObject } from '../lib/json-walk.js';

/** ExtractConfiguration's defaults, as the API spec states them (a test holds this to the spec). */
const CONFIGURATION_DEFAULTS: Readonly<Record<string, unknown>> = {
  tier: 'cost_effective',
  version: 'latest',
  disable_cache: false,
  extraction_target: 'per_doc',
  cite_sources: false,
  confidence_scores: false,
  spreadsheet_mode: false
};
/** Fields the spec gives no default: absent means none (null). `parse_tier` is apart: it defaults to the tier. */
const NULL_WHEN_ABSENT: readonly string[] = ['target_pages', 'max_pages', 'system_prompt', 'sheet_names', 'parse_config_id'];

const LATEST = 'latest';
const RELEASE_DATE = /^\d{4}-\d{2}-\d{2}$/;

interface MatchOptions {
  /**
   * Epoch ms from which a job was made by this step (a create whose answer was lost): such a job resolved
   * `version` as the service does now, so a pinned date matches the release at or before it.
   */
  madeSince?: number;
  /** Only a job in one of these statuses is taken (the others still tell which releases exist). */
  statuses?: readonly string[];
}

/** The newest job of `jobs` made with `configuration` and not yet taken by another document, now taken. */
export function claimNewest(
  jobs: ListedJob[],
  configuration: JobConfiguration,
  claimed: Set<string>,
  options: MatchOptions = {}
): ListedJob | undefined {
  const newest = newestReleases(jobs);
  const match = jobs
    .filter(
      (job) =>
        !claimed.has(job.id) &&
        (options.statuses === undefined || options.statuses.includes(job.status)) &&
        sameConfiguration(job, configuration, newest, options)
    )
    .sort((a, b) => createdAt(b) - createdAt(a))[0];
  if (match) claimed.add(match.id);
  return match;
}

/**
 * A saved configuration by its ID. An inline one: every field of the file, and every field the file leaves
 * to its default, agrees with the job's (deep, key order ignored; fields the service adds that the spec
 * does not name are not compared), and the versions agree (see sameVersion).
 */
function sameConfiguration(job: ListedJob, configuration: JobConfiguration, newest: Map<string, string>, options: MatchOptions): boolean {
  if ('id' in configuration) return job.configurationId === configuration.id;
  if (!job.configuration) return false;
  const wanted = normalised(configuration.inline);
  const reported = normalised(job.configuration);
  const fieldsAgree = Object.keys(wanted).every((key) => key === 'version' || canonical(wanted[key]) === canonical(reported[key]));
  return fieldsAgree && sameVersion(String(wanted.version), reported, job, newest, options);
}

/**
 * A pinned version matches a job that reports it (a date between releases resolves to an earlier release,
 * which a job made under an older pin reports too, so only a job this step made is taken then). `latest`
 * matches the version the job was resolved to, unless a job of the same tier shows a newer release exists:
 * the action cannot know of a release no listed job ran.
 */
function sameVersion(
  wanted: string,
  reported: Record<string, unknown>,
  job: ListedJob,
  newest: Map<string, string>,
  options: MatchOptions
): boolean {
  const version = String(reported.version);
  if (version === wanted) return true;
  const madeByThisStep = options.madeSince !== undefined && createdAt(job) >= options.madeSince;
  if (wanted === LATEST) {
    const known = newest.get(String(reported.tier));
    return madeByThisStep || known === undefined || !RELEASE_DATE.test(version) || version >= known;
  }
  return madeByThisStep && RELEASE_DATE.test(wanted) && RELEASE_DATE.test(version) && version <= wanted;
}

/** The newest release each tier is known to have, from the versions the listed jobs report. */
function newestReleases(jobs: ListedJob[]): Map<string, string> {
  const newest = new Map<string, string>();
  for (const job of jobs) {
    const { tier, version } = normalised(job.configuration ?? {});
    if (typeof version !== 'string' || !RELEASE_DATE.test(version)) continue;
    const known = newest.get(String(tier));
    if (known === undefined || version > known) newest.set(String(tier), version);
  }
  return newest;
}

/** The configuration with what the service fills in: the spec's defaults, null for the rest, parse_tier the tier. */
function normalised(configuration: Record<string, unknown>): Record<string, unknown> {
  const filled: Record<string, unknown> = { ...CONFIGURATION_DEFAULTS };
  for (const key of NULL_WHEN_ABSENT) filled[key] = null;
  for (const [key, value] of Object.entries(configuration)) if (value !== undefined && value !== null) filled[key] = value;
  filled.parse_tier ??= filled.tier;
  return filled;
}

/** Epoch ms the job was made at, as it says; 0 when it does not say. */
export function createdAt(job: ListedJob): number {
  const at = job.createdAt === undefined ? NaN : Date.parse(job.createdAt);
  return Number.isNaN(at) ? 0 : at;
}

/** JSON text of `value` with every object's keys sorted: equal for equal values whatever their key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys(value[key])])
  );
}

/** A saved configuration by ID, an inline one by the digest of its canonical JSON: how a report names it. */
export type ConfigurationRef = { id: string } | { digest: string };

export function configurationRef(configuration: JobConfiguration): ConfigurationRef {
  if ('id' in configuration) return { id: configuration.id };
  return { digest: `sha256:${createHash('sha256').update(canonical(configuration.inline)).digest('hex')}` };
}
