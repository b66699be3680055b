// What becomes of a job once it has ended and been read, at once (its result is on disk within a look of
// its end, whatever happens to the step after): the gates, the comparison, its files and the one judgement.
// Then only what the end of the step shows stays in memory: the result is read back from its file if needed.
import { checkResults, type Gates } from '../check/check-results.js';
import { confidenceTree } from '../check/confidence-tree.js';
import type { ComparisonFinding } from '../compare/describe.js';
import { judge, type Judgement } from '../judge/judgement.js';
import { WrittenResult } from '../model/result-body.js';
import type { ExtractJob, JobRead } from '../model/types.js';
import type { Settings } from '../settings/settings.js';
import { writeResultFile } from './result-files.js';

export interface JobEnd {
  gates: Gates;
  /** With `expected`: the result scored against its expected file (or written as it). */
  compare?: (read: JobRead) => ComparisonFinding | undefined;
  settings: Pick<Settings, 'outputFile' | 'jobFile' | 'workspace' | 'timeoutMs' | 'comparison'>;
  /** A run report will be written (it keeps each result's confidences): else they are let go once checked. */
  keepConfidences: boolean;
}

export function endJob(read: JobRead, end: JobEnd, cancelRequested = false): Judgement {
  // Checked and compared before writing: writing may move a spooled result into place.
  const gates = checkResults([read], end.gates).get(read.id);
  const comparison = end.compare?.(read);
  const write = writeResultFile(read, end.settings);
  const judgement = judge(read, { gates, comparison, write, cancelRequested }, end.settings);
  if (judgement.job) judgement.job = slim(judgement.job, read, write.writtenTo, end.keepConfidences);
  return judgement;
}

/** The served job's parts, once its files are written: nothing. */
const NOTHING_SERVED: ExtractJob['served'] = [];

/**
 * The job as the end of the step needs it: its result as written (read back from the file), its field metadata
 * cut to the confidences the run report keeps (none without a report), no whole job as served (its file, if
 * any, is written). Kept for every document until the step's end, so the texts the read holds already (the
 * job's ID, the file it was made for) are the read's, not copies of them: at 10,000 documents each copy is
 * half a MiB.
 */
function slim(job: ExtractJob, read: JobRead, writtenTo: string | undefined, keepConfidences: boolean): ExtractJob {
  const { result } = job;
  const fileId = read.source?.fileId;
  return {
    ...job,
    id: job.id === read.id ? read.id : job.id,
    fileInput: fileId !== undefined && job.fileInput === fileId ? fileId : job.fileInput,
    result: result && writtenTo ? new WrittenResult(writtenTo, result.size, result.bytes !== undefined) : result,
    fieldMetadata: keepConfidences ? (confidenceTree(job.fieldMetadata) ?? undefined) : undefined,
    served: NOTHING_SERVED
  };
}
