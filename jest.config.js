// Two projects: `unit` (modules in-process, fast: `npm run test:unit`) and `e2e` (the bundle in a child
// process against the emulator: `npm run test:e2e`); `npm test` runs both. ts-jest in ESM mode: tests
// import the sources with their `.js` suffixes, as Node does.
import { availableParallelism } from 'node:os';

const shared = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] }
};

// Runs dist/index.js (or, for the demo, the bundle through script/demo.ts) as a runner does.
const e2e = ['<rootDir>/test/e2e/**/*.test.ts', '<rootDir>/test/script/demo.test.ts'];

export default {
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/', '<rootDir>/test/script/demo.test.ts']
    },
    { ...shared, displayName: 'e2e', testMatch: e2e }
  ],
  testTimeout: 30000,
  // At least two workers, where jest's default (a core less than the machine has) gives one on two cores: the
  // runner-level tests mostly wait on the emulator's clock and on rate windows, so two halve the suite's time.
  maxWorkers: Math.max(2, availableParallelism() - 1),
  // With --coverage (npm test, npm run test:unit). src/ is covered by the unit project alone: the e2e
  // project runs the bundle in another process, where no coverage is collected.
  collectCoverageFrom: ['<rootDir>/src/**/*.ts'],
  coverageReporters: ['text-summary', 'lcov'],
  // The floor, just under what the unit tests reach (97.6 % of lines, 96.3 % of statements, 90.9 % of branches,
  // 95.8 % of functions): a change that leaves its code untested fails the run.
  coverageThreshold: { global: { lines: 97, statements: 95.5, branches: 90, functions: 95 } }
};
