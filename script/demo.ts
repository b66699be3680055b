// `npm run demo`: the action end to end with no account. Starts the LlamaCloud emulator on 127.0.0.1 with
// sample jobs, runs dist/index.js for each scenario exactly as a GitHub runner does (INPUT_* variables,
// GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, a fresh workspace), and prints the log, the outputs, the
// result file and the job summary as plain text.
//
// Against the real API instead:  LLAMA_CLOUD_API_KEY=llx-... npm run demo -- --job-id <id> [--project-id <id>]
// (base-url from LLAMA_CLOUD_BASE_URL, else https://api.cloud.llamaindex.ai).
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ACTION_ENTRY, REPO_ROOT, emulatorInputs, runAction, workspaceWith, type ActionRun } from '../emulator/runner.js';
import { sampleFieldMetadata, sampleInvoice, startEmulator, type Emulator, type Fault, type JobScript } from '../emulator/emulator.js';
import { startGitHub } from '../emulator/github.js';

const SCENARIO_FILE = join(REPO_ROOT, 'emulator', 'scenarios', 'demo.json');
const DEFAULT_BASE_URL = 'https://api.cloud.llamaindex.ai';
const RULE = '═'.repeat(100);
const VALUE_CHARS = 400;
const RESULT_LINES = 12;

interface Scenario {
  title: string;
  /** What the reader should notice. */
  about: string;
  inputs: Record<string, string>;
  /** Files of the repository copied into the workspace first: workspace path -> repository path. */
  files?: Record<string, string>;
}

const SAMPLE_EXPECTED = 'emulator/expected/sample-invoice.json';

const { due_date: _dropped, ...withoutDueDate } = sampleInvoice;

/** Jobs added to the shared demo scenario: a completed invoice whose field confidences are partly low. */
const EXTRA_JOBS: JobScript[] = [
  {
    id: 'ext-demo-low-confidence',
    timeline: [{ status: 'RUNNING', forPolls: 1 }, { status: 'COMPLETED' }],
    usage: { num_pages_extracted: 2, num_pages_billed: 2, credits: 30 }
  },
  {
    // The sample invoice written differently: rows reordered, numbers as text, a European date. Still all correct.
    id: 'ext-demo-regression-pass',
    result: { ...sampleInvoice, items: [...sampleInvoice.items].reverse(), total: '627.12', invoice_date: '15.03.2024' },
    fieldMetadata: sampleFieldMetadata
  },
  {
    // After a change to the extraction: a wrong VAT ID, a lost due date and a field nobody asked for.
    id: 'ext-demo-regression-fail',
    result: { ...withoutDueDate, vendor: { ...sampleInvoice.vendor, vat_id: 'DE987654321' }, po_number: 'PO-7781' },
    fieldMetadata: sampleFieldMetadata
  }
];

/** One 503 on the way, so the log shows a retry. */
const FAULTS: Fault[] = [{ kind: 'status', status: 503, match: { jobId: 'ext-demo-invoice' }, after: 1, times: 1 }];

