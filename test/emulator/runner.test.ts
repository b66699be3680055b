// The harness's own tests, against a stand-in entry script (the real bundle is the e2e suites' business).
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  REPO_ROOT,
  actionDefaults,
  emulatorInputs,
  inputEnvName,
  parseFileCommands,
  runAction,
  withEmulator,
  workspaceWith
} from '../../emulator/runner.js';
import { useHarness } from '../support/harness.js';
import { filesUnder } from '../support/readers.js';

// Writes outputs the way @actions/core does, echoes its env, and polls the emulator when given one.
const FAKE_ACTION = `
import { appendFileSync, writeFileSync } from 'node:fs';
const env = process.env;
appendFileSync(env.GITHUB_OUTPUT, 'result<<ghadelimiter_42\\n{"a":1}\\nsecond line\\nghadelimiter_42\\n');
appendFileSync(env.GITHUB_OUTPUT, 'status=COMPLETED\\n');
appendFileSync(env.GITHUB_OUTPUT, 'node=' + process.version + '\\n');
appendFileSync(env.GITHUB_STEP_SUMMARY, '### Extract\\n');
writeFileSync('in-workspace.txt', 'here');
if (env['INPUT_BASE-URL']) {
  const res = await fetch(env['INPUT_BASE-URL'] + '/api/v2/extract/j', { headers: { authorization: 'Bearer ' + env['INPUT_API-KEY'] } });
  appendFileSync(env.GITHUB_OUTPUT, 'http=' + res.status + '\\n');
}
console.log(JSON.stringify(env));
if (env.HANG) setInterval(() => {}, 1000);
process.exitCode = Number(env.EXIT_CODE ?? 0);
`;

const harness = useHarness();
const entry = join(harness.folder({ 'fake-action.mjs': FAKE_ACTION }), 'fake-action.mjs');

describe('runAction', () => {
  it('runs the entry under ACTION_NODE when set (CI points it at Node 24), else this Node', async () => {
    const run = await runAction({ entry, inputs: {} });
    await rm(run.workspace, { recursive: true, force: true });
    const node = process.env.ACTION_NODE || process.execPath;
    expect(run.outputs.node).toBe(execFileSync(node, ['--version'], { encoding: 'utf8' }).trim());
  });

  it('runs in a fresh workspace with a clean env, INPUT_* variables and parsed file commands', async () => {
    process.env.LLAMA_CLOUD_API_KEY = 'llx-from-the-developer';
    process.env.INPUT_JOB_ID = 'leaked';
    try {
      const run = await runAction({
        entry,
        inputs: { 'job-id': 'ext-1', 'poll interval': '2' },
        env: { EXIT_CODE: '3' }
      });
      const env = JSON.parse(run.stdout);
      expect(env).toMatchObject({
        'INPUT_JOB-ID': 'ext-1',
        INPUT_POLL_INTERVAL: '2',
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: run.workspace
      });
      const inherited = ['LLAMA_CLOUD_API_KEY', 'INPUT_JOB_ID', 'NODE_OPTIONS'];
      expect(Object.keys(env).filter((name) => inherited.includes(name))).toEqual([]);
      expect(run).toMatchObject({ code: 3, signal: null, timedOut: false, summary: '### Extract\n' });
      expect(run.outputs).toEqual({ result: '{"a":1}\nsecond line', status: 'COMPLETED', node: expect.any(String) });
      expect(await readFile(join(run.workspace, 'in-workspace.txt'), 'utf8')).toBe('here');
      await rm(run.workspace, { recursive: true });
    } finally {
      delete process.env.LLAMA_CLOUD_API_KEY;
      delete process.env.INPUT_JOB_ID;
    }
  });

  it("sets INPUT_* for every input action.yml gives a default, as the runner does, the step's inputs over them", async () => {
    const action = parse(await readFile(join(REPO_ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string | number | boolean }>;
    };
    const run = await runAction({ entry, inputs: { timeout: '90s' } });
    await rm(run.workspace, { recursive: true });
    const env = JSON.parse(run.stdout) as Record<string, string>;
    const inputsSet = Object.fromEntries(Object.entries(env).filter(([name]) => name.startsWith('INPUT_')));
    // Every input with a default, and only those, as its text; the step's own input wins. An expression default
    // is the runner's to evaluate, so a test gives that input itself.
    const expected = Object.fromEntries(
      Object.entries(action.inputs)
        .filter(([, input]) => input.default !== undefined && !String(input.default).includes('${{'))
        .map(([name, input]) => [inputEnvName(name), String(input.default)])
    );
    expect(inputsSet).toEqual({ ...expected, INPUT_TIMEOUT: '90s' });
    expect(actionDefaults()).toMatchObject({ 'poll-interval': '5s', 'base-url': '', 'job-file': '' });
  });

  it('kills a run that outlives timeoutMs', async () => {
    const run = await runAction({ entry, inputs: {}, env: { HANG: '1' }, timeoutMs: 500 });
    expect(run).toMatchObject({ timedOut: true, signal: 'SIGKILL', code: null });
    expect(run.durationMs).toBeLessThan(5000);
    expect(run.stderr).toContain('killed after 500 ms');
    await rm(run.workspace, { recursive: true });
  });

  it('points the action at an emulator with emulatorInputs', async () => {
    const run = await withEmulator({ jobs: [{ id: 'j' }] }, async (emulator) => {
      const result = await runAction({ entry, inputs: emulatorInputs(emulator, { 'job-id': 'j' }) });
      expect(emulator.requests).toHaveLength(1);
      return result;
    });
    expect(run.outputs.http).toBe('200');
    await rm(run.workspace, { recursive: true });
  });
});

describe('workspaceWith', () => {
  it('makes a fresh folder holding each file, in the folders its path names', async () => {
    const workspace = workspaceWith({ 'a.txt': 'a', 'docs/2024/b.pdf': Buffer.from([0x25, 0x50]) });
    try {
      expect(await filesUnder(workspace)).toEqual(['a.txt', 'docs/2024/b.pdf']);
      expect(await readFile(join(workspace, 'docs/2024/b.pdf'))).toEqual(Buffer.from([0x25, 0x50]));
    } finally {
      await rm(workspace, { recursive: true });
    }
  });
});

describe('helpers', () => {
  it('names inputs as @actions/core reads them', () => {
    expect(inputEnvName('job-id')).toBe('INPUT_JOB-ID');
    expect(inputEnvName('fail on error')).toBe('INPUT_FAIL_ON_ERROR');
  });

  it('parses heredoc blocks and plain lines, CRLF included', () => {
    const text = 'a<<EOF\r\nx=1\r\n\r\ny<<z\r\nEOF\r\nb=c=d\r\nempty<<EOF\r\nEOF\r\n';
    expect(parseFileCommands(text)).toEqual({ a: 'x=1\n\ny<<z', b: 'c=d', empty: '' });
  });
});
