// The `file` input: each pattern matched in the workspace with @actions/glob and each document checked, before
// any request.
import * as glob from '@actions/glob';
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { Inputs } from '../lib/constants.js';
import { InputError } from '../lib/errors.js';
import { byPath } from '../lib/path-order.js';
import { realPathToRead } from '../settings/workspace.js';

export interface Document {
  /** Absolute real path on the runner (links resolved, inside the workspace): what is read. */
  path: string;
  /** Relative to the workspace, `/`-separated: how the log, the outputs and `{path}` name it. */
  relative: string;
  size: number;
}

const WILDCARD = /[*?[]/;

/** The step before this one that puts an input's files in the workspace. */
const BROUGHT_BY: Partial<Record<Inputs, string>> = { [Inputs.MergeReports]: 'actions/download-artifact' };

/**
 * Every document the patterns match, in path order; a pattern matching nothing, a folder named outright, an empty
 * or unreadable file is an error of `input` (`file`, or `merge-reports` for the shards' reports).
 */
export async function findDocuments(patterns: string[], workspace: string, input: Inputs = Inputs.File): Promise<Document[]> {
  const anchored = (pattern: string): string => (path.isAbsolute(pattern) ? pattern : path.join(workspace, pattern));
  const exclusions = patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => `!${anchored(pattern.slice(1))}`);
  const found = new Map<string, Document>();
  for (const pattern of patterns.filter((p) => !p.startsWith('!'))) {
    const globber = await glob.create([anchored(pattern), ...exclusions].join('\n'), { implicitDescendants: false });
    let matched = 0;
    for (const match of await globber.glob()) {
      const document = await checkDocument(match, pattern, workspace, input);
      if (!document) continue;
      matched++;
      found.set(document.relative, document);
    }
    if (matched === 0) {
      throw new InputError(
        input,
        `'${pattern}' matches no file. Patterns are relative to the workspace (${workspace}): check the path, and that ${BROUGHT_BY[input] ?? 'actions/checkout'} ran before this step.`
      );
    }
  }
  return [...found.values()].sort((a, b) => byPath(a.relative, b.relative));
}

/** The document, or undefined for a folder that a wildcard matched on the way (`invoices/**` matches its subfolders). */
async function checkDocument(file: string, pattern: string, workspace: string, input: Inputs): Promise<Document | undefined> {
  const relative = path.relative(workspace, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new InputError(input, `'${file}' (from '${pattern}') is outside the workspace. Extract documents of the checkout only.`);
  }
  const shown = relative.split(path.sep).join('/');
  // A committed link is followed only to a file of the checkout: one to a key file or /etc is refused.
  const real = realPathToRead(input, file, workspace);
  const info = await stat(real);
  if (info.isDirectory()) {
    if (WILDCARD.test(pattern)) return undefined;
    throw new InputError(input, `'${shown}' is a folder. Give the documents in it, e.g. ${shown}/**/*.pdf.`);
  }
  if (info.size === 0)
    throw new InputError(input, `'${shown}' is empty: there is nothing to extract. Check the file, or exclude it with '!${shown}'.`);
  try {
    await access(real, constants.R_OK);
  } catch (error) {
    throw new InputError(
      input,
      `'${shown}' cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unreadable'}). Check its permissions.`
    );
  }
  return { path: real, relative: shown, size: info.size };
}
