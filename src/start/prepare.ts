// The file mode's inputs made concrete before any request: the configuration file read and parsed, the
// documents found, their result files checked. Loaded only in file mode (yaml and @actions/glob with it).
import { checkResultFiles } from '../settings/clashes.js';
import type { FileSettings, JobConfiguration } from '../settings/settings.js';
import { readConfiguration } from './configuration.js';
import { findDocuments, type Document } from './documents.js';
import { shardOf, type ShardRecord } from './shard.js';
import * as log from '../runner/log.js';
import { plural } from '../lib/markdown.js';

export { startJobs } from './start-jobs.js';
export { earlierAttempt } from './earlier-attempt.js';

/** The file mode's settings with what they name: the documents found, and the configuration their jobs get. */
export interface Prepared extends FileSettings {
  /** With `shard`, this shard's only. */
  documents: Document[];
  jobConfiguration: JobConfiguration;
  /** With `shard`: which share this step has, and of what. */
  shardRecord?: ShardRecord;
}

export async function prepareStart(settings: FileSettings): Promise<Prepared> {
  const { configuration } = settings;
  const jobConfiguration =
    'id' in configuration ? configuration : { inline: await readConfiguration(configuration.file, settings.workspace) };
  const documents = await findDocuments(settings.filePatterns, settings.workspace);
  // Every shard checks every document's files: each refuses a clash, whichever shards its documents fall in.
  checkResultFiles(
    settings,
    documents.map((document) => document.relative)
  );
  if (!settings.shard) return { ...settings, documents, jobConfiguration };
  const shard = shardOf(documents, settings.shard);
  const bytes = (list: Document[]): number => list.reduce((sum, document) => sum + document.size, 0);
  log.info(
    `Shard ${settings.shard.index} of ${settings.shard.count}: ${shard.documents.length} of ${plural(documents.length, 'document')} matched (${bytes(shard.documents)} of ${bytes(documents)} bytes)${shard.documents.length === 0 ? ': more shards than documents, nothing to extract here' : ''}.`
  );
  return { ...settings, documents: shard.documents, jobConfiguration, shardRecord: shard.record };
}
