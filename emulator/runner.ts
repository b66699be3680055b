// Runs the bundled action as a GitHub runner does: a clean env, INPUT_* variables (action.yml's defaults,
// then the step's `with:`), file commands in temp files.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readAction } from '../script/docs.js';
import { Inputs } from '../src/lib/constants.js';
import { startEmulator, type Emulator, type EmulatorOptions } from './emulator.js';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const ACTION_ENTRY = join(REPO_ROOT, 'dist', 'index.js');
const DEFAULT_TIMEOUT_MS = 60_000;

export interface RunOptions {
  /** By input name as in action.yml, e.g. `{ 'job-id': 'ext-1' }`. */
  inputs: Record<string, string>;
  /** Applied last, over everything the harness sets. */
  env?: Record<string, string>;
  /** Default: a fresh temp directory, left for the caller to inspect and remove. */
  workspace?: string;
  /** Default 60 s; the child is then killed with SIGKILL and `timedOut` set. */
  timeoutMs?: number;
  onSpawn?: (child: ChildProcess) => void;
  /** Script to run instead of the bundle; for the harness's own tests. */
  entry?: string;
}

export interface ActionRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  workspace: string;
  durationMs: number;
  /** The harness killed the child after `timeoutMs`. */
  timedOut: boolean;
}

/**
 * The INPUT_* values the runner sets before the step's own: one for every input action.yml gives a
 * default (an empty default too), read from action.yml itself so the tests see what a workflow sees.
 */
export function actionDefaults(): Record<string, string> {
  const defaults: Record<string, string> = {};
  for (const [name, input] of Object.entries(readAction().inputs)) {
    // An expression (`${{ github.token }}`) is the runner's to evaluate: outside a runner there is no value for it.
    if (input.default !== undefined && !String(input.default).includes('${{')) defaults[name] = String(input.default);
  }
  return defaults;
}

/** As @actions/core's getInput looks it up: spaces become `_`, hyphens stay. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** Parses a GITHUB_OUTPUT-style file: `name<<DELIMITER` blocks and plain `name=value` lines. */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/).values();
  for (const line of lines) {
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name = '', delimiter] = heredoc;
      const value: string[] = [];
      // A block takes its lines from the same iterator: the outer loop goes on after the delimiter.
      for (const next of lines) {
        if (next === delimiter) break;
        value.push(next);
      }
      out[name] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

/** Files of a workspace: path relative to it -> content. */
export type Files = Record<string, string | Buffer>;

/** Writes `files` into `folder`, making the folders on their paths, as a checkout holds them. */
export function writeFiles(folder: string, files: Files): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), content);
  }
}

/** A fresh temporary folder holding `files`: a workspace as actions/checkout leaves it. */
export function workspaceWith(files: Files = {}): string {
  const workspace = mkdtempSync(join(tmpdir(), 'llx-workspace-'));
  writeFiles(workspace, files);
  return workspace;
}

export async function runAction(opts: RunOptions): Promise<ActionRun> {
  const workspace = opts.workspace ?? workspaceWith();
  await mkdir(workspace, { recursive: true });
  const runnerTemp = await mkdtemp(join(tmpdir(), 'llx-runner-'));
  const outputFile = join(runnerTemp, 'github_output');
  const summaryFile = join(runnerTemp, 'step_summary');
  await Promise.all([writeFile(outputFile, ''), writeFile(summaryFile, '')]);

  // From scratch, so the developer's own LLAMA_CLOUD_* or INPUT_* never leak into a test.
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? workspace,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile
  };
  for (const [name, value] of Object.entries({ ...actionDefaults(), ...opts.inputs })) env[inputEnvName(name)] = value;
  Object.assign(env, opts.env);

  const node = process.env.ACTION_NODE || process.execPath;
  const started = Date.now();
  const child = spawn(node, [opts.entry ?? ACTION_ENTRY], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  opts.onSpawn?.(child);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));

  let timedOut = false;
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, timeoutMs);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (c, s) => resolve([c, s]));
  }).finally(() => clearTimeout(timer));
  const durationMs = Date.now() - started;
  if (timedOut) stderr += `\n[harness] killed after ${timeoutMs} ms\n`;

  const [outputs, summary] = await Promise.all([readFile(outputFile, 'utf8').then(parseFileCommands), readFile(summaryFile, 'utf8')]);
  await rm(runnerTemp, { recursive: true, force: true });
  return { code, signal, stdout, stderr, outputs, summary, workspace, durationMs, timedOut };
}

/** Runs `fn` against a fresh emulator and always closes it. */
export async function withEmulator<T>(options: EmulatorOptions, fn: (emulator: Emulator) => Promise<T>): Promise<T> {
  const emulator = await startEmulator(options);
  try {
    return await fn(emulator);
  } finally {
    await emulator.close();
  }
}

/** The inputs that point the action at `emulator`, plus `inputs`. */
export function emulatorInputs(emulator: Emulator, inputs: Record<string, string> = {}): Record<string, string> {
  return { [Inputs.BaseUrl]: emulator.url, [Inputs.ApiKey]: emulator.apiKey, ...inputs };
}
