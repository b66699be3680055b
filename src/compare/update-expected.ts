// With update-expected, each result written as its expected file instead of scored against it.
import { Inputs } from '../lib/constants.js';
import { ActionError } from '../lib/errors.js';
import { writeFileAtomic } from '../lib/atomic-file.js';
import { writablePath } from '../settings/workspace.js';
import { stringifyExpected } from './exact-json.js';
import type { Baseline, ExpectedTarget } from './expected-files.js';
import { childScope, rootScope, type Rules, type Scope } from './rules.js';
import { isLeaf, isRecord, OneOf, type Scalar } from './values.js';
import { valuesMatch } from './normalize.js';

/** Writes `result` (its numbers exact) as the target's expected file; the reason it could not be, or undefined. */
export function writeExpected(baseline: Baseline, target: ExpectedTarget, jobId: string, result: unknown): string | undefined {
  const previous = baseline.expected.get(target.key);
  const kept = previous === undefined ? result : keepReadings(previous, result, baseline.rules);
  // Pretty-printed: the file is reviewed in pull requests, and a diff of one-line JSON says nothing.
  const text = Buffer.from(`${stringifyExpected(kept)}\n`);
  try {
    writeFileAtomic(writablePath(Inputs.Expected, target.file, baseline.workspace), [text], `the expected result of job ${jobId}`);
    return undefined;
  } catch (error) {
    if (!(error instanceof ActionError)) throw error;
    return error.message;
  }
}

/**
 * The result to write as the expected file, with the expected file's alternate readings kept where the result,
 * at the same path, is one of them (under the rules): accepting a change does not lose the readings around it.
 */
function keepReadings(previous: unknown, result: unknown, rules: Rules): unknown {
  let root = result;
  const stack: Array<{ expected: unknown; got: unknown; scope: Scope; set: (value: unknown) => void }> = [
    { expected: previous, got: result, scope: rootScope(rules), set: (value) => (root = value) }
  ];
  while (stack.length > 0) {
    const { expected, got, scope, set } = stack.pop() as (typeof stack)[number];
    if (expected instanceof OneOf) {
      if (isLeaf(got) && valuesMatch(expected, got as Scalar, scope)) set(expected);
    } else if (Array.isArray(expected) && Array.isArray(got)) {
      expected.forEach((item, index) => {
        if (index < got.length)
          stack.push({ expected: item, got: got[index], scope: childScope(scope, index), set: (value) => (got[index] = value) });
      });
    } else if (isRecord(expected) && isRecord(got)) {
      for (const key of Object.keys(expected)) {
        // A `__proto__` field is left as it is rather than set through the prototype's setter.
        if (Object.hasOwn(got, key) && key !== '__proto__')
          stack.push({ expected: expected[key], got: got[key], scope: childScope(scope, key), set: (value) => (got[key] = value) });
      }
    }
  }
  return root;
}
