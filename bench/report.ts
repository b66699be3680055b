// Turns the measurements into docs/benchmarks.md: the machine, every target with PASS/MISS and by how
// much, then one table per scenario (medians, ranges, ratios action ÷ contender) and how it was measured.
import type { ContenderName } from './contenders.js';
import type { Bundle, ColdStart, DetectionLag, LargeResult, ManyJobs, Samples } from './scenarios.js';
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
  coldStart?: ColdStart;
  largeResult?: LargeResult;
  detectionLag?: DetectionLag;
  manyJobs?: ManyJobs;
  bundle?: Bundle;
}

export interface Verdict {
  scenario: string;
  target: string;
  measured: string;
  pass: boolean;
  by: string;
}

const ms = (value: number): string => (Number.isFinite(value) ? `${Math.round(value)} ms` : 'n/a');
const kbToBytes = (kb: number): number => kb * 1024;
const pct = (value: number): string => `${Math.abs(value * 100).toFixed(0)} %`;

function spread(values: number[], format: (v: number) => string): string {
  if (values.length < 2) return '';
  const [lo, hi] = range(values);
  return `${format(lo)} – ${format(hi)}`;
}

function problems(samples: { problems: string[] }): string {
  return samples.problems.length ? ` ⚠ ${samples.problems.length} failed run(s): ${samples.problems[0]}` : '';
}

