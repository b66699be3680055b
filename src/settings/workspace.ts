// Every file an input names is read or written inside the workspace only. Documents, configuration, schemas,
// rules and expected files come from pull requests, forks included, and a committed link can lead anywhere
// on the runner (a key file, /etc): so paths are judged by where they really lead, not by how they read.
import { readlinkSync, realpathSync } from 'node:fs';
import * as path from 'node:path';
import { Inputs } from '../lib/constants.js';
import { InputError } from '../lib/errors.js';
import { renderTemplate, type Subject } from './placeholders.js';
import type { ReviewSettings, Settings } from './settings.js';

const realRoots = new Map<string, string>();

/** The workspace's real path: GITHUB_WORKSPACE may itself lie under a link (/tmp on macOS). */
function realRoot(workspace: string): string {
  return realFolder(workspace, realRoots);
}

function isInside(root: string, real: string): boolean {
  const relative = path.relative(root, real);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

/** As the user wrote it: relative inside the workspace, absolute outside it. */
export function relativeToWorkspace(file: string, workspace: string): string {
  return isInside(workspace, file) ? path.relative(workspace, file) || '.' : file;
}

/** A path that leads out of the workspace: refused wherever it is met, even where a bad file is only a warning. */
export class OutsideWorkspaceError extends InputError {}

function outside(input: string, file: string, real: string, workspace: string): OutsideWorkspaceError {
  // Inside as written, outside as resolved: a link on the way leads out.
  const linked = isInside(workspace, file);
  return new OutsideWorkspaceError(
    input,
    `'${relativeToWorkspace(file, workspace)}' resolves outside the workspace (${linked ? `a link leads to ${real}` : `the workspace is ${workspace}`}). ` +
      `Files of the checkout only are read and written: ${linked ? 'replace the link with the file or folder itself' : 'give a path inside the workspace'}.`
  );
}

/**
 * The real path of `file` (links resolved), to be read in its place; an InputError when it lies outside the
 * workspace. A file that cannot be resolved (missing, a dangling link) throws the system's error, for the
 * caller to report as a file it cannot read.
 */
export function realPathToRead(input: string, file: string, workspace: string): string {
  const real = realpathSync(file);
  if (!isInside(realRoot(workspace), real)) throw outside(input, file, real, workspace);
  return real;
}

/**
 * The path to write `file` at, refused (an InputError) outside the workspace: an absolute path or `..` leading out, or a folder on the
 * way that is a link to somewhere outside (a dangling one included: creating the folder would follow it). Folders
 * yet to be made are judged from the deepest one that exists. The file itself may be a link: the writer replaces
 * it by renaming a new file over it, and never writes through it (lib/atomic-file.ts).
 */
export function writablePath(input: string, file: string, workspace: string, folders = new Map<string, string>()): string {
  // `..` from a placeholder's value is taken as written: the file is then written at the path checked.
  const normal = path.resolve(file);
  const real = path.join(realFolder(path.dirname(normal), folders), path.basename(normal));
  if (!isInside(realRoot(workspace), real)) throw outside(input, normal, real, workspace);
  return normal;
}

/**
 * Before any request: every file the step may write (output-file, job-file, expected with update-expected, report-file), for
 * each job given or document found, checked. A created job's ID is not known yet: `{job_id}` stands for it, one
 * name in the same folder.
 */
export function checkWrites(
  settings: Pick<Settings, 'outputFile' | 'jobFile' | 'comparison' | 'workspace'> & { review: Pick<ReviewSettings, 'reportFile'> },
  subjects: Subject[]
): void {
  const templates: Array<[Inputs, string | undefined]> = [
    [Inputs.OutputFile, settings.outputFile],
    [Inputs.JobFile, settings.jobFile],
    [Inputs.Expected, settings.comparison?.update ? settings.comparison.expected : undefined],
    [Inputs.ReportFile, settings.review.reportFile]
  ];
  const folders = new Map<string, string>();
  for (const [input, template] of templates) {
    if (template === undefined) continue;
    for (const subject of subjects) writablePath(input, renderTemplate(template, subject), settings.workspace, folders);
  }
}

/** Where `folder` really is, as far as it exists; `known` keeps earlier answers, for many files in few folders. */
function realFolder(folder: string, known: Map<string, string>): string {
  const cached = known.get(folder);
  if (cached !== undefined) return cached;
  let at = folder;
  const missing: string[] = [];
  // No loop of links goes round here: realpath fails on one with ELOOP, not ENOENT.
  for (;;) {
    try {
      const real = path.join(realpathSync(at), ...missing);
      known.set(folder, real);
      return real;
    } catch (error) {
      // Anything but a missing entry (a file where a folder is due, a loop of links, no permission) fails the
      // write itself, saying why: nothing is written anywhere.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || path.dirname(at) === at) return folder;
    }
    const target = linkTarget(at);
    if (target === undefined) {
      missing.unshift(path.basename(at));
      at = path.dirname(at);
    } else {
      // A link to what does not exist yet: making the folder would make its target. Its `..` counts from
      // where the link really is, as the system reads it.
      at = path.resolve(realpathSync(path.dirname(at)), target);
    }
  }
}

function linkTarget(file: string): string | undefined {
  try {
    return readlinkSync(file);
  } catch {
    return undefined;
  }
}
