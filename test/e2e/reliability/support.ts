// Shared by the fault suites: one run against a fresh emulator with a job `ext-1` to read, and the checks every
// fault test makes (one clean error line, no stack, retries spaced as asked).
import { expect } from '@jest/globals';
import { createServer } from 'node:net';
import type { EmulatorOptions, Fault, JobScript, RecordedRequest } from '../../../emulator/emulator.js';
import type { ActionRun, RunOptions } from '../../../emulator/runner.js';
import { useHarness, type EmulatedRun, type Harness } from '../../support/harness.js';
import { annotations } from '../../support/readers.js';

/** Short enough for a fast suite, long enough that no fault test runs into it by accident. */
export const FAST = { 'poll-interval': '1s', timeout: '10s' } as const;

export const RESULT = 'extract-result.json';

export interface FaultHarness extends Harness {
  /** Runs the bundle once against a fresh emulator holding `jobs` (default one, `ext-1`, which is asked for) and `faults`. */
  runFaulted: (
    setup: { jobs?: JobScript[]; faults?: Fault[]; emulator?: EmulatorOptions },
    inputs: Record<string, string>,
    options?: Omit<RunOptions, 'inputs'>
  ) => Promise<EmulatedRun>;
}

/** The suite's harness (see useHarness), with `runFaulted`. */
export function useFaultHarness(): FaultHarness {
  const harness = useHarness();
  return {
    ...harness,
    runFaulted: (setup, inputs, options = {}) =>
      harness.runAgainst(
        { jobs: setup.jobs ?? [{ id: 'ext-1' }], faults: setup.faults ?? [], ...setup.emulator },
        { timeoutMs: 20_000, ...options, inputs: { 'job-id': 'ext-1', ...FAST, ...inputs } }
      )
  };
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
