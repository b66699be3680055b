// Small readers shared by the process-level suites: annotations in the log, files in the workspace.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runAction, type ActionRun } from '../../emulator/runner.js';
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

export function removeWorkspace(run: ActionRun): Promise<void> {
  return rm(run.workspace, { recursive: true, force: true });
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

/** `runAction` that remembers each run, so a suite removes every workspace it made with one `afterAll`. */
export function trackedRuns(): { run: typeof runAction; removeAll: () => Promise<void> } {
  const runs: ActionRun[] = [];
  return {
    run: async (options) => {
      const result = await runAction(options);
      runs.push(result);
      return result;
    },
    removeAll: async () => {
      await Promise.all(runs.map(removeWorkspace));
    }
  };
}

/** A fresh temporary workspace holding `files` (path relative to it -> text), as a checkout would. */
export async function workspaceWith(files: Record<string, string>, prefix = 'llx-workspace-'): Promise<string> {
  const workspace = await mkdtemp(join(tmpdir(), prefix));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(dirname(join(workspace, name)), { recursive: true });
    await writeFile(join(workspace, name), text);
  }
  return workspace;
}
