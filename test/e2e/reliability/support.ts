// Shared by the reliability suites in this folder: one bundle run against a fresh emulator, and the checks
// every fault test makes (one clean error line, no stack, no leftover files).
import { expect } from '@jest/globals';
import { readdir, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, relative } from 'node:path';
import type { Emulator, EmulatorOptions, Fault, JobScript, RecordedRequest } from '../../../emulator/emulator.js';
import { annotations } from '../../support/helpers.js';
import { emulatorInputs, runAction, withEmulator, type ActionRun, type RunOptions } from '../../../emulator/runner.js';

/** Short enough for a fast suite, long enough that no fault test runs into it by accident. */
export const FAST = { 'poll-interval': '1s', timeout: '10s' } as const;

export const RESULT = 'extract-result.json';

export interface FaultRun {
  run: ActionRun;
  /** A copy of the emulator's records, taken once the action has exited. */
  requests: RecordedRequest[];
  emulator: Emulator;
}

const workspaces: string[] = [];

/** Removes every workspace the suite's runs left (call from afterAll). */
export async function removeWorkspaces(): Promise<void> {
  await Promise.all(workspaces.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

export function track(run: ActionRun): ActionRun {
  workspaces.push(run.workspace);
  return run;
}

/** Runs the bundle once against a fresh emulator holding `jobs` and `faults`. */
export async function runFaulted(
  setup: { jobs?: JobScript[]; faults?: Fault[]; emulator?: EmulatorOptions },
  inputs: Record<string, string>,
  options: Omit<RunOptions, 'inputs'> = {}
): Promise<FaultRun> {
  return withEmulator({ jobs: setup.jobs ?? [{ id: 'ext-1' }], faults: setup.faults ?? [], ...setup.emulator }, async (emulator) => {
    const run = track(
      await runAction({ timeoutMs: 20_000, ...options, inputs: emulatorInputs(emulator, { 'job-id': 'ext-1', ...FAST, ...inputs }) })
    );
    return { run, requests: [...emulator.requests], emulator };
  });
}

/** Milliseconds between consecutive requests, by arrival. */
export function gaps(requests: RecordedRequest[]): number[] {
  return requests.slice(1).map((request, i) => request.at - requests[i]!.at);
}

/**
 * Scheduling slack of a busy test machine: a retry never comes much early, but may come late.
 * The lower bound allows for the emulator's own event loop stamping the first arrival late.
 */
export function expectGapNear(gap: number | undefined, low: number, high: number): void {
  expect(gap).toBeGreaterThanOrEqual(low - 60);
  expect(gap).toBeLessThanOrEqual(high + 600);
}

/** The step failed with exactly one `::error::` line, which is returned; no stack trace anywhere. */
export function singleError(run: ActionRun): string {
  expect(run.code).toBe(1);
  const errors = annotations(run, 'error');
  const [error] = errors;
  expect(errors).toHaveLength(1);
  expect(error).not.toContain('\n');
  expectNoStack(run);
  return error!;
}

export function expectNoStack(run: ActionRun): void {
  expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/^\s+at /m);
  expect(run.stdout).not.toMatch(/%0A\s+at /);
}

/** A port nothing listens on: the OS picks a free one, which is closed again at once. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
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
