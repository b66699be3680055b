// The bench's scenarios. Each one adds its jobs to the shared in-process emulator right before it starts a
// contender, so every job's timeline is clocked by the emulator from that moment, and reads the emulator's
// records (requests, connections, completedAt) for what the contenders did.
import { spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  makeRows,
  PUBLISHED_RATE_LIMITS,
  sampleInvoice,
  seededRandom,
  startEmulator,
  type Emulator,
  type RecordedRequest,
  type RouteRateLimit
} from '../emulator/emulator.js';
import { REPO_ROOT, writeFiles } from '../emulator/runner.js';
import { currentActionEntry, resultFile, runContender, type ContenderName, type ContenderRun } from './contenders.js';
import { baseEnv, runMeasured } from './measure.js';

export interface Context {
  emulator: Emulator;
  /** Scratch folder for workspaces, removed at the end. */
  scratch: string;
  log: (line: string) => void;
}

/** Repeated measurements of one contender in one scenario. */
export interface Samples {
  wallMs: number[];
  rssKb: number[];
  requests: number[];
  problems: string[];
}

const newSamples = (): Samples => ({ wallMs: [], rssKb: [], requests: [], problems: [] });

function record(samples: Samples, run: ContenderRun, requests: number): void {
  if (run.problem) {
    samples.problems.push(run.problem);
    return;
  }
  samples.wallMs.push(run.wallMs);
  if (run.peakRssKb !== undefined) samples.rssKb.push(run.peakRssKb);
  samples.requests.push(requests);
}

function requestsFor(emulator: Emulator, ids: Set<string>): number {
  return emulator.requests.filter((request) => request.jobId !== undefined && ids.has(request.jobId)).length;
}

// ---------------------------------------------------------------------------------------------------
// 1. Start-up: one job that is COMPLETED before the contender starts, small result; on each Node version.

/** `--reference REV`: the action as committed at an earlier revision (its dist/), benched beside this build. */
export interface Reference {
  revision: string;
  entry: string;
}

/** A Node binary the start-up is measured on. */
export interface NodeBinary {
  version: string;
  path: string;
}

export interface StartUpOnNode {
  node: NodeBinary;
  floor: Samples;
  action: Samples;
  /** `--reference`: the build of an earlier revision, run in the same rounds. */
  reference?: Samples;
  /** In-process time to import dist/index.js with no INPUT_* set: parse, evaluate, stop at the input check. */
  loadMs: number[];
}

export interface StartUp {
  runs: number;
  nodes: StartUpOnNode[];
  /** On the bench's own Node, for comparison. */
  sdk: Samples;
  shell: Samples;
  bundle: BundleFacts;
}

// The require returns once the action has stopped at the missing api-key (synchronously: nothing is awaited
// before it): the whole entry file is read, compiled and evaluated, and no request is made.
const LOAD_SCRIPT =
  'const t0 = performance.now(); require(process.argv[1]); process.stderr.write(`\\nparse-and-evaluate ${performance.now() - t0}\\n`);';

