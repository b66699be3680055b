// The regression comparison's inputs: `expected`, `min-accuracy`, `min-accuracy-metric`, `compare` and
// `update-expected`, all off without `expected`.
import * as path from 'node:path';
import { Inputs, JOB_ID_PLACEHOLDER } from '../lib/constants.js';
import { InputError } from '../lib/errors.js';
import { resolveFileTemplate } from './clashes.js';
import { input, optionalFraction, parseBoolean } from './inputs.js';
import type { ComparisonSettings } from './settings.js';

/** Absent when `expected` is empty; `jobIds` as resolveFileTemplate takes them. */
export function readComparison(workspace: string, jobIds: string[] | undefined): ComparisonSettings | undefined {
  const raw = input(Inputs.Expected);
  const rules = input(Inputs.Compare);
  const update = parseBoolean(Inputs.UpdateExpected);
  if (!raw) {
    const orphan = [Inputs.MinAccuracy, Inputs.MinAccuracyMetric, Inputs.Compare, Inputs.UpdateExpected].find((name) =>
      name === Inputs.UpdateExpected ? update : input(name)
    );
    if (orphan) {
      throw new InputError(
        orphan,
        `needs 'expected', the path of each job's expected result (e.g. test/expected/${JOB_ID_PLACEHOLDER}.json).`
      );
    }
    return undefined;
  }
  return {
    expected: resolveFileTemplate(Inputs.Expected, raw, workspace, jobIds),
    minAccuracy: optionalFraction(Inputs.MinAccuracy, 'an accuracy', '0.95') ?? 1,
    metric: parseMetric(input(Inputs.MinAccuracyMetric)),
    rulesFile: rules ? path.resolve(workspace, rules) : undefined,
    update
  };
}

function parseMetric(raw: string): 'accuracy' | 'f1' {
  const metric = raw.trim().toLowerCase();
  if (metric === '' || metric === 'accuracy') return 'accuracy';
  if (metric === 'f1') return 'f1';
  throw new InputError(Inputs.MinAccuracyMetric, `must be accuracy or f1, not '${raw}'.`);
}
