// Writes a completed job's `extract_result` (bytes as served) and, when asked, the whole job. Both are
// already masked: the client masks every answer as it arrives. A file that cannot be written is that job's
// problem: the other jobs are still written.
import { Inputs } from '../lib/constants.js';
import { ActionError } from '../lib/errors.js';
import { renderTemplate } from '../settings/placeholders.js';
import type { Settings } from '../settings/settings.js';
import type { JobRead, WriteResult } from '../model/types.js';
import { relativeToWorkspace, writablePath } from '../settings/workspace.js';
import { removeStaleFile, writeFileAtomic, type FilePart } from '../lib/atomic-file.js';
import { stateOf } from '../model/state.js';

const NEWLINE = Buffer.from('\n');

/** What writing a job's files gave: where its result was written, or the first reason a file could not be. */
export function writeResultFile(read: JobRead, settings: Pick<Settings, 'outputFile' | 'jobFile' | 'workspace'>): WriteResult {
  const files: WriteResult = {};
  const { job } = read;
  const names = { jobId: read.id, document: read.source?.file };
  try {
    // Checked before any request too; here again for the job IDs the API gave since.
    const resultPath = writablePath(Inputs.OutputFile, renderTemplate(settings.outputFile, names), settings.workspace);
    // The job file first: writing the result may move a spooled result into place. A replayed job was not read
    // now: there is no whole job to write.
    if (job && settings.jobFile && !read.source?.replayedFrom) {
      const jobPath = writablePath(Inputs.JobFile, renderTemplate(settings.jobFile, names), settings.workspace);
      writeFileAtomic(jobPath, withNewline(job.served), `job ${read.id}`);
    }
    const body = stateOf(read) === 'completed' ? job?.result : undefined;
    if (body) {
      writeFileAtomic(resultPath, withNewline([body.part]), `the result of job ${read.id}`);
      files.resultFile = tailOf(resultPath, relativeToWorkspace(resultPath, settings.workspace));
      files.writtenTo = resultPath;
    } else {
      removeStaleFile(resultPath);
    }
  } catch (error) {
    if (!(error instanceof ActionError)) throw error;
    files.error = error.message;
  }
  return files;
}

/**
 * `tail` as the end of `whole` when it is: both are kept for every document until the step's end, and a
 * slice of a text is kept as a reference into it, where the path made relative is a copy of its own.
 */
function tailOf(whole: string, tail: string): string {
  return whole.endsWith(tail) ? whole.slice(whole.length - tail.length) : tail;
}

/** A JSON value always ends in `}`, `]`, `"`, a digit or a letter: the newline is added unless one was served. */
function withNewline(parts: FilePart[]): FilePart[] {
  const last = parts.at(-1);
  return Buffer.isBuffer(last) && last[last.length - 1] === 0x0a ? parts : [...parts, NEWLINE];
}