const SCENARIOS: Scenario[] = [
  {
    title: 'One job that completes after a few polls',
    about: 'PENDING, then RUNNING, then COMPLETED; one 503 on the way is retried. The result is written to results/invoice.json.',
    inputs: { 'job-id': 'ext-demo-invoice', 'output-file': 'results/invoice.json', 'poll-interval': '1s' }
  },
  {
    title: 'Several jobs in one step',
    about: 'Three jobs waited for together; {job_id} in output-file gives each its own file, and the usage outputs are sums.',
    inputs: {
      'job-id': 'ext-demo-batch-1, ext-demo-batch-2, ext-demo-batch-3',
      'output-file': 'results/{job_id}.json',
      'poll-interval': '1s'
    }
  },
  {
    title: 'A job that fails',
    about: "LlamaCloud reports FAILED: no result file, the job's error_message becomes the step's error, and the step fails (exit code 1).",
    inputs: { 'job-id': 'ext-demo-failed', 'output-file': 'results/failed.json', 'poll-interval': '1s' }
  },
  {
    title: 'A merge gate on field confidence',
    about:
      'The job COMPLETED, but min-confidence 0.8 flags the fields extracted with less confidence: the step fails and the summary lists them.',
    inputs: { 'job-id': 'ext-demo-low-confidence', 'output-file': 'results/gated.json', 'min-confidence': '0.8', 'poll-interval': '1s' }
  },
  {
    title: 'A regression check that passes',
    about:
      'The result is compared field by field with expected/invoice.json from the repository: reordered rows, "627.12" for 627.12 and 15.03.2024 for 2024-03-15 all count as matches, so the accuracy is 1.',
    inputs: {
      'job-id': 'ext-demo-regression-pass',
      'output-file': 'results/regression-pass.json',
      expected: 'expected/invoice.json',
      'poll-interval': '1s'
    },
    files: { 'expected/invoice.json': SAMPLE_EXPECTED }
  },
  {
    title: 'A regression check that fails',
    about:
      'A wrong VAT ID, a missing due date and an extra field: 23 of 26 fields match (accuracy 0.8846), below min-accuracy 0.95, so the step fails and the summary lists what differs.',
    inputs: {
      'job-id': 'ext-demo-regression-fail',
      'output-file': 'results/regression-fail.json',
      expected: 'expected/invoice.json',
      'min-accuracy': '0.95',
      'poll-interval': '1s'
    },
    files: { 'expected/invoice.json': SAMPLE_EXPECTED }
  }
];

/** The file mode: documents in a checkout, uploaded, extracted and waited for; then the same checkout again. */
const CHECKOUT: Record<string, string> = {
  'invoices/march.pdf': '%PDF-1.7 (demo) invoice INV-2024-0042, March',
  'invoices/april.pdf': '%PDF-1.7 (demo) invoice INV-2024-0057, April',
  '.github/extract/invoice.yml':
    'data_schema:\n  type: object\n  properties:\n    invoice_number: { type: string }\n    total: { type: number }\ntier: cost_effective\n'
};
const FILE_INPUTS = {
  file: 'invoices/*.pdf',
  configuration: '.github/extract/invoice.yml',
  'output-file': 'results/{name}.json',
  'poll-interval': '1s'
};
const FILE_SCENARIOS: Scenario[] = [
  {
    title: 'Documents from the repository',
    about:
      'file: and configuration: instead of job-id: each document is looked up by its SHA-256, uploaded (streamed) because it is new, gets one job, and its result is named after it.',
    inputs: FILE_INPUTS
  },
  {
    title: 'The same documents again, with reuse',
    about:
      'A re-run on the same checkout: LlamaCloud holds the same bytes, so nothing is uploaded; reuse: true takes the COMPLETED jobs of the first run, so no job is created and no credit billed.',
    inputs: { ...FILE_INPUTS, reuse: 'true' }
  }
];

/** The failing regression check again, as a pull request's check: the comment it posts on the GitHub fake. */
const PULL_REQUEST = 42;
const COMMENT_SCENARIO: Scenario = {
  title: "A pull request's comment",
  about: `The failing regression check as a pull_request event: before the step fails, one comment goes to pull request #${PULL_REQUEST} (on a local GitHub fake), and a later run would update it in place.`,
  inputs: { ...SCENARIOS[5]!.inputs, 'github-token': 'ghs-write' },
  files: SCENARIOS[5]!.files
};

type Print = (line?: string) => void;

export async function main(argv: string[] = process.argv.slice(2), print: Print = (line = '') => console.log(line)): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { 'job-id': { type: 'string' }, 'project-id': { type: 'string' } } });
  if (!existsSync(ACTION_ENTRY)) {
    print(`${relative(process.cwd(), ACTION_ENTRY)} is missing: run 'npm run bundle' first.`);
    return 1;
  }
  const apiKey = process.env.LLAMA_CLOUD_API_KEY ?? '';
  if (values['job-id']) {
    if (!apiKey) {
      print('--job-id reads a real job: set LLAMA_CLOUD_API_KEY too (and LLAMA_CLOUD_BASE_URL for the EU region).');
      return 1;
    }
    return realRun(values['job-id'], values['project-id'], apiKey, print);
  }
  if (apiKey) print('LLAMA_CLOUD_API_KEY is set but no --job-id was given: running on the emulator.\n');
  return emulatorRun(print);
}