export async function startUp(ctx: Context, runs: number, nodes: NodeBinary[], reference?: Reference): Promise<StartUp> {
  const id = 'ext-cold-start';
  ctx.emulator.addJob({ id });
  const perNode: StartUpOnNode[] = nodes.map((node) => ({
    node,
    floor: newSamples(),
    action: newSamples(),
    ...(reference ? { reference: newSamples() } : {}),
    loadMs: []
  }));
  const sdk = newSamples();
  const shell = newSamples();
  const entry = currentActionEntry();
  const loadCwd = join(ctx.scratch, 'load');
  await mkdir(loadCwd, { recursive: true });
  const once = async (contender: ContenderName, node: string, samples: Samples, round: number, other?: string): Promise<void> => {
    const workspace = join(ctx.scratch, 'cold', `${contender}-${round}`);
    const before = ctx.emulator.requests.length;
    const run = await runContender(contender, ctx.emulator, [id], workspace, { node, ...(other ? { entry: other } : {}) });
    const requests = ctx.emulator.requests.length - before;
    run.problem ??= await sampleResultProblem(workspace, id);
    if (round >= 0) record(samples, run, requests);
    await rm(workspace, { recursive: true, force: true });
  };
  // One warm-up round (file cache, node's code cache), then `runs` rounds, contenders interleaved.
  for (let round = -1; round < runs; round++) {
    for (const on of perNode) {
      await once('floor', on.node.path, on.floor, round);
      await once('action', on.node.path, on.action, round);
      if (reference && on.reference) await once('action', on.node.path, on.reference, round, reference.entry);
      const load = await runMeasured({ cmd: on.node.path, args: ['-e', LOAD_SCRIPT, entry], cwd: loadCwd, env: baseEnv() }, ctx.scratch);
      const match = /parse-and-evaluate ([\d.]+)/.exec(load.stderr);
      if (!match || !/api-key|Input required/i.test(load.stdout))
        throw new Error(`loading ${entry} did not stop at the input check: ${load.stdout}${load.stderr}`);
      if (round >= 0) on.loadMs.push(Number(match[1]));
    }
    await once('sdk', process.execPath, sdk, round);
    await once('shell', process.execPath, shell, round);
  }
  ctx.log(
    `start-up: ${perNode.map((on) => `Node ${on.node.version} action ${fmtRuns(on.action)} floor ${fmtRuns(on.floor)}`).join('; ')}; sdk ${fmtRuns(sdk)}`
  );
  return { runs, nodes: perNode, sdk, shell, bundle: bundleFacts() };
}

/** Why a start-up run's result file is not the sample invoice its job served (addJob's default), if it is not. */
export async function sampleResultProblem(workspace: string, id: string): Promise<string | undefined> {
  let result: unknown;
  try {
    result = JSON.parse(await readFile(resultFile(workspace, [id], id), 'utf8'));
  } catch (error) {
    return `no readable result file (${(error as Error).message})`;
  }
  return JSON.stringify(result) === JSON.stringify(sampleInvoice) ? undefined : 'result file differs from the served result';
}

const fmtRuns = (s: Samples): string =>
  `${s.wallMs.map((ms) => Math.round(ms)).join('/')} ms${s.problems.length ? ` (${s.problems[0]})` : ''}`;

// ---------------------------------------------------------------------------------------------------
// 2. Large result: one COMPLETED job whose extract_result is `bytes` of rows.

export type Identity = 'byte-identical' | 'parsed-equal' | 'different' | 'not checked';

export interface LargeResult {
  runs: number;
  payloadBytes: number;
  by: Record<'action' | 'sdk' | 'shell', Samples>;
  /** The worst seen over the runs. */
  identity: Record<'action' | 'sdk' | 'shell', Identity>;
}

export async function largeResult(ctx: Context, runs: number, bytes: number): Promise<LargeResult> {
  const contenders = ['action', 'sdk', 'shell'] as const;
  const id = 'ext-large-result';
  const rows = makeRows(bytes);
  ctx.emulator.addJob({ id, resultRaw: rows });
  const servedFile = join(ctx.scratch, 'large-served.json');
  await writeFile(servedFile, rows);
  const servedCanonical = await canonicalHash(servedFile);
  await rm(servedFile);
  const by = { action: newSamples(), sdk: newSamples(), shell: newSamples() };
  const identity: LargeResult['identity'] = { action: 'not checked', sdk: 'not checked', shell: 'not checked' };
  const rank: Identity[] = ['byte-identical', 'parsed-equal', 'different', 'not checked'];
  for (let round = 0; round < runs; round++) {
    for (const contender of contenders) {
      const workspace = join(ctx.scratch, 'large', `${contender}-${round}`);
      const before = ctx.emulator.requests.length;
      const run = await runContender(contender, ctx.emulator, [id], workspace);
      const requests = ctx.emulator.requests.length - before;
      if (!run.problem) {
        const file = resultFile(workspace, [id], id);
        let seen: Identity = (await sameBytes(file, rows))
          ? 'byte-identical'
          : (await canonicalHash(file)) === servedCanonical
            ? 'parsed-equal'
            : 'different';
        if (seen === 'different') run.problem = 'result file differs from the served result';
        if (identity[contender] !== 'not checked' && rank.indexOf(identity[contender]) > rank.indexOf(seen)) seen = identity[contender];
        identity[contender] = seen;
      }
      record(by[contender], run, requests);
      await rm(workspace, { recursive: true, force: true });
      ctx.log(
        `large result: ${contender} ${(run.wallMs / 1000).toFixed(2)} s, ${((run.peakRssKb ?? NaN) / 1024).toFixed(0)} MiB${run.problem ? ` (${run.problem})` : ''}`
      );
    }
  }
  return { runs, payloadBytes: rows.length, by, identity };
}

