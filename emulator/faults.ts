// Scripted failures: which request runs into which fault, and the canned answers of the answering kinds.
import { bufferReply, jsonReply, type Reply } from './reply.js';
import type { Fault, FaultKind, FaultMatch } from './types.js';

const KINDS: readonly FaultKind[] = [
  'status',
  'drop',
  'reset',
  'truncate',
  'html',
  'not-json',
  'not-a-job',
  'stall',
  'redirect',
  'cut-request',
  'lose-answer',
  'wrong-id',
  'rewrite',
  'stuck-page'
];

/** What a fault is matched against. `jobIds`: the job in the path, or the `job_ids` of a list request. */
export interface FaultTarget {
  method: string;
  path: string;
  jobIds: readonly string[];
}

function validate(fault: Fault): void {
  if (!KINDS.includes(fault?.kind)) throw new Error(`fault kind must be one of ${KINDS.join(', ')}`);
  if (fault.kind === 'status' && typeof fault.status !== 'number') throw new Error(`'status' fault needs a numeric status`);
  if (fault.kind === 'redirect' && typeof fault.location !== 'string') throw new Error(`'redirect' fault needs a location`);
  if (fault.kind === 'rewrite' && (fault.set === null || typeof fault.set !== 'object'))
    throw new Error(`'rewrite' fault needs a 'set' object`);
}

function matches(fault: Fault, target: FaultTarget): boolean {
  const { method, path, jobId } = fault.match ?? {};
  if (method !== undefined && method.toUpperCase() !== target.method) return false;
  if (typeof path === 'string' && path !== target.path) return false;
  if (path instanceof RegExp) {
    path.lastIndex = 0; // a /g or /y pattern would otherwise remember the last match
    if (!path.test(target.path)) return false;
  }
  return jobId === undefined || target.jobIds.includes(jobId);
}

interface Armed {
  fault: Fault;
  seen: number;
  hits: number;
}

export class FaultBook {
  private readonly armed: Armed[] = [];

  add(fault: Fault): void {
    validate(fault);
    this.armed.push({ fault, seen: 0, hits: 0 });
  }

  /**
   * The first unspent fault that matches and has let its `after` requests through, or undefined.
   * Every matching fault counts the request toward its own `after`, whichever fault hits it.
   */
  take(target: FaultTarget): Fault | undefined {
    let hit: Armed | undefined;
    for (const armed of this.armed) {
      if (armed.hits >= (armed.fault.times ?? 1) || !matches(armed.fault, target)) continue;
      const lettingThrough = armed.seen < (armed.fault.after ?? 0);
      armed.seen++;
      if (!lettingThrough) hit ??= armed;
    }
    if (hit) hit.hits++;
    return hit?.fault;
  }
}

/**
 * A fault from JSON (scenario files, POST /_emulator/faults), which cannot carry RegExp or Infinity:
 * `match.pathRegex` becomes `match.path`, and `times: "Infinity"` (or null) means always.
 */
export function faultFromJson(value: unknown): Fault {
  const { match, times, ...rest } = (value ?? {}) as Omit<Fault, 'match' | 'times'> & {
    match?: FaultMatch & { pathRegex?: string };
    times?: unknown;
  };
  const fault: Fault = { ...rest };
  if (match) {
    const { pathRegex, ...plain } = match;
    fault.match = pathRegex === undefined ? plain : { ...plain, path: new RegExp(pathRegex) };
  }
  if (times === 'Infinity' || times === null) fault.times = Infinity;
  else if (times !== undefined) fault.times = Number(times);
  validate(fault);
  return fault;
}

const LOGIN_PAGE = `<!DOCTYPE html>
<html><head><title>Sign in - Corporate Proxy</title></head>
<body><form method="post" action="/login"><h1>Please sign in to continue</h1>
<input name="user"><input name="password" type="password"><button>Sign in</button></form></body></html>
`;

function bodyOf(body: string | object): Buffer {
  return Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
}

/** A stuck page token: no items, and the token asked with (or `stuck` on the first page) as the next one. */
export function stuckPageReply(query: URLSearchParams): Reply {
  return jsonReply(200, { items: [], next_page_token: query.get('page_token') ?? 'stuck', total_size: 0 });
}

/** The answer's body parsed, undefined when it is no JSON. */
function jsonOf(reply: Reply): unknown {
  try {
    return JSON.parse(reply.body.toString('utf8'));
  } catch {
    return undefined;
  }
}

/** The real answer with its top-level `id` naming another job; an answer without an `id` (an error) stays as it is. */
export function wrongIdReply(fault: Fault, real: Reply): Reply {
  const job = jsonOf(real);
  if (job === null || typeof job !== 'object' || !('id' in job)) return real;
  return { ...real, body: Buffer.from(JSON.stringify({ ...job, id: fault.id ?? 'ext-someone-else' })) };
}

/**
 * The real answer with the fields of `set` replaced, as a cache or proxy mixing answers up would serve it:
 * in each of a list's `items`, else at the top level of the object. An answer that is no JSON object stays.
 */
export function rewriteReply(fault: Fault, real: Reply): Reply {
  const value = jsonOf(real);
  if (value === null || typeof value !== 'object' || Array.isArray(value) || real.status >= 300) return real;
  const answer = value as Record<string, unknown>;
  const rewritten = Array.isArray(answer.items)
    ? { ...answer, items: answer.items.map((item: unknown) => ({ ...(item as object), ...fault.set })) }
    : { ...answer, ...fault.set };
  return { ...real, body: Buffer.from(JSON.stringify(rewritten)) };
}

/** The answer of a kind that answers on its own; undefined for the kinds that act on the socket or on the real answer. */
export function cannedReply(fault: Fault): Reply | undefined {
  const headers = fault.headers ?? {};
  switch (fault.kind) {
    case 'status':
      return bufferReply(fault.status!, bodyOf(fault.body ?? { detail: `Emulated ${fault.status}` }), headers);
    case 'html':
      return bufferReply(200, bodyOf(fault.body ?? LOGIN_PAGE), {
        'content-type': 'text/html; charset=utf-8',
        ...headers
      });
    case 'not-json':
      return bufferReply(200, bodyOf(fault.body ?? 'upstream returned: OK'), headers);
    case 'not-a-job':
      return bufferReply(200, bodyOf(fault.body ?? { message: 'ok' }), headers);
    case 'redirect':
      return jsonReply(fault.status ?? 307, { detail: 'Redirecting' }, { location: fault.location!, ...headers });
    default:
      return undefined;
  }
}
