// What the service holds: jobs, stored files, saved configurations and releases, and what uploads and creates
// have added up to since the last reset. The job and file routes read and change it through ApiContext and FilesContext.
import type { ApiContext, JobTable } from './api.js';
import { DEFAULT_RELEASES, resolvedConfiguration, versionIssue } from './configuration.js';
import { storedFileFrom, type FileTable, type FilesContext, type StoredFile } from './files.js';
import { EmulatedJob } from './job-state.js';
import { checkComponent } from './spec.js';
import { Table } from './table.js';
import type {
  EmulatorOptions,
  FileScript,
  FileView,
  JobScript,
  JobView,
  SavedConfigurationScript,
  TimelineStep,
  UploadRecord
} from './types.js';

/** What a scripted job was made with unless its script says: a small invoice schema, with confidence and citations. */
const SCRIPTED_CONFIGURATION = {
  data_schema: {
    type: 'object',
    properties: { invoice_number: { type: 'string' }, total: { type: 'number' }, items: { type: 'array' } }
  },
  confidence_scores: true,
  cite_sources: true
};

/** Throws unless `configuration` is an ExtractConfiguration the API would take. */
function checkConfiguration(configuration: unknown, where: string): void {
  const issues = checkComponent('ExtractConfiguration', configuration, []);
  const version = versionIssue((configuration as { version?: unknown } | null)?.version);
  if (version) issues.push({ loc: ['version'], msg: version, type: 'value_error' });
  if (issues.length > 0) {
    throw new Error(
      `${where}: not a valid ExtractConfiguration: ${issues.map((i) => `${i.loc.join('.') || '(root)'}: ${i.msg}`).join('; ')}`
    );
  }
}

function viewOf(file: StoredFile): FileView {
  const { id, name, externalFileId, size, sha256, expiresAt } = file;
  return { id, name, externalFileId, size, sha256, expiresAt };
}

export class Store implements ApiContext, FilesContext {
  readonly jobs: JobTable = new Table({ fileInput: (job) => job.fileInput, configurationId: (job) => job.configurationId });
  readonly files: FileTable = new Table({ externalFileId: (file) => file.externalFileId, name: (file) => file.name });
  readonly configurations = new Map<string, SavedConfigurationScript>();
  readonly uploads: UploadRecord[] = [];
  readonly createdTimeline?: TimelineStep[];
  readonly maxUploadBytes?: number;
  /** Jobs made by creates, and the credits they bill, since start or the last reset. */
  creates = 0;
  creditsBilled = 0;
  /** Per tier, copied: `addRelease` adds to them. */
  private readonly releases: Record<string, string[]>;

  constructor(options: Pick<EmulatorOptions, 'releases' | 'createdTimeline' | 'maxUploadBytes'>) {
    this.releases = Object.fromEntries(Object.entries(options.releases ?? DEFAULT_RELEASES).map(([tier, dates]) => [tier, [...dates]]));
    this.createdTimeline = options.createdTimeline;
    this.maxUploadBytes = options.maxUploadBytes;
  }

  now(): number {
    return Date.now();
  }

  addJob(script: JobScript): EmulatedJob {
    const saved = script?.configurationId === undefined ? undefined : this.configurations.get(script.configurationId);
    const requested = script?.configuration ?? saved?.configuration ?? SCRIPTED_CONFIGURATION;
    if (script?.configuration !== undefined) checkConfiguration(requested, `job '${script.id}'`);
    const job = new EmulatedJob(script, Date.now(), resolvedConfiguration(requested, this.releases));
    this.jobs.set(job); // a replaced job moves to the newest position, like a new one
    return job;
  }

  billed(credits: number): void {
    this.creates++;
    this.creditsBilled += credits;
  }

  job(id: string): JobView | undefined {
    return this.jobs.get(id)?.view(Date.now());
  }

  jobViews(): JobView[] {
    return [...this.jobs.values()].map((job) => job.view(Date.now()));
  }

  addFile(script: FileScript): FileView {
    if (typeof script?.name !== 'string' || script.name === '') throw new Error('file script needs a non-empty name');
    const file = storedFileFrom(script, Date.now());
    this.files.set(file);
    return viewOf(file);
  }

  file(id: string): FileView | undefined {
    const file = this.files.get(id);
    return file && viewOf(file);
  }

  addConfiguration(script: SavedConfigurationScript): void {
    if (typeof script?.id !== 'string' || script.id === '') throw new Error('saved configuration needs a non-empty string id');
    checkConfiguration(script.configuration, `configuration '${script.id}'`);
    this.configurations.set(script.id, script);
  }

  addRelease(tier: string, date: string): void {
    if (!(tier in this.releases)) throw new Error(`no tier '${tier}': one of ${Object.keys(this.releases).join(', ')}`);
    if (versionIssue(date) !== undefined || date === 'latest') throw new Error(`a release is a date (YYYY-MM-DD), not '${date}'`);
    this.releases[tier]!.push(date);
  }

  /** Forgets the uploads and the counts; jobs, files, configurations and releases stay. */
  resetCounts(): void {
    this.uploads.length = 0;
    this.creates = this.creditsBilled = 0;
  }
}
