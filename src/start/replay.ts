// Replay: a document whose bytes and configuration are those of a document in a baseline report (an earlier run's
// `report-file`) takes that report's result, with no request and no credit, and then goes through the gates, the
// comparison, the files and the summary as a job read now would. A pull request from a fork, which has no key,
// gets its checks on every unchanged document this way; with a key, `replay: true` saves requests and credits.
// The report is untrusted text (a cache entry, an artifact): every field used is checked, each result against its
// digest, and a report that fails is not replayed from.
import { MAX_IN_FLIGHT } from '../api/call-policy.js';
import { KEEP_RESULT_BYTES } from '../api/job-body.js';
import { API_ID } from '../api/parse-job.js';
import { bound, PATH_BOUND_BYTES } from '../lib/bound.js';
import { Inputs, Status } from '../lib/constants.js';
import { mapLimit } from '../lib/concurrency.js';
import { itemSpans, memberSpans, valueStart, type Span } from '../lib/json-span.js';
import { isObject } from '../lib/json-walk.js';
import { plural } from '../lib/markdown.js';
import { describeOrigin, type RunOrigin } from '../model/origin.js';
import { KeptResult } from '../model/result-body.js';
import type { JobRead } from '../model/types.js';
import * as log from '../runner/log.js';
import type { JobConfiguration } from '../settings/settings.js';
import { hashContent, resultDigest } from './digest.js';
import type { Document } from './documents.js';
import { canonical, configurationRef } from './job-match.js';
import { shown } from './start-jobs.js';

const SHA256 = /^sha256:[0-9a-f]{64}$/;
const REPOSITORY = /^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/;
const RUN_ID = /^\d{1,20}$/;
const COMMIT = /^[0-9a-f]{1,64}$/i;
/** Documents named in one log line, before "and N more". */
const NAMED = 10;

/** One result a report holds, checked against its digest. */
interface Entry {
  key: string;
  /** The document's digest, and its configuration as canonical JSON. */
  digest: string;
  configuration: string;
  jobId: string;
  result: Buffer;
  confidences: unknown;
  /** The run that extracted it: the report's own, or the one it was replayed from in turn. */
  origin: RunOrigin;
}

/** A baseline report checked for replay. */
export interface ReplaySource {
  /** The report, as the step names it. */
  shown: string;
  origin: RunOrigin;
  /** The report's configuration as canonical JSON. */
  configuration: string;
  entries: Entry[];
}

interface ReplayPlan {
  /** The documents replayed, as reads of the jobs whose results they take. */
  replayed: JobRead[];
  /** The documents that need a real extraction. */
  rest: Document[];
  /** Where the results came from, for the step's messages; undefined when nothing was replayed. */
  from?: string;
}

class Unfit extends Error {}

/**
 * The baseline's results, each checked against its digest: undefined (with a warning) when the report cannot be
 * replayed from, and `tampered` when a result does not match its digest, which makes the whole report
 * untrustworthy. `bytes` are the report's as read (the results are taken from them byte for byte).
 */
