// `npm run bundle`: dist/ from src/ with ncc, and dist/licenses.txt for every package in any of its files.
// The file mode and the schema gate are lazy chunks (dist/<id>.index.js) so a plain run neither parses nor
// evaluates yaml, @actions/glob, minimatch or ajv. ncc's own --license writes one file per chunk under the
// same name, so the entry chunk's packages went missing: the list is built here from the build's stats.
// The bundle is CommonJS although src/ is ESM: Node 20 reaches the first line of an ES module about 4 ms
// later than a CommonJS file's (its ESM loader starts on demand), a tenth of the action's start-up. ncc's
// command line picks the format from package.json's "type", so its API is called instead. The entry file is
// minified (about 2 ms less to parse and compile on every run; function names are kept, so a stack trace
// still reads), its exports that never change made plain properties (script/export-values.ts), and its module
// factories compiled as the file is parsed (script/eager-factories.ts); the lazy chunks are left as ncc emits them.
// dist/ is emptied first because ncc leaves chunks of earlier builds in place.
import ncc from '@vercel/ncc';
import { eagerModuleFactories } from './eager-factories.js';
import { exportsAsValues } from './export-values.js';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
const build = await ncc(join(ROOT, 'src', 'index.ts'), {
  esm: false,
  target: 'es2022',
  minify: true,
  cache: false,
  quiet: true
});
const write = (name: string, contents: string | Buffer): void => {
  mkdirSync(dirname(join(DIST, name)), { recursive: true });
  writeFileSync(join(DIST, name), contents);
};
write('index.js', eagerModuleFactories(exportsAsValues(build.code)));
for (const [name, asset] of Object.entries(build.assets)) write(name, asset.source);
// The repository's package.json says "module": dist/ says otherwise for its own files.
write('package.json', `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`);
const { modules } = build.stats.toJson() as { modules: StatsModule[] };
const entries = [...packageDirs(modules)].sort(([a], [b]) => (a < b ? -1 : 1)).map(([n, d]) => licenceEntry(n, d));
write('licenses.txt', entries.join('\n\n'));
