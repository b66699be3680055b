// The start stage's look-ups: a document's file by the digest of its bytes, and the earlier jobs of a file.
// Each is answered from a listing of the project read once, when the listing ends within a request budget
// shared by both (LISTING_SHARE per document); past the budget, or when a listing fails, each document is
// looked up on its own, so a project of a million files costs a few pages more, never a million rows.
import * as log from '../runner/log.js';
import { ActionError, messageOf } from '../lib/errors.js';
import type { CallOptions } from '../api/call-policy.js';
import type { ExtractClient, Page } from '../api/extract-client.js';
import type { FileRecord, ListedJob } from '../api/parse-job.js';
import type { JobConfiguration } from '../settings/settings.js';
import { plural } from '../lib/markdown.js';
import { canonical, createdAt } from './job-match.js';

/** Listing requests per document, in all: below 20 documents none, so a small step looks each document up. */
const LISTING_SHARE = 0.05;

const ALONE = { files: "each document's file is looked up on its own", jobs: "each file's jobs are looked up on their own" } as const;

/** What a listing brought; `complete` when it reached its last page. */
interface Listing<T> {
  items: T[];
  complete: boolean;
}

interface FileIndex {
  /** The files listed under each external ID, in the listing's order. */
  byExternalId: Map<string, FileRecord[]>;
  complete: boolean;
}

/** Filters of a file's jobs, as the per-file listing applies them on the service. */
export interface JobFilter {
  status?: string;
  /** Epoch ms: only jobs created from then on. */
  since?: number;
}

export class Lookups {
  /** Listing requests left. */
  private left: number;
  private files?: Promise<FileIndex>;
  /** The project's jobs by the file they read; undefined when the listing did not end within the budget. */
  private jobs?: Promise<Map<string, ListedJob[]> | undefined>;

  constructor(
    private readonly client: ExtractClient,
    documents: number,
    private readonly configuration: JobConfiguration,
    private readonly call: CallOptions
  ) {
    this.left = Math.floor(documents * LISTING_SHARE);
  }

  /** The usable file uploaded under `externalFileId` (the digest of a document's bytes), if there is one. */
  async file(externalFileId: string): Promise<FileRecord | undefined> {
    const index = await (this.files ??= this.fileIndex());
    // Whether a file lasts is judged now, not when it was listed: the start of a large step takes a while.
    const listed = index.byExternalId.get(externalFileId)?.find((file) => this.client.lasts(file));
    if (listed || index.complete) return listed;
    return this.client.findFile(externalFileId, this.call);
  }

  /** The jobs of one file, newest first, with their configuration. */
  async jobsOfFile(fileId: string, filter: JobFilter): Promise<ListedJob[]> {
    const index = await (this.jobs ??= this.jobIndex());
    if (!index) return this.client.listJobsOfFile(fileId, filter, this.call);
    return (index.get(fileId) ?? []).filter(
      (job) =>
        (filter.status === undefined || job.status === filter.status) && (filter.since === undefined || createdAt(job) >= filter.since)
    );
  }

  private async fileIndex(): Promise<FileIndex> {
    const { items, complete } = await this.read('files', (token) => this.client.listFiles(token, this.call));
    const byExternalId = new Map<string, FileRecord[]>();
    for (const file of items) {
      if (file.externalFileId === undefined) continue;
      append(byExternalId, file.externalFileId, file);
    }
    return { byExternalId, complete };
  }

  /**
   * Only a complete listing stands for "no such job": a partial one is not used at all, so a file's jobs are
   * always judged together, as the per-file listing judges them.
   */
  private async jobIndex(): Promise<Map<string, ListedJob[]> | undefined> {
    const filter = 'id' in this.configuration ? { configurationId: this.configuration.id } : {};
    const { items, complete } = await this.read('jobs', (token) => this.client.listJobs(filter, token, this.call));
    if (!complete) return undefined;
    const byFile = new Map<string, ListedJob[]>();
    const seen = new Set<string>();
    // Thousands of jobs made with a few configurations hold one copy of each.
    const configurations = new Map<string, Record<string, unknown>>();
    for (const job of items) {
      // A job on two pages (made while the listing was read) counts once.
      if (job.fileInput === undefined || seen.has(job.id)) continue;
      seen.add(job.id);
      if (job.configuration) {
        const text = canonical(job.configuration);
        job.configuration = configurations.get(text) ?? configurations.set(text, job.configuration).get(text);
      }
      append(byFile, job.fileInput, job);
    }
    return byFile;
  }

  /** Every page of a listing, while the budget lasts and each page brings a token not seen before. */
  private async read<T>(what: keyof typeof ALONE, page: (token: string | undefined) => Promise<Page<T>>): Promise<Listing<T>> {
    const items: T[] = [];
    const tokens = new Set<string>();
    let token: string | undefined;
    let pages = 0;
    try {
      do {
        if (this.left <= 0) {
          // A step too small for a listing looks its documents up without a word.
          if (pages > 0)
            log.info(`The project holds more than the ${items.length} ${what} listed by ${plural(pages, 'request')}: ${ALONE[what]}.`);
          return { items, complete: false };
        }
        this.left--;
        pages++;
        const answer = await page(token);
        items.push(...answer.items);
        token = answer.nextPageToken;
        if (token !== undefined && tokens.has(token)) {
          log.info(`The listing of the project's ${what} did not advance: ${ALONE[what]}.`);
          return { items, complete: false };
        }
        if (token !== undefined) tokens.add(token);
      } while (token !== undefined);
      return { items, complete: true };
    } catch (error) {
      // Each document then meets what the listing met, and the start explains it there.
      if (!(error instanceof ActionError)) throw error;
      log.debug(`Listing the project's ${what} failed (${ALONE[what]}): ${messageOf(error)}`);
      return { items, complete: false };
    }
  }
}

function append<T>(map: Map<string, T[]>, key: string, value: T): void {
  const values = map.get(key);
  if (values) values.push(value);
  else map.set(key, [value]);
}
