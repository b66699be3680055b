// The file mode's inputs made concrete before any request: the configuration file read and parsed, the
// documents found, their result files checked. Loaded only in file mode (yaml and @actions/glob with it).
import { Inputs } from '../lib/constants.js';
import type { JobConfiguration, Settings } from '../settings/input-helper.js';
import { readConfiguration } from './configuration.js';
import { checkResultFiles, findDocuments, type Document } from './documents.js';

export { startJobs } from './start-jobs.js';

interface Prepared {
  documents: Document[];
  configuration: JobConfiguration;
}

export async function prepareStart(
  settings: Pick<Settings, 'filePatterns' | 'configuration' | 'outputFile' | 'jobFile' | 'workspace' | 'comparison'>
): Promise<Prepared> {
  const input = settings.configuration;
  if (!input) throw new Error('prepareStart needs a configuration input');
  const configuration: JobConfiguration = 'id' in input ? input : { inline: await readConfiguration(input.file, settings.workspace) };
  const documents = await findDocuments(settings.filePatterns, settings.workspace);
  checkResultFiles(
    documents,
    [
      [Inputs.OutputFile, settings.outputFile],
      [Inputs.JobFile, settings.jobFile],
      [Inputs.Expected, settings.comparison?.expected]
    ],
    settings.workspace
  );
  return { documents, configuration };
}
