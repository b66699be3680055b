import { describe, expect, it } from '@jest/globals';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ActionError } from '../../../src/lib/errors.js';
import { removeStaleFile, writeFileAtomic } from '../../../src/lib/atomic-file.js';
import { Spools } from '../../../src/lib/spool.js';
import { useHarness } from '../../support/harness.js';

const harness = useHarness();
const dir = harness.folder();

function caught(act: () => void): unknown {
  try {
    act();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('writeFileAtomic', () => {
  it('creates the folders and writes every chunk, leaving no temporary file', async () => {
    const file = join(dir, 'a/b/result.json');
    writeFileAtomic(file, [Buffer.from('{"a":'), Buffer.from('1}'), Buffer.from('\n')], 'the result');
    expect(await readFile(file, 'utf8')).toBe('{"a":1}\n');
    expect(await readdir(join(dir, 'a/b'))).toEqual(['result.json']);
  });

  it('replaces an earlier file whole', async () => {
    const file = join(dir, 'replace.json');
    await writeFile(file, 'old content that is longer');
    writeFileAtomic(file, [Buffer.from('new')], 'the result');
    expect(await readFile(file, 'utf8')).toBe('new');
  });

  it('writes a name at the 255-byte limit: the temporary name fits wherever the target does', async () => {
    const name = `${'r'.repeat(245)}.json`;
    expect(Buffer.byteLength(name)).toBe(250);
    const file = join(dir, name);
    writeFileAtomic(file, [Buffer.from('{}')], 'the result');
    expect(await readFile(file, 'utf8')).toBe('{}');
  });

  it('copies a spool amid other parts, and renames a spool that is the whole file into place', async () => {
    const spools = new Spools();
    const spool = spools.open();
    spool.write(Buffer.from('[1,2]'));
    spool.finish();
    const job = join(dir, 'job.json');
    writeFileAtomic(job, [Buffer.from('{"r":'), spool, Buffer.from('}\n')], 'the job');
    expect(await readFile(job, 'utf8')).toBe('{"r":[1,2]}\n');
    const result = join(dir, 'spooled.json');
    writeFileAtomic(result, [spool, Buffer.from('\n')], 'the result');
    expect(await readFile(result, 'utf8')).toBe('[1,2]\n');
    await expect(readFile(spool.path)).rejects.toThrow(/ENOENT/);
    spools.removeAll();
  });

  it('copies the start of a file written before, from parts made as they are written', async () => {
    const earlier = join(dir, 'earlier.json');
    await writeFile(earlier, '{"kept":true}\n');
    const file = join(dir, 'made/report.json');
    function* parts() {
      yield Buffer.from('[');
      yield { path: earlier, size: 13 };
      yield Buffer.from(']\n');
    }
    writeFileAtomic(file, parts(), 'the report');
    expect(await readFile(file, 'utf8')).toBe('[{"kept":true}]\n');
  });

  it('fails with the path and the reason when the folder cannot be made, leaving nothing behind', async () => {
    await writeFile(join(dir, 'plain-file'), 'x');
    const file = join(dir, 'plain-file/result.json');
    const error = caught(() => writeFileAtomic(file, [Buffer.from('{}')], 'the result of job j'));
    expect(error).toBeInstanceOf(ActionError);
    expect((error as Error).message).toBe(
      `Could not write the result of job j to '${file}' (EEXIST: file already exists, while creating its folder). Check that the path is a writable file location in the workspace.`
    );
  });

  it('fails when the target is a folder, and removes its temporary file', async () => {
    const folder = join(dir, 'folder-target');
    await mkdir(folder);
    expect(() => writeFileAtomic(folder, [Buffer.from('{}')], 'the result')).toThrow(/while moving it into place/);
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('removeStaleFile', () => {
  it('removes a file and ignores a missing one', async () => {
    const file = join(dir, 'stale.json');
    await writeFile(file, '{}');
    removeStaleFile(file);
    removeStaleFile(file);
    await expect(readFile(file)).rejects.toThrow(/ENOENT/);
  });

  it('explains a folder in the way in one line', async () => {
    const folder = join(dir, 'stale-folder');
    await mkdir(folder);
    expect(() => removeStaleFile(folder)).toThrow(`Could not remove the earlier result at '${folder}'`);
  });
});
