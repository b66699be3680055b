// How a runner-level suite sets up and cleans up: temporary folders (a workspace, RUNNER_TEMP, a folder for an
// event file or a certificate), runs of the bundle as a runner runs it (emulator/runner.ts), alone or against a
// fresh emulator, and the removal of all of it once the suite is done.
import { afterAll } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { reportErrors } from '../__fixtures__/report-schema.js';
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
  const run = async (options: RunOptions): Promise<ActionRun> => {
    const workspace = options.workspace ?? folder();
    const done = await runAction({ ...options, workspace });
    checkReport(workspace, options.inputs?.['report-file']);
    return done;
  };
  const runAgainst = (emulatorOptions: EmulatorOptions, options: RunOptions): Promise<EmulatedRun> =>
    withEmulator(emulatorOptions, async (emulator) => {
      const done = await run({ ...options, inputs: emulatorInputs(emulator, options.inputs) });
      return { run: done, requests: [...emulator.requests], emulator };
    });
  return { folder, run, runAgainst };
}

/** Every run report a runner-level test makes, a failed or stopped step's too, is checked against its JSON Schema. */
function checkReport(workspace: string, file: string | undefined): void {
  const at = file && resolve(workspace, file);
  if (!at || !existsSync(at)) return;
  const errors = reportErrors(JSON.parse(readFileSync(at, 'utf8')));
  if (errors.length > 0) throw new Error(`The run report ${file} is off its JSON Schema:\n${errors.join('\n')}`);
}

/** The payload GitHub writes for a pull_request event, head in `head`, base in `base`, in a folder of `harness`: its path, for GITHUB_EVENT_PATH. */
export function pullRequestEvent(harness: Harness, head: string, base = 'acme/invoices'): string {
  const repo = (fullName: string) => ({ full_name: fullName, fork: fullName !== base, name: fullName.split('/')[1] });
  const payload = { action: 'synchronize', number: 7, pull_request: { number: 7, head: { repo: repo(head) }, base: { repo: repo(base) } } };
  return join(harness.folder({ 'event.json': JSON.stringify(payload) }), 'event.json');
}
