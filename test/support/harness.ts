// How a runner-level suite sets up and cleans up: temporary folders (a workspace, RUNNER_TEMP, a folder for an
// event file or a certificate), runs of the bundle as a runner runs it (emulator/runner.ts), alone or against a
// fresh emulator, and the removal of all of it once the suite is done.
import { afterAll } from '@jest/globals';
import { rm } from 'node:fs/promises';
import type { Emulator, EmulatorOptions, RecordedRequest } from '../../emulator/emulator.js';
import {
  emulatorInputs,
  runAction,
  withEmulator,
  workspaceWith,
  type ActionRun,
  type Files,
  type RunOptions
} from '../../emulator/runner.js';

export interface EmulatedRun {
  run: ActionRun;
  /** The emulator's records, copied once the action has exited. */
  requests: RecordedRequest[];
  /** Closed once the action has exited; what it holds (jobs, uploads, stats) can still be read. */
  emulator: Emulator;
}

export interface Harness {
  /** A fresh temporary folder holding `files` (path relative to it -> content), as a checkout holds them. */
  folder: (files?: Files) => string;
  /** Runs the bundle in `workspace` (make it with `folder`), else in a fresh folder. */
  run: (options: RunOptions) => Promise<ActionRun>;
  /** Runs the bundle once against a fresh emulator, with the inputs that point the action at it. */
  runAgainst: (emulator: EmulatorOptions, options: RunOptions) => Promise<EmulatedRun>;
}

/** A suite's harness: every folder it made, each run's workspace among them, is removed after the suite. */
export function useHarness(): Harness {
  const folders: string[] = [];
  afterAll(async () => {
    await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
  });

  const folder = (files: Files = {}): string => {
    const made = workspaceWith(files);
    folders.push(made);
    return made;
  };
  const run = (options: RunOptions): Promise<ActionRun> => runAction({ ...options, workspace: options.workspace ?? folder() });
  const runAgainst = (emulatorOptions: EmulatorOptions, options: RunOptions): Promise<EmulatedRun> =>
    withEmulator(emulatorOptions, async (emulator) => {
      const done = await run({ ...options, inputs: emulatorInputs(emulator, options.inputs) });
      return { run: done, requests: [...emulator.requests], emulator };
    });
  return { folder, run, runAgainst };
}
