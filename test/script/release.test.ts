// `npm run release -- X.Y.Z` in a scratch repository holding this project's package files: the commit, the
// tag and the changelog it leaves, the notes the release workflow publishes, and every refusal.
import { execFile, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { REPO_ROOT } from '../../script/docs.js';
import { useHarness } from '../support/harness.js';

const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const SCRIPT = join(REPO_ROOT, 'script', 'release.ts');
const PACKAGE_FILES = ['package.json', 'package-lock.json'];

// Only this repository's settings: no signing, hooks or identity from the developer's git config.
const GIT_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Release Test',
  GIT_AUTHOR_EMAIL: 'release@example.com',
  GIT_COMMITTER_NAME: 'Release Test',
  GIT_COMMITTER_EMAIL: 'release@example.com'
};
delete GIT_ENV.NODE_OPTIONS;

const CHANGELOG = `# Changelog

Intro.

## Unreleased

### Fixed

- A fix.

## 1.0.0 - 2026-01-02

### Added

- The first release.
`;

const harness = useHarness();

function git(cwd: string, ...args: string[]): string {
  const run = spawnSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
  return run.stdout.trim();
}

/** A repository at "1.0.0", tagged v1.0.0 unless told otherwise, with the project's package.json and lock file. */
function repository(options: { changelog?: string; tags?: string[] } = {}): string {
  const dir = harness.folder();
  git(dir, 'init', '--quiet', '--initial-branch=main');
  for (const file of PACKAGE_FILES) {
    const data = JSON.parse(readFileSync(join(REPO_ROOT, file), 'utf8'));
    data.version = '1.0.0';
    if (data.packages) data.packages[''].version = '1.0.0';
    writeFileSync(join(dir, file), `${JSON.stringify(data, null, 2)}\n`);
  }
  writeFileSync(join(dir, 'CHANGELOG.md'), options.changelog ?? CHANGELOG);
  git(dir, 'add', '.');
  git(dir, 'commit', '--quiet', '-m', 'Start');
  for (const tag of options.tags ?? ['v1.0.0']) git(dir, 'tag', tag);
  return dir;
}

/** Runs the script in `dir`; asynchronous, so that the cases run side by side. */
function release(dir: string, ...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      TSX,
      [SCRIPT, ...args],
      { cwd: dir, env: GIT_ENV, encoding: 'utf8', timeout: 60_000 },
      (_error, stdout, stderr) => resolve({ status: child.exitCode, stdout, stderr })
    );
  });
}

/** What a refused release must leave: the same commit, the same tags, a clean tree. */
function state(dir: string) {
  return { head: git(dir, 'rev-parse', 'HEAD'), tags: git(dir, 'tag', '--list'), dirty: git(dir, 'status', '--porcelain') };
}