export function verdicts(r: Results): Verdict[] {
  const out: Verdict[] = [];
  const c = r.coldStart;
  if (c) {
    const action = median(c.by.action.wallMs);
    const floor = median(c.by.floor.wallMs);
    const sdk = median(c.by.sdk.wallMs);
    const line = 1.5 * floor;
    out.push({
      scenario: '1 cold start',
      target: 'action ≤ 1.5× floor',
      measured: `${ratio(action, floor)} (${ms(action)} vs floor ${ms(floor)})`,
      pass: action <= line,
      by: `${ms(Math.abs(line - action))} (${pct((line - action) / line)} of the 1.5× line)`
    });
    out.push({
      scenario: '1 cold start',
      target: 'action faster than sdk',
      measured: `${ratio(action, sdk)} (${ms(action)} vs ${ms(sdk)})`,
      pass: action < sdk,
      by: `${ms(Math.abs(sdk - action))}`
    });
  }
  const l = r.largeResult;
  if (l) {
    const action = median(l.by.action.wallMs);
    const shell = median(l.by.shell.wallMs);
    const rss = kbToBytes(Math.max(...l.by.action.rssKb));
    const rssLine = 4 * l.payloadBytes;
    out.push({
      scenario: '2 large result',
      target: 'action wall ≤ 1.0× shell',
      measured: `${ratio(action, shell)} (${seconds(action)} vs ${seconds(shell)})`,
      pass: action <= shell,
      by: `${seconds(Math.abs(shell - action))} (${pct((shell - action) / shell)})`
    });
    out.push({
      scenario: '2 large result',
      target: `action peak RSS ≤ 4× payload (${mib(rssLine)})`,
      measured: `${mib(rss)} = ${(rss / l.payloadBytes).toFixed(2)}× payload (worst of ${l.by.action.rssKb.length} runs)${r.quick ? "; in a quick run Node's own ~50 MiB weighs on a small payload" : ''}`,
      pass: rss <= rssLine,
      by: `${mib(Math.abs(rssLine - rss))}`
    });
    out.push({
      scenario: '2 large result',
      target: 'result file identical',
      measured: `action: ${l.identity.action}; sdk: ${l.identity.sdk}; shell: ${l.identity.shell}`,
      pass: l.identity.action === 'byte-identical',
      by: l.identity.action === 'byte-identical' ? 'the served bytes, plus a final newline' : 'not byte-identical'
    });
  }
  const d = r.detectionLag;
  if (d) {
    let better = 0;
    let allNoWorse = true;
    const parts: string[] = [];
    for (const job of d.jobs) {
      const lagA = median(job.by.action.lagMs);
      const lagS = median(job.by.sdk.lagMs);
      const reqA = median(job.by.action.requests);
      const reqS = median(job.by.sdk.requests);
      const noWorse = lagA <= lagS && reqA <= reqS && job.by.action.problems.length === 0;
      const isBetter = noWorse && (lagA < lagS || reqA < reqS);
      allNoWorse &&= noWorse;
      if (isBetter) better++;
      out.push({
        scenario: '3 detection lag',
        target: `job done after ${job.afterMs / 1000} s: lag ≤ sdk's, requests ≤ sdk's`,
        measured: `lag ${ms(lagA)} vs ${ms(lagS)}; requests ${reqA} vs ${reqS}`,
        pass: noWorse,
        by: `lag ${ms(Math.abs(lagS - lagA))} ${lagA <= lagS ? 'shorter' : 'longer'}, ${reqA === reqS ? 'as many requests' : `${Math.abs(reqS - reqA)} request(s) ${reqA < reqS ? 'fewer' : 'more'}`}`
      });
      parts.push(`${job.afterMs / 1000} s: ${isBetter ? 'better' : 'not better'}`);
    }
    const needed = Math.min(2, d.jobs.length);
    out.push({
      scenario: '3 detection lag',
      target: `better than sdk on lag or requests for ≥ ${needed} of ${d.jobs.length} jobs`,
      measured: parts.join('; '),
      pass: allNoWorse && better >= needed,
      by: `${better} of ${d.jobs.length} better (${needed} needed)`
    });
  }
  const m = r.manyJobs;
  if (m) {
    const a = m.by.action;
    out.push({
      scenario: '4 many jobs',
      target: 'action wall ≤ last completion + 2 s',
      measured: `${seconds(a.wallMs)}; last job done at ${seconds(a.lastCompletionMs)}; exit ${seconds(a.afterLastMs)} after it`,
      pass: !a.problem && a.afterLastMs <= 2000,
      by: seconds(Math.abs(2000 - a.afterLastMs))
    });
    out.push({
      scenario: '4 many jobs',
      target: 'action peak connections ≤ 16',
      measured: `${a.peakConnections} (sdk ${m.by.sdk.peakConnections}, shell ${m.by.shell.peakConnections})`,
      pass: a.peakConnections <= 16,
      by: `${Math.abs(16 - a.peakConnections)}`
    });
    out.push({
      scenario: '4 many jobs',
      target: 'action requests < sdk requests',
      measured: `${a.requests} vs ${m.by.sdk.requests} (${ratio(a.requests, m.by.sdk.requests)})`,
      pass: a.requests < m.by.sdk.requests,
      by: `${Math.abs(m.by.sdk.requests - a.requests)} requests (${pct((m.by.sdk.requests - a.requests) / m.by.sdk.requests)})`
    });
  }
  const b = r.bundle;
  if (b) {
    out.push({
      scenario: '5 bundle',
      target: 'no dev-only package in dist/index.js',
      measured: `${b.bundled.length} packages: ${b.bundled.join(', ')}`,
      pass: b.devOnly.length === 0,
      by: b.devOnly.length ? `dev-only: ${b.devOnly.join(', ')}` : 'none dev-only'
    });
  }
  return out;
}

function signed(value: number): string {
  const rounded = Math.round(value);
  return rounded > 0 ? `+${rounded}` : String(rounded);
}

