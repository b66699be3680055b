// The run a replayed result comes from: what an earlier run's report says of itself (checked before it is taken).

export interface RunOrigin {
  /** `owner/name` (GITHUB_REPOSITORY). */
  repository: string | null;
  /** GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT. */
  runId: string | null;
  runAttempt: number | null;
  /** GITHUB_SHA. */
  commit: string | null;
  /** When that run wrote its report (ISO). */
  createdAt: string;
}

/** `run 123 (attempt 2) of acme/invoices, commit 3f9c2a1b7d0e, 2026-03-01T09:12:44.000Z`: the parts the report gave. */
export function describeOrigin(origin: RunOrigin): string {
  const run = origin.runId
    ? `run ${origin.runId}${origin.runAttempt && origin.runAttempt > 1 ? ` (attempt ${origin.runAttempt})` : ''}`
    : 'the run';
  const parts = [
    `${run}${origin.repository ? ` of ${origin.repository}` : ''}`,
    origin.commit ? `commit ${origin.commit.slice(0, 12)}` : '',
    origin.createdAt
  ];
  return parts.filter(Boolean).join(', ');
}
