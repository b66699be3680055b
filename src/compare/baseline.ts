// Each completed job's result scored against its expected file or, with update-expected, written as it.
import type { JobRead } from '../model/types.js';
import type { ResultBody } from '../model/result-body.js';
import { stateOf } from '../model/state.js';
import { compareResult } from './compare.js';
import type { ComparisonFinding } from './describe.js';
import { parseExact } from './exact-json.js';
import type { Baseline, ExpectedTarget } from './expected-files.js';
import { writeExpected } from './update-expected.js';

/** By job ID, for each completed job with a result: its score, or with update-expected the file written. */
export function compareWithBaseline(reads: JobRead[], baseline: Baseline): Map<string, ComparisonFinding> {
  const findings = new Map<string, ComparisonFinding>();
  for (const read of reads) {
    const target = baseline.targets.get(read.source?.file ?? read.id);
    const result = stateOf(read) === 'completed' ? read.job?.result : undefined;
    if (!result || !target) continue;
    findings.set(read.id, checkOne(baseline, target, read.id, result));
  }
  return findings;
}

function checkOne(baseline: Baseline, target: ExpectedTarget, jobId: string, result: ResultBody): ComparisonFinding {
  const finding: ComparisonFinding = { expectedFile: target.shown };
  if (baseline.metric) finding.metric = baseline.metric;
  const value = exactValue(result);
  if (baseline.update) {
    const error =
      value === undefined
        ? `Could not write the expected result of job ${jobId} to '${target.shown}': the result could not be read back.`
        : writeExpected(baseline, target, jobId, value);
    if (error) finding.error = error;
    else finding.updated = true;
    return finding;
  }
  if (baseline.expected.has(target.key)) finding.comparison = compareResult(baseline.expected.get(target.key), value, baseline.rules);
  return finding;
}

/** The result's value, its numbers exact; one that cannot be read back has no fields. */
function exactValue(result: ResultBody): unknown {
  try {
    return parseExact(result.text(), () => result.value());
  } catch {
    return undefined;
  }
}