export function render(r: Results): string {
  const lines: string[] = [];
  const push = (...more: string[]): void => void lines.push(...more);
  const e = r.env;
  push(
    '# Benchmarks',
    '',
    '<!-- Written by `npm run bench` (bench/run.ts) from its latest full run: do not edit by hand. -->',
    '',
    `${r.quick ? '**Quick smoke run (`--quick`): shrunk scenarios, not the reference numbers.** ' : ''}` +
      `Run on ${e.date}; the whole bench took ${seconds(r.wallMs, 0)}. Reproduce with \`npm ci && npm run bench\` (\`npm run bench -- --quick\` for a smoke run).`,
    '',
    '| machine | |',
    '| --- | --- |',
    `| CPU | ${e.cpu}, ${e.cores} cores |`,
    `| memory | ${mib(e.memoryBytes)} |`,
    `| OS | ${e.os} |`,
    `| Node | ${e.node} |`,
    `| action build | ${e.action} |`,
    `| contenders | action: \`node dist/index.js\`; sdk: \`@llamaindex/llama-cloud\` ${e.sdk}; shell: ${e.curl}, ${e.jq}, bash |`,
    `| load average at start | ${e.loadAverage.map((v) => v.toFixed(2)).join(', ')} (1, 5, 15 min) |`,
    '',
    `The machine was shared with other work while this ran, so timings carry noise: every figure is a median, with the range of the runs beside it. Ratios are action ÷ contender. Peak RSS is ${e.rssMethod}.`,
    '',
    '## Targets',
    '',
    '| scenario | target | measured | verdict |',
    '| --- | --- | --- | --- |'
  );
  for (const v of verdicts(r)) push(`| ${v.scenario} | ${v.target} | ${v.measured} | **${v.pass ? 'PASS' : 'MISS'}** by ${v.by} |`);

  const c = r.coldStart;
  if (c) {
    const action = median(c.by.action.wallMs);
    push(
      '',
      `## 1. Cold start`,
      '',
      `One job already COMPLETED, the sample invoice as its result (about 1 KiB). ${c.runs} runs per contender after one warm-up, contenders interleaved.`,
      '',
      '| contender | wall (median) | range | action ÷ contender | peak RSS | requests |',
      '| --- | --- | --- | --- | --- | --- |'
    );
    for (const name of ['action', 'floor', 'sdk', 'shell', 'floor-http'] as ContenderName[]) {
      const s = c.by[name];
      push(
        `| ${name} | ${ms(median(s.wallMs))} | ${spread(s.wallMs, ms)} | ${name === 'action' ? '' : ratio(action, median(s.wallMs))} | ${mib(kbToBytes(median(s.rssKb)))} | ${median(s.requests)} |${problems(s)}`
      );
    }
  }

  if (c) {
    const http = median(c.by['floor-http'].wallMs);
    push(
      '',
      `The target's floor is \`node -e\` with \`fetch\`, as issue 5 defines it. \`floor-http\` is the same on \`node:http\`, for reference only: ` +
        `Node loads its built-in undici on a process's first \`fetch\` (${ms(median(c.by.floor.wallMs) - http)} here), a cost the fetch floor pays and the action, on \`node:http\`, does not. ` +
        `Against it the action takes ${ratio(median(c.by.action.wallMs), http)}: the difference is mostly loading the bundle (scenario 5).`
    );
  }

  const l = r.largeResult;
  if (l) {
    const action = median(l.by.action.wallMs);
    push(
      '',
      '## 2. Large result',
      '',
      `One COMPLETED job whose \`extract_result\` is ${mib(l.payloadBytes)} of rows (${l.payloadBytes} bytes). ${l.runs} runs per contender, interleaved.`,
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
    push(
      '',
      '## 3. Detection lag',
      '',
      `Each job turns COMPLETED a fixed time after its contender is started (default inputs for everyone). Lag = the contender's exit − the job's \`completedAt\` on the emulator's clock. ` +
        `${d.rounds} round(s); every (job, contender, round) is its own process and job, all running at once, started ${d.staggerMs} ms apart (longest jobs first) so no two start-ups overlap; the phase took ${seconds(d.phaseMs, 0)}.`,
      '',
      '| job done after | contender | lag (median) | range | requests | action lag − contender lag |',
      '| --- | --- | --- | --- | --- | --- |'
    );
    for (const job of d.jobs) {
      const lagA = median(job.by.action.lagMs);
      for (const name of ['action', 'sdk', 'shell'] as const) {
        const s = job.by[name];
        const lag = median(s.lagMs);
        push(
          `| ${job.afterMs / 1000} s | ${name} | ${ms(lag)} | ${spread(s.lagMs, ms)} | ${median(s.requests)} | ${name === 'action' ? '' : `${signed(lagA - lag)} ms`} |${problems(s)}`
        );
      }
    }
  }

  const m = r.manyJobs;
  if (m) {
    push(
      '',
      '## 4. Many jobs',
      '',
      `${m.count} jobs finishing at random times within ${m.withinMs / 1000} s (seed ${m.seed}, the same times for every contender), in one process per contender: ` +
        'the action in one step, the sdk script with `Promise.all` over all IDs, the shell loop with one background poller per job. One run each.',
      '',
      '| contender | wall | last job done at | exit after last job | requests | peak connections | connections opened | peak RSS |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |'
    );
    for (const name of ['action', 'sdk', 'shell'] as const) {
      const s = m.by[name];
      push(
        `| ${name} | ${seconds(s.wallMs)} | ${seconds(s.lastCompletionMs)} | ${seconds(s.afterLastMs)} | ${s.requests} | ${s.peakConnections} | ${s.totalConnections} | ${mib(kbToBytes(s.peakRssKb ?? NaN))} |${s.problem ? ` ⚠ ${s.problem}` : ''}`
      );
    }
  }

  const b = r.bundle;
  if (b) {
    const load = median(b.loadMs);
    const bare = median(b.bareMs);
    push(
      '',
      '## 5. Bundle',
      '',
      `Load time is \`node dist/index.js\` with no INPUT_* set: Node loads and compiles the whole bundle, then the action stops at the input check (exit 1, no request). ` +
        `\`node -e 0\` is Node's own start-up on the same machine; the difference is what the bundle costs. Medians of ${b.runs} runs.`,
      '',
      '| what | value |',
      '| --- | --- |',
      `| dist/index.js | ${b.bytes} bytes (${mib(b.bytes)}), ${mib(b.gzipBytes)} gzipped |`,
      `| \`node dist/index.js\`, no inputs | ${ms(load)} (${spread(b.loadMs, ms)}) |`,
      `| \`node -e 0\` | ${ms(bare)} (${spread(b.bareMs, ms)}) |`,
      `| bundle load cost | ${ms(load - bare)} |`,
      `| bundled packages (dist/licenses.txt) | ${b.bundled.join(', ')} |`
    );
  }

  push(
    '',
    '## How it is measured',
    '',
    '- The emulator (`test/emulator`) runs inside the bench process on 127.0.0.1; every job is added right before its contender is spawned, so its timeline and `completedAt` come from the emulator clock, the same clock the bench reads exit times from.',
    '- **action**: `node dist/index.js` with a clean environment, every action.yml input as `INPUT_*` at its default (as a runner passes them) plus `job-id`, `base-url`, `api-key` (and `output-file: results/{job_id}.json` for many jobs), and `GITHUB_OUTPUT` / `GITHUB_STEP_SUMMARY` files.',
    '- **sdk**: `bench/contenders/sdk.mjs`: `new LlamaCloud()` (key and base URL from the environment), `client.extract.waitForCompletion(id)` with its defaults (first poll after 1 s, then +1 s per poll up to 5 s), `JSON.stringify(job.extract_result)` to the file; `Promise.all` over the IDs for many jobs.',
    '- **shell**: `bench/contenders/poll.sh`: `curl -sf -H "Authorization: Bearer $KEY" -o body`, `jq -r .status body`, `sleep 5` between polls (first poll at once), then `jq .extract_result body > file`; one background loop per job (`&` + `wait`) for many.',
    '- **floor**: `node --input-type=module -e` doing one `fetch` and one `writeFile`: the least a Node step can do.',
    '- Wall time: spawn to exit, measured by the bench. Peak RSS: GNU `time -f %M` around each contender (the largest process of the tree: jq for the shell).',
    "- Requests and connections: the emulator's own records (`requests`, `stats().peakConnections`), per job ID or reset before each contender.",
    '- `npm run bench -- --quick` is a smoke run of about a minute (fewer runs, a 10 MiB result, no 60 s job, 50 jobs in 5 s); `--only 1,3` runs some scenarios; `--action FILE` benches another build of the action (say, the bundle of a src change) against the same contenders. Those runs go to `.bench-tmp/benchmarks-trial.md`, never over this file.'
  );
  return lines.join('\n') + '\n';
}
