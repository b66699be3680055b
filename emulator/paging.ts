// The list routes' paging: page_size checked as FastAPI checks an integer, opaque page tokens (here an offset).
import { jsonReply, validationReply, type Reply } from './reply.js';

/** The page size asked for, at most `max` (a larger one is coerced, as LlamaCloud does), or the 422 a bad one gets. */
export function pageSize(query: URLSearchParams, fallback: number, max: number): number | Reply {
  const text = query.get('page_size');
  const size = text === null ? fallback : Number(text);
  if (!Number.isInteger(size) || size < 1) {
    return validationReply(['query', 'page_size'], 'Input should be a valid integer greater than 0', 'int_parsing');
  }
  return Math.min(size, max);
}

const pageToken = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url');

/** Where the page asked for begins, or the 400 a token this emulator never gave gets. */
function pageOffset(query: URLSearchParams): number | Reply {
  const token = query.get('page_token');
  if (token === null) return 0;
  const match = /^offset:(\d+)$/.exec(Buffer.from(token, 'base64url').toString());
  return match ? Number(match[1]) : jsonReply(400, { detail: 'Invalid page_token' });
}

/** The page of `matching` the query asks for, and the token of the next one (null on the last page). */
export function page<T>(matching: T[], query: URLSearchParams, size: number): { items: T[]; next: string | null } | Reply {
  const offset = pageOffset(query);
  if (typeof offset !== 'number') return offset;
  const end = offset + size;
  return { items: matching.slice(offset, end), next: end < matching.length ? pageToken(end) : null };
}

export function isReply(value: unknown): value is Reply {
  return typeof value === 'object' && value !== null && 'status' in value && 'body' in value;
}
