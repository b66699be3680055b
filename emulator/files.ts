// The /api/v1/beta/files routes: uploads parsed part by part and recorded, the list by external_file_id, one file by ID.
import { createHash, randomUUID } from 'node:crypto';
import * as path from 'node:path';
import { DEFAULT_PROJECT_ID } from './job-state.js';
import { boundaryOf, MultipartError, parseMultipart } from './multipart.js';
import { isReply, page, pageSize } from './paging.js';
import { jsonReply, validationReply, type Reply } from './reply.js';
import type { Table } from './table.js';
import type { FileScript, UploadRecord } from './types.js';

export interface StoredFile {
  id: string;
  name: string;
  projectId: string;
  externalFileId: string | null;
  purpose: string | null;
  size: number;
  sha256: string;
  createdAt: number;
  expiresAt: string | null;
}

export type FileTable = Table<StoredFile, 'externalFileId' | 'name'>;

export interface FilesContext {
  /** Lists serve them newest first, unless `order_by` says otherwise. */
  files: FileTable;
  uploads: UploadRecord[];
  now(): number;
  maxUploadBytes?: number;
}

export interface FilesRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

const COLLECTION = /^\/api\/v1\/beta\/files\/?$/;
const ONE_FILE = /^\/api\/v1\/beta\/files\/([^/]+)$/;
const PAGE_SIZE_DEFAULT = 100;
/** "The maximum value is typically 1000; values above this will be coerced to the maximum" (the SDK's files query). */
const PAGE_SIZE_MAX = 1000;
/** `order_by`: by name or ID ascending, or newest first; anything else is refused. */
const ORDERS: Record<string, (a: StoredFile, b: StoredFile) => number> = {
  name: (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  id: (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  created_at: () => 0
};

export function isFilesPath(p: string): boolean {
  return COLLECTION.test(p) || ONE_FILE.test(p);
}

/** A stored file: one uploaded, or one added by a test (`addFile`) as if uploaded earlier, e.g. one already expired. */
export function storedFileFrom(script: FileScript, now: number): StoredFile {
  const content = Buffer.isBuffer(script.content) ? script.content : Buffer.from(script.content ?? `%PDF-1.7 ${script.name}`);
  return {
    id: script.id ?? `dfl-${randomUUID()}`,
    name: script.name,
    projectId: script.projectId ?? DEFAULT_PROJECT_ID,
    externalFileId: script.externalFileId ?? null,
    purpose: script.purpose ?? 'extract',
    size: content.length,
    sha256: createHash('sha256').update(content).digest('hex'),
    createdAt: now,
    expiresAt: script.expiresAt ?? null
  };
}

export function fileJson(file: StoredFile): Record<string, unknown> {
  const iso = new Date(file.createdAt).toISOString();
  return {
    id: file.id,
    name: file.name,
    project_id: file.projectId,
    external_file_id: file.externalFileId,
    file_size: file.size,
    file_type: path.extname(file.name).slice(1) || null,
    purpose: file.purpose,
    expires_at: file.expiresAt,
    created_at: iso,
    updated_at: iso,
    last_modified_at: iso,
    data_source_id: null
  };
}

function visible(file: StoredFile, query: URLSearchParams): boolean {
  const projectId = query.get('project_id');
  return projectId === null || projectId === file.projectId;
}

function upload(ctx: FilesContext, req: FilesRequest): Reply {
  const contentType = req.headers['content-type'];
  const boundary = boundaryOf(Array.isArray(contentType) ? contentType[0] : contentType);
  if (!boundary) return jsonReply(400, { detail: 'Expected multipart/form-data with a boundary' });
  let parts;
  try {
    parts = parseMultipart(req.body, boundary);
  } catch (error) {
    return jsonReply(400, { detail: `Malformed multipart body: ${(error as MultipartError).message}` });
  }
  const field = (name: string) => parts.find((part) => part.name === name);
  const file = field('file');
  if (!file || file.filename === undefined) return validationReply(['body', 'file'], 'Field required', 'missing');
  const purpose = field('purpose');
  if (!purpose) return validationReply(['body', 'purpose'], 'Field required', 'missing');
  if (ctx.maxUploadBytes !== undefined && file.data.length > ctx.maxUploadBytes) {
    return jsonReply(413, { detail: `File too large: ${file.data.length} bytes; the limit is ${ctx.maxUploadBytes}` });
  }
  const stored = storedFileFrom(
    {
      name: file.filename,
      content: file.data,
      projectId: req.query.get('project_id') ?? DEFAULT_PROJECT_ID,
      externalFileId: field('external_file_id')?.data.toString(),
      purpose: purpose.data.toString()
    },
    ctx.now()
  );
  ctx.files.set(stored);
  ctx.uploads.push({
    fileId: stored.id,
    name: stored.name,
    externalFileId: stored.externalFileId,
    purpose: stored.purpose,
    size: stored.size,
    sha256: stored.sha256,
    parts: parts.map((part) => ({
      name: part.name,
      ...(part.filename === undefined ? {} : { filename: part.filename }),
      ...(part.contentType === undefined ? {} : { contentType: part.contentType }),
      size: part.data.length
    }))
  });
  return jsonReply(200, fileJson(stored));
}

function list(ctx: FilesContext, req: FilesRequest): Reply {
  const { query } = req;
  const size = pageSize(query, PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX);
  if (isReply(size)) return size;
  const orderBy = query.get('order_by');
  const order = orderBy === null ? undefined : Object.hasOwn(ORDERS, orderBy) ? ORDERS[orderBy] : null;
  if (order === null) return validationReply(['query', 'order_by'], "Input should be 'name', 'id' or 'created_at'", 'enum');
  const externalId = query.get('external_file_id');
  const name = query.get('file_name');
  const ids = query.getAll('file_ids');
  // The narrowest index the filters name, then every filter.
  const candidates =
    ids.length > 0
      ? ctx.files.withIds(ids)
      : externalId !== null
        ? ctx.files.where('externalFileId', externalId)
        : name !== null
          ? ctx.files.where('name', name)
          : ctx.files.newestFirst();
  const matching = candidates.filter(
    (file) =>
      visible(file, query) &&
      (externalId === null || file.externalFileId === externalId) &&
      (name === null || file.name === name) &&
      (ids.length === 0 || ids.includes(file.id))
  );
  // Newest first already; a stable sort keeps that order among equals.
  if (order) matching.sort(order);
  const served = page(matching, query, size);
  if (isReply(served)) return served;
  return jsonReply(200, { items: served.items.map(fileJson), next_page_token: served.next, total_size: matching.length });
}

export function routeFiles(ctx: FilesContext, req: FilesRequest): Reply {
  if (COLLECTION.test(req.path)) {
    if (req.method === 'POST') return upload(ctx, req);
    return req.method === 'GET' ? list(ctx, req) : jsonReply(405, { detail: 'Method Not Allowed' });
  }
  const id = decodeURIComponent(ONE_FILE.exec(req.path)?.[1] ?? '');
  const file = ctx.files.get(id);
  if (!file || !visible(file, req.query)) return jsonReply(404, { detail: 'File not found' });
  if (req.method === 'GET') return jsonReply(200, fileJson(file));
  if (req.method === 'DELETE') {
    ctx.files.delete(id);
    return jsonReply(200, null);
  }
  return jsonReply(405, { detail: 'Method Not Allowed' });
}
