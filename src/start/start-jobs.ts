// The start stage of the file mode: documents -> file IDs (looked up by digest, uploaded only when new)
// -> job IDs (reused, waited for when an earlier run left one running, or created once: a create that may
// have reached LlamaCloud is retried only after looking for the job it may have made).
import * as log from '../runner/log.js';
import { Progress } from '../runner/progress.js';
import { Status } from '../lib/constants.js';
import { ApiError } from '../api/api-errors.js';
import { MAX_IN_FLIGHT, type CallOptions } from '../api/call-policy.js';
import type { ExtractClient } from '../api/extract-client.js';
import type { FileRecord } from '../api/parse-job.js';
import { ActionError } from '../lib/errors.js';
import { replaceControls } from '../lib/bound.js';
import { fileSize, plural } from '../lib/markdown.js';
import type { JobConfiguration } from '../settings/settings.js';
import { mapLimit } from '../lib/concurrency.js';
import { hashContent, hashedBytes, type Content } from './digest.js';
import type { Document } from './documents.js';
import { claimNewest } from './job-match.js';
import { Lookups } from './lookups.js';
import type { EarlierAttempt } from './earlier-attempt.js';
import type { CreditMeter } from './budget/meter.js';
import * as path from 'node:path';

export interface StartedJob {
  document: Document;
  fileId: string;
  /** `sha256:<hex>` of the document's bytes. */
  digest: string;
  jobId: string;
  /**
   * An earlier job of the same bytes and configuration, taken instead of a new one: COMPLETED (`reuse:
   * true`), or still running, left by an earlier run of the step.
   */
  reused: boolean;
}

/** A document that got no job: why, in one line. */
interface StartFailure {
  document: Document;
  message: string;
}

/** The documents that got no job; each that got one was handed on (`onStarted`) as it did. */
export interface StartResult {
  failures: StartFailure[];
}

interface StartOptions {
  configuration: JobConfiguration;
  reuse: boolean;
  /** Jobs that already stand for a document of the step (replayed): never taken for another. */
  taken?: readonly string[];
  call: CallOptions;
  /** Epoch ms at which the step started: progress lines count from it. */
  startedAt: number;
  /** A re-run attempt of the workflow run: the jobs its earlier attempts made stand for new ones. */
  earlierAttempt?: EarlierAttempt;
  /** Given the documents that would get a new job, before any upload or create: throws to spend nothing (max-credits). */
  beforeSpending?: (documents: Document[]) => Promise<void>;
  /** max-credits during the run: asked before each new job, told of each job created. */
  meter?: CreditMeter;
  /** Each document's job as soon as it is known (created or taken), so it is waited for while the others start. */
  onStarted?: (started: StartedJob) => void;
}

/** The service's clock may run behind ours: jobs made by a lost create are looked for from this much earlier. */
const CLOCK_SKEW_MS = 60_000;

