// The `file` input: each pattern matched in the workspace with @actions/glob, each document checked, and the
// result files they would get checked for clashes, all before any request.
import * as glob from '@actions/glob';
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { Inputs, JOB_ID_PLACEHOLDER } from '../lib/constants.js';
import { InputError } from '../lib/errors.js';
import { hasPlaceholder, renderTemplate } from '../settings/placeholders.js';
import { realPathToRead } from '../settings/workspace.js';

export interface Document {
  /** Absolute real path on the runner (links resolved, inside the workspace): what is read. */
  path: string;
  /** Relative to the workspace, `/`-separated: how the log, the outputs and `{path}` name it. */
  relative: string;
  size: number;
}

const WILDCARD = /[*?[]/;

/** Every document the patterns match, in path order; a pattern matching nothing, a folder named outright, an empty or unreadable file is an input error. */
export async function findDocuments(patterns: string[], workspace: string): Promise<Document[]> {
  const anchored = (pattern: string): string => (path.isAbsolute(pattern) ? pattern : path.join(workspace, pattern));
  const exclusions = patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => `!${anchored(pattern.slice(1))}`);
  const found = new Map<string, Document>();
  for (const pattern of patterns.filter((p) => !p.startsWith('!'))) {
    const globber = await glob.create([anchored(pattern), ...exclusions].join('\n'), { implicitDescendants: false });
    let matched = 0;
    for (const match of await globber.glob()) {
      const document = await checkDocument(match, pattern, workspace);
      if (!document) continue;
      matched++;
      found.set(document.relative, document);
    }
    if (matched === 0) {
      throw new InputError(
        Inputs.File,
        `'${pattern}' matches no file. Patterns are relative to the workspace (${workspace}): check the path, and that actions/checkout ran before this step.`
      );
    }
  }
  return [...found.values()].sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
}

/** The document, or undefined for a folder that a wildcard matched on the way (`invoices/**` matches its subfolders). */
async function checkDocument(file: string, pattern: string, workspace: string): Promise<Document | undefined> {
  const relative = path.relative(workspace, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new InputError(Inputs.File, `'${file}' (from '${pattern}') is outside the workspace. Extract documents of the checkout only.`);
  }
  const shown = relative.split(path.sep).join('/');
  // A committed link is followed only to a file of the checkout: one to a key file or /etc is refused.
  const real = realPathToRead(Inputs.File, file, workspace);
  const info = await stat(real);
  if (info.isDirectory()) {
    if (WILDCARD.test(pattern)) return undefined;
    throw new InputError(Inputs.File, `'${shown}' is a folder. Give the documents in it, e.g. ${shown}/**/*.pdf.`);
  }
  if (info.size === 0)
    throw new InputError(Inputs.File, `'${shown}' is empty: there is nothing to extract. Check the file, or exclude it with '!${shown}'.`);
  try {
    await access(real, constants.R_OK);
  } catch (error) {
    throw new InputError(
      Inputs.File,
      `'${shown}' cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unreadable'}). Check its permissions.`
    );
  }
  return { path: real, relative: shown, size: info.size };
}

/**
 * With several documents each needs its own result file: a template without a placeholder, or one whose
 * documents would share a file (`{name}` of a/x.pdf and b/x.pdf), is an input error.
 */
export function checkResultFiles(documents: Document[], templates: Array<[Inputs, string | undefined]>, workspace: string): void {
  refuseSharedFiles(documents, templates, workspace);
  if (documents.length < 2) return;
  for (const [input, template] of templates) {
    if (template === undefined) continue;
    const shown = path.relative(workspace, template) || template;
    if (!hasPlaceholder(template)) {
      throw new InputError(
        input,
        `'${shown}' must contain {path} (or {name}, ${JOB_ID_PLACEHOLDER}) when '${Inputs.File}' matches several documents (${documents.length} here), so each gets its own file (e.g. extracted/{path}.json).`
      );
    }
    // {job_id} alone keeps jobs apart; {name} or {path} beside it are checked as if it were not there.
    if (template.includes(JOB_ID_PLACEHOLDER)) continue;
    const owners = new Map<string, string>();
    for (const document of documents) {
      const file = renderTemplate(template, { jobId: JOB_ID_PLACEHOLDER, document: document.relative });
      const other = owners.get(file);
      if (other !== undefined) {
        throw new InputError(
          input,
          `'${other}' and '${document.relative}' would both be written to '${path.relative(workspace, file)}'. Use {path} rather than {name}, or add ${JOB_ID_PLACEHOLDER}.`
        );
      }
      owners.set(file, document.relative);
    }
  }
}

/** A document's job file written over its result (or the other way round) would lose one of them. */
function refuseSharedFiles(documents: Document[], templates: Array<[Inputs, string | undefined]>, workspace: string): void {
  const template = (input: Inputs): string | undefined => templates.find(([name]) => name === input)?.[1];
  const outputFile = template(Inputs.OutputFile);
  const jobFile = template(Inputs.JobFile);
  if (outputFile === undefined || jobFile === undefined) return;
  for (const document of documents) {
    const values = { jobId: JOB_ID_PLACEHOLDER, document: document.relative };
    const file = renderTemplate(jobFile, values);
    if (file === renderTemplate(outputFile, values)) {
      throw new InputError(
        Inputs.JobFile,
        `'${path.relative(workspace, file)}' is also where ${Inputs.OutputFile} writes the result of '${document.relative}'. Give the job file its own path, e.g. jobs/{path}.json.`
      );
    }
  }
}
