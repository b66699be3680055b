// The regression comparison's inputs: `expected`, `min-accuracy`, `min-accuracy-metric`, `compare` and
// `update-expected`, all off without `expected`.
import * as path from 'node:path';
import { Inputs, JOB_ID_PLACEHOLDER, NAME_PLACEHOLDER } from '../lib/constants.js';
import { InputError } from '../lib/errors.js';
import { resolveFileTemplate } from './clashes.js';
import { input, optionalFraction, parseBoolean } from './inputs.js';
import type { ComparisonSettings } from './settings.js';
import { relativeToWorkspace } from './workspace.js';

/** Absent when `expected` is empty. `jobIds`: those given with `job-id`; none with `file`, whose jobs are yet to be created. */
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
  const expected = resolveFileTemplate(Inputs.Expected, raw, workspace, jobIds);
  if (!jobIds && raw.includes(JOB_ID_PLACEHOLDER)) {
    // A created job's ID is new on every run: the expected file must be named after its document.
    throw new InputError(
      Inputs.Expected,
      `'${relativeToWorkspace(expected, workspace)}' holds ${JOB_ID_PLACEHOLDER}, which is new on every run with '${Inputs.File}': name each expected file after its document, e.g. test/expected/${NAME_PLACEHOLDER}.json.`
    );
  }
  return {
    expected,
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