export function checkReplay(report: unknown, bytes: Buffer, shownFile: string): ReplaySource | 'tampered' | undefined {
  const why = (reason: string) =>
    log.warning(`Input '${Inputs.Baseline}': '${shownFile}' cannot be replayed from: ${reason}. No result is taken from it.`);
  let documents: unknown[];
  let spans: Span[];
  let own: RunOrigin;
  let configuration: string;
  try {
    if (!isObject(report) || !Array.isArray(report.documents)) throw new Unfit('it is not a run report');
    const run = isObject(report.run) ? report.run : {};
    own = originOf(
      { repository: run.repository, runId: run.id, runAttempt: run.attempt, commit: report.commit, createdAt: report.createdAt },
      'the run that wrote it'
    );
    configuration = canonical(configurationOf(report.configuration, 'its configuration'));
    documents = report.documents;
    const list = memberSpans(bytes, valueStart(bytes)).get('documents');
    spans = list ? itemSpans(bytes, list.start) : [];
    if (spans.length !== documents.length) throw new Unfit('its documents cannot be told apart');
  } catch (error) {
    if (!(error instanceof Unfit)) throw error;
    why(error.message);
    return undefined;
  }
  const entries: Entry[] = [];
  const jobIds = new Set<string>();
  for (const [i, document] of documents.entries()) {
    let entry: Omit<Entry, 'result'> | undefined;
    let result: Buffer | undefined;
    try {
      if (!isObject(document) || typeof document.key !== 'string') throw new Unfit(`document ${i + 1} has no key`);
      const claimed = document.resultDigest;
      if (claimed === null || claimed === undefined) continue;
      if (typeof claimed !== 'string' || !SHA256.test(claimed)) throw new Unfit(`document ${i + 1} has no valid resultDigest`);
      entry = replayable(document, i, own);
      const span = memberSpans(bytes, (spans[i] as Span).start).get('result');
      result = span && bytes.subarray(span.start, span.end);
      if (!result || resultDigest(result, document.confidences) !== claimed) {
        log.warning(
          `Input '${Inputs.Baseline}': '${shownFile}' does not match its digests: the result of document ${i + 1} ('${bound(document.key, PATH_BOUND_BYTES)}') was changed after the report was written. The report is ignored: no result is taken from it and nothing is compared with it.`
        );
        return 'tampered';
      }
    } catch (error) {
      if (!(error instanceof Unfit)) throw error;
      why(error.message);
      return undefined;
    }
    if (!entry || !result || result.length > KEEP_RESULT_BYTES) continue;
    if (jobIds.has(entry.jobId)) {
      why(`job ${entry.jobId} stands for two documents`);
      return undefined;
    }
    jobIds.add(entry.jobId);
    entries.push({ ...entry, result });
  }
  return { shown: shownFile, origin: own, configuration, entries };
}

/** A checked document with a result that a later run may take: completed (or replayed in turn), with its digests and job. */
function replayable(document: Record<string, unknown>, i: number, own: RunOrigin): Omit<Entry, 'result'> | undefined {
  const where = `document ${i + 1}`;
  const { key, digest, jobId, state } = document;
  if (state !== 'completed' && state !== 'replayed') return undefined;
  if (typeof digest !== 'string' || !SHA256.test(digest)) throw new Unfit(`${where} has a result but no valid digest`);
  if (typeof jobId !== 'string' || !API_ID.test(jobId)) throw new Unfit(`${where} has a result but no valid jobId`);
  return {
    key: key as string,
    digest,
    configuration: canonical(configurationOf(document.configuration, `${where}'s configuration`)),
    jobId,
    confidences: document.confidences ?? null,
    origin: document.replayedFrom === undefined ? own : originOf(document.replayedFrom, `${where}'s replayedFrom`)
  };
}

function configurationOf(value: unknown, what: string): unknown {
  if (isObject(value) && Object.keys(value).length === 1) {
    if (typeof value.id === 'string' && API_ID.test(value.id)) return { id: value.id };
    if (typeof value.digest === 'string' && SHA256.test(value.digest)) return { digest: value.digest };
  }
  throw new Unfit(`${what} is not a configuration's id or digest`);
}

/** A run as a report names it, each part checked (it reaches the log and the summary); `createdAt` re-rendered. */
function originOf(value: unknown, what: string): RunOrigin {
  const fail = (): never => {
    throw new Unfit(`${what} is not named as the action names a run`);
  };
  if (!isObject(value)) return fail();
  const { repository, runId, runAttempt, commit, createdAt } = value;
  const nullOr = (part: unknown, valid: (part: unknown) => boolean): boolean => part === null || valid(part);
  const text = (pattern: RegExp) => (part: unknown) => typeof part === 'string' && pattern.test(part);
  const at = typeof createdAt === 'string' ? Date.parse(createdAt) : NaN;
  if (
    !nullOr(repository, text(REPOSITORY)) ||
    !nullOr(runId, text(RUN_ID)) ||
    !nullOr(runAttempt, (part) => Number.isSafeInteger(part) && (part as number) >= 1) ||
    !nullOr(commit, text(COMMIT)) ||
    Number.isNaN(at)
  ) {
    return fail();
  }
  return {
    repository: repository as string | null,
    runId: runId as string | null,
    runAttempt: runAttempt as number | null,
    commit: commit as string | null,
    createdAt: new Date(at).toISOString()
  };
}

