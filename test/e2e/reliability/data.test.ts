// Files appear whole or not at all, a failed write fails the step with the path and the reason, and a
// cancelled step (SIGTERM, SIGINT) exits non-zero at once, leaving no partial or temporary file.
import { describe, expect, test } from '@jest/globals';
import type { ChildProcess } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { makeRows, sampleInvoice, type EmulatorOptions, type RecordedRequest } from '../../../emulator/emulator.js';
import { emulatorInputs, withEmulator } from '../../../emulator/runner.js';
import { filesUnder, leftovers } from '../../support/readers.js';
import { expectNoStack, RESULT, singleError, useFaultHarness } from './support.js';

const harness = useFaultHarness();

describe('atomic files', () => {
  test.concurrent('after success: the result and job file, nothing else', async () => {
    const { run } = await harness.runFaulted({}, { 'output-file': 'out/deep/result.json', 'job-file': 'out/job.json' });
    expect(run.code).toBe(0);
    expect(await filesUnder(run.workspace)).toEqual(['out/deep/result.json', 'out/job.json']);
    expect(JSON.parse(await readFile(join(run.workspace, 'out/deep/result.json'), 'utf8'))).toEqual(sampleInvoice);
  });

  test.concurrent('after a failed job: no file at all', async () => {
    const { run } = await harness.runFaulted(
      { jobs: [{ id: 'ext-1', timeline: [{ status: 'FAILED' }], errorMessage: 'boom' }] },
      { 'output-file': 'out/result.json' }
    );
    expect(singleError(run)).toBe('Job ext-1 FAILED: boom');
    expect(await filesUnder(run.workspace)).toEqual([]);
  });

  test.concurrent('a reader watching the path only ever sees the whole file', async () => {
    const rows = makeRows(40 * 1024 * 1024);
    const workspace = harness.folder();
    const file = join(workspace, RESULT);
    const sizes = new Set<number>();
    let watching = true;
    const watch = async (): Promise<void> => {
      while (watching) {
        const size = await stat(file).then(
          (info) => info.size,
          () => -1
        );
        if (size >= 0) sizes.add(size);
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    };
    let watcher: Promise<void> | undefined;
    const { run } = await harness.runFaulted(
      { jobs: [{ id: 'ext-1', resultRaw: rows }] },
      {},
      {
        workspace,
        // The result is spooled to RUNNER_TEMP as it arrives: here, so the watch below sees that file too.
        env: { RUNNER_TEMP: workspace },
        onSpawn: (child) => {
          watcher = watch();
          child.once('close', () => (watching = false));
        }
      }
    );
    await watcher;
    expect(run.code).toBe(0);
    expect([...sizes]).toEqual([rows.length + 1]);
    expect(await leftovers(run)).toEqual([]);
  });
});

describe('a write that cannot happen', () => {
  test.concurrent('output-file under a regular file: the path and the reason, no partial file', async () => {
    const workspace = harness.folder({ blocker: 'not a folder' });
    const { run } = await harness.runFaulted({}, { 'output-file': 'blocker/result.json' }, { workspace });
    const error = singleError(run);
    expect(error).toContain(`'${join(workspace, 'blocker/result.json')}'`);
    expect(error).toMatch(/ENOTDIR|EEXIST/);
    expect(error).toMatch(/\((ENOTDIR: not a directory|EEXIST: file already exists), while creating its folder\)/);
    expect(await filesUnder(workspace)).toEqual(['blocker']);
    expect(await readFile(join(workspace, 'blocker'), 'utf8')).toBe('not a folder');
  });

  test.concurrent('output-file naming a folder: the temporary file is removed again', async () => {
    const workspace = harness.folder({ 'taken/keep.txt': 'x' });
    const { run } = await harness.runFaulted({}, { 'output-file': 'taken' }, { workspace });
    const error = singleError(run);
    expect(error).toContain(`'${join(workspace, 'taken')}'`);
    expect(error).toMatch(/\((EISDIR|ENOTEMPTY|EEXIST): .*, while moving it into place\)/);
    expect(await filesUnder(workspace)).toEqual(['taken/keep.txt']);
  });

  test.concurrent('job-file under a regular file, after the result was written', async () => {
    const workspace = harness.folder({ blocker: '' });
    const { run } = await harness.runFaulted({}, { 'job-file': 'blocker/job.json' }, { workspace });
    expect(singleError(run)).toContain(`'${join(workspace, 'blocker/job.json')}'`);
    expect(await leftovers(run)).toEqual([]);
  });
});

describe('cancelled while polling', () => {
  /** The action exits 800 ms after a signal at the latest; the rest is slack for a loaded machine. */
  const EXIT_SOON_MS = 2000;

  /** Runs against a job that never ends, sends `signal` once `when` says so, and times the exit from it. */
  async function cancel(signal: NodeJS.Signals, emulatorOptions: EmulatorOptions, when: (request: RecordedRequest) => boolean) {
    let child: ChildProcess | undefined;
    let signalledAt = 0;
    let exitedAt = 0;
    const onRequest = (request: RecordedRequest): void => {
      if (signalledAt === 0 && when(request) && child) {
        signalledAt = Date.now();
        child.kill(signal);
      }
    };
    return withEmulator({ jobs: [{ id: 'ext-1', timeline: [{ status: 'RUNNING' }] }], ...emulatorOptions, onRequest }, async (emulator) => {
      const run = await harness.run({
        // The next look would come 3 s after the first (whenever the process got going), the timeout 30 s
        // later: an exit within EXIT_SOON_MS of the signal can only be the signal's doing.
        inputs: emulatorInputs(emulator, { 'job-id': 'ext-1', 'poll-interval': '5s', timeout: '30s', 'job-file': 'job.json' }),
        onSpawn: (spawned) => {
          child = spawned;
          spawned.once('exit', () => (exitedAt = Date.now()));
        },
        timeoutMs: 15_000
      });
      expect(signalledAt).toBeGreaterThan(0);
      return { run, exitMs: exitedAt - signalledAt, requests: [...emulator.requests] };
    });
  }

  test.concurrent.each(['SIGTERM', 'SIGINT'] as const)('%s between polls: exit 1 at once, no files', async (signal) => {
    const { run, exitMs, requests } = await cancel(signal, {}, () => true);
    expect(exitMs).toBeLessThan(EXIT_SOON_MS);
    expect(run.signal).toBeNull();
    expect(singleError(run)).toBe(`The step was stopped (${signal}) before every job had ended.`);
    expect(requests).toHaveLength(1);
    expect(await filesUnder(run.workspace)).toEqual([]);
  });

  test.concurrent('SIGTERM while the result is being written: the file is whole or absent, no temporary file', async () => {
    const rows = makeRows(50 * 1024 * 1024);
    const workspace = harness.folder();
    let signalled = false;
    let running = true;
    const { run } = await harness.runFaulted(
      { jobs: [{ id: 'ext-1', resultRaw: rows }] },
      {},
      {
        workspace,
        // The result is spooled to RUNNER_TEMP as it arrives: here, so the watch below sees that file too.
        env: { RUNNER_TEMP: workspace },
        onSpawn: (child) => {
          child.once('exit', () => (running = false));
          // The signal goes as soon as the temporary file shows up: mid-write.
          void (async () => {
            while (running && !signalled) {
              if ((await readdir(workspace)).some((name) => name.endsWith('.tmp'))) {
                signalled = child.kill('SIGTERM');
              }
              await new Promise((resolve) => setTimeout(resolve, 1));
            }
          })();
        }
      }
    );
    expect(signalled).toBe(true);
    expect(await leftovers(run)).toEqual([]);
    const files = await filesUnder(workspace);
    const found = await Promise.all(files.map(async (name) => ({ name, size: (await stat(join(workspace, name))).size })));
    expect([[], [{ name: RESULT, size: rows.length + 1 }]]).toContainEqual(found);
    expectNoStack(run);
  });

  test.concurrent('SIGTERM during a request that hangs: exit 1 at once', async () => {
    const { run, exitMs } = await cancel('SIGTERM', { faults: [{ kind: 'stall' }] }, (request) => request.fault === 'stall');
    expect(exitMs).toBeLessThan(EXIT_SOON_MS);
    expect(singleError(run)).toMatch(/stopped \(SIGTERM\)/);
    expect(await filesUnder(run.workspace)).toEqual([]);
  });
});
