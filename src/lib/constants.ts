// Every input, output, environment variable and API fact lives here, so no module spells them loose.

export enum Inputs {
  JobId = 'job-id',
  File = 'file',
  ConfigurationId = 'configuration-id',
  Configuration = 'configuration',
  Reuse = 'reuse',
  Replay = 'replay',
  ApiKey = 'api-key',
  ProjectId = 'project-id',
  OrganizationId = 'organization-id',
  BaseUrl = 'base-url',
  Wait = 'wait',
  Timeout = 'timeout',
  PollInterval = 'poll-interval',
  OutputFile = 'output-file',
  JobFile = 'job-file',
  FailOnError = 'fail-on-error',
  Schema = 'schema',
  MinConfidence = 'min-confidence',
  CancelOnTimeout = 'cancel-on-timeout',
  Expected = 'expected',
  MinAccuracy = 'min-accuracy',
  MinAccuracyMetric = 'min-accuracy-metric',
  Compare = 'compare',
  UpdateExpected = 'update-expected',
  OnFork = 'on-fork',
  MaxCredits = 'max-credits',
  ReportFile = 'report-file',
  Baseline = 'baseline',
  FailOnRegression = 'fail-on-regression',
  Comment = 'comment',
  CommentKey = 'comment-key',
  GithubToken = 'github-token',
  Shard = 'shard',
  MergeReports = 'merge-reports'
}

export enum Outputs {
  Status = 'status',
  JobId = 'job-id',
  ResultFile = 'result-file',
  Result = 'result',
  ErrorMessage = 'error-message',
  TimedOut = 'timed-out',
  Usage = 'usage',
  NumPagesExtracted = 'num-pages-extracted',
  NumDocumentTokens = 'num-document-tokens',
  NumOutputTokens = 'num-output-tokens',
  NumPagesBilled = 'num-pages-billed',
  Credits = 'credits',
  Jobs = 'jobs',
  JobCount = 'job-count',
  JobsFile = 'jobs-file',
  Accuracy = 'accuracy',
  Regressions = 'regressions',
  ChangedFields = 'changed-fields'
}

export const EnvVars = {
  ApiKey: 'LLAMA_CLOUD_API_KEY',
  BaseUrl: 'LLAMA_CLOUD_BASE_URL',
  Workspace: 'GITHUB_WORKSPACE',
  StepSummary: 'GITHUB_STEP_SUMMARY',
  RunnerDebug: 'RUNNER_DEBUG',
  EventName: 'GITHUB_EVENT_NAME',
  EventPath: 'GITHUB_EVENT_PATH'
} as const;

export const DEFAULT_BASE_URL = 'https://api.cloud.llamaindex.ai';
export const EU_BASE_URL = 'https://api.cloud.eu.llamaindex.ai';

/** Placeholders in `output-file` / `job-file`: each job's ID, and (with `file`) its document's name and path without the extension. */
export const JOB_ID_PLACEHOLDER = '{job_id}';
export const NAME_PLACEHOLDER = '{name}';
export const PATH_PLACEHOLDER = '{path}';

export const Status = {
  Pending: 'PENDING',
  Throttled: 'THROTTLED',
  Running: 'RUNNING',
  Completed: 'COMPLETED',
  Failed: 'FAILED',
  Cancelled: 'CANCELLED'
} as const;

export const TERMINAL_STATUSES: readonly string[] = [Status.Completed, Status.Failed, Status.Cancelled];
export const KNOWN_STATUSES: readonly string[] = [Status.Pending, Status.Throttled, Status.Running, ...TERMINAL_STATUSES];

/** The `expand` values asked for on every job read: credits and per-field metadata. */
export const JOB_EXPAND: readonly string[] = ['usage', 'extract_metadata'];

/** GitHub refuses a step output or summary above 1 MiB. */
export const MAX_OUTPUT_BYTES = 1024 * 1024;

/** The argument that makes the entry file a page worker (see start/budget/estimate.ts). */
export const PAGE_WORKER_FLAG = '--llx-count-pages';

/**
 * The most one stream of a PDF may decode to while its pages are counted: its object and cross-reference streams
 * are decoded whole, outside the page worker's heap, and a few KiB of deflated bytes can decode to GiB.
 */
export const PDF_STREAM_BOUND_BYTES = 32 * 1024 * 1024;
