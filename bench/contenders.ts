// The four ways to wait for a job that the bench compares, each started as its user would start it:
//   action  node dist/index.js with the INPUT_* variables and file commands a GitHub runner sets
//   sdk     bench/contenders/sdk.mjs: the official SDK with its defaults
//   shell   bench/contenders/poll.sh: curl + jq, sleep 5 between polls
//   floor   node -e (CommonJS): node:https loaded, one GET, one JSON.parse, one file; the least a Node step
//           can do (cold start only)
import { readFileSync } from 'node:fs';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ACTION_ENTRY, inputEnvName, parseFileCommands, REPO_ROOT } from '../emulator/runner.js';
import type { Emulator } from '../emulator/emulator.js';
import { baseEnv, runMeasured, type ProcResult, type ProcSpec } from './measure.js';

export type ContenderName = 'action' | 'sdk' | 'shell' | 'floor';

let actionEntry = ACTION_ENTRY;
/** Benches another build of the action (`--action FILE`), e.g. a bundle of a src change, against the same contenders. */
export function useActionEntry(file: string): void {
  actionEntry = file;
}
export const currentActionEntry = (): string => actionEntry;
const SDK_SCRIPT = join(REPO_ROOT, 'bench', 'contenders', 'sdk.mjs');
const SHELL_SCRIPT = join(REPO_ROOT, 'bench', 'contenders', 'poll.sh');

// CommonJS, as `node -e` runs it: node:https loaded as a step against the real API must, one GET (over
// node:http when the base URL is the loopback emulator's), one JSON.parse, one file write. Nothing else.
const FLOOR_SCRIPT = [
  "const https = require('node:https');",
  "const http = require('node:http');",
  "const { writeFileSync } = require('node:fs');",
  'const url = new URL(`${process.env.LLAMA_CLOUD_BASE_URL}/api/v2/extract/${process.argv[1]}`);',
  "(url.protocol === 'https:' ? https : http).get(url, { headers: { Authorization: `Bearer ${process.env.LLAMA_CLOUD_API_KEY}` } }, (res) => {",
  '  if (res.statusCode !== 200) throw new Error(`HTTP ${res.statusCode}`);',
  '  const chunks = [];',
  "  res.on('data', (chunk) => chunks.push(chunk));",
  "  res.on('end', () => writeFileSync('extract-result.json', JSON.stringify(JSON.parse(Buffer.concat(chunks).toString()).extract_result)));",
  '});'
].join('\n');

export interface ContenderRun extends ProcResult {
  contender: ContenderName;
  workspace: string;
  /** The action's step outputs. */
  outputs?: Record<string, string>;
  /** Why the run does not count: a non-zero exit, a missing result file. */
  problem?: string;
}

/** Where a contender leaves the result of `id` when it was given `ids`. */
export function resultFile(workspace: string, ids: string[], id: string): string {
  return ids.length === 1 ? join(workspace, 'extract-result.json') : join(workspace, 'results', `${id}.json`);
}

/** Every input of action.yml at its default, as a runner passes them. */
function actionDefaults(): Record<string, string> {
  const doc = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as {
    inputs?: Record<string, { default?: string | number | boolean }>;
  };
  const out: Record<string, string> = {};
  for (const [name, input] of Object.entries(doc.inputs ?? {})) out[name] = input.default === undefined ? '' : String(input.default);
  return out;
}
const ACTION_DEFAULTS = actionDefaults();
/** The inputs action.yml declares. */
export const ACTION_INPUTS = Object.keys(ACTION_DEFAULTS);

export async function runContender(
  contender: ContenderName,
  emulator: Emulator,
  ids: string[],
  workspace: string,
  options: Pick<ProcSpec, 'timeoutMs' | 'beforeSpawn'> & {
    node?: string;
    /** The action only: this build's entry file instead of the one benched (`--reference`'s). */
    entry?: string;
    /** Runs the contender's command through another, e.g. callgrind, which takes it as its own arguments. */
    launch?: (cmd: string, args: string[]) => [string, string[]];
    /** The action only: inputs over the defaults and the job IDs, e.g. the file mode's. */
    inputs?: Record<string, string>;
    /** Result files to check, relative to the workspace, where they are not the job IDs' (the file mode's). */
    resultFiles?: string[];
  } = {}
): Promise<ContenderRun> {
  const { node = process.execPath, entry = actionEntry, launch, inputs: extraInputs = {}, resultFiles, ...procOptions } = options;
  await mkdir(workspace, { recursive: true });
  const apiEnv = { LLAMA_CLOUD_API_KEY: emulator.apiKey, LLAMA_CLOUD_BASE_URL: emulator.url };
  let spec: ProcSpec;
  let outputFile: string | undefined;
  switch (contender) {
    case 'action': {
      // As emulator/runner.ts builds it, plus every other input at its action.yml default, as a runner does.
      const runnerTemp = join(workspace, '.runner');
      await mkdir(runnerTemp, { recursive: true });
      outputFile = join(runnerTemp, 'github_output');
      const summaryFile = join(runnerTemp, 'step_summary');
      await Promise.all([writeFile(outputFile, ''), writeFile(summaryFile, '')]);
      const inputs: Record<string, string> = {
        ...ACTION_DEFAULTS,
        'job-id': ids.join('\n'),
        'base-url': emulator.url,
        'api-key': emulator.apiKey,
        ...(ids.length > 1 ? { 'output-file': 'results/{job_id}.json' } : {}),
        ...extraInputs
      };
      const env: Record<string, string> = {
        ...baseEnv(),
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: workspace,
        RUNNER_TEMP: runnerTemp,
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile
      };
      for (const [name, value] of Object.entries(inputs)) env[inputEnvName(name)] = value;
      spec = { cmd: node, args: [entry], cwd: workspace, env };
      break;
    }
    case 'sdk':
      spec = { cmd: node, args: [SDK_SCRIPT, ...ids], cwd: workspace, env: { ...baseEnv(), ...apiEnv } };
      break;
    case 'shell':
      spec = { cmd: 'bash', args: [SHELL_SCRIPT, ...ids], cwd: workspace, env: { ...baseEnv(), ...apiEnv } };
      break;
    case 'floor':
      if (ids.length !== 1) throw new Error('the floor reads one job');
      spec = {
        cmd: node,
        args: ['-e', FLOOR_SCRIPT, ...ids],
        cwd: workspace,
        env: { ...baseEnv(), ...apiEnv }
      };
      break;
  }
  if (launch) [spec.cmd, spec.args] = launch(spec.cmd, spec.args);
  const result = await runMeasured({ ...spec, ...procOptions }, join(workspace, '..'));
  const run: ContenderRun = { ...result, contender, workspace };
  if (outputFile) run.outputs = parseFileCommands(await readFile(outputFile, 'utf8').catch(() => ''));
  run.problem = await findProblem(
    run,
    resultFiles?.map((file) => join(workspace, file)) ?? ids.map((id) => resultFile(workspace, ids, id))
  );
  return run;
}

async function findProblem(run: ContenderRun, files: string[]): Promise<string | undefined> {
  if (run.timedOut) return 'timed out';
  if (run.code !== 0) return `exit ${run.code ?? run.signal}: ${(run.stderr || run.stdout).trim().split('\n').slice(-3).join(' | ')}`;
  const missing: string[] = [];
  for (const file of files) {
    const ok = await stat(file).then(
      (file) => file.size > 0,
      () => false
    );
    if (!ok) missing.push(file.slice(run.workspace.length + 1));
  }
  return missing.length ? `${missing.length} result file(s) missing, e.g. ${missing[0]}` : undefined;
}
