// npm run bench [-- --quick] [-- --only 1,3]
// Runs the action, the official SDK and a curl + jq loop side by side against the in-process emulator
// (issue 5's five scenarios), prints the result table and, for a full run, writes docs/benchmarks.md.
//   --quick   a smoke run of a minute or so: fewer runs, a 10 MiB result, no 60 s job, 50 jobs in 5 s;
//             written to .bench-tmp/benchmarks-trial.md, never over the reference numbers
//   --only    scenarios to run, e.g. --only 1,5 (the file is then not written either)
//   --action  another build of the action to bench, e.g. --action /tmp/try/dist/index.js (not written either)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startEmulator } from '../test/emulator/emulator.js';
import { currentActionEntry, REPO_ROOT, useActionEntry } from './contenders.js';
import { hasGnuTime } from './measure.js';
import { render, verdicts, type Environment, type Results } from './report.js';
import { bundle, coldStart, detectionLag, largeResult, manyJobs, type Context } from './scenarios.js';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const onlyArg = args.find((arg) => arg.startsWith('--only'));
const onlyValue = onlyArg?.includes('=') ? onlyArg.split('=')[1] : onlyArg ? args[args.indexOf(onlyArg) + 1] : undefined;
const actionArg = args.indexOf('--action');
const actionFile = actionArg >= 0 ? resolve(args[actionArg + 1] ?? '') : undefined;
const only = onlyValue ? new Set(onlyValue.split(',').map(Number)) : undefined;
const wanted = (n: number): boolean => !only || only.has(n);

const CONFIG = quick
  ? {
      coldRuns: 3,
      largeRuns: 1,
      largeBytes: 10 * 1024 * 1024,
      lagAfterMs: [2000, 10_000],
      lagRounds: 1,
      staggerMs: 1300,
      many: 50,
      manyWithinMs: 5000,
      bundleRuns: 3
    }
  : {
      coldRuns: 5,
      largeRuns: 3,
      largeBytes: 100 * 1024 * 1024,
      lagAfterMs: [2000, 10_000, 60_000],
      lagRounds: 2,
      staggerMs: 1300,
      many: 200,
      manyWithinMs: 20_000,
      bundleRuns: 5
    };
const MANY_SEED = 20_250_505;

const DOC = join(REPO_ROOT, 'docs', 'benchmarks.md');
/** Where quick, partial (--only) and other-build (--action) runs go: never over the reference numbers. */
const TRIAL_DOC = join(REPO_ROOT, '.bench-tmp', 'benchmarks-trial.md');

function log(line: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
}

function sh(command: string): { ok: boolean; out: string } {
  const result = spawnSync('sh', ['-c', command], { encoding: 'utf8' });
  return { ok: result.status === 0, out: (result.stdout ?? '').trim() };
}

/** curl, jq and GNU time from Debian's packages when missing (root only, as on CI and dev machines). */
function ensureTools(): void {
  const missing = ['curl', 'jq'].filter((tool) => !sh(`command -v ${tool}`).ok);
  if (!hasGnuTime()) missing.push('time');
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0)
    throw new Error(`The bench needs ${missing.join(', ')}: install them (apt-get install -y ${missing.join(' ')}).`);
  log(`installing ${missing.join(', ')} from Debian packages`);
  const result = spawnSync('sh', ['-c', `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`], {
    stdio: ['ignore', 'inherit', 'inherit']
  });
  if (result.status !== 0) throw new Error(`apt-get install ${missing.join(' ')} failed`);
  if (missing.includes('time') && !hasGnuTime()) log('GNU time is still missing: peak RSS falls back to polling VmHWM');
}

function environment(): Environment {
  const cpus = os.cpus();
  const sdkPackage = join(REPO_ROOT, 'node_modules', '@llamaindex', 'llama-cloud', 'package.json');
  const entry = currentActionEntry();
  const code = readFileSync(entry);
  const shown = entry.startsWith(REPO_ROOT) ? entry.slice(REPO_ROOT.length) : entry;
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    action: `${shown}, ${code.length} bytes, sha256 ${createHash('sha256').update(code).digest('hex').slice(0, 12)}`,
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryBytes: os.totalmem(),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    sdk: existsSync(sdkPackage) ? (JSON.parse(readFileSync(sdkPackage, 'utf8')) as { version: string }).version : 'missing',
    curl: (sh('curl --version').out.split('\n')[0] ?? '').split(' ').slice(0, 2).join(' '),
    jq: sh('jq --version').out,
    loadAverage: os.loadavg(),
    rssMethod: hasGnuTime()
      ? "GNU time's maximum resident set size (the largest single process of the contender's tree)"
      : 'VmHWM of the top process, polled every 20 ms'
  };
}

async function main(): Promise<void> {
  const t0 = performance.now();
  if (actionFile) useActionEntry(actionFile);
  if (!existsSync(currentActionEntry())) throw new Error(`${currentActionEntry()} is missing: run \`npm run bundle\` first.`);
  if (!existsSync(join(REPO_ROOT, 'node_modules', '@llamaindex', 'llama-cloud')))
    throw new Error('The SDK is missing: run `npm ci` first.');
  ensureTools();
  const env = environment();
  log(
    `${env.cpu}, ${env.cores} cores, Node ${env.node}, load ${env.loadAverage.map((v) => v.toFixed(2)).join(' ')}${quick ? ', quick run' : ''}`
  );

  const scratch = join(REPO_ROOT, '.bench-tmp', `run-${process.pid}`);
  await mkdir(scratch, { recursive: true });
  const emulator = await startEmulator();
  const ctx: Context = { emulator, scratch, log };
  const results: Results = { quick, env, wallMs: 0 };
  try {
    if (wanted(5)) results.bundle = await bundle(ctx, CONFIG.bundleRuns);
    if (wanted(1)) results.coldStart = await coldStart(ctx, CONFIG.coldRuns);
    if (wanted(2)) results.largeResult = await largeResult(ctx, CONFIG.largeRuns, CONFIG.largeBytes);
    if (wanted(3)) results.detectionLag = await detectionLag(ctx, CONFIG.lagAfterMs, CONFIG.lagRounds, CONFIG.staggerMs);
    if (wanted(4)) results.manyJobs = await manyJobs(ctx, CONFIG.many, CONFIG.manyWithinMs, MANY_SEED);
  } finally {
    await emulator.close();
    await rm(scratch, { recursive: true, force: true });
  }
  results.wallMs = performance.now() - t0;

  const markdown = render(results);
  process.stdout.write(markdown);
  const target = quick || only || actionFile ? TRIAL_DOC : DOC;
  await mkdir(join(target, '..'), { recursive: true });
  await writeFile(target, markdown);
  const missed = verdicts(results).filter((v) => !v.pass);
  log(
    `wrote ${target.slice(REPO_ROOT.length)}; ${missed.length ? `${missed.length} target(s) missed` : 'every target met'}; took ${(results.wallMs / 1000).toFixed(0)} s`
  );
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
