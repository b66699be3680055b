// The expected results a step compares with: read (and the rules checked against them) before any request,
// each job's result scored against its own, or with update-expected each result written as its expected file.
import { Inputs, JOB_ID_PLACEHOLDER, NAME_PLACEHOLDER } from '../constants.js';
import { ActionError, InputError } from '../errors.js';
import { EXPECTED_FILE, readInputFile, readJsonFile, RULES_FILE } from '../input-file.js';
import { fileFor, type ComparisonSettings } from '../input-helper.js';
import { writeFileAtomic } from '../output/file-writer.js';
import { stateOf } from '../judgement.js';
import { resultValue, type ExtractJob, type JobRead } from '../types.js';
import { relativeToWorkspace, writablePath } from '../workspace.js';
import { compareResult, type Comparison } from './compare.js';
import { checkRulesAgainst, NO_RULES, parseRules, type Rules } from './rules.js';

/** What an expected file is named after: a job given by `job-id`, or a document of the file mode. */
export type Subject = { jobId: string } | { document: string };

/** Where one subject's expected result lives: `file` absolute, `shown` as the user wrote it (relative to the workspace). */
interface ExpectedTarget {
  key: string;
  file: string;
  shown: string;
}

export interface Baseline {
  update: boolean;
  workspace: string;
  rules: Rules;
  /** By job ID, or by document (relative to the workspace) in file mode. */
  targets: Map<string, ExpectedTarget>;
  /** Parsed expected results by the same key; a subject without an expected file has none. */
  expected: Map<string, unknown>;
}

/** What comparing gave for one job: its score, or that it has no expected file, or that its file was (not) written. */
export interface ComparisonFinding {
  expectedFile: string;
  /** Absent when there was nothing to compare with, or when update-expected wrote the file instead. */
  comparison?: Comparison;
  /** update-expected wrote the result as the expected file. */
  updated?: boolean;
  /** update-expected could not write it. */
  error?: string;
}

/** Before any request: the rules file parsed and checked against the expected files that exist. */
export async function loadBaseline(settings: ComparisonSettings, subjects: Subject[], workspace: string): Promise<Baseline> {
  const { rulesFile } = settings;
  const rules = rulesFile
    ? parseRules(await readInputFile(RULES_FILE, rulesFile, workspace), relativeToWorkspace(rulesFile, workspace))
    : NO_RULES;
  const targets = subjects.map((subject): ExpectedTarget => {
    if ('document' in subject && settings.expected.includes(JOB_ID_PLACEHOLDER)) {
      // A created job's ID is new on every run: the expected file must be named after its document.
      throw new InputError(
        Inputs.Expected,
        `'${relativeToWorkspace(settings.expected, workspace)}' holds ${JOB_ID_PLACEHOLDER}, which is new on every run with '${Inputs.File}': name each expected file after its document, e.g. test/expected/${NAME_PLACEHOLDER}.json.`
      );
    }
    const key = 'document' in subject ? subject.document : subject.jobId;
    const file = 'document' in subject ? fileFor(settings.expected, '', subject.document) : fileFor(settings.expected, subject.jobId);
    return { key, file, shown: relativeToWorkspace(file, workspace) };
  });
  const expected = new Map<string, unknown>();
  // Files about to be replaced are not read: a first run has none, and a broken one is what is being fixed.
  if (!settings.update) {
    for (const target of targets) {
      const value = readJsonFile(EXPECTED_FILE, target.file, workspace);
      if (value !== undefined) expected.set(target.key, value);
    }
    checkRulesAgainst(rules, [...expected.values()]);
  }
  return {
    update: settings.update,
    workspace,
    rules,
    targets: new Map(targets.map((target) => [target.key, target])),
    expected
  };
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
  const result = resultOf(job);
  if (baseline.update) {
    // Pretty-printed: the file is reviewed in pull requests, and a diff of one-line JSON says nothing.
    const text = result === undefined ? (job.resultJson as Buffer) : Buffer.from(`${JSON.stringify(result, null, 2)}\n`);
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

/** The result's value; one that cannot be read back or is not JSON has no fields. */
function resultOf(job: ExtractJob): unknown {
  try {
    return resultValue(job);
  } catch {
    return undefined;
  }
}
