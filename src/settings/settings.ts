// The one typed settings object the step's inputs are read into (input-helper.ts), before any request.

/** How jobs created by this step are configured: a saved configuration, or an inline one from the repository. */
export type JobConfiguration = { id: string } | { inline: Record<string, unknown> };

/** The configuration inputs as given: a saved configuration's ID, or the file of an inline one (read by start/prepare.ts). */
export type ConfigurationInput = { id: string } | { file: string };

/** The two exclusive modes, each named after the input that picks it; `mode` tells them apart. */
export type Settings = JobIdSettings | FileSettings;

/** Jobs started elsewhere, given by `job-id`. */
export interface JobIdSettings extends CommonSettings {
  mode: 'job-id';
  /** Each once, in the order given. */
  jobIds: string[];
}

/** Documents to extract, given by `file`: the step uploads them and creates their jobs. */
export interface FileSettings extends CommonSettings {
  mode: 'file';
  /** Patterns of documents, relative to the workspace; `!` excludes. */
  filePatterns: string[];
  configuration: ConfigurationInput;
  /** Take a COMPLETED job of the same bytes and configuration instead of creating one. */
  reuse: boolean;
  /** With `baseline`: take the baseline report's result of the same bytes and configuration, with no request. */
  replay: boolean;
  /** The most credits the step may spend; absent for no limit. */
  maxCredits?: number;
  /** Only this share of the documents matched (`shard: i/n`); absent for all of them. */
  shard?: Shard;
}

/** The `index`-th of `count` shares of a step's documents, counted from 1. */
export interface Shard {
  index: number;
  count: number;
}

interface CommonSettings {
  apiKey: string;
  projectId?: string;
  organizationId?: string;
  /** Origin plus optional path prefix, no trailing slash. */
  baseUrl: string;
  wait: boolean;
  timeoutMs: number;
  pollIntervalMs: number;
  /** Absolute path template; may hold `{job_id}` (and `{name}` or `{path}` in file mode). */
  outputFile: string;
  jobFile?: string;
  failOnError: boolean;
  schemaPath?: string;
  minConfidence?: number;
  cancelOnTimeout: boolean;
  workspace: string;
  /** Regression comparison with expected files; absent when `expected` is empty. */
  comparison?: ComparisonSettings;
  /** A pull request from a fork without a key: pass after the key-free checks (`skip`) or fail. */
  onFork: 'skip' | 'fail';
  /** The run report, the baseline it is set against, and the pull-request comment. */
  review: ReviewSettings;
}

export interface ComparisonSettings {
  /** Absolute path template of each job's expected result; may hold `{job_id}`. */
  expected: string;
  /** 0 to 1: the lowest field accuracy accepted per document. */
  minAccuracy: number;
  /** What min-accuracy is measured on: the share of fields matched (when absent), or F1 of precision and recall. */
  metric?: 'accuracy' | 'f1';
  /** Absolute path of the JSON or YAML rules file. */
  rulesFile?: string;
  /** Write each result as its expected file instead of comparing. */
  update: boolean;
}

export type CommentMode = 'auto' | 'always' | 'never';

export interface ReviewSettings {
  /** Absolute path of the run report to write; absent for none. */
  reportFile?: string;
  /** Absolute path of an earlier run's report; absent for none. */
  baselineFile?: string;
  /** A field that matched its expected value in the baseline and no longer does fails the step. */
  failOnRegression: boolean;
  comment: CommentMode;
  /** Tells this step's comment apart from other steps' and workflows'. */
  commentKey: string;
  githubToken: string;
}