describe('npm run release -- X.Y.Z', () => {
  it.concurrent('bumps the version, dates the changelog, commits and tags', async () => {
    const dir = repository();
    const start = git(dir, 'rev-parse', 'HEAD');
    const before = new Date().toISOString().slice(0, 10);
    const run = await release(dir, '1.1.0');
    const after = new Date().toISOString().slice(0, 10);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(run.stdout).toBe('Committed "Release v1.1.0" and tagged v1.1.0. Publish it with: git push --atomic origin HEAD v1.1.0\n');

    // One commit on top, with the three files, and nothing left over.
    expect(git(dir, 'log', '--format=%s', `${start}..HEAD`)).toBe('Release v1.1.0');
    expect(git(dir, 'diff', '--name-only', start, 'HEAD').split('\n')).toEqual(['CHANGELOG.md', 'package-lock.json', 'package.json']);
    expect(git(dir, 'status', '--porcelain')).toBe('');

    // An annotated tag on that commit.
    expect(git(dir, 'cat-file', '-t', 'v1.1.0')).toBe('tag');
    expect(git(dir, 'rev-parse', 'v1.1.0^{commit}')).toBe(git(dir, 'rev-parse', 'HEAD'));
    expect(git(dir, 'tag', '--list', '--format=%(contents:subject)', 'v1.1.0')).toBe('v1.1.0');

    // The version, and nothing else, changed in package.json and the lock file.
    const diff = git(dir, 'diff', '--unified=0', start, 'HEAD', '--', 'package.json', 'package-lock.json');
    const changed = diff.split('\n').filter((line) => /^[-+] /.test(line));
    expect(changed).toEqual([
      '-  "version": "1.0.0",',
      '+  "version": "1.1.0",',
      '-      "version": "1.0.0",',
      '+      "version": "1.1.0",',
      '-  "version": "1.0.0",',
      '+  "version": "1.1.0",'
    ]);

    // The Unreleased section became the release's, under a new, empty Unreleased heading.
    const changelog = readFileSync(join(dir, 'CHANGELOG.md'), 'utf8');
    const date = changelog.match(/^## 1\.1\.0 - (\S+)$/m)?.[1];
    expect([before, after]).toContain(date);
    expect(changelog).toBe(CHANGELOG.replace('## Unreleased\n', `## Unreleased\n\n## 1.1.0 - ${date}\n`));

    // What the release workflow publishes as the notes.
    expect(await release(dir, '--notes', '1.1.0')).toEqual({ status: 0, stdout: '### Fixed\n\n- A fix.\n', stderr: '' });
    expect((await release(dir, '--notes', '1.0.0')).stdout).toBe('### Added\n\n- The first release.\n');
  });

  it("rewrites this project's package.json and lock file only where the version is", () => {
    // The script writes them as JSON.stringify does, as npm and Prettier do: the real files must agree.
    for (const file of PACKAGE_FILES) {
      const text = readFileSync(join(REPO_ROOT, file), 'utf8');
      expect(`${JSON.stringify(JSON.parse(text), null, 2)}\n`).toBe(text);
    }
  });

  it.concurrent('makes the first release from the version package.json already has', async () => {
    const dir = repository({ tags: [] });
    expect(await release(dir, '1.0.0')).toMatchObject({ status: 0 });
    expect(git(dir, 'rev-parse', 'v1.0.0^{commit}')).toBe(git(dir, 'rev-parse', 'HEAD'));
    expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version).toBe('1.0.0');
  });

  const refusals: [string, { changelog?: string; tags?: string[]; dirty?: boolean }, string, string][] = [
    ['a version with a v', {}, 'v1.1.0', "Usage: npm run release -- X.Y.Z (a version such as 1.2.3, without a 'v'; got 'v1.1.0')"],
    ['a partial version', {}, '1.1', "Usage: npm run release -- X.Y.Z (a version such as 1.2.3, without a 'v'; got '1.1')"],
    ['a leading zero', {}, '1.01.0', "Usage: npm run release -- X.Y.Z (a version such as 1.2.3, without a 'v'; got '1.01.0')"],
    ['uncommitted changes', { dirty: true }, '1.1.0', 'The working tree has uncommitted changes (1): commit or stash them first.'],
    ['a released version', {}, '1.0.0', 'Tag v1.0.0 exists already: choose a new version.'],
    [
      'an older version',
      { tags: ['v1.0.0', 'v1.2.0'] },
      '1.1.9',
      '1.1.9 is not newer than the latest release, v1.2.0: choose a higher version.'
    ],
    ['a version below package.json', { tags: [] }, '0.9.0', "0.9.0 is lower than package.json's version 1.0.0: choose a higher version."],
    [
      'an empty Unreleased section',
      { changelog: CHANGELOG.replace('### Fixed\n\n- A fix.\n', '') },
      '1.1.0',
      "CHANGELOG.md's Unreleased section is empty: list the changes of 1.1.0 there first."
    ],
    [
      'no Unreleased section',
      { changelog: CHANGELOG.replace('## Unreleased', '## 1.0.1') },
      '1.1.0',
      "CHANGELOG.md has no '## Unreleased' section: add one that lists the changes of 1.1.0."
    ]
  ];

  it.concurrent.each(refusals)('refuses %s in one line and changes nothing', async (_name, setup, version, message) => {
    const dir = repository(setup);
    if (setup.dirty) writeFileSync(join(dir, 'notes.txt'), 'work in progress\n');
    const before = state(dir);
    const changelog = readFileSync(join(dir, 'CHANGELOG.md'), 'utf8');
    expect(await release(dir, version)).toEqual({ status: 1, stdout: '', stderr: `${message}\n` });
    expect(state(dir)).toEqual(before);
    expect(readFileSync(join(dir, 'CHANGELOG.md'), 'utf8')).toBe(changelog);
  });

  it.concurrent('has no notes for a version the changelog does not list', async () => {
    const dir = repository();
    expect(await release(dir, '--notes', '2.0.0')).toEqual({ status: 1, stdout: '', stderr: "CHANGELOG.md has no '## 2.0.0' section.\n" });
  });
});
