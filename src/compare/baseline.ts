// The expected results a step compares with: read (and the rules checked against them) before any request,
// each job's result scored against its own, or with update-expected each result written as its expected file.
import { readFileSync } from 'node:fs';
import { Inputs } from '../lib/constants.js';
import { ActionError, InputError } from '../lib/errors.js';
import { EXPECTED_FILE, readInputFile, readJsonFile, RULES_FILE } from '../settings/input-file.js';
import { renderTemplate, type Subject } from '../settings/placeholders.js';
import type { ComparisonSettings } from '../settings/settings.js';
import { writeFileAtomic } from '../lib/file-writer.js';
import { resultValue, type ExtractJob, type JobRead } from '../model/types.js';
import { relativeToWorkspace, writablePath } from '../settings/workspace.js';
import { compareResult } from './compare.js';
import { decodeExpected, MarkerError, parseExact, stringifyExpected } from './exact-json.js';
import { valuesMatch } from './normalize.js';
import type { AccuracyMetric, ComparisonFinding } from './describe.js';
import { checkRulesAgainst, childScope, NO_RULES, parseRules, rootScope, type Rules, type Scope } from './rules.js';
import { isLeaf, isRecord, OneOf, type Scalar } from './values.js';
import { stateOf } from '../model/state.js';

/** Where one subject's expected result lives: `file` absolute, `shown` as the user wrote it (relative to the workspace). */
interface ExpectedTarget {
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

/** What comparing gave for one job: its score, or that it has no expected file, or that its file was (not) written. */

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

/** By job ID, for each completed job with a result: its score, or with update-expected the file written. */
export function compareWithBaseline(reads: JobRead[], baseline: Baseline): Map<string, ComparisonFinding> {
  const findings = new Map<string, ComparisonFinding>();
  for (const read of reads) {
    const key = read.source?.file ?? read.id;
    const target = baseline.targets.get(key);
    if (stateOf(read) !== 'completed' || !read.job || !target) continue;
    findings.set(read.id, checkOne(baseline, target, read.id, read.job));
  }
  return findings;
}

function checkOne(baseline: Baseline, target: ExpectedTarget, jobId: string, job: ExtractJob): ComparisonFinding {
  const finding: ComparisonFinding = { expectedFile: target.shown };
  if (baseline.metric) finding.metric = baseline.metric;
  const result = resultOf(job);
  if (baseline.update) {
    const previous = baseline.expected.get(target.key);
    const kept = previous === undefined ? result : keepReadings(previous, result, baseline.rules);
    // Pretty-printed: the file is reviewed in pull requests, and a diff of one-line JSON says nothing.
    const text = result === undefined ? (job.resultJson as Buffer) : Buffer.from(`${stringifyExpected(kept)}\n`);
    try {
      writeFileAtomic(writablePath(Inputs.Expected, target.file, baseline.workspace), [text], `the expected result of job ${jobId}`);
      finding.updated = true;
    } catch (error) {
      if (!(error instanceof ActionError)) throw error;
      finding.error = error.message;
    }
    return finding;
  }
  if (baseline.expected.has(target.key)) finding.comparison = compareResult(baseline.expected.get(target.key), result, baseline.rules);
  return finding;
}

/** The result's value, its numbers exact; one that cannot be read back or is not JSON has no fields. */
function resultOf(job: ExtractJob): unknown {
  try {
    const text = job.resultSpool ? readFileSync(job.resultSpool.path, 'utf8') : job.resultJson?.toString('utf8');
    return text === undefined ? undefined : parseExact(text, () => resultValue(job));
  } catch {
    return undefined;
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