/** The file is `expected`, or `expected` and one final newline. */
async function sameBytes(file: string, expected: Buffer): Promise<boolean> {
  const size = statSync(file).size;
  if (size !== expected.length && size !== expected.length + 1) return false;
  const data = await readFile(file);
  if (size === expected.length + 1 && data[size - 1] !== 0x0a) return false;
  return data.subarray(0, expected.length).equals(expected);
}

/** sha256 of JSON.stringify(JSON.parse(file)), in a child process so the bench's heap stays small. */
function canonicalHash(file: string): Promise<string> {
  const script =
    "const t = require('fs').readFileSync(process.argv[1], 'utf8');" +
    "process.stdout.write(require('crypto').createHash('sha256').update(JSON.stringify(JSON.parse(t))).digest('hex'));";
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', script, file], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolve(out) : resolve(`unparsable (${code})`)));
  });
}

// ---------------------------------------------------------------------------------------------------
// 3. Detection lag: each draw is a job that turns COMPLETED a seeded random time after its contender starts.

export interface LagSamples {
  /** The draw's completion time (ms after the spawn), its lag (exit − completedAt) and requests, for each run that counted. */
  afterMs: number[];
  lagMs: number[];
  requests: number[];
  problems: string[];
}

export interface DetectionLag {
  seed: number;
  rangeMs: [number, number];
  /** Completion times drawn, ms after the spawn. */
  drawsMs: number[];
  staggerMs: number;
  by: Record<'action' | 'sdk', LagSamples>;
  /** First start to last exit. */
  phaseMs: number;
}

/**
 * Every (draw, contender) is its own process with its own job, all running at once so the longest draw sets
 * the phase's length; starts are `staggerMs` apart, longest draws first, and the job is added the moment its
 * process is spawned.
 */
export async function detectionLag(
  ctx: Context,
  options: { draws: number; rangeMs: [number, number]; staggerMs: number; seed: number }
): Promise<DetectionLag> {
  const drawsMs = completionTimes(options.draws, options.rangeMs, options.seed);
  const contenders = ['action', 'sdk'] as const;
  const by = { action: emptyLag(), sdk: emptyLag() };
  const slots = drawsMs
    .map((afterMs, draw) => ({ afterMs, draw }))
    .sort((a, b) => b.afterMs - a.afterMs)
    .flatMap((slot) => contenders.map((contender) => ({ ...slot, contender })));
  const t0 = Date.now();
  await Promise.all(
    slots.map(async ({ afterMs, draw, contender }, index) => {
      await new Promise((resolve) => setTimeout(resolve, index * options.staggerMs));
      const id = `ext-lag-${draw}-${contender}`;
      const workspace = join(ctx.scratch, 'lag', id);
      const run = await runContender(contender, ctx.emulator, [id], workspace, {
        timeoutMs: afterMs + 60_000,
        beforeSpawn: () => ctx.emulator.addJob({ id, timeline: [{ status: 'RUNNING', forMs: afterMs }, { status: 'COMPLETED' }] })
      });
      const completedAt = ctx.emulator.job(id)?.completedAt;
      const entry = by[contender];
      const requests = requestsFor(ctx.emulator, new Set([id]));
      if (run.problem || completedAt === undefined) entry.problems.push(run.problem ?? 'job never completed');
      else {
        entry.afterMs.push(afterMs);
        entry.lagMs.push(run.exitAt - completedAt);
        entry.requests.push(requests);
      }
      await rm(workspace, { recursive: true, force: true });
      ctx.log(
        `lag: ${contender} draw ${draw} (${afterMs} ms): exit ${completedAt === undefined ? '?' : run.exitAt - completedAt} ms after completion, ${requests} requests`
      );
    })
  );
  return { seed: options.seed, rangeMs: options.rangeMs, drawsMs, staggerMs: options.staggerMs, by, phaseMs: Date.now() - t0 };
}

