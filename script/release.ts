// Makes a release on a clean tree, for .github/workflows/release.yml to publish once the tag is pushed.
//   npm run release -- X.Y.Z    sets X.Y.Z in package.json and package-lock.json, turns CHANGELOG.md's
//                               "## Unreleased" section into "## X.Y.Z - <today>" under a new, empty
//                               Unreleased heading, commits "Release vX.Y.Z" and tags it vX.Y.Z
//   tsx script/release.ts --notes X.Y.Z
//                               prints the changelog section of X.Y.Z: the release's notes
// It works on the repository it is run in (the current directory), so a test can run it in a scratch clone.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

type Version = readonly [number, number, number];

class ReleaseError extends Error {}

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const CHANGELOG = 'CHANGELOG.md';
const UNRELEASED = /^## \[?Unreleased\]?[ \t]*$/im;

function parseVersion(text: string): Version | undefined {
  const match = SEMVER.exec(text);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

function compare(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

function git(root: string, ...args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch (error) {
    const stderr = ((error as { stderr?: string }).stderr ?? '').trim();
    throw new ReleaseError(`git ${args[0]} failed: ${stderr.split('\n')[0] || String(error)}`);
  }
}

/** The body of the section under the heading at `start` (the heading's own line excluded), up to the next `## `. */
function sectionAt(text: string, start: number): { bodyStart: number; bodyEnd: number } {
  const bodyStart = text.indexOf('\n', start) + 1 || text.length;
  const next = text.slice(bodyStart).search(/^## /m);
  return { bodyStart, bodyEnd: next < 0 ? text.length : bodyStart + next };
}

function versionArgument(text: string | undefined): { version: Version; name: string } {
  const version = text === undefined ? undefined : parseVersion(text);
  if (!version) throw new ReleaseError(`Usage: npm run release -- X.Y.Z (a version such as 1.2.3, without a 'v'; got '${text ?? ''}')`);
  return { version, name: version.join('.') };
}

function releaseNotes(changelog: string, version: string): string {
  const escaped = version.replaceAll('.', '\\.');
  const heading = new RegExp(`^## \\[?${escaped}\\]?(?:[ \\t]|$)`, 'm').exec(changelog);
  if (!heading) throw new ReleaseError(`${CHANGELOG} has no '## ${version}' section.`);
  const { bodyStart, bodyEnd } = sectionAt(changelog, heading.index);
  const notes = changelog.slice(bodyStart, bodyEnd).trim();
  if (!notes) throw new ReleaseError(`${CHANGELOG}'s section for ${version} is empty.`);
  return notes;
}

function releasedChangelog(changelog: string, version: string, date: string): string {
  const heading = UNRELEASED.exec(changelog);
  if (!heading) throw new ReleaseError(`${CHANGELOG} has no '## Unreleased' section: add one that lists the changes of ${version}.`);
  const { bodyStart, bodyEnd } = sectionAt(changelog, heading.index);
  if (!changelog.slice(bodyStart, bodyEnd).trim()) {
    throw new ReleaseError(`${CHANGELOG}'s Unreleased section is empty: list the changes of ${version} there first.`);
  }
  return `${changelog.slice(0, heading.index)}## Unreleased\n\n## ${version} - ${date}${changelog.slice(heading.index + heading[0].length)}`;
}

function checkNewer(root: string, version: Version, name: string): void {
  const tags = git(root, 'tag', '--list', 'v*.*.*').split('\n').filter(Boolean);
  if (tags.includes(`v${name}`)) throw new ReleaseError(`Tag v${name} exists already: choose a new version.`);
  const released = tags.map((tag) => parseVersion(tag.slice(1))).filter((v): v is Version => v !== undefined);
  const latest = released.sort(compare).at(-1);
  if (latest && compare(version, latest) <= 0) {
    throw new ReleaseError(`${name} is not newer than the latest release, v${latest.join('.')}: choose a higher version.`);
  }
}

/** package.json and package-lock.json as JSON.stringify writes them, which is how npm and Prettier format them. */
function withVersion(root: string, file: string, name: string): string | undefined {
  const path = join(root, file);
  if (!existsSync(path)) return undefined;
  const data = JSON.parse(readFileSync(path, 'utf8')) as { version?: string; packages?: Record<string, { version?: string }> };
  data.version = name;
  const self = data.packages?.[''];
  if (self) self.version = name;
  return `${JSON.stringify(data, null, 2)}\n`;
}

function release(argument: string | undefined): string {
  const { version, name } = versionArgument(argument);
  const tag = `v${name}`;
  const root = git(process.cwd(), 'rev-parse', '--show-toplevel');
  const dirty = git(root, 'status', '--porcelain');
  if (dirty) throw new ReleaseError(`The working tree has uncommitted changes (${dirty.split('\n').length}): commit or stash them first.`);
  checkNewer(root, version, name);

  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: string };
  const current = parseVersion(pkg.version ?? '');
  if (current && compare(version, current) < 0) {
    throw new ReleaseError(`${name} is lower than package.json's version ${pkg.version}: choose a higher version.`);
  }
  const date = new Date().toISOString().slice(0, 10);
  const files = new Map<string, string>([[CHANGELOG, releasedChangelog(readFileSync(join(root, CHANGELOG), 'utf8'), name, date)]]);
  for (const file of ['package.json', 'package-lock.json']) {
    const text = withVersion(root, file, name);
    if (text !== undefined) files.set(file, text);
  }

  for (const [file, text] of files) writeFileSync(join(root, file), text);
  try {
    git(root, 'add', '--', ...files.keys());
    git(root, 'commit', '--quiet', '-m', `Release ${tag}`);
  } catch (error) {
    // Leave the tree as it was found, not half-released.
    git(root, 'reset', '--quiet', '--', ...files.keys());
    git(root, 'checkout', '--', ...files.keys());
    throw error;
  }
  git(root, 'tag', '--annotate', '-m', tag, tag);
  return `Committed "Release ${tag}" and tagged ${tag}. Publish it with: git push --atomic origin HEAD ${tag}`;
}

function notes(argument: string | undefined): string {
  const { name } = versionArgument(argument);
  const root = git(process.cwd(), 'rev-parse', '--show-toplevel');
  return releaseNotes(readFileSync(join(root, CHANGELOG), 'utf8'), name);
}

const args = process.argv.slice(2);
try {
  process.stdout.write(`${args[0] === '--notes' ? notes(args[1]) : release(args[0])}\n`);
} catch (error) {
  process.stderr.write(`${error instanceof ReleaseError ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
