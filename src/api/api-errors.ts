// What can go wrong with a request, as classes, and the one-line explanations of what LlamaCloud answered,
// each saying what to do about it.
import { STATUS_CODES, type IncomingHttpHeaders } from 'node:http';
import { EU_BASE_URL, Inputs } from '../lib/constants.js';
import { ActionError } from '../lib/errors.js';
import { bound, cut, squash } from '../lib/bound.js';
import { redact } from '../runner/redact.js';
import { isRedirect, MAX_REDIRECTS, redirectRefusal, type HttpResponse } from '../http/transport.js';
import { isObject } from '../lib/json-walk.js';

/** Characters of an answer's body quoted in an error line. */
const SNIPPET_CHARS = 200;

export interface RequestContext {
  /** e.g. `GET /api/v2/extract/ext-1` */
  what: string;
  jobId?: string;
  projectId?: string;
  organizationId?: string;
  baseUrl: string;
}

/** A final answer from the API that another try will not change (401, 403, 404, 422, other 4xx). */
export class ApiError extends ActionError {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message);
  }
}

/** Transient failures went on until the retry budget or the deadline ran out. */
export class RequestFailedError extends ActionError {
  constructor(
    message: string,
    readonly deadlineReached: boolean
  ) {
    super(message);
  }
}

/** The answer was not a JSON job: a proxy page, a cut body. Worth another try. */
export class BadPayloadError extends Error {}

/**
 * An answer about another job, file, project or status than the one asked for (a cache or proxy mixing
 * answers up): never taken for it, and worth another try.
 */
export class WrongAnswerError extends BadPayloadError {}

export function apiError(response: HttpResponse, context: RequestContext): ApiError {
  const { status } = response;
  if (isRedirect(status)) return redirectError(response, context);
  const elsewhere = response.url.origin === new URL(context.baseUrl).origin ? undefined : response.url.origin;
  if ((status === 401 || status === 403) && elsewhere) {
    // The transport dropped the key on the way there: the key is not at fault.
    return new ApiError(
      status,
      `${context.what} was redirected to another origin, ${elsewhere}, which answered ${statusText(status)}: the API key is only sent to the origin of '${Inputs.BaseUrl}'. If LlamaCloud is served at ${elsewhere}, set '${Inputs.BaseUrl}' to it.`
    );
  }
  const detail = errorDetail(response.body);
  switch (status) {
    case 401:
      return new ApiError(
        status,
        `LlamaCloud rejected the API key (401 Unauthorized): it is invalid or expired. Check the secret passed as '${Inputs.ApiKey}'.` +
          (context.baseUrl === EU_BASE_URL
            ? ' This base-url is the EU region: a key made in the US region does not work there.'
            : ` A key made in the EU region needs '${Inputs.BaseUrl}: ${EU_BASE_URL}'.`)
      );
    case 402:
      return new ApiError(
        status,
        `LlamaCloud refused ${context.what} (402 Payment Required): the organization or project has run out of credits or reached its spending cap. Add credits or raise the cap in LlamaCloud's billing settings, then re-run.${detail ? ` LlamaCloud said: ${detail}` : ''}`
      );
    case 403:
      return new ApiError(
        status,
        `The API key may not access ${scope(context) || 'this resource'} (403 Forbidden). Use a key of that project, or fix '${Inputs.ProjectId}' / '${Inputs.OrganizationId}'.${detail ? ` LlamaCloud said: ${detail}` : ''}`
      );
    case 404:
      return new ApiError(
        status,
        `Extract job '${context.jobId ?? '?'}' was not found${context.projectId ? ` in project '${context.projectId}'` : ''} (404 Not Found). Check '${Inputs.JobId}'${context.projectId ? ` and '${Inputs.ProjectId}'` : ''}, and that the key belongs to the job's project and region.`
      );
    case 422:
      return new ApiError(
        status,
        `LlamaCloud refused ${context.what} (422 Unprocessable Entity): ${detail || 'no detail given'}. Fix the input it names.`
      );
    default:
      return new ApiError(status, `LlamaCloud answered ${statusText(status)} to ${context.what}${detail ? `: ${detail}` : ''}.`);
  }
}

/** A redirect the transport did not follow. */
function redirectError(response: HttpResponse, context: RequestContext): ApiError {
  const location = response.headers.location;
  const why = redirectRefusal(response.url, location) ?? `more than ${MAX_REDIRECTS} redirects in a row`;
  const target = location && URL.canParse(location, response.url.href) ? new URL(location, response.url) : undefined;
  const to = target ? ` to ${redact(`${target.origin}${target.pathname}`)}` : '';
  return new ApiError(
    response.status,
    `${context.what} was redirected (${statusText(response.status)})${to} and not followed: ${why}. Set '${Inputs.BaseUrl}' to the API's own https address.`
  );
}

export function statusText(status: number): string {
  return `${status} ${STATUS_CODES[status] ?? ''}`.trim();
}

/** FastAPI's `detail`, cut to a bound: a string, or a list of `{ loc, msg }` rendered as `query.project_id: msg`. */
function errorDetail(body: Buffer): string {
  return bound(fullDetail(body));
}

function fullDetail(body: Buffer): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return snippet(body);
  }
  const detail = isObject(parsed) ? (parsed.detail ?? parsed.message ?? parsed.error) : undefined;
  if (typeof detail === 'string') return clean(detail);
  if (Array.isArray(detail)) {
    return clean(
      detail
        .filter(isObject)
        .map(
          (item) =>
            `${Array.isArray(item.loc) ? item.loc.join('.') : '?'}: ${typeof item.msg === 'string' ? item.msg : JSON.stringify(item.msg)}`
        )
        .join('; ')
    );
  }
  return '';
}

/** The start of a body for an error line: secrets masked, control characters and runs of space folded. */
function snippet(body: Buffer): string {
  // The ellipsis comes after the characters kept.
  return cut(clean(body.toString('utf8', 0, Math.min(body.length, SNIPPET_CHARS * 4))), SNIPPET_CHARS + 1);
}

function clean(text: string): string {
  return squash(redact(text));
}

function scope(context: RequestContext): string {
  return [context.projectId && `project '${context.projectId}'`, context.organizationId && `organization '${context.organizationId}'`]
    .filter(Boolean)
    .join(' in ');
}

/** What came instead of a job, from the answer's first bytes: said in a BadPayloadError, which is retried. */
export function notAJob(reason: string, headers: IncomingHttpHeaders, head: Buffer): BadPayloadError {
  const type = String(headers['content-type'] ?? 'none');
  return new BadPayloadError(`answer is not a JSON job (${reason}; content-type ${type}; begins "${snippet(head)}")`);
}