const emptyLag = (): LagSamples => ({ afterMs: [], lagMs: [], requests: [], problems: [] });

export interface EvenSchedule {
  periodMs: number;
  meanLagMs: number;
  p90LagMs: number;
  meanRequests: number;
}

/**
 * Completion times spread over `[lo, hi]`: a seeded random start, then steps of the golden ratio (modulo
 * the range). Each time is as random as a plain draw, but together they cover the range evenly and line up
 * with no poll grid, so a mean over 40 of them is within about 0.1 s of the mean over all times, where
 * independent draws would leave about 0.4 s of noise on a 2.5 s lag.
 */
export function completionTimes(count: number, [lo, hi]: [number, number], seed: number): number[] {
  const start = seededRandom(seed)();
  const step = (Math.sqrt(5) - 1) / 2;
  return Array.from({ length: count }, (_, i) => Math.round(lo + ((start + i * step) % 1) * (hi - lo)));
}

/**
 * The evenly spaced schedule (a look at once, then one every `period`) that the budget buys, over
 * completion times uniform in `range`: the shortest period whose expected requests are at most
 * `maxMeanRequests`, and its expected lag. Computed on a fine grid of times, not run, so without process
 * or network overhead; the period is set by the budget alone.
 */
export function evenSchedule([lo, hi]: [number, number], maxMeanRequests: number): EvenSchedule | undefined {
  const times = Array.from({ length: 4000 }, (_, i) => lo + ((i + 0.5) / 4000) * (hi - lo));
  for (let periodMs = 100; periodMs <= hi; periodMs += 10) {
    const looks = times.map((t) => Math.ceil(t / periodMs));
    const meanRequests = mean(looks.map((n) => n + 1));
    if (meanRequests > maxMeanRequests) continue;
    const lags = times.map((t, i) => (looks[i] ?? 0) * periodMs - t);
    return { periodMs, meanLagMs: mean(lags), p90LagMs: quantile(lags, 0.9), meanRequests };
  }
  return undefined;
}

export const mean = (values: number[]): number => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : NaN);

/** The q-quantile, nearest rank. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}

// ---------------------------------------------------------------------------------------------------
// 4. Many jobs: `count` jobs finishing at seeded random times within `withinMs`, one process per contender.

export interface ManyRun {
  wallMs: number;
  /** The last job's completion, from the spawn. */
  lastCompletionMs: number;
  /** Exit minus the last job's completion. */
  afterLastMs: number;
  requests: number;
  peakConnections: number;
  totalConnections: number;
  peakRssKb?: number;
  problem?: string;
}

export interface ManyJobs {
  count: number;
  withinMs: number;
  seed: number;
  /** One read of each job plus the list pages of a sweep every second until the last job is seen ended. */
  minimumRequests: number;
  by: Record<'action' | 'sdk' | 'shell', ManyRun>;
}

/** Jobs per list page, as the action asks for. */
const LIST_PAGE = 50;
const SWEEP_MS = 1000;

/** See ManyJobs.minimumRequests: sweep k at k s lists the jobs not seen ended by sweep k − 1. */
export function minimumRequests(finishMs: number[]): number {
  let requests = finishMs.length;
  for (let k = 0; ; k++) {
    const pending = k === 0 ? finishMs.length : finishMs.filter((ms) => ms > (k - 1) * SWEEP_MS).length;
    if (pending === 0) return requests;
    requests += Math.ceil(pending / LIST_PAGE);
  }
}

