import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBaseline } from '../../../src/compare/expected-files.js';

describe('loadBaseline', () => {
  let workspace: string;
  beforeAll(async () => {
    workspace = await mkdtemp(join(tmpdir(), 'llx-expected-'));
  });
  afterAll(() => rm(workspace, { recursive: true, force: true }));

  const settings = (extra: object = {}) => ({ expected: join(workspace, '{job_id}.json'), minAccuracy: 1, update: false, ...extra });

  it('refuses an expected file that is a folder', async () => {
    await expect(loadBaseline(settings({ expected: workspace }), [{ jobId: 'ext-1' }], workspace)).rejects.toThrow(
      "Input 'expected': '.' is not a file: give the path of a JSON file."
    );
  });

  it('refuses a $one-of that lists nothing before any request, naming the file and the field', async () => {
    await writeFile(join(workspace, 'ext-7.json'), '{"name": {"$one-of": []}}');
    await expect(loadBaseline(settings(), [{ jobId: 'ext-7' }], workspace)).rejects.toThrow(
      `Input 'expected': expected file 'ext-7.json' at 'name': "$one-of" must list the accepted values`
    );
  });
});