export async function startJobs(client: ExtractClient, documents: Document[], options: StartOptions): Promise<StartResult> {
  // One upload per content, however many documents share it; one document per job.
  const files: KnownFiles = new Map();
  const claimed = new Set<string>(options.taken);
  const lookups = new Lookups(client, documents.length, options.configuration, options.call);
  const fileOf = (document: Document, content: Content): Promise<{ fileId: string; uploaded: boolean }> => {
    const known = files.get(content.id);
    if (known) return known.then((fileId) => ({ fileId, uploaded: false }));
    const found = findOrUpload(client, lookups, document, content, options.call);
    // Only the file's ID is kept for the documents of the same bytes, not the record it came in.
    const fileId = found.then(({ file }) => file.id);
    // Awaited by a later document of the same bytes, if any: a failed upload is explained by this one's.
    fileId.catch(() => undefined);
    files.set(content.id, fileId);
    return found.then(({ file, uploaded }) => ({ fileId: file.id, uploaded }));
  };

  // A 402 (no credits left), or the credits billed reaching max-credits, ends the start stage: no document after
  // it is uploaded or gets a job.
  let stopped: string | undefined;
  const notStarted = (document: Document): StartFailure => ({
    document,
    message: `Document ${shown(document)}: not started, because ${stopped}.`
  });
  const known = options.beforeSpending ? await lookUpEarlier(lookups, documents, options, files, claimed) : new Map<Document, Earlier>();
  await options.beforeSpending?.(documents.filter((document) => !known.has(document)));
  const count = { created: 0, earlier: 0, notStarted: 0, uploads: 0 };
  const startOne = async (document: Document): Promise<StartedJob | StartFailure> => {
    // No request starts after the deadline: the documents not reached by then are not read either.
    if (Date.now() >= options.call.deadline)
      return { document, message: `Document ${shown(document)} was not started: the timeout was reached before its turn.` };
    // After a stop the step has moments left to report: the documents not reached are not even read.
    if (options.call.signal?.aborted)
      return { document, message: `Document ${shown(document)} was not started: the step was stopped before its turn.` };
    let stage = 'reading it';
    if (stopped) return notStarted(document);
    try {
      const content = await hashContent(document.path, document.size);
      stage = 'uploading it';
      const { fileId, uploaded } = await fileOf(document, content);
      if (uploaded) count.uploads++;
      stage = 'starting its job';
      if (stopped) return notStarted(document);
      // A file uploaded just now has no jobs yet.
      const earlier = known.get(document) ?? (uploaded ? undefined : await findEarlier(lookups, fileId, options, claimed));
      if (!earlier) {
        const reached = await options.meter?.check();
        if (reached || stopped) {
          stopped ??= reached;
          return notStarted(document);
        }
      }
      const jobId = earlier?.id ?? (await createOnce(client, fileId, options, claimed));
      if (!earlier) options.meter?.add(jobId, fileId);
      const how = !earlier
        ? 'created'
        : earlier.status === Status.Completed
          ? `reused: COMPLETED job${dated(earlier.createdAt)}, no new credits`
          : // One of UNFINISHED, matched exactly: no API text reaches the log here.
            `${earlier.status} job${dated(earlier.createdAt)} left by an earlier run: waited for, no new credits`;
      // A document that starts well gets no line of its own (the progress lines count it), but the debug log names it.
      log.debug(`Document ${shown(document)}: file ${fileId} (${uploaded ? 'uploaded' : 'already uploaded'}), job ${jobId} (${how})`);
      return { document, fileId, digest: content.id, jobId, reused: earlier !== undefined };
    } catch (error) {
      // A stop goes on to the wait, which sees it at once: the jobs already made are then cancelled (cancel-on-timeout) and summed up.
      if (options.call.signal?.aborted) return { document, message: `Document ${shown(document)}: the step was stopped while ${stage}.` };
      if (error instanceof ApiError && error.status === 402) {
        stopped ??= 'LlamaCloud answered 402 Payment Required (out of credits or over the spending cap)';
      }
      return { document, message: explain(error, document, stage, options.configuration) };
    }
  };
  const progress = new Progress(documents.length, options.startedAt);
  const line = (): string => {
    const parts = [
      [count.created, 'new job'],
      [count.earlier, 'earlier job'],
      [count.uploads, 'upload']
    ] as const;
    const shownParts = parts.filter(([n]) => n > 0).map(([n, what]) => plural(n, what));
    if (count.notStarted > 0) shownParts.push(`${count.notStarted} not started`);
    const done = count.created + count.earlier + count.notStarted;
    return `Start: ${done} of ${plural(documents.length, 'document')}${shownParts.length ? ` (${shownParts.join(', ')})` : ''}`;
  };
  const results = await mapLimit(documents, MAX_IN_FLIGHT, async (document) => {
    const result = await startOne(document);
    if ('message' in result) {
      count.notStarted++;
    } else {
      count[result.reused ? 'earlier' : 'created']++;
      options.onStarted?.(result);
    }
    progress.report(count.created + count.earlier + count.notStarted, line);
    return result;
  });
  return { failures: results.filter((result): result is StartFailure => 'message' in result) };
}

type Earlier = NonNullable<Awaited<ReturnType<typeof findEarlier>>>;
/** The ID of the file of each content (by digest) found or uploaded so far. */
type KnownFiles = Map<string, Promise<string>>;

/**
 * The jobs a budget need not pay for (reused, or left running by an earlier run): look-ups only (no upload, no
 * create). A file found is kept for the start; a look-up that fails is left to the start, which meets the same
 * answer and explains it.
 */
async function lookUpEarlier(
  lookups: Lookups,
  documents: Document[],
  options: StartOptions,
  files: KnownFiles,
  claimed: Set<string>
): Promise<Map<Document, Earlier>> {
  const found = new Map<Document, Earlier>();
  const lookUp = async (document: Document): Promise<void> => {
    try {
      const { id } = await hashContent(document.path, document.size);
      const known = files.get(id);
      const fileId = known ? await known : (await lookups.file(id))?.id;
      if (fileId === undefined) return;
      if (!known) files.set(id, Promise.resolve(fileId));
      const earlier = await findEarlier(lookups, fileId, options, claimed);
      if (earlier) found.set(document, earlier);
    } catch {
      // Explained by the start.
    }
  };
  const progress = new Progress(documents.length, options.startedAt);
  let done = 0;
  await mapLimit(documents, MAX_IN_FLIGHT, async (document) => {
    await lookUp(document);
    progress.report(++done, () => `Looking up earlier jobs: ${done} of ${plural(documents.length, 'document')} (${found.size} found)`);
  });
  return found;
}

