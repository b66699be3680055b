// startEmulator: the parts below wired into one server (the store, the request records, faults, rate limits, the
// routes behind them), and the emulator's public exports.
import { type ControlContext } from './control.js';
import { FaultBook } from './faults.js';
import { RateLimits } from './rate-limits.js';
import { Records } from './records.js';
import { handle, type Service } from './routing.js';
import { listen } from './server.js';
import { Store } from './store.js';
import type { Emulator, EmulatorOptions, RouteRateLimit } from './types.js';

export type * from './types.js';
export { DEFAULT_PROJECT_ID } from './job-state.js';
export { faultFromJson } from './faults.js';
export { DEFAULT_RELEASES } from './configuration.js';
export { makeRows, sampleFieldMetadata, sampleInvoice, sampleLowConfidence } from './samples.js';
export { seededRandom } from './random.js';
export { startDeadProxy, type DeadProxy } from './dead-proxy.js';

export const DEFAULT_API_KEY = 'llx-test-key';
/** LlamaCloud's published limits (../shared/api/README.md): uploads 50 per 5 s, job creation 15 per second. */
export const PUBLISHED_RATE_LIMITS: readonly RouteRateLimit[] = Object.freeze([
  { method: 'POST', path: '/api/v1/beta/files', max: 50, windowMs: 5000 },
  { method: 'POST', path: '/api/v2/extract', max: 15, windowMs: 1000 }
]);

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const store = new Store(options);
  const records = new Records();
  const faults = new FaultBook();
  // Before listening, so an invalid script throws without leaving a server behind.
  for (const script of options.configurations ?? []) store.addConfiguration(script);
  for (const script of options.jobs ?? []) store.addJob(script);
  for (const fault of options.faults ?? []) faults.add(fault);
  for (const file of options.files ?? []) store.addFile(file);

  // What the emulator offers in process; the control routes offer the same over HTTP, and the job list.
  const parts: Omit<Emulator, 'url' | 'origin' | 'port' | 'apiKey' | 'close'> = {
    addJob: (script) => void store.addJob(script),
    addFault: (fault) => faults.add(fault),
    job: (id) => store.job(id),
    addFile: (script) => store.addFile(script),
    file: (id) => store.file(id),
    addConfiguration: (script) => store.addConfiguration(script),
    addRelease: (tier, date) => store.addRelease(tier, date),
    uploads: store.uploads,
    requests: records.requests,
    arrival: (count) => records.arrival(count),
    stats: () => ({
      totalRequests: records.requests.length,
      ...records.connections(),
      uploads: store.uploads.length,
      uploadedBytes: store.uploads.reduce((sum, upload) => sum + upload.size, 0),
      creates: store.creates,
      creditsBilled: store.creditsBilled
    }),
    resetRecords: () => {
      records.reset();
      store.resetCounts();
    }
  };
  const control: ControlContext = { ...parts, jobs: () => store.jobViews() };
  const service: Service = {
    apiKey: options.apiKey ?? DEFAULT_API_KEY,
    store,
    records,
    faults,
    limits: new RateLimits(options.rateLimits, options.rateLimitPerSecond),
    control,
    gzip: options.gzip,
    latencyMs: options.latencyMs,
    onRequest: options.onRequest
  };
  const server = await listen(
    { host: options.host ?? '127.0.0.1', port: options.port, keepAliveTimeoutMs: options.keepAliveTimeoutMs },
    (req, res, later) => handle(service, req, res, later)
  );
  return { ...parts, url: server.url, origin: server.url, port: server.port, apiKey: service.apiKey, close: () => server.close() };
}
