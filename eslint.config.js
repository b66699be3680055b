// ESLint flat config: typescript-eslint's type-aware recommended rules for the action, its tests and
// scripts; Prettier owns formatting (eslint-config-prettier turns off every rule that would fight it).
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import jest from 'eslint-plugin-jest';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', 'node_modules/', 'coverage/', '.bench-tmp/']),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: { project: './tsconfig.all.json', tsconfigRootDir: import.meta.dirname }
    },
    rules: {
      // `_` marks a parameter kept for its position.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // A cancelled wait rejects with its AbortSignal's reason, which is typed `any`.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingAny: true, allowThrowingUnknown: true }]
    }
  },
  {
    // Every log line goes through src/runner/log.ts, which keeps API text off the start of a line (workflow commands).
    files: ['src/**/*.ts'],
    ignores: ['src/runner/log.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='core'][property.name=/^(info|warning|error|notice|setFailed|startGroup|debug)$/]",
          message: 'Log through src/runner/log.ts: it keeps text from the API off the start of a log line.'
        },
        { selector: "MemberExpression[object.name='console']", message: 'Log through src/runner/log.ts.' }
      ]
    }
  },
  {
    // A step ends when its event loop is empty: process.exit() while V8 compiles on its background threads can
    // deadlock at shutdown on Node 24 (nodejs/node#54918).
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'exit', message: 'Let the step end by itself: set process.exitCode and close what keeps it alive.' }
      ]
    }
  },
  {
    // Tests and the emulator index freely into parsed JSON: the unsafe-any rules there only add noise.
    files: ['test/**/*.ts', 'emulator/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off'
    }
  },
  {
    // eslint-plugin-jest's recommended rules. Not its jest globals: the tests import jest's API from
    // @jest/globals, as ESM needs, and the type check catches one that does not.
    files: ['test/**/*.test.ts'],
    plugins: jest.configs['flat/recommended'].plugins,
    rules: {
      ...jest.configs['flat/recommended'].rules,
      // Shared checks such as expectSurvived() and expectNoStack() assert too.
      'jest/expect-expect': ['warn', { assertFunctionNames: ['expect', 'expect*'] }]
    }
  },
  {
    // Config files are plain JavaScript outside every tsconfig: no type information to check them with.
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked]
  },
  prettier
);
