import { describe, expect, it } from '@jest/globals';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadBaseline } from '../../../src/compare/expected-files.js';
import { useHarness } from '../../support/harness.js';

const harness = useHarness();

describe('loadBaseline', () => {
  const workspace = harness.folder();

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
