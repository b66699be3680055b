// What a run shows: its annotations and log lines, the files it left in the workspace, the requests it made.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { ActionRun } from '../../emulator/runner.js';
import type { RecordedRequest } from '../../emulator/emulator.js';

/** The messages of every `::kind::` workflow command in the log (debug: shown with step debug logging), unescaped as the runner does. */
export function annotations(run: ActionRun, kind: 'error' | 'warning' | 'notice' | 'debug'): string[] {
  const prefix = `::${kind}::`;
  return run.stdout
    .split('\n')
    .filter((line) => line.startsWith(prefix))
    .map((line) => line.slice(prefix.length).replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%'));
}

/**
 * Every problem of one kind the log reports: its annotations, and those past GitHub's 10 per step, which are
 * plain lines reading as the run page shows an annotation (`Error: …`).
 */
export function problems(run: ActionRun, kind: 'error' | 'warning'): string[] {
  const prefix = kind === 'error' ? 'Error: ' : 'Warning: ';
  const plain = logLines(run).filter((line) => line.startsWith(prefix));
  return [...annotations(run, kind), ...plain.map((line) => line.slice(prefix.length))];
}

/** The plain log lines (no workflow commands). */
export function logLines(run: ActionRun): string[] {
  return run.stdout.split('\n').filter((line) => line !== '' && !line.startsWith('::'));
}

export async function readJson(run: ActionRun, relative: string): Promise<unknown> {
  return JSON.parse(await readFile(join(run.workspace, relative), 'utf8'));
}

export function exists(run: ActionRun, relative: string): Promise<boolean> {
  return readFile(join(run.workspace, relative)).then(
    () => true,
    () => false
  );
}

/** Every file under `dir`, relative to it, sorted. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** Temporary files of an atomic write (`.llx-<hex>.tmp`) left anywhere in the workspace. */
export async function leftovers(run: ActionRun): Promise<string[]> {
  return (await filesUnder(run.workspace)).filter((file) => /\.tmp$/.test(file));
}

/** Requests that read one job by GET (not list sweeps, not cancels). */
export function jobGets(requests: RecordedRequest[]): RecordedRequest[] {
  return requests.filter((request) => request.method === 'GET' && /^\/api\/v2\/extract\/[^/]+$/.test(request.path));
}

export function listSweeps(requests: RecordedRequest[]): RecordedRequest[] {
  return requests.filter((request) => request.method === 'GET' && request.path === '/api/v2/extract');
}

export function cancels(requests: RecordedRequest[]): RecordedRequest[] {
  return requests.filter((request) => request.method === 'POST' && request.path.endsWith('/cancel'));
}
