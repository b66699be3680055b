// Writes each completed job's `extract_result` (bytes as served) and, when asked, the whole job. Both are
// already masked: the client masks every answer as it arrives. A file that cannot be written is that job's
// problem: the other jobs are still written.
import * as path from 'node:path';
import { ActionError } from '../errors.js';
import { fileFor, type Settings } from '../input-helper.js';
import { stateOf } from '../judgement.js';
import type { JobRead, WriteResult } from '../types.js';
import { removeStaleFile, writeFileAtomic } from './file-writer.js';

const NEWLINE = Buffer.from('\n');

/** What writing gave, by job ID: the paths written, or the first reason a file could not be. */
export async function writeResultFiles(
  reads: JobRead[],
  settings: Pick<Settings, 'outputFile' | 'jobFile' | 'workspace'>
): Promise<Map<string, WriteResult>> {
  const written = new Map<string, WriteResult>();
  for (const read of reads) {
    const result: WriteResult = {};
    written.set(read.id, result);
    const { job } = read;
    try {
      const resultPath = fileFor(settings.outputFile, read.id);
      if (stateOf(read) === 'completed' && job?.resultJson) {
        await writeFileAtomic(resultPath, withNewline(job.resultJson), `the result of job ${read.id}`);
        result.resultFile = relativeToWorkspace(resultPath, settings.workspace);
      } else {
        await removeStaleFile(resultPath);
      }
      if (job && settings.jobFile) {
        const jobPath = fileFor(settings.jobFile, read.id);
        await writeFileAtomic(jobPath, withNewline(job.raw), `job ${read.id}`);
        result.jobFile = relativeToWorkspace(jobPath, settings.workspace);
      }
    } catch (error) {
      if (!(error instanceof ActionError)) throw error;
      result.error = error.message;
    }
  }
  return written;
}

/** As the user wrote it: relative inside the workspace, absolute outside it. */
export function relativeToWorkspace(file: string, workspace: string): string {
  const relative = path.relative(workspace, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

function withNewline(data: Buffer): Buffer[] {
  return data[data.length - 1] === 0x0a ? [data] : [data, NEWLINE];
}
