// The placeholders of a file template (`output-file`, `job-file`, ...), rendered in one place for every input that takes them.
import * as path from 'node:path';
import { JOB_ID_PLACEHOLDER, NAME_PLACEHOLDER, PATH_PLACEHOLDER } from '../lib/constants.js';

/** What a template is rendered with: the job, and the document it was started from (file mode). */
interface PlaceholderValues {
  /** Absent while the job is yet to be created: `{job_id}` then stays as written, one name in its folder. */
  jobId?: string;
  /** The document's path relative to the workspace, `/`-separated, with its extension. */
  document?: string;
}

/** What each result is named after before any request: a job given by `job-id`, or a document `file` found. */
export type Subject = { jobId: string } | { document: string };

/** The placeholders that name a document: meaningful only with `file`. */
export const DOCUMENT_PLACEHOLDERS: readonly string[] = [NAME_PLACEHOLDER, PATH_PLACEHOLDER];

export function renderTemplate(template: string, values: PlaceholderValues): string {
  const stem = values.document === undefined ? undefined : withoutExtension(values.document);
  let rendered = values.jobId === undefined ? template : template.split(JOB_ID_PLACEHOLDER).join(values.jobId);
  if (stem !== undefined) {
    rendered = rendered.split(NAME_PLACEHOLDER).join(path.posix.basename(stem)).split(PATH_PLACEHOLDER).join(stem);
  }
  return rendered;
}

/** Whether the template holds a placeholder that differs between documents (or jobs). */
export function hasPlaceholder(template: string): boolean {
  return [JOB_ID_PLACEHOLDER, ...DOCUMENT_PLACEHOLDERS].some((placeholder) => template.includes(placeholder));
}

/** `invoices/2024/a.pdf` -> `invoices/2024/a`; a leading dot is a name, not an extension (`.env` stays). */
function withoutExtension(relative: string): string {
  const extension = path.posix.extname(relative);
  return extension ? relative.slice(0, -extension.length) : relative;
}
