// Writes each completed job's `extract_result` (bytes as served) and, when asked, the whole job. Both are
// already masked: the client masks every answer as it arrives.
import * as path from 'node:path';
import { Status } from '../constants.js';
import { fileFor, type Settings } from '../input-helper.js';
import type { JobOutcome } from '../types.js';
import { removeStaleFile, writeFileAtomic } from './file-writer.js';

const NEWLINE = Buffer.from('\n');

export async function writeResultFiles(
  outcomes: JobOutcome[],
  settings: Pick<Settings, 'outputFile' | 'jobFile' | 'workspace'>
): Promise<void> {
  for (const outcome of outcomes) {
    const { job } = outcome;
    const resultPath = fileFor(settings.outputFile, outcome.id);
    if (job?.status === Status.Completed && job.resultJson) {
      await writeFileAtomic(resultPath, withNewline(job.resultJson), `the result of job ${outcome.id}`);
      outcome.resultFile = relativeToWorkspace(resultPath, settings.workspace);
    } else {
      await removeStaleFile(resultPath);
    }
    if (job && settings.jobFile) {
      const jobPath = fileFor(settings.jobFile, outcome.id);
      await writeFileAtomic(jobPath, withNewline(job.raw), `job ${outcome.id}`);
      outcome.jobFile = relativeToWorkspace(jobPath, settings.workspace);
    }
  }
}

/** As the user wrote it: relative inside the workspace, absolute outside it. */
export function relativeToWorkspace(file: string, workspace: string): string {
  const relative = path.relative(workspace, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

function withNewline(data: Buffer): Buffer[] {
  return data[data.length - 1] === 0x0a ? [data] : [data, NEWLINE];
}
