// The emulator's public shapes: what tests, `npm run demo` and `npm run bench` script against.

/** `current` follows the OpenAPI ExtractV2Job; `seed` is the older shape (parameters/type/value, usage inside extract_metadata). */
export type JobShape = 'current' | 'seed';

/** One status of a job's timeline. It lasts `forMs` ms or `forPolls` reads, whichever runs out first; the last step lasts forever. */
export interface TimelineStep {
  status: string;
  forMs?: number;
  forPolls?: number;
}

/** Usage numbers a job reports; an omitted one is not served at all. */
export interface JobUsage {
  num_pages_extracted?: number;
  num_pages_billed?: number;
  num_document_tokens?: number;
  num_output_tokens?: number;
  credits?: number;
  extract_credits?: number;
  parse_credits?: number;
}

export interface JobScript {
  id: string;
  /** Default `current`. */
  shape?: JobShape;
  /** A request whose `project_id` differs gets the same 404 as an unknown job. Default {@link DEFAULT_PROJECT_ID}. */
  projectId?: string;
  /** Clocked from when the job is added. Default `[{ status: 'COMPLETED' }]`. */
  timeline?: TimelineStep[];
  /** `extract_result`, served once COMPLETED. When neither `result` nor `resultRaw` is given: the sample invoice. */
  result?: unknown;
  /** Exact JSON text of `extract_result` (huge or byte-exact payloads); wins over `result`. */
  resultRaw?: string | Buffer;
  /** Served when FAILED or CANCELLED. */
  errorMessage?: string;
  /** Default `dfl-<uuid derived from id>`. */
  fileInput?: string;
  usage?: JobUsage;
  /** `extract_metadata.field_metadata`, served once COMPLETED. Defaults to the sample invoice's metadata when the result is the sample too. */
  fieldMetadata?: unknown;
  /** Exact JSON text of `field_metadata` (deep or byte-exact metadata); wins over `fieldMetadata`. */
  fieldMetadataRaw?: string;
  /**
   * The configuration the job was made with, as a create sends it (`version` `latest` or a date): the job
   * reports it resolved (defaults filled in, the version made concrete) against the releases as of when
   * the job is added. Default: the saved configuration `configurationId` names, else a small invoice schema
   * with `confidence_scores` and `cite_sources`.
   */
  configuration?: Record<string, unknown>;
  /** The saved configuration the job was made with (`configuration_id`); default none (null). */
  configurationId?: string;
  /** Reads of the job, once terminal, that still show `usage.credits` (and its parts) null: billing lags. Default 0. */
  billedAfterReads?: number;
  /** Merged last into the job JSON: adds unknown fields, or overrides known ones (e.g. `{ metadata: null }`). */
  extra?: Record<string, unknown>;
  /** Appends the caller's bearer token to error_message (checks that the action masks echoed secrets). */
  echoApiKey?: boolean;
}

export type FaultKind =
  | 'status' // answer `status` with `headers` and `body`
  | 'drop' // destroy the socket without answering
  | 'reset' // TCP RST
  | 'truncate' // the real headers and full Content-Length, half the body, then close
  | 'html' // 200 text/html login page, as a captive proxy serves
  | 'not-json' // 200 application/json whose body is not JSON (or `body`)
  | 'not-a-job' // 200 application/json that is JSON but not a job: {"message":"ok"} (or `body`)
  | 'stall' // answer nothing for `stallMs`, then the real answer; forever when stallMs is omitted
  | 'redirect' // `status` (default 307) with `Location: location`
  | 'cut-request' // read half of the request body, then destroy the socket: nothing is stored or made
  | 'lose-answer' // carry the request out (an upload stores its file, a create makes its job), then destroy the socket unanswered
  | 'wrong-id' // the real answer, naming another job: its top-level `id` becomes `id`
  | 'rewrite' // the real answer with the fields of `set` replaced: at its top level, or in each of a list's `items`
  | 'stuck-page'; // a list page with no items whose next_page_token is the one asked with: the listing never advances

