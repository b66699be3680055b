// The five scenarios of issue 5. Each one adds its jobs to the shared in-process emulator right before it
// starts a contender, so every job's timeline is clocked by the emulator from that moment, and reads the
// emulator's records (requests, connections, completedAt) for what the contenders did.
import { spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { makeRows, sampleInvoice, seededRandom, type Emulator } from '../test/emulator/emulator.js';
import { currentActionEntry, REPO_ROOT, resultFile, runContender, type ContenderName, type ContenderRun } from './contenders.js';
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
// 1. Cold start: one job that is COMPLETED before the contender starts, small result.

export interface ColdStart {
  runs: number;
  by: Record<ContenderName, Samples>;
}

export async function coldStart(ctx: Context, runs: number): Promise<ColdStart> {
  const contenders: ContenderName[] = ['floor', 'floor-http', 'action', 'sdk', 'shell'];
  const id = 'ext-cold-start';
  ctx.emulator.addJob({ id });
  const expected = JSON.stringify(sampleInvoice);
  const by = Object.fromEntries(contenders.map((c) => [c, newSamples()])) as Record<ContenderName, Samples>;
  // One warm-up round (file cache, node's code cache), then `runs` rounds, contenders interleaved.
  for (let round = -1; round < runs; round++) {
    for (const contender of contenders) {
      const workspace = join(ctx.scratch, 'cold', `${contender}-${round}`);
      const before = ctx.emulator.requests.length;
      const run = await runContender(contender, ctx.emulator, [id], workspace);
      const requests = ctx.emulator.requests.length - before;
      if (!run.problem) {
        const text = await readFile(resultFile(workspace, [id], id), 'utf8');
        if (JSON.stringify(JSON.parse(text)) !== expected) run.problem = 'result file differs from the served result';
      }
      if (round >= 0) record(by[contender], run, requests);
      await rm(workspace, { recursive: true, force: true });
    }
  }
  ctx.log(`cold start: ${summarise(by)}`);
  return { runs, by };
}

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
// 3. Detection lag: jobs that turn COMPLETED a fixed time after the contender starts.

export interface LagJob {
  afterMs: number;
  by: Record<'action' | 'sdk' | 'shell', { lagMs: number[]; requests: number[]; problems: string[] }>;
}

export interface DetectionLag {
  rounds: number;
  staggerMs: number;
  jobs: LagJob[];
  /** First start to last exit. */
  phaseMs: number;
}

/**
 * Every (job, contender, round) is its own process with its own job, all running at once so the 60 s
 * job sets the phase's length; starts are `staggerMs` apart (longest jobs first) so no two start-ups
 * compete for the CPU, and the job is added the moment its process is spawned.
 */
export async function detectionLag(ctx: Context, afterMs: number[], rounds: number, staggerMs: number): Promise<DetectionLag> {
  const contenders = ['action', 'sdk', 'shell'] as const;
  const jobs: LagJob[] = afterMs.map((ms) => ({ afterMs: ms, by: { action: emptyLag(), sdk: emptyLag(), shell: emptyLag() } }));
  const slots = [...jobs]
    .sort((a, b) => b.afterMs - a.afterMs)
    .flatMap((job) => Array.from({ length: rounds }, (_, round) => contenders.map((contender) => ({ job, contender, round }))).flat());
  const t0 = Date.now();
  const finished = slots.map(async ({ job, contender, round }, index) => {
    await new Promise((resolve) => setTimeout(resolve, index * staggerMs));
    const id = `ext-lag-${job.afterMs / 1000}s-${contender}-${round}`;
    const workspace = join(ctx.scratch, 'lag', id);
    const run = await runContender(contender, ctx.emulator, [id], workspace, {
      timeoutMs: job.afterMs + 60_000,
      beforeSpawn: () => ctx.emulator.addJob({ id, timeline: [{ status: 'RUNNING', forMs: job.afterMs }, { status: 'COMPLETED' }] })
    });
    const completedAt = ctx.emulator.job(id)?.completedAt;
    const entry = job.by[contender];
    if (run.problem || completedAt === undefined) entry.problems.push(run.problem ?? 'job never completed');
    else {
      entry.lagMs.push(run.exitAt - completedAt);
      entry.requests.push(requestsFor(ctx.emulator, new Set([id])));
    }
    await rm(workspace, { recursive: true, force: true });
    ctx.log(
      `lag: ${id} exit ${completedAt === undefined ? '?' : run.exitAt - completedAt} ms after completion, ${requestsFor(ctx.emulator, new Set([id]))} requests`
    );
  });
  await Promise.all(finished);
  return { rounds, staggerMs, jobs, phaseMs: Date.now() - t0 };
}

const emptyLag = (): { lagMs: number[]; requests: number[]; problems: string[] } => ({ lagMs: [], requests: [], problems: [] });

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
  by: Record<'action' | 'sdk' | 'shell', ManyRun>;
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
  return { count, withinMs, seed, by };
}

// ---------------------------------------------------------------------------------------------------
// 5. Bundle: size of dist/index.js, the time to load it, and what it carries.

export interface Bundle {
  bytes: number;
  gzipBytes: number;
  runs: number;
  /** `node dist/index.js` with no INPUT_* set: loads the whole bundle, then stops at the input check. */
  loadMs: number[];
  /** `node -e 0`: node's own start-up, to subtract. */
  bareMs: number[];
  /** Packages in dist/licenses.txt. */
  bundled: string[];
  /** Of those, the ones package-lock.json marks dev-only. */
  devOnly: string[];
}

export async function bundle(ctx: Context, runs: number): Promise<Bundle> {
  const entry = currentActionEntry();
  const code = readFileSync(entry);
  const loadMs: number[] = [];
  const bareMs: number[] = [];
  const cwd = join(ctx.scratch, 'bundle');
  await mkdir(cwd, { recursive: true });
  for (let round = -1; round < runs; round++) {
    const load = await runMeasured({ cmd: process.execPath, args: [entry], cwd, env: baseEnv() }, ctx.scratch);
    const bare = await runMeasured({ cmd: process.execPath, args: ['-e', '0'], cwd, env: baseEnv() }, ctx.scratch);
    if (!/job-id|api-key|Input required/i.test(load.stdout + load.stderr))
      throw new Error(`dist/index.js without inputs did not stop at the input check: ${load.stdout}`);
    if (round >= 0) {
      loadMs.push(load.wallMs);
      bareMs.push(bare.wallMs);
    }
  }
  const bundled = licensedPackages(readFileSync(join(dirname(entry), 'licenses.txt'), 'utf8'));
  const lock = JSON.parse(readFileSync(join(REPO_ROOT, 'package-lock.json'), 'utf8')) as { packages?: Record<string, { dev?: boolean }> };
  const devOnly = bundled.filter((name) => lock.packages?.[`node_modules/${name}`]?.dev === true);
  ctx.log(`bundle: ${code.length} bytes, ${bundled.length} packages`);
  return { bytes: code.length, gzipBytes: gzipSync(code).length, runs, loadMs, bareMs, bundled, devOnly };
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

function summarise(by: Partial<Record<ContenderName, Samples>>): string {
  return Object.entries(by)
    .map(([name, s]) => `${name} ${s.wallMs.map((ms) => Math.round(ms)).join('/')} ms${s.problems.length ? ` (${s.problems[0]})` : ''}`)
    .join('; ');
}
