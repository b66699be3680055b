// Usage numbers live in three places depending on the API's age: `extract_metadata.usage` (seed shape:
// tokens, pages), `metadata.usage` (pages extracted/billed) and `usage` (credits, with expand=usage).
import { type Usage } from './types.js';
import { isObject } from '../lib/json-walk.js';

type JsonObject = Record<string, unknown>;

/** Every finite number in the three usage objects; the current API's places win over the seed's. */
export function readUsage(job: JsonObject): Usage {
  const usage: Usage = {};
  for (const source of [
    objectAt(job, 'usage'),
    objectAt(objectAt(job, 'metadata'), 'usage'),
    objectAt(objectAt(job, 'extract_metadata'), 'usage')
  ]) {
    for (const [name, value] of Object.entries(source ?? {})) {
      if (typeof value === 'number' && Number.isFinite(value) && !(name in usage)) usage[name] = value;
    }
  }
  return usage;
}

/** The pages a job read: those extracted, or else those billed. */
export function pagesOf(usage: Usage): number | undefined {
  return usage.num_pages_extracted ?? usage.num_pages_billed;
}

/** Sums each number over the jobs that carry it; a number no job carries stays absent. */
export function sumUsage(all: Usage[]): Usage {
  const total: Usage = {};
  for (const usage of all) for (const [name, value] of Object.entries(usage)) total[name] = (total[name] ?? 0) + value;
  return total;
}

export function objectAt(value: unknown, key: string): JsonObject | undefined {
  const child = isObject(value) ? value[key] : undefined;
  return isObject(child) ? child : undefined;
}