export interface FaultMatch {
  method?: string;
  /** A string matches the path exactly; a RegExp is tested against it. */
  path?: string | RegExp;
  /** The job in the path, or one of the `job_ids` of a list request. */
  jobId?: string;
}

export interface Fault {
  kind: FaultKind;
  /** Default: every API request (never the /_emulator control routes). */
  match?: FaultMatch;
  /** Skip the first `after` matching requests, counted from when the fault was added. Default 0. */
  after?: number;
  /** How many requests it hits before it is spent. Default 1; `Infinity` = always. */
  times?: number;
  status?: number;
  headers?: Record<string, string>;
  /** A string is sent as is; anything else as JSON. */
  body?: string | object;
  location?: string;
  stallMs?: number;
  /** The `id` a `wrong-id` answer names. Default `ext-someone-else`. */
  id?: string;
  /** The fields a `rewrite` fault sets (required for it), e.g. `{ file_input: 'dfl-other' }`. */
  set?: Record<string, unknown>;
}

/** A configuration saved in LlamaCloud, which a create names by `configuration_id`. */
export interface SavedConfigurationScript {
  /** `cfg-…`. */
  id: string;
  /** An ExtractConfiguration, kept as provided (`version` stays `latest`); a job made with it reports it resolved. */
  configuration: Record<string, unknown>;
  /** Default {@link DEFAULT_PROJECT_ID}: a create in another project does not find it. */
  projectId?: string;
}

/** A file as if uploaded before the test (`addFile`), e.g. one past its `expiresAt`. */
export interface FileScript {
  /** Default `dfl-<uuid>`. */
  id?: string;
  name: string;
  /** Default `%PDF-1.7 <name>`: only its size and digest are kept. */
  content?: string | Buffer;
  externalFileId?: string;
  /** ISO time; default null (never expires). */
  expiresAt?: string | null;
  purpose?: string;
  projectId?: string;
}

/** One upload the emulator stored: the parsed form, and the bytes of the file part summed up. */
export interface UploadRecord {
  fileId: string;
  /** The file part's filename. */
  name: string;
  externalFileId: string | null;
  purpose: string | null;
  /** Bytes of the file part. */
  size: number;
  /** Hex digest of the file part's bytes. */
  sha256: string;
  /** Every part in the order sent. */
  parts: Array<{ name: string; filename?: string; contentType?: string; size: number }>;
}

/** A file's state as of now. */
export interface FileView {
  id: string;
  name: string;
  externalFileId: string | null;
  size: number;
  sha256: string;
  expiresAt: string | null;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string[]>;
  /** Lowercased names; repeated headers joined with ', '. */
  headers: Record<string, string>;
  /** Arrival, epoch ms. */
  at: number;
  /** The job named in the path, if any. */
  jobId?: string;
  /** The status answered; 0 while unanswered or when a fault answered nothing (drop, reset, endless stall). */
  status: number;
  /** The kind of the fault that hit this request. */
  fault?: FaultKind;
}

/** Connections are counted once they carry an API request, so control-route calls (a bench's own) never skew them. */
export interface EmulatorStats {
  totalRequests: number;
  /** Most connections open at once since start or the last reset. */
  peakConnections: number;
  openConnections: number;
  /** Connections opened since start or the last reset: keep-alive reuse keeps it low. */
  totalConnections: number;
  /** Files stored by POST /api/v1/beta/files since start or the last reset. */
  uploads: number;
  /** Bytes of those files. */
  uploadedBytes: number;
  /** Jobs made by POST /api/v2/extract since start or the last reset (a lost answer's job counts too). */
  creates: number;
  /** Credits those jobs bill (each created job bills 2 pages at its tier's price: 10 for cost_effective). */
  creditsBilled: number;
}