export async function manyJobs(ctx: Context, count: number, withinMs: number, seed: number): Promise<ManyJobs> {
  const random = seededRandom(seed);
  const finishMs = Array.from({ length: count }, () => 1 + Math.floor(random() * (withinMs - 1)));
  const by = {} as ManyJobs['by'];
  for (const contender of ['action', 'sdk', 'shell'] as const) {
    const ids = finishMs.map((_, i) => `ext-many-${contender}-${String(i).padStart(3, '0')}`);
    const workspace = join(ctx.scratch, 'many', contender);
    ctx.emulator.resetRecords();
    const run = await runContender(contender, ctx.emulator, ids, workspace, {
      timeoutMs: withinMs + 120_000,
      beforeSpawn: () =>
        ids.forEach((id, i) => ctx.emulator.addJob({ id, timeline: [{ status: 'RUNNING', forMs: finishMs[i] }, { status: 'COMPLETED' }] }))
    });
    const stats = ctx.emulator.stats();
    const lastCompletedAt = Math.max(...ids.map((id) => ctx.emulator.job(id)?.completedAt ?? NaN));
    by[contender] = {
      wallMs: run.wallMs,
      lastCompletionMs: lastCompletedAt - run.startAt,
      afterLastMs: run.exitAt - lastCompletedAt,
      requests: stats.totalRequests,
      peakConnections: stats.peakConnections,
      totalConnections: stats.totalConnections,
      peakRssKb: run.peakRssKb,
      problem: run.problem
    };
    await rm(workspace, { recursive: true, force: true });
    ctx.log(
      `many jobs: ${contender} ${(run.wallMs / 1000).toFixed(2)} s, ${stats.totalRequests} requests, peak ${stats.peakConnections} connections${run.problem ? ` (${run.problem})` : ''}`
    );
  }
  return { count, withinMs, seed, minimumRequests: minimumRequests(finishMs), by };
}

// ---------------------------------------------------------------------------------------------------
// 5. File mode: three documents of a checkout run three times against a fresh emulator: the first run
// uploads and creates, the re-run must upload nothing, and the run with `reuse: true` must create nothing.

const FILE_DOCUMENTS: Record<string, string> = {
  'invoices/2024/march.pdf': '%PDF-1.7 march',
  'invoices/2024/april.pdf': '%PDF-1.7 april',
  'invoices/may.pdf': '%PDF-1.7 may'
};
const FILE_CONFIGURATION = 'data_schema:\n  type: object\n  properties:\n    total: { type: number }\ntier: cost_effective\n';
const FILE_INPUTS = {
  'job-id': '',
  file: 'invoices/**/*.pdf',
  configuration: '.github/extract/invoice.yml',
  'output-file': 'extracted/{path}.json'
};
const FILE_RESULTS = Object.keys(FILE_DOCUMENTS).map((document) => `extracted/${document.replace(/\.pdf$/, '.json')}`);

export interface FileModeRun {
  label: string;
  reuse: boolean;
  wallMs: number;
  requests: number;
  uploads: number;
  creates: number;
  creditsBilled: number;
  problem?: string;
}

export interface FileMode {
  documents: number;
  runs: FileModeRun[];
}

