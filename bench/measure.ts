// Runs one contender process and measures it: wall time (spawn to exit, on the clock the emulator uses),
// peak RSS (GNU time's %M: the largest single process of the tree; else VmHWM of the top process polled
// from /proc), exit code and output. Every process gets its own process group, killed on timeout or exit.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export interface ProcSpec {
  cmd: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  /** Default 5 minutes; the process group is then killed and `timedOut` set. */
  timeoutMs?: number;
  /** Called right before the spawn, e.g. to add the job whose clock starts with the process. */
  beforeSpawn?: () => void;
}

export interface ProcResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Epoch ms (Date.now(), the emulator's clock) just before the spawn and at the exit. */
  startAt: number;
  exitAt: number;
  /** Spawn to exit on the monotonic clock. */
  wallMs: number;
  /** Peak resident set size in KiB, when it could be measured. */
  peakRssKb?: number;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

const GNU_TIME = '/usr/bin/time';
const KEEP_OUTPUT_CHARS = 200_000;
const live = new Set<number>();

process.once('exit', () => {
  for (const pgid of live) killGroup(pgid);
});

function killGroup(pgid: number): void {
  try {
    process.kill(-pgid, 'SIGKILL');
  } catch {
    // already gone
  }
}

let gnuTime = false;
/** GNU time is there and understands -f/-o (busybox's does not). */
export function hasGnuTime(): boolean {
  gnuTime ||= existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-f', '%M', '-o', '/dev/null', 'true']).status === 0;
  return gnuTime;
}

let serial = 0;

export async function runMeasured(spec: ProcSpec, scratch: string): Promise<ProcResult> {
  await mkdir(scratch, { recursive: true });
  const rssFile = join(scratch, `.rss-${process.pid}-${++serial}`);
  const viaTime = hasGnuTime();
  const [cmd, args] = viaTime ? [GNU_TIME, ['-f', '%M', '-o', rssFile, spec.cmd, ...spec.args]] : [spec.cmd, spec.args];

  let stdout = '';
  let stderr = '';
  let hwmKb = 0;
  let timedOut = false;
  spec.beforeSpawn?.();
  const startAt = Date.now();
  const t0 = performance.now();
  const child = spawn(cmd, args, { cwd: spec.cwd, env: spec.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const pid = child.pid;
  if (pid !== undefined) live.add(pid);
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    if (stdout.length < KEEP_OUTPUT_CHARS) stdout += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    if (stderr.length < KEEP_OUTPUT_CHARS) stderr += chunk;
  });
  const poller = viaTime || pid === undefined ? undefined : setInterval(() => (hwmKb = Math.max(hwmKb, readHwmKb(pid))), 20);
  const timer = setTimeout(() => {
    timedOut = true;
    if (pid !== undefined) killGroup(pid);
  }, spec.timeoutMs ?? 300_000);

  const [code, signal, exitAt, wallMs] = await new Promise<[number | null, NodeJS.Signals | null, number, number]>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (c, s) => resolve([c, s, Date.now(), performance.now() - t0]));
  });
  clearTimeout(timer);
  if (poller) clearInterval(poller);
  if (pid !== undefined) {
    killGroup(pid); // background children a contender left behind
    live.delete(pid);
  }
  await closed; // the pipes have drained

  let peakRssKb: number | undefined = hwmKb || undefined;
  if (viaTime) {
    const text = await readFile(rssFile, 'utf8').catch(() => '');
    const last = text.trim().split('\n').pop() ?? '';
    peakRssKb = /^\d+$/.test(last) ? Number(last) : undefined;
    await rm(rssFile, { force: true });
  }
  return { code, signal, startAt, exitAt, wallMs, peakRssKb, stdout, stderr, timedOut };
}

function readHwmKb(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** The environment every contender starts from: nothing of the developer's but PATH and HOME. */
export function baseEnv(): Record<string, string> {
  return { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', LANG: 'C.UTF-8' };
}