async function emulatorRun(print: Print): Promise<number> {
  const scenario = JSON.parse(readFileSync(SCENARIO_FILE, 'utf8')) as { jobs?: JobScript[] };
  const emulator = await startEmulator({ jobs: [...(scenario.jobs ?? []), ...EXTRA_JOBS], faults: FAULTS });
  try {
    print('LlamaCloud Extract Action: demo on the local emulator');
    print(`Emulator: ${emulator.url} (API key ${emulator.apiKey}), jobs from ${relative(REPO_ROOT, SCENARIO_FILE)}`);
    print(`Action:   node ${relative(REPO_ROOT, ACTION_ENTRY)}, run as a GitHub runner runs it`);
    // Together, so the demo takes as long as its slowest scenario; printed one after another.
    const runs = await Promise.all(
      SCENARIOS.map(async (scenario) => ({
        scenario,
        run: await runAction({
          inputs: emulatorInputs(emulator, scenario.inputs),
          workspace: workspaceFor(scenario),
          timeoutMs: 60_000
        })
      }))
    );
    const total = SCENARIOS.length + FILE_SCENARIOS.length + 1;
    for (const [index, { scenario, run }] of runs.entries())
      await printRun(print, `${index + 1}/${total}  ${scenario.title}`, scenario, run, emulator);
    // The file mode's runs one after the other on one checkout, each with the emulator's counts of its own.
    const workspace = workspaceWith(CHECKOUT);
    for (const scenario of FILE_SCENARIOS) {
      emulator.resetRecords();
      const run = await runAction({ inputs: emulatorInputs(emulator, scenario.inputs), workspace, timeoutMs: 60_000 });
      const { uploads, creates, creditsBilled } = emulator.stats();
      await printRun(print, `${runs.length + 1}/${total}  ${scenario.title}`, scenario, run, emulator);
      print(`── emulator: ${uploads} uploads, ${creates} jobs created, ${creditsBilled} credits billed`);
      print();
      runs.push({ scenario, run });
    }
    runs.push({ scenario: COMMENT_SCENARIO, run: await commentRun(print, `${runs.length + 1}/${total}`, emulator) });
    print(RULE);
    print('Recap');
    for (const [index, { scenario, run }] of runs.entries()) {
      print(`  ${index + 1}. ${scenario.title.padEnd(44)} status ${(run.outputs.status || '(none)').padEnd(10)} exit code ${run.code}`);
    }
    print();
    print('Steps that failed did so on purpose: the demo itself succeeded.');
    await Promise.all([...new Set(runs.map(({ run }) => run.workspace))].map((dir) => rm(dir, { recursive: true, force: true })));
    return runs.every(({ run }) => run.code !== null && !run.timedOut) ? 0 : 1;
  } finally {
    await emulator.close();
  }
}

/** The comment scenario: a pull_request event file, the GitHub fake as GITHUB_API_URL, and the comment it got. */
async function commentRun(print: Print, number: string, emulator: Emulator): Promise<ActionRun> {
  const github = await startGitHub();
  try {
    const workspace = workspaceFor(COMMENT_SCENARIO);
    const eventPath = `${workspace}.event.json`;
    await writeFile(eventPath, JSON.stringify({ number: PULL_REQUEST, pull_request: { number: PULL_REQUEST } }));
    const run = await runAction({
      inputs: emulatorInputs(emulator, COMMENT_SCENARIO.inputs),
      workspace,
      env: {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_REPOSITORY: 'acme/invoices',
        GITHUB_API_URL: github.url
      },
      timeoutMs: 60_000
    });
    await rm(eventPath, { force: true });
    await printRun(print, `${number}  ${COMMENT_SCENARIO.title}`, COMMENT_SCENARIO, run, emulator);
    print(`── the comment on pull request #${PULL_REQUEST}, as GitHub shows it`);
    for (const line of renderSummary(github.comments(PULL_REQUEST)[0]?.body ?? '(none)')) print(`  ${line}`);
    print();
    return run;
  } finally {
    await github.close();
  }
}

