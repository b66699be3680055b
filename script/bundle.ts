// `npm run bundle`: dist/ from src/ with ncc, and dist/licenses.txt for every package in any of its files.
// The file mode and the schema gate are lazy chunks (dist/<id>.index.js) so a plain run neither parses nor
// evaluates yaml, @actions/glob, minimatch or ajv. ncc's own --license writes one file per chunk under the
// same name, so the entry chunk's packages went missing: the list is built here from the build's stats.
// dist/ is emptied first because ncc leaves chunks of earlier builds in place.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');

interface StatsModule {
  name: string;
  modules?: StatsModule[];
}

// The deepest node_modules/<package>/ in a module's name: a nested copy is the package actually bundled.
const PACKAGE_DIR = /^(?:\.\/)?(.*node_modules\/((?:@[^/]+\/)?[^/]+))\//;

function packageDirs(modules: readonly StatsModule[], found = new Map<string, string>()): Map<string, string> {
  for (const module of modules) {
    const match = PACKAGE_DIR.exec(module.name);
    if (match?.[1] && match[2]) found.set(match[2], join(ROOT, match[1]));
    if (module.modules) packageDirs(module.modules, found);
  }
  return found;
}

// The same entry as license-webpack-plugin writes: name, SPDX id, licence text.
function licenceEntry(name: string, dir: string): string {
  const { license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { license?: string };
  const file = readdirSync(dir).find((entry) => /^licen[cs]e/i.test(entry));
  if (!license || !file) throw new Error(`${name}: no licence found in ${dir}`);
  return `${name}\n${license}\n${readFileSync(join(dir, file), 'utf8')}`;
}

rmSync(DIST, { recursive: true, force: true });
const statsDir = mkdtempSync(join(tmpdir(), 'bundle-'));
try {
  const stats = join(statsDir, 'stats.json');
  const ncc = join(ROOT, 'node_modules', '.bin', 'ncc');
  execFileSync(ncc, ['build', 'src/index.ts', '-o', 'dist', '--target', 'es2022', '--stats-out', stats], {
    cwd: ROOT,
    stdio: 'inherit'
  });
  const { modules } = JSON.parse(readFileSync(stats, 'utf8')) as { modules: StatsModule[] };
  const entries = [...packageDirs(modules)].sort(([a], [b]) => (a < b ? -1 : 1)).map(([n, d]) => licenceEntry(n, d));
  writeFileSync(join(DIST, 'licenses.txt'), entries.join('\n\n'));
} finally {
  rmSync(statsDir, { recursive: true, force: true });
}
