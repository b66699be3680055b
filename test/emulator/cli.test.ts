import { describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { call } from '../support/emulator-client.js';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('cli', () => {
  it('serves a scenario, prints its URL, logs requests and exits cleanly on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'emulator/cli.ts', '--scenario', 'emulator/scenarios/demo.json', '--api-key', 'llx-cli'],
      { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] }
    );
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    try {
      await exercise(child);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL'); // never leave it running
    }
    expect(stderr).toContain('GET /api/v2/extract/ext-demo-failed -> 200');
  });
});

async function exercise(child: ChildProcessByStdio<null, Readable, Readable>): Promise<void> {
  const [firstLine] = (await once(createInterface({ input: child.stdout }), 'line')) as [string];
  const { url } = JSON.parse(firstLine);
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

  const failed = await call(url, '/api/v2/extract/ext-demo-failed', { apiKey: 'llx-cli' });
  expect(failed.json()).toMatchObject({ status: 'RUNNING' });
  const again = await call(url, '/api/v2/extract/ext-demo-failed', { apiKey: 'llx-cli' });
  expect(again.json()).toMatchObject({ status: 'FAILED', error_message: expect.stringContaining('password') });

  child.kill('SIGTERM');
  const [code] = await once(child, 'close');
  expect(code).toBe(0);
}