/** The scenario's files of the repository, copied in. */
function workspaceFor(scenario: Scenario): string {
  const files = Object.entries(scenario.files ?? {}).map(([target, source]): [string, string] => [
    target,
    readFileSync(join(REPO_ROOT, source), 'utf8')
  ]);
  return workspaceWith(Object.fromEntries(files));
}

async function realRun(jobId: string, projectId: string | undefined, apiKey: string, print: Print): Promise<number> {
  const baseUrl = process.env.LLAMA_CLOUD_BASE_URL || DEFAULT_BASE_URL;
  const inputs: Record<string, string> = { 'job-id': jobId, 'base-url': baseUrl, 'output-file': 'results/{job_id}.json', timeout: '10m' };
  if (projectId) inputs['project-id'] = projectId;
  // The key goes in as the runner would pass a secret; proxies are passed through.
  const env: Record<string, string> = { LLAMA_CLOUD_API_KEY: apiKey };
  for (const name of ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy']) {
    if (process.env[name]) env[name] = process.env[name];
  }
  print(`LlamaCloud Extract Action: reading job ${jobId} from ${baseUrl}`);
  const scenario: Scenario = { title: `Job ${jobId}`, about: `The API at ${baseUrl}; the key comes from LLAMA_CLOUD_API_KEY.`, inputs };
  const run = await runAction({ inputs, env, timeoutMs: 11 * 60_000 });
  await printRun(print, scenario.title, scenario, run);
  print(`Files are in ${run.workspace}`);
  return run.code === 0 ? 0 : 1;
}

async function printRun(print: Print, heading: string, scenario: Scenario, run: ActionRun, emulator?: Emulator): Promise<void> {
  print(RULE);
  print(` ${heading}`);
  print(RULE);
  print(scenario.about);
  print();
  print('── inputs');
  for (const [name, value] of Object.entries(scenario.inputs)) print(`  ${name}: ${value}`);
  if (emulator) print(`  base-url: ${emulator.url}\n  api-key: (the emulator's test key)`);
  print();
  print('── log');
  for (const line of renderLog(run.stdout + run.stderr)) print(`  ${line}`);
  print();
  print('── outputs');
  const outputs = Object.entries(run.outputs);
  const width = Math.max(0, ...outputs.map(([name]) => name.length));
  // Paths are absolute on a runner: the temporary workspace is shown as $GITHUB_WORKSPACE.
  for (const [name, value] of outputs)
    print(`  ${name.padEnd(width)}  ${outputPreview(value.split(run.workspace).join('$GITHUB_WORKSPACE'))}`);
  print();
  for (const file of await resultFiles(run.workspace)) {
    const lines = prettyJson(await readFile(join(run.workspace, file), 'utf8')).split('\n');
    const shown = lines.length > RESULT_LINES ? `, first ${RESULT_LINES} of ${lines.length} lines` : '';
    print(`── ${file} (pretty-printed here${shown}; the file holds extract_result as served)`);
    for (const line of lines.slice(0, RESULT_LINES)) print(`  ${line}`);
    print();
  }
  print('── job summary');
  for (const line of renderSummary(run.summary)) print(`  ${line}`);
  print();
  const verdict = run.timedOut ? 'killed: the action did not finish' : run.code === 0 ? 'the step passed' : 'the step failed';
  print(`── exit code ${run.code ?? run.signal} (${verdict})`);
  print();
}

async function resultFiles(workspace: string): Promise<string[]> {
  const dir = join(workspace, 'results');
  if (!existsSync(dir)) return [];
  return (await readdir(dir))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join('results', name));
}

function prettyJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text.trimEnd();
  }
}

/** An output's value on one line of the demo's listing: its line breaks shown as ⏎, cut with its length said. */
function outputPreview(value: string): string {
  const text = value.replace(/\n/g, ' ⏎ ');
  return text.length > VALUE_CHARS ? `${text.slice(0, VALUE_CHARS)}… (${text.length} chars)` : text || '(empty)';
}

/** Workflow commands as the run page shows them: `::error::x` as `Error: x`, groups as headings, masks and debug hidden. */
export function renderLog(log: string): string[] {
  const lines: string[] = [];
  for (const raw of log.split(/\r?\n/)) {
    const command = /^::([a-z-]+)(?: [^:]*)?::(.*)$/.exec(raw);
    if (!command) {
      if (raw !== '') lines.push(raw);
      continue;
    }
    const [, name, data = ''] = command;
    const text = unescapeCommand(data);
    switch (name) {
      case 'error':
        lines.push(`Error: ${text}`);
        break;
      case 'warning':
        lines.push(`Warning: ${text}`);
        break;
      case 'notice':
        lines.push(`Notice: ${text}`);
        break;
      case 'group':
        lines.push(`▸ ${text}`);
        break;
      case 'add-mask':
        lines.push('(the API key is registered as a secret: the runner prints *** instead)');
        break;
      default:
        // endgroup, debug, and other commands a runner does not print.
        break;
    }
  }
  return lines;
}

function unescapeCommand(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

/** The summary's Markdown as plain text: HTML tags and entities gone, tables aligned. */
export function renderSummary(markdown: string): string[] {
  const out: string[] = [];
  let table: string[][] = [];
  const flush = (): void => {
    if (table.length) out.push(...alignTable(table));
    table = [];
  };
  for (const raw of markdown.split('\n')) {
    const line = raw.trimEnd();
    if (line.startsWith('|')) {
      if (/^\|(\s*:?-+:?\s*\|)+$/.test(line)) continue; // the header separator; redrawn by alignTable
      // Split before decoding: an escaped pipe (&#124;) inside a cell is not a column break.
      table.push(
        line
          .slice(1, line.endsWith('|') ? -1 : undefined)
          .split('|')
          .map((cell) => plainText(cell).trim())
      );
      continue;
    }
    flush();
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      const [, hashes = '', body = ''] = heading;
      const title = plainText(body);
      out.push(title, (hashes.length <= 2 ? '═' : '─').repeat(displayWidth(title)));
      continue;
    }
    const text = plainText(line.replace(/<summary>(.*?)<\/summary>/g, '▸ $1'));
    if (text.trim() !== '' || (out.length > 0 && out[out.length - 1] !== '')) out.push(text.trimEnd());
  }
  flush();
  while (out.length && out[out.length - 1] === '') out.pop();
  return out;
}

function plainText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(Number.parseInt(code, 16)))
    .replace(/&(lt|gt|amp|quot|nbsp);/g, (_, name: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', nbsp: ' ' })[name] ?? '');
}

function alignTable(rows: string[][]): string[] {
  const columns = Math.max(...rows.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, i) => Math.max(...rows.map((row) => displayWidth(row[i] ?? ''))));
  // Every row gets every column; the trailing padding of a short row is trimmed away.
  const line = (row: string[]): string =>
    widths
      .map((width, i) => {
        const cell = row[i] ?? '';
        return cell + ' '.repeat(width - displayWidth(cell));
      })
      .join('  ')
      .trimEnd();
  const [head = [], ...body] = rows;
  return [line(head), widths.map((width) => '─'.repeat(width)).join('  '), ...body.map(line)];
}

/** Columns a terminal gives `text`: emoji take two, variation selectors none. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code === 0xfe0f || code === 0x200d) continue;
    width += /\p{Extended_Pictographic}/u.test(char) ? 2 : 1;
  }
  return width;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}
