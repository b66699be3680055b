import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

// Each case in a process of its own: V8's flags are process-wide, and this worker runs other suites.
// Objects that outlive a scavenge or two, as a long step's requests in flight do, make V8 grow its young
// generation; the step's setting must keep it from growing further.
const CHURN = `
import { getHeapSpaceStatistics } from 'node:v8';
const young = () => getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size;
const ring = new Array(20000);
let i = 0;
const churn = (count) => { for (let n = 0; n < count; n++) ring[i++ % ring.length] = { at: i, text: 'entry ' + i, list: [i, i + 1] }; };
const first = young();
while (young() === first && i < 1e7) churn(1e4);
const grown = young();
if (process.argv.includes('--favour-memory')) (await import('./src/runner/heap.ts')).favourMemoryOverSpeed();
churn(2e6);
console.log(JSON.stringify({ grown, after: young() }));
`;

async function youngGeneration(favourMemory: boolean): Promise<{ grown: number; after: number }> {
  const args = ['--import', 'tsx', '--input-type=module', '-e', CHURN, '--', ...(favourMemory ? ['--favour-memory'] : [])];
  const { stdout } = await promisify(execFile)(process.execPath, args, { cwd: REPO_ROOT });
  return JSON.parse(stdout) as { grown: number; after: number };
}

describe('favourMemoryOverSpeed', () => {
  it('stops the young generation from growing under churn that grows it by default', async () => {
    const [byDefault, favoured] = await Promise.all([youngGeneration(false), youngGeneration(true)]);
    expect(byDefault.after).toBeGreaterThan(byDefault.grown);
    expect(favoured.after).toBeLessThanOrEqual(favoured.grown);
  });
});
