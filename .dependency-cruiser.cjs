// `npm run lint` runs this: the folders of src/ are layers of one pipeline and imports only go down it.
// A module may import its own folder and the folders listed before it; the entry and main.ts (the root of
// src/) may import any. A cycle anywhere fails, as does src/ importing anything outside src/, and test/
// importing anything but src/, the emulator and (for the scripts' own tests) script/.
const LAYERS = ['lib', 'runner', 'model', 'settings', 'http', 'api', 'start', 'wait', 'check', 'compare', 'judge', 'report', 'review'];

const upward = LAYERS.map((layer, rank) => ({
  name: `no-upward-from-${layer}`,
  comment: `src/${layer}/ may import only ${LAYERS.slice(0, rank).join(', ') || 'itself'}: the pipeline runs one way.`,
  severity: 'error',
  from: { path: `^src/${layer}/` },
  to: { path: `^src/(?:${[...LAYERS.slice(rank + 1)].join('|') || '$^'})/|^src/[^/]+$` }
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      comment: 'A cycle ties two modules into one: move the shared part down.',
      severity: 'error',
      from: {},
      to: { circular: true }
    },
    ...upward,
    {
      name: 'src-stays-in-src',
      comment: 'The action is src/ alone: it never reaches into the emulator, tests, scripts or the bench.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(?:emulator|test|script|bench)/' }
    },
    {
      name: 'emulator-is-not-a-test',
      comment: 'The emulator is a product part (demo, bench, CI): it does not depend on the tests or the bench.',
      severity: 'error',
      from: { path: '^emulator/' },
      to: { path: '^(?:test|bench)/' }
    },
    {
      name: 'tests-use-the-source-and-the-emulator',
      comment: 'Tests depend on src/ and the emulator; only the scripts own tests reach into script/.',
      severity: 'error',
      from: { path: '^test/', pathNot: '^test/script/' },
      to: { path: '^(?:script|bench)/' }
    },
    {
      name: 'only-runner-level-tests-use-e2e',
      comment: 'What tests share lives in test/support/; the runner-level suites keep only their own helpers.',
      severity: 'error',
      from: { path: '^test/', pathNot: '^test/e2e/' },
      to: { path: '^test/e2e/' }
    },
    {
      name: 'tools-do-not-use-tests',
      comment: 'The demo, the scripts and the bench run against the emulator, never the test suite.',
      severity: 'error',
      from: { path: '^(?:script|bench)/' },
      to: { path: '^test/' }
    }
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.all.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] }
  }
};
