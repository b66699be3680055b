// A re-run of a workflow run ("Re-run jobs": the same GITHUB_RUN_ID, a higher GITHUB_RUN_ATTEMPT) may meet
// the jobs its earlier attempts made: they stand for new ones, so a document never gets two jobs in one
// workflow run. Which jobs are the run's own is told by when the run was made, read from GitHub's API; when
// that cannot be read, any earlier job of the same bytes and configuration is taken rather than paid again.
import * as log from '../runner/log.js';

export interface EarlierAttempt {
  /** This run's attempt, 2 or more. */
  attempt: number;
  /** When the workflow run was made (its first attempt), epoch ms; absent when GitHub did not say. */
  since?: number;
}

/** Only an attempt after the first; the run's creation time from GitHub's API with the step's token. */
export async function earlierAttempt(token: string, env: NodeJS.ProcessEnv = process.env): Promise<EarlierAttempt | undefined> {
  const attempt = Number(env.GITHUB_RUN_ATTEMPT);
  const runId = env.GITHUB_RUN_ID ?? '';
  if (!Number.isSafeInteger(attempt) || attempt < 2 || !/^\d+$/.test(runId)) return undefined;
  const since = await runCreatedAt(token, runId, env);
  log.info(
    since === undefined
      ? `Re-run attempt ${attempt}: an earlier job of a document's bytes and configuration is taken instead of a new one.`
      : `Re-run attempt ${attempt} of a run made at ${new Date(since).toISOString()}: a job made since then for a document's bytes and configuration is taken instead of a new one.`
  );
  return since === undefined ? { attempt } : { attempt, since };
}

async function runCreatedAt(token: string, runId: string, env: NodeJS.ProcessEnv): Promise<number | undefined> {
  const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!token || !owner || !repo || rest.length > 0) return undefined;
  try {
    // @actions/github (octokit) is a lazy chunk: only a re-run attempt in the file mode loads it.
    const { getOctokit } = await import('@actions/github');
    const { data } = await getOctokit(token).rest.actions.getWorkflowRun({
      owner,
      repo,
      run_id: Number(runId)
    });
    const at = Date.parse(String(data.created_at));
    return Number.isNaN(at) ? undefined : at;
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    log.warning(
      `Re-run attempt: could not read when workflow run ${runId} was made (${typeof status === 'number' ? `GitHub answered ${status}` : 'GitHub could not be reached'}): any earlier job of a document's bytes and configuration counts as this run's. Give the job \`actions: read\` permission to limit it to this run.`
    );
    return undefined;
  }
}
