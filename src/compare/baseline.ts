// The expected results a step compares with: read (and the rules checked against them) before any request,
// each job's result scored against its own, or with update-expected each result written as its expected file.
import { readFile } from 'node:fs/promises';
import { Inputs } from '../constants.js';
import { ActionError, InputError } from '../errors.js';
import { fileFor, type ComparisonSettings } from '../input-helper.js';
import { writeFileAtomic } from '../output/file-writer.js';
import { relativeToWorkspace } from '../output/result-files.js';
import { stateOf } from '../judgement.js';
import type { ExtractJob, JobRead } from '../types.js';
import { compareResult, type Comparison } from './compare.js';
import { loadRules } from './rules-file.js';
import { checkRulesAgainst, NO_RULES, type Rules } from './rules.js';

/** Where one job's expected result lives: `file` absolute, `shown` as the user wrote it (relative to the workspace). */
interface ExpectedTarget {
  jobId: string;
  file: string;
  shown: string;
}

export interface Baseline {
  update: boolean;
  rules: Rules;
  targets: Map<string, ExpectedTarget>;
  /** Parsed expected results by job ID; a job without an expected file has none. */
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
export async function loadBaseline(settings: ComparisonSettings, jobIds: string[], workspace: string): Promise<Baseline> {
  const rules = settings.rulesFile ? await loadRules(settings.rulesFile, relativeToWorkspace(settings.rulesFile, workspace)) : NO_RULES;
  // Seam for the file mode (documents from `file`): there {name} and {path} name each job's document, so the
  // targets are made per document, known before any upload, with fileFor's document argument.
  const targets = jobIds.map((jobId): ExpectedTarget => {
    const file = fileFor(settings.expected, jobId);
    return { jobId, file, shown: relativeToWorkspace(file, workspace) };
  });
  const expected = new Map<string, unknown>();
  // Files about to be replaced are not read: a first run has none, and a broken one is what is being fixed.
  if (!settings.update) {
    for (const target of targets) {
      const value = await readExpected(target);
      if (value !== undefined) expected.set(target.jobId, value);
    }
    checkRulesAgainst(rules, [...expected.values()]);
  }
  return {
    update: settings.update,
    rules,
    targets: new Map(targets.map((target) => [target.jobId, target])),
    expected
  };
}

/** The parsed file, or undefined when there is none yet. */
async function readExpected({ file, shown }: ExpectedTarget): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw new InputError(
      Inputs.Expected,
      `cannot read expected file '${shown}' (${code ?? 'unreadable'}): point 'expected' at a JSON file.`
    );
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    throw new InputError(
      Inputs.Expected,
      `expected file '${shown}' is not valid JSON (${(error as Error).message}): fix it, or write it from the result with update-expected: true.`
    );
  }
}

/** By job ID, for each completed job with a result: its score, or with update-expected the file written. */
export async function compareWithBaseline(reads: JobRead[], baseline: Baseline): Promise<Map<string, ComparisonFinding>> {
  const findings = new Map<string, ComparisonFinding>();
  for (const read of reads) {
    const target = baseline.targets.get(read.id);
    if (stateOf(read) !== 'completed' || !read.job || !target) continue;
    findings.set(read.id, await checkOne(baseline, target, read.job));
  }
  return findings;
}

async function checkOne(baseline: Baseline, target: ExpectedTarget, job: ExtractJob): Promise<ComparisonFinding> {
  const { jobId } = target;
  const finding: ComparisonFinding = { expectedFile: target.shown };
  const result = resultOf(job);
  if (baseline.update) {
    // Pretty-printed: the file is reviewed in pull requests, and a diff of one-line JSON says nothing.
    const text = result === undefined ? (job.resultJson as Buffer) : Buffer.from(`${JSON.stringify(result, null, 2)}\n`);
    try {
      await writeFileAtomic(target.file, [text], `the expected result of job ${jobId}`);
      finding.updated = true;
    } catch (error) {
      if (!(error instanceof ActionError)) throw error;
      finding.error = error.message;
    }
    return finding;
  }
  if (baseline.expected.has(jobId)) finding.comparison = compareResult(baseline.expected.get(jobId), result, baseline.rules);
  return finding;
}

/** A result too large to be parsed on arrival is parsed here; one that is not JSON has no fields. */
function resultOf(job: ExtractJob): unknown {
  if (job.parsedResult !== undefined) return job.parsedResult;
  try {
    return JSON.parse((job.resultJson as Buffer).toString('utf8'));
  } catch {
    return undefined;
  }
}
