// Runs the emulator as its own process, for the demo, benches and workflows that curl it.
// Usage: npx tsx emulator/cli.ts [--port N] [--scenario file.json] [--api-key K]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  faultFromJson,
  PUBLISHED_RATE_LIMITS,
  startEmulator,
  type FileScript,
  type JobScript,
  type RecordedRequest,
  type RouteRateLimit,
  type SavedConfigurationScript
} from './emulator.js';

interface Scenario {
  jobs?: JobScript[];
  files?: FileScript[];
  configurations?: SavedConfigurationScript[];
  releases?: Record<string, string[]>;
  maxUploadBytes?: number;
  faults?: unknown[];
  latencyMs?: number;
  rateLimitPerSecond?: number;
  /** `"published"` for LlamaCloud's limits, or the limits themselves. */
  rateLimits?: 'published' | RouteRateLimit[];
  gzip?: boolean;
}

function logLine(r: RecordedRequest): string {
  const query = new URLSearchParams(Object.entries(r.query).flatMap(([k, vs]) => vs.map((v): [string, string] => [k, v]))).toString();
  const fault = r.fault ? ` [fault: ${r.fault}]` : '';
  return `${new Date(r.at).toISOString()} ${r.method} ${r.path}${query ? `?${query}` : ''} -> ${r.status || 'no answer'}${fault}\n`;
}

const { values } = parseArgs({
  options: { port: { type: 'string' }, scenario: { type: 'string' }, 'api-key': { type: 'string' } }
});
const scenario: Scenario = values.scenario ? JSON.parse(readFileSync(values.scenario, 'utf8')) : {};

const emulator = await startEmulator({
  port: values.port ? Number(values.port) : 0,
  ...(values['api-key'] ? { apiKey: values['api-key'] } : {}),
  jobs: scenario.jobs ?? [],
  files: scenario.files ?? [],
  configurations: scenario.configurations ?? [],
  ...(scenario.releases === undefined ? {} : { releases: scenario.releases }),
  ...(scenario.maxUploadBytes === undefined ? {} : { maxUploadBytes: scenario.maxUploadBytes }),
  faults: (scenario.faults ?? []).map(faultFromJson),
  ...(scenario.latencyMs === undefined ? {} : { latencyMs: scenario.latencyMs }),
  ...(scenario.rateLimitPerSecond === undefined ? {} : { rateLimitPerSecond: scenario.rateLimitPerSecond }),
  ...(scenario.rateLimits === undefined
    ? {}
    : { rateLimits: scenario.rateLimits === 'published' ? [...PUBLISHED_RATE_LIMITS] : scenario.rateLimits }),
  ...(scenario.gzip === undefined ? {} : { gzip: scenario.gzip }),
  onRequest: (r) => process.stderr.write(logLine(r))
});
process.stdout.write(`${JSON.stringify({ url: emulator.url })}\n`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void emulator.close());
}
