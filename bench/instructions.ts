// Start-up in instructions: the plain run of scenario 1 once per contender under valgrind's callgrind, which
// counts every instruction the process executes. Wall time on a shared machine moves by several milliseconds
// from run to run; this count does not, so a change of a few hundred thousand instructions (a tenth of a
// millisecond) between two builds is seen and is the build's. V8 is made deterministic for it: one thread (no
// concurrent compilation or GC), fixed hash and random seeds (the hash seed alone moves the count by millions).
// Any V8 flag also costs Node its built-in code cache (its own modules are compiled from source, about 90 M in
// every contender alike), so the differences between contenders are what the count measures, not their ratios.
import { spawnSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { runContender, type ContenderName } from './contenders.js';
import { sampleResultProblem, type Context, type NodeBinary, type Reference } from './scenarios.js';

const V8_FLAGS = ['--single-threaded', '--predictable', '--hash-seed=1', '--random-seed=1'];

/** Instructions of one contender's run, or why it has none. */
export interface Count {
  instructions?: number;
  problem?: string;
}

export interface InstructionsOnNode {
  node: NodeBinary;
  floor: Count;
  action: Count;
  reference?: Count;
}

/**
 * valgrind's own binary: Debian's `valgrind` is a shell script, and the shell drops the environment variables
 * whose names are not a shell's (`INPUT_API-KEY`), so the action would run without its inputs.
 */
export function findCallgrind(): string | undefined {
  for (const name of ['valgrind.bin', 'valgrind']) {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  }
  return undefined;
}

export async function countInstructions(
  ctx: Context,
  valgrind: string,
  nodes: NodeBinary[],
  reference?: Reference
): Promise<InstructionsOnNode[]> {
  const id = 'ext-instructions';
  ctx.emulator.addJob({ id });
  const once = async (contender: ContenderName, node: string, entry?: string): Promise<Count> => {
    const workspace = join(ctx.scratch, 'instructions', contender);
    const out = join(ctx.scratch, `callgrind-${contender}.out`);
    const run = await runContender(contender, ctx.emulator, [id], workspace, {
      node,
      ...(entry ? { entry } : {}),
      timeoutMs: 180_000,
      launch: (cmd, args) => [valgrind, ['--tool=callgrind', `--callgrind-out-file=${out}`, cmd, ...V8_FLAGS, ...args]]
    });
    try {
      const problem = run.problem ?? (await sampleResultProblem(workspace, id));
      if (problem) return { problem };
      const total = /^(?:summary|totals): (\d+)/m.exec(await readFile(out, 'utf8'));
      return total ? { instructions: Number(total[1]) } : { problem: 'callgrind wrote no total' };
    } finally {
      await rm(workspace, { recursive: true, force: true });
      await rm(out, { force: true });
    }
  };
  const counts: InstructionsOnNode[] = [];
  for (const node of nodes) {
    const on: InstructionsOnNode = {
      node,
      floor: await once('floor', node.path),
      action: await once('action', node.path),
      ...(reference ? { reference: await once('action', node.path, reference.entry) } : {})
    };
    const named: Array<[string, Count | undefined]> = [
      ['floor', on.floor],
      ['action', on.action],
      ['reference', on.reference]
    ];
    const said = named.flatMap(([name, count]) => (count ? [`${name} ${count.instructions ?? count.problem}`] : []));
    ctx.log(`instructions on Node ${node.version}: ${said.join(', ')}`);
    counts.push(on);
  }
  return counts;
}