async function findOrUpload(
  client: ExtractClient,
  lookups: Lookups,
  document: Document,
  content: Content,
  call: CallOptions
): Promise<{ file: FileRecord; uploaded: boolean }> {
  const existing = await lookups.file(content.id);
  if (existing) return { file: existing, uploaded: false };
  // The bytes sent are the bytes hashed, checked as they go: a document rewritten since is not filed under the old digest.
  const upload = {
    name: path.basename(document.path),
    size: content.size,
    externalFileId: content.id,
    read: () => hashedBytes(document.path, content)
  };
  const file = await client.uploadFile(upload, call);
  return { file, uploaded: true };
}

/** Statuses of a job still on its way: an earlier run stopped before it ended. */
const UNFINISHED: readonly string[] = [Status.Pending, Status.Throttled, Status.Running];

/**
 * An earlier job of the same bytes and configuration that stands for a new one: with `reuse`, the newest
 * COMPLETED one (on a re-run attempt without `reuse`, the newest made since the workflow run was); whether
 * or not `reuse` is on, one still running (an earlier run of the step was stopped
 * before it ended): its result is made now, as a new job's would be, and it bills anyway.
 */
async function findEarlier(lookups: Lookups, fileId: string, options: StartOptions, claimed: Set<string>) {
  // A re-run attempt takes what its workflow run already made (a FAILED or CANCELLED job is tried again).
  const madeAt = options.reuse ? undefined : options.earlierAttempt?.since;
  const since = madeAt === undefined ? undefined : madeAt - CLOCK_SKEW_MS;
  if (options.reuse || options.earlierAttempt) {
    const completed = await lookups.jobsOfFile(fileId, { status: Status.Completed, since });
    const reused = claimNewest(completed, options.configuration, claimed);
    if (reused) return reused;
  }
  const jobs = await lookups.jobsOfFile(fileId, {});
  return claimNewest(jobs, options.configuration, claimed, { statuses: UNFINISHED });
}

/** Never two jobs for one document: a lost answer is followed by a look for the job it may have made. */
async function createOnce(client: ExtractClient, fileId: string, options: StartOptions, claimed: Set<string>): Promise<string> {
  const since = Date.now() - CLOCK_SKEW_MS;
  const job = await client.createJob(fileId, options.configuration, options.call, async () =>
    claimNewest(await client.listJobsOfFile(fileId, { since }, options.call), options.configuration, claimed, { madeSince: since })
  );
  claimed.add(job.id);
  return job.id;
}

function explain(error: unknown, document: Document, stage: string, configuration: JobConfiguration): string {
  const name = `Document ${shown(document)}`;
  if (error instanceof ApiError && error.status === 413) {
    return `${name} (${fileSize(document.size)}) is too large for LlamaCloud (413 Payload Too Large). Split it, or extract it elsewhere.`;
  }
  if (error instanceof ApiError && error.status === 404 && stage === 'starting its job' && 'id' in configuration) {
    return `${name}: LlamaCloud knows no configuration '${configuration.id}' in this project, or cannot read the file it answered for the upload (404 Not Found on create). Check configuration-id and project-id; if they are right, re-run the step: the document is then looked up and uploaded again.`;
  }
  if (error instanceof ApiError && error.status === 404 && stage === 'starting its job') {
    return `${name}: LlamaCloud cannot read the file it answered for the upload (404 Not Found on create). Re-run the step: the document is then looked up and uploaded again.`;
  }
  if (error instanceof ActionError) return `${name}: ${error.message}`;
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code) return `${name} could not be read (${code}) while ${stage}. Check that the file stays in place during the step.`;
  throw error;
}

/** A document's path as the log shows it: repository names are not trusted to hold no line breaks. */
export function shown(document: Document): string {
  return replaceControls(document.relative, '?');
}

/** ` of <ISO time>` for a time the API gave, re-rendered: its text never reaches the log as is. */
function dated(createdAt: string | undefined): string {
  const at = createdAt === undefined ? NaN : Date.parse(createdAt);
  return Number.isNaN(at) ? '' : ` of ${new Date(at).toISOString()}`;
}