export async function fileMode(ctx: Context): Promise<FileMode> {
  // Its own emulator: the first run meets a file store and a job list that hold nothing of these documents.
  const emulator = await startEmulator();
  const workspace = join(ctx.scratch, 'file-mode');
  try {
    writeFiles(workspace, { ...FILE_DOCUMENTS, [FILE_INPUTS.configuration]: FILE_CONFIGURATION });
    const runs: FileModeRun[] = [];
    for (const [label, reuse] of [
      ['first run', false],
      ['re-run', false],
      ['re-run, `reuse: true`', true]
    ] as const) {
      emulator.resetRecords();
      await rm(join(workspace, 'extracted'), { recursive: true, force: true });
      const run = await runContender('action', emulator, [], workspace, {
        inputs: { ...FILE_INPUTS, reuse: String(reuse) },
        resultFiles: FILE_RESULTS
      });
      const stats = emulator.stats();
      runs.push({
        label,
        reuse,
        wallMs: run.wallMs,
        requests: stats.totalRequests,
        uploads: stats.uploads,
        creates: stats.creates,
        creditsBilled: stats.creditsBilled,
        problem: run.problem
      });
      ctx.log(
        `file mode: ${label} ${(run.wallMs / 1000).toFixed(2)} s, ${stats.totalRequests} requests, ${stats.uploads} uploads, ${stats.creates} jobs created, ${stats.creditsBilled} credits${run.problem ? ` (${run.problem})` : ''}`
      );
    }
    return { documents: FILE_RESULTS.length, runs };
  } finally {
    await emulator.close();
    await rm(workspace, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------------
// 7. Scale: `count` small documents in the file mode against LlamaCloud's published limits, enforced as
// strict sliding windows, on an emulator of its own; a first run, then a re-run with `reuse: true`.

export interface ScaleRun {
  label: string;
  wallMs: number;
  /** The least time the limits allow for the last rate-limited request this run made (0 when it made none). */
  boundMs: number;
  requests: number;
  /** Requests by what they were for (`METHOD route`), for the note on requests per document. */
  byRoute: Record<string, number>;
  refused: number;
  peakRssKb?: number;
  problem?: string;
}

export interface Scale {
  documents: number;
  runs: ScaleRun[];
}

/**
 * The least time the limits allow for the last rate-limited request of a run that made `uploads` uploads and
 * `creates` creates, each create of an uploaded document after its upload: under a strict sliding window of
 * `max` per `windowMs`, a request goes no sooner than a window after the one `max` before it. The creates of
 * documents uploaded earlier (none on a first run) go from the start; the last `uploads` creates each follow
 * their upload, so the last window's uploads still wait for the create window: 50 creates at 15 per second
 * take 3 s after the last upload window opens, whatever the client does.
 */
function limitsBoundMs(uploads: number, creates: number): number {
  const [upload, create] = ['/api/v1/beta/files', '/api/v2/extract'].map((path) =>
    PUBLISHED_RATE_LIMITS.find((limit) => limit.method === 'POST' && limit.path === path)!
  ) as [RouteRateLimit, RouteRateLimit];
  const uploadedAt: number[] = [];
  for (let i = 0; i < uploads; i++) uploadedAt.push(i < upload.max ? 0 : uploadedAt[i - upload.max]! + upload.windowMs);
  const createdAt: number[] = [];
  const followers = Math.min(uploads, creates);
  for (let j = 0; j < creates; j++) {
    const ready = j < creates - followers ? 0 : uploadedAt[uploads - followers + j - (creates - followers)]!;
    createdAt.push(Math.max(ready, j < create.max ? 0 : createdAt[j - create.max]! + create.windowMs));
  }
  return Math.max(0, uploadedAt.at(-1) ?? 0, createdAt.at(-1) ?? 0);
}

function routeOf(request: RecordedRequest): string {
  return `${request.method} ${request.jobId === undefined ? request.path : request.path.replace(request.jobId, '{id}')}`;
}

/** `reRun: false` makes the first run only (the memory comparison needs no re-run). */
export async function scale(ctx: Context, count: number, { reRun = true } = {}): Promise<Scale> {
  const emulator = await startEmulator({ rateLimits: [...PUBLISHED_RATE_LIMITS] });
  const workspace = join(ctx.scratch, 'scale');
  try {
    await mkdir(join(workspace, 'docs'), { recursive: true });
    await writeFile(join(workspace, FILE_INPUTS.configuration.replace(/^.*\//, '')), FILE_CONFIGURATION);
    for (let i = 0; i < count; i++) await writeFile(join(workspace, 'docs', `${i}.pdf`), `%PDF-1.7 ${i}`);
    const runs: ScaleRun[] = [];
    const runsWanted = [
      ['first run', false],
      ['re-run, `reuse: true`', true]
    ] as const;
    for (const [label, reuse] of reRun ? runsWanted : runsWanted.slice(0, 1)) {
      emulator.resetRecords();
      await rm(join(workspace, 'extracted'), { recursive: true, force: true });
      const run = await runContender('action', emulator, [], workspace, {
        timeoutMs: 30 * 60_000,
        inputs: {
          file: 'docs/*.pdf',
          configuration: FILE_INPUTS.configuration.replace(/^.*\//, ''),
          'output-file': 'extracted/{path}.json',
          reuse: String(reuse)
        },
        resultFiles: ['extracted/docs/0.json', `extracted/docs/${count - 1}.json`]
      });
      const byRoute: Record<string, number> = {};
      for (const request of emulator.requests) byRoute[routeOf(request)] = (byRoute[routeOf(request)] ?? 0) + 1;
      const granted = (path: string) =>
        emulator.requests.filter((request) => request.method === 'POST' && request.path === path && request.status !== 429).length;
      const stats = emulator.stats();
      runs.push({
        label,
        wallMs: run.wallMs,
        boundMs: limitsBoundMs(granted('/api/v1/beta/files'), granted('/api/v2/extract')),
        requests: stats.totalRequests,
        byRoute,
        refused: emulator.requests.filter((request) => request.status === 429).length,
        peakRssKb: run.peakRssKb,
        problem: run.problem
      });
      ctx.log(
        `scale: ${label} ${count} documents ${(run.wallMs / 1000).toFixed(1)} s, ${stats.totalRequests} requests, ${runs.at(-1)?.refused} refused${run.problem ? ` (${run.problem})` : ''}`
      );
    }
    return { documents: count, runs };
  } finally {
    await emulator.close();
    await rm(workspace, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------------
// 6. Comparison: a COMPLETED job whose result is a `rows`-row table, against an expected file holding the
// same rows in reverse order with a few fields changed; the same job without `expected` for reference.
// Then a 2,000 × 2,000 table in which every row differs, so every row goes to the optimal assignment.

export interface Comparison {
  rows: number;
  changedFields: number;
  fields: number;
  runs: number;
  compared: Samples;
  plain: Samples;
  /** The `accuracy` output of each compared run. */
  accuracy: string[];
  /** Matched fields ÷ fields: what the output must say. */
  expectedAccuracy: number;
  /** The table whose rows all differ. */
  assignment?: Assignment;
}

export interface Assignment {
  rows: number;
  fields: number;
  compared: Samples;
  plain: Samples;
  accuracy: string[];
  /** The accuracy of an optimal pairing, known from how the table is built. */
  optimalAccuracy: number;
  /** What pairing each expected row in turn with its best free result row scores on the same table. */
  greedyAccuracy: number;
}

/** Runs the job with and without `expected` (the file holding `expectedText`), interleaved, and checks the output. */
async function timeComparison(
  ctx: Context,
  id: string,
  expectedText: string,
  runs: number,
  exact: number,
  label: string,
  minAccuracy: string
): Promise<{ compared: Samples; plain: Samples; accuracy: string[] }> {
  const compared = newSamples();
  const plain = newSamples();
  const accuracy: string[] = [];
  for (let round = 0; round < runs; round++) {
    for (const withExpected of [true, false]) {
      const workspace = join(ctx.scratch, 'compare', `${id}-${withExpected ? 'compared' : 'plain'}-${round}`);
      await mkdir(workspace, { recursive: true });
      if (withExpected) await writeFile(join(workspace, 'expected.json'), expectedText);
      const before = ctx.emulator.requests.length;
      // min-accuracy below the table's score, so the step passes and reports it.
      const run = await runContender('action', ctx.emulator, [id], workspace, {
        inputs: withExpected ? { expected: 'expected.json', 'min-accuracy': minAccuracy } : {}
      });
      const requests = ctx.emulator.requests.length - before;
      if (withExpected && !run.problem) {
        const reported = run.outputs?.accuracy ?? '';
        accuracy.push(reported);
        if (Math.abs(Number(reported) - exact) > 1e-6) run.problem = `accuracy output ${reported || 'empty'}, not ${exact}`;
      }
      record(withExpected ? compared : plain, run, requests);
      await rm(workspace, { recursive: true, force: true });
      ctx.log(
        `${label}: ${withExpected ? 'with expected' : 'without'} ${(run.wallMs / 1000).toFixed(2)} s${withExpected ? `, accuracy ${run.outputs?.accuracy ?? '?'}` : ''}${run.problem ? ` (${run.problem})` : ''}`
      );
    }
  }
  return { compared, plain, accuracy };
}

export async function comparison(ctx: Context, runs: number, rows: number, assignmentRows: number): Promise<Comparison> {
  const id = 'ext-compare-table';
  const table = Array.from({ length: rows }, (_, i) => ({ line: i + 1, sku: `SKU-${i}`, qty: 1 + (i % 9), price: (i * 7919) % 500 }));
  const changed = [10, 20, 30].filter((i) => i < rows);
  const expected = [...table].reverse().map((row, i) => (changed.includes(i) ? { ...row, qty: row.qty + 100 } : row));
  ctx.emulator.addJob({ id, result: { items: table } });
  const fields = rows * 4;
  const expectedAccuracy = (fields - changed.length) / fields;
  const timed = await timeComparison(ctx, id, JSON.stringify({ items: expected }, null, 2), runs, expectedAccuracy, 'comparison', '0.99');
  return {
    rows,
    changedFields: changed.length,
    fields,
    runs,
    ...timed,
    expectedAccuracy,
    assignment: await assignment(ctx, runs, assignmentRows)
  };
}

/**
 * Blocks of two expected rows a and b (5 fields each, every value its block's own) against two result rows: the
 * first holds 2 fields of a and 3 of b, the second 1 of a. No row is identical to another, so all go to the
 * assignment. Optimal: a with the second (1 field) and b with the first (3): 4 of 10 fields, accuracy 0.4. Taking
 * each expected row in turn with its best free partner pairs a with the first (2) and leaves b and the second
 * unpaired: 2 matched, 3 wrong, 5 missing, 5 extra, accuracy 2 ÷ 15.
 */
async function assignment(ctx: Context, runs: number, rows: number): Promise<Assignment> {
  const id = 'ext-compare-assignment';
  const expected: unknown[] = [];
  const result: unknown[] = [];
  for (let k = 0; k < rows / 2; k++) {
    const row = (prefix: string): Record<string, string> => Object.fromEntries([1, 2, 3, 4, 5].map((f) => [`f${f}`, `${prefix}${f}-${k}`]));
    const [a, b, other] = [row('a'), row('b'), row('c')];
    expected.push(a, b);
    result.push({ f1: a.f1, f2: a.f2, f3: b.f3, f4: b.f4, f5: b.f5 }, { ...other, f5: a.f5 });
  }
  ctx.emulator.addJob({ id, result: { items: result } });
  const optimalAccuracy = 0.4;
  const timed = await timeComparison(ctx, id, JSON.stringify({ items: expected }, null, 2), runs, optimalAccuracy, 'assignment', '0.4');
  return { rows, fields: rows * 5, ...timed, optimalAccuracy, greedyAccuracy: 2 / 15 };
}

// ---------------------------------------------------------------------------------------------------
// The bundle: what dist/index.js weighs and carries.

export interface BundleFacts {
  bytes: number;
  gzipBytes: number;
  /** Packages in dist/licenses.txt. */
  bundled: string[];
  /** Of those, the ones package-lock.json marks dev-only. */
  devOnly: string[];
}

function bundleFacts(): BundleFacts {
  const entry = currentActionEntry();
  const code = readFileSync(entry);
  const bundled = licensedPackages(readFileSync(join(dirname(entry), 'licenses.txt'), 'utf8'));
  const lock = JSON.parse(readFileSync(join(REPO_ROOT, 'package-lock.json'), 'utf8')) as { packages?: Record<string, { dev?: boolean }> };
  const devOnly = bundled.filter((name) => lock.packages?.[`node_modules/${name}`]?.dev === true);
  return { bytes: code.length, gzipBytes: gzipSync(code).length, bundled, devOnly };
}

/** ncc's license file: each package is its name on a line after a blank one, then its SPDX id on the next. */
function licensedPackages(text: string): string[] {
  const lines = text.split('\n');
  const names: string[] = [];
  let previous = '';
  for (const [i, line] of lines.entries()) {
    const next = lines[i + 1] ?? '';
    if (
      previous.trim() === '' &&
      /^(@[\w.-]+\/)?[\w.-]+$/.test(line) &&
      /^[\w.+-]+( (OR|AND) [\w.+-]+)*$/.test(next) &&
      /[A-Z]/.test(next)
    ) {
      names.push(line);
    }
    previous = line;
  }
  return [...new Set(names)];
}
