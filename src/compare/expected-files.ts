// The expected results a step compares with, read (and the rules checked against them) before any request.
import { Inputs } from '../lib/constants.js';
import { InputError } from '../lib/errors.js';
import { EXPECTED_FILE, readInputFile, readJsonFile, RULES_FILE } from '../settings/input-file.js';
import { renderTemplate, type Subject } from '../settings/placeholders.js';
import type { ComparisonSettings } from '../settings/settings.js';
import { relativeToWorkspace } from '../settings/workspace.js';
import { decodeExpected, MarkerError, parseExact } from './exact-json.js';
import type { AccuracyMetric } from './describe.js';
import { checkRulesAgainst, NO_RULES, parseRules, type Rules } from './rules.js';

/** Where one subject's expected result lives: `file` absolute, `shown` as the user wrote it (relative to the workspace). */
export interface ExpectedTarget {
  key: string;
  file: string;
  shown: string;
}

export interface Baseline {
  update: boolean;
  workspace: string;
  metric?: AccuracyMetric;
  rules: Rules;
  /** By job ID, or by document (relative to the workspace) in file mode. */
  targets: Map<string, ExpectedTarget>;
  /** Parsed expected results by the same key; a subject without an expected file has none. With update-expected,
   * the files about to be replaced that could be read, for the alternate readings they hold. */
  expected: Map<string, unknown>;
}

/** Before any request: the rules file parsed and checked against the expected files that exist. */
export async function loadBaseline(settings: ComparisonSettings, subjects: Subject[], workspace: string): Promise<Baseline> {
  const { rulesFile } = settings;
  const rules = rulesFile
    ? parseRules(await readInputFile(RULES_FILE, rulesFile, workspace), relativeToWorkspace(rulesFile, workspace))
    : NO_RULES;
  const targets = subjects.map((subject): ExpectedTarget => {
    const key = 'document' in subject ? subject.document : subject.jobId;
    const file = renderTemplate(settings.expected, subject);
    return { key, file, shown: relativeToWorkspace(file, workspace) };
  });
  const expected = new Map<string, unknown>();
  for (const target of targets) {
    // A file about to be replaced is read only for its alternate readings: a broken one is what is being fixed.
    const value = settings.update ? readIfFine(target, workspace) : readExpected(target, workspace);
    if (value !== undefined) expected.set(target.key, value);
  }
  if (!settings.update) checkRulesAgainst(rules, [...expected.values()]);
  return {
    update: settings.update,
    workspace,
    metric: settings.metric,
    rules,
    targets: new Map(targets.map((target) => [target.key, target])),
    expected
  };
}

/** The parsed file, its numbers exact, or undefined when there is none yet. */
function readExpected({ file, shown }: ExpectedTarget, workspace: string): unknown {
  return readJsonFile(EXPECTED_FILE, file, workspace, (json) => {
    try {
      return decodeExpected(parseExact(json, () => JSON.parse(json)));
    } catch (error) {
      if (!(error instanceof MarkerError)) throw error;
      throw new InputError(Inputs.Expected, `expected file '${shown}' at ${error.message}.`);
    }
  });
}

function readIfFine(target: ExpectedTarget, workspace: string): unknown {
  try {
    return readExpected(target, workspace);
  } catch {
    return undefined;
  }
}
