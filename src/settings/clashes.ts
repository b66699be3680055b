// No two inputs name one file, and each job or document gets files of its own: a file written over another
// loses one of them. With `job-id` this is checked as the inputs are read; with `file`, once the documents are
// found (start/prepare.ts). Both before any request.
import * as path from 'node:path';
import { Inputs, JOB_ID_PLACEHOLDER, PATH_PLACEHOLDER } from '../lib/constants.js';
import { InputError } from '../lib/errors.js';
import { DOCUMENT_PLACEHOLDERS, hasPlaceholder, renderTemplate, type Subject } from './placeholders.js';
import type { Settings } from './settings.js';

type ResultFiles = Pick<Settings, 'outputFile' | 'jobFile' | 'comparison' | 'workspace'>;

/** A path that names a folder (`out/`, `.`, `out/..`) cannot be a result file. */
const FOLDER_PATH = /(^|[\\/])(\.\.?)?$/;

/** The files written beside each result: how a refusal names each, and the folder its example suggests. */
const BESIDE_RESULTS: ReadonlyArray<[Inputs.JobFile | Inputs.Expected, string, string]> = [
  [Inputs.JobFile, 'job file', 'jobs'],
  [Inputs.Expected, 'expected file', 'test/expected']
];

/**
 * A file template from an input, made absolute. With `job-id` (its `jobIds`) each job must get a file of its
 * own and no placeholder may name a document; with `file` the documents are checked once found.
 */
export function resolveFileTemplate(name: Inputs, raw: string, workspace: string, jobIds?: string[]): string {
  if (FOLDER_PATH.test(raw)) {
    throw new InputError(name, `'${raw}' names a folder. Give a file path, e.g. out/extract-result.json.`);
  }
  const documentPlaceholder = DOCUMENT_PLACEHOLDERS.find((placeholder) => raw.includes(placeholder));
  if (jobIds && documentPlaceholder) {
    throw new InputError(
      name,
      `'${raw}' holds ${documentPlaceholder}, which names a document: it needs '${Inputs.File}'. With '${Inputs.JobId}', use ${JOB_ID_PLACEHOLDER}.`
    );
  }
  if (jobIds && jobIds.length > 1 && !raw.includes(JOB_ID_PLACEHOLDER)) {
    throw new InputError(
      name,
      `'${raw}' must contain ${JOB_ID_PLACEHOLDER} when several job IDs are given, so each job gets its own file (e.g. results/${JOB_ID_PLACEHOLDER}.json).`
    );
  }
  return path.resolve(workspace, raw);
}

/** A job or expected file that is also where a result is written, its own subject's or another's. */
export function refuseSharedFiles(settings: ResultFiles, subjects: Subject[]): void {
  const results = new Map(subjects.map((subject) => [renderTemplate(settings.outputFile, subject), subject]));
  const templates = { [Inputs.JobFile]: settings.jobFile, [Inputs.Expected]: settings.comparison?.expected };
  for (const [input, noun, folder] of BESIDE_RESULTS) {
    const template = templates[input];
    if (template === undefined) continue;
    for (const subject of subjects) {
      const file = renderTemplate(template, subject);
      const owner = file === renderTemplate(settings.outputFile, subject) ? subject : results.get(file);
      if (owner === undefined) continue;
      const [shown, whose, placeholder] =
        'document' in owner
          ? [path.relative(settings.workspace, file), `the result of '${owner.document}'`, PATH_PLACEHOLDER]
          : [file, 'a result', JOB_ID_PLACEHOLDER];
      throw new InputError(
        input,
        `'${shown}' is also where ${Inputs.OutputFile} writes ${whose}. Give the ${noun} its own path, e.g. ${folder}/${placeholder}.json.`
      );
    }
  }
}

/**
 * The file mode's documents, once found: besides the files refused above, with several documents a template
 * without a placeholder, or one whose documents would share a file (`{name}` of a/x.pdf and b/x.pdf).
 */
export function checkResultFiles(settings: ResultFiles, documents: string[]): void {
  const subjects = documents.map((document) => ({ document }));
  refuseSharedFiles(settings, subjects);
  if (documents.length < 2) return;
  const templates: Array<[Inputs, string | undefined]> = [
    [Inputs.OutputFile, settings.outputFile],
    [Inputs.JobFile, settings.jobFile],
    [Inputs.Expected, settings.comparison?.expected]
  ];
  for (const [input, template] of templates) {
    if (template === undefined) continue;
    const shown = path.relative(settings.workspace, template) || template;
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
      const file = renderTemplate(template, { document });
      const other = owners.get(file);
      if (other !== undefined) {
        throw new InputError(
          input,
          `'${other}' and '${document}' would both be written to '${path.relative(settings.workspace, file)}'. Use {path} rather than {name}, or add ${JOB_ID_PLACEHOLDER}.`
        );
      }
      owners.set(file, document);
    }
  }
}

/** The run report is one file for the whole run: no placeholder, and no other input's file. */
export function refuseSharedReport(raw: string, reportFile: string, taken: Array<string | undefined>): void {
  if (taken.includes(reportFile) || hasPlaceholder(raw)) {
    throw new InputError(Inputs.ReportFile, `'${raw}' must be one file of its own for the whole run, e.g. extract-report.json.`);
  }
}
