// Which earlier job stands for the one this step would create: same file, same configuration, newest first.
import type { ListedJob } from '../api/parse-job.js';
import type { JobConfiguration } from '../input-helper.js';
import { isObject } from '../types.js';

/** A saved configuration by its ID; an inline one as a JSON value, key order ignored. */
export function sameConfiguration(job: ListedJob, configuration: JobConfiguration): boolean {
  if ('id' in configuration) return job.configurationId === configuration.id;
  return job.configuration !== undefined && canonical(job.configuration) === canonical(configuration.inline);
}

/** The newest job of `jobs` made with `configuration` and not yet taken by another document, now taken. */
export function claimNewest(jobs: ListedJob[], configuration: JobConfiguration, claimed: Set<string>): ListedJob | undefined {
  const newest = jobs
    .filter((job) => !claimed.has(job.id) && sameConfiguration(job, configuration))
    .sort((a, b) => createdAt(b) - createdAt(a))[0];
  if (newest) claimed.add(newest.id);
  return newest;
}

function createdAt(job: ListedJob): number {
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
