// The file mode's inputs made concrete before any request: the configuration file read and parsed, the
// documents found, their result files checked. Loaded only in file mode (yaml and @actions/glob with it).
import { checkResultFiles } from '../settings/clashes.js';
import type { FileSettings, JobConfiguration } from '../settings/settings.js';
import { readConfiguration } from './configuration.js';
import { findDocuments, type Document } from './documents.js';

export { startJobs } from './start-jobs.js';
export { earlierAttempt } from './earlier-attempt.js';

/** The file mode's settings with what they name: the documents found, and the configuration their jobs get. */
export interface Prepared extends FileSettings {
  documents: Document[];
  jobConfiguration: JobConfiguration;
}

export async function prepareStart(settings: FileSettings): Promise<Prepared> {
  const { configuration } = settings;
  const jobConfiguration =
    'id' in configuration ? configuration : { inline: await readConfiguration(configuration.file, settings.workspace) };
  const documents = await findDocuments(settings.filePatterns, settings.workspace);
  const names = documents.map((document) => document.relative);
  checkResultFiles(settings, names);
  return { ...settings, documents, jobConfiguration };
}