/**
 * Which documents take a result of `source`: the bytes (by digest) and the configuration of a baseline document,
 * the one of the same path first, each baseline document taken once. `keyless`: the rest are not extracted here.
 */
export async function planReplay(
  source: ReplaySource,
  documents: Document[],
  configuration: JobConfiguration,
  keyless: boolean
): Promise<ReplayPlan> {
  const wanted = canonical(configurationRef(configuration));
  if (source.configuration !== wanted) {
    log.warning(
      `Input '${Inputs.Baseline}': '${source.shown}' was made with another configuration than this step's: no result is replayed from it, every document ${keyless ? 'needs a real extraction' : 'is extracted'}.`
    );
    return { replayed: [], rest: documents };
  }
  const digests = await mapLimit(documents, MAX_IN_FLIGHT, (document) =>
    // A document that cannot be read now is left to the start, which says why.
    hashContent(document.path, document.size).then(
      (content) => content.id,
      () => undefined
    )
  );
  // By digest, each baseline document taken once.
  const unclaimed = new Map<string, Entry[]>();
  for (const entry of source.entries) {
    if (entry.configuration === wanted) unclaimed.set(entry.digest, [...(unclaimed.get(entry.digest) ?? []), entry]);
  }
  // The document of the same path first, then any of the same bytes (a document moved or copied).
  const taken = new Map<Document, Entry>();
  for (const samePath of [true, false]) {
    for (const [i, document] of documents.entries()) {
      const fits = (digests[i] && unclaimed.get(digests[i])) || [];
      const entry = fits.find((candidate) => !samePath || candidate.key === document.relative);
      if (!entry || taken.has(document)) continue;
      fits.splice(fits.indexOf(entry), 1);
      taken.set(document, entry);
    }
  }
  const replayed: JobRead[] = [];
  const left: Document[] = [];
  for (const [i, document] of documents.entries()) {
    const entry = taken.get(document);
    const digest = digests[i];
    if (!entry || !digest) {
      left.push(document);
      continue;
    }
    log.info(`Document ${shown(document)}: replayed job ${entry.jobId} from ${describeOrigin(entry.origin)} (no request, no credits)`);
    replayed.push({
      id: entry.jobId,
      source: { file: document.relative, fileId: '', digest, reused: false, replayedFrom: entry.origin },
      status: Status.Completed,
      timedOut: false,
      job: {
        id: entry.jobId,
        status: Status.Completed,
        usage: {},
        result: new KeptResult(entry.result, JSON.parse(entry.result.toString('utf8'))),
        fieldMetadata: entry.confidences ?? undefined,
        // Not a job read now: there is no whole job to write as a job file.
        served: []
      }
    });
  }
  const one = left.length === 1;
  const rest = keyless
    ? `${one ? 'needs' : 'need'} a real extraction, which a run without a key cannot make`
    : `${one ? 'is' : 'are'} extracted`;
  const named = left.slice(0, NAMED).map(shown).join(', ');
  const more = left.length > NAMED ? `, and ${left.length - NAMED} more` : '';
  log.info(
    `Replayed ${plural(replayed.length, 'document')} of ${documents.length} from '${source.shown}' (${describeOrigin(source.origin)}).` +
      (left.length ? ` ${plural(left.length, 'document')} ${rest} (bytes or configuration not in the baseline): ${named}${more}.` : '')
  );
  return { replayed, rest: left, from: replayed.length ? describeOrigin(source.origin) : undefined };
}
