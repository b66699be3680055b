// The merge step's inputs (`merge-reports`): the shards' run reports to combine, and what a reviewer reads of the
// whole (`report-file`, `baseline`, the comment). It sends no request to LlamaCloud, so it takes no key and none
// of the inputs that pick or judge documents: the shards judged them.
import { EnvVars, Inputs } from '../lib/constants.js';
import { InputError } from '../lib/errors.js';
import { input, parseBoolean } from './inputs.js';
import { patternLines } from './mode.js';
import { readReview } from './review-inputs.js';
import type { ReviewSettings } from './settings.js';

export interface MergeSettings {
  /** Globs of the shards' reports, relative to the workspace; `!` excludes. */
  patterns: string[];
  workspace: string;
  review: ReviewSettings;
}

/** What a step of its own does, never beside the inputs of a step that extracts. */
const EXTRACTING = [Inputs.File, Inputs.JobId, Inputs.Shard];
/** The inputs that pick, check or compare documents: the shards' steps took them, and their reports record what they found. */
const JUDGING = [
  Inputs.ConfigurationId,
  Inputs.Configuration,
  Inputs.MaxCredits,
  Inputs.JobFile,
  Inputs.Schema,
  Inputs.MinConfidence,
  Inputs.Expected,
  Inputs.MinAccuracy,
  Inputs.MinAccuracyMetric,
  Inputs.Compare
];
const JUDGING_SWITCHES = [Inputs.Reuse, Inputs.Replay, Inputs.UpdateExpected];

export function readMerge(): MergeSettings {
  const given = EXTRACTING.find((name) => input(name).trim());
  if (given) {
    throw new InputError(
      Inputs.MergeReports,
      `merges the reports that the shards' steps wrote: give it in a step of its own (the merge job), without '${given}'.`
    );
  }
  const judging = JUDGING.find((name) => input(name).trim()) ?? JUDGING_SWITCHES.find((name) => parseBoolean(name));
  if (judging) {
    throw new InputError(
      judging,
      `belongs to the shards' steps: the merge step ('${Inputs.MergeReports}') checks nothing again, it renders what the shards' reports record.`
    );
  }
  const patterns = patternLines(input(Inputs.MergeReports));
  if (patterns.length === 0 || patterns.every((pattern) => pattern.startsWith('!'))) {
    throw new InputError(Inputs.MergeReports, `names no report: give a pattern of the shards' report files, such as reports/**/*.json.`);
  }
  const workspace = process.env[EnvVars.Workspace] || process.cwd();
  // Whether the shards compared with expected files is known from their reports: fail-on-regression is checked there.
  return { patterns, workspace, review: readReview(workspace, [], true) };
}