/** A job's state as of the moment it is asked for. */
export interface JobView {
  id: string;
  status: string;
  /** Epoch ms, emulator clock. */
  createdAt: number;
  updatedAt: number;
  /** When the job became terminal (COMPLETED, FAILED, CANCELLED); absent while it is not. */
  completedAt?: number;
  /** Reads of the job: GETs of it, and list responses it appeared in. */
  readCount: number;
}

export interface RouteRateLimit {
  method: string;
  path: string;
  max: number;
  windowMs: number;
}

export interface EmulatorOptions {
  /** Default 0 (any free port). */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default `llx-test-key`. */
  apiKey?: string;
  jobs?: JobScript[];
  faults?: Fault[];
  /** API requests answered per sliding second before 429 with `Retry-After: 1`. Default: no limit. */
  rateLimitPerSecond?: number;
  /**
   * Per-route limits as strict sliding windows: a request arriving while `max` requests of its route were
   * accepted within the last `windowMs` (arrival times) answers 429 with `Retry-After` (whole seconds until
   * the oldest leaves the window) and is not counted. `PUBLISHED_RATE_LIMITS` holds LlamaCloud's. Default: none.
   */
  rateLimits?: RouteRateLimit[];
  /** Delay before every API answer. */
  latencyMs?: number;
  /** How long an idle keep-alive connection stays open. Default 65 s, about what a cloud load balancer allows. */
  keepAliveTimeoutMs?: number;
  /** Gzip every answer whose request accepts it (`Accept-Encoding: gzip`). Default off: answers go as is. */
  gzip?: boolean;
  /** Files as if uploaded earlier. */
  files?: FileScript[];
  /** An upload whose file part is larger answers 413. Default: no limit. */
  maxUploadBytes?: number;
  /** The timeline of each job a create makes. Default PENDING 0.5 s, RUNNING 1.5 s, then COMPLETED. */
  createdTimeline?: TimelineStep[];
  /** Saved configurations, as `addConfiguration`. */
  configurations?: SavedConfigurationScript[];
  /** Release dates (`YYYY-MM-DD`) per tier, which `version` resolves against. Default `DEFAULT_RELEASES`. */
  releases?: Record<string, string[]>;
  /** Called once per API request, when its answer (or the fault ending it) is known. */
  onRequest?: (request: RecordedRequest) => void;
}

export interface Emulator {
  /** Base URL for the action's `base-url`, e.g. `http://127.0.0.1:PORT`. */
  readonly url: string;
  /** The WHATWG origin of `url` (the same text: the emulator serves at the root). */
  readonly origin: string;
  readonly port: number;
  readonly apiKey: string;
  /** Adds a job, or replaces (and re-clocks) the one with the same id. Throws on an invalid script. */
  addJob(script: JobScript): void;
  /** Throws on an invalid fault. */
  addFault(fault: Fault): void;
  job(id: string): JobView | undefined;
  /** Adds a stored file; throws on an invalid script. */
  addFile(script: FileScript): FileView;
  file(id: string): FileView | undefined;
  /** Saves a configuration (replacing one of the same id); throws when it is not a valid ExtractConfiguration. */
  addConfiguration(script: SavedConfigurationScript): void;
  /** A new release of `tier` (`YYYY-MM-DD`): `latest` resolves to it from now on, for jobs made from now on. */
  addRelease(tier: string, date: string): void;
  /** Uploads stored since start or the last reset, oldest first; the array is live. */
  readonly uploads: UploadRecord[];
  /** API requests since start or the last reset, oldest first; the array is live. */
  readonly requests: RecordedRequest[];
  /**
   * Resolves with the `count`-th API request since start or the last reset as soon as it arrives (before
   * it is answered), so a test waits for an event rather than for a time.
   */
  arrival(count: number): Promise<RecordedRequest>;
  stats(): EmulatorStats;
  /** Clears requests, uploads and every count; jobs, files and faults stay. */
  resetRecords(): void;
  /** Stops listening and destroys open sockets, stalled ones included. */
  close(): Promise<void>;
}
