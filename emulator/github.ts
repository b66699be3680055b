// A local stand-in for the parts of GitHub's REST API the pull-request comment uses, on node:http only:
// listing an issue's comments (paginated, with a Link header), creating one, updating one, and the open pull
// requests of a commit, and a workflow run (when it was created, for a re-run attempt). Every request is checked against GitHub's published OpenAPI description
// (@octokit/openapi): an operation it does not describe, a parameter it does not declare, or a body its schema
// refuses is answered 400 and recorded in `violations`, so a test asserts the action spoke GitHub's API.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

const addFormats = addFormatsModule.default;

/** GitHub's limit on a comment's body, in characters. */
export const GITHUB_BODY_LIMIT = 65_536;
const MAX_PER_PAGE = 100;
const DEFAULT_PER_PAGE = 30;

export interface GitHubComment {
  id: number;
  body: string;
  user: string;
  createdAt: string;
  updatedAt: string;
}

export interface GitHubRequest {
  method: string;
  /** Path without the query. */
  path: string;
  query: Record<string, string>;
  /** The operation of the OpenAPI description the request matched, e.g. `issues/list-comments`. */
  operation?: string;
  status: number;
  body?: unknown;
}

export interface GitHubFakeOptions {
  /** Tokens that may write (create and update comments). Default: `ghs-write`. */
  writeTokens?: string[];
  /** Tokens that may only read, as a fork's pull request gets: writes answer 403. Default: `ghs-read`. */
  readTokens?: string[];
  /** Open pull requests by head branch: what a push's commit belongs to. */
  pullRequests?: Array<{ number: number; branch: string; sha: string }>;
  /** Workflow runs by ID: `createdAt` is when the run's first attempt was made, `attempt` its latest. */
  workflowRuns?: Array<{ id: number; createdAt: string; attempt: number }>;
}

export interface GitHubFake {
  /** For GITHUB_API_URL. */
  readonly url: string;
  /** Every request, oldest first (a live array). */
  readonly requests: GitHubRequest[];
  /** Each way a request broke the OpenAPI description; a conforming client leaves it empty. */
  readonly violations: string[];
  /** The comments of an issue or pull request, oldest first (a live array, created on first use). */
  comments(issue: number): GitHubComment[];
  /** Adds comments as if others had written them. */
  addComments(issue: number, bodies: string[], user?: string): void;
  /** The next `times` writes answer 403 with `retry-after`, as GitHub's secondary rate limit does. */
  rateLimit(times: number, retryAfterSeconds: number): void;
  close(): Promise<void>;
}

type Schema = Record<string, unknown>;
interface Operation {
  id: string;
  method: string;
  template: string;
  pattern: RegExp;
  names: string[];
  parameters: Array<{ name: string; in: string; required?: boolean; schema: Schema }>;
  body?: ValidateFunction;
  bodyRequired: boolean;
}

let described: Operation[] | undefined;
const ajv = new Ajv({ strict: false, allErrors: true, logger: false, coerceTypes: false });
addFormats(ajv);

/** GitHub's OpenAPI description, its operations indexed once per process (the file is 13 MB). */
function operations(): Operation[] {
  if (described) return described;
  const require = createRequire(import.meta.url);
  const spec = JSON.parse(readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8')) as Schema;
  const resolve = (node: unknown, seen: Set<string> = new Set()): unknown => {
    if (Array.isArray(node)) return node.map((item) => resolve(item, seen));
    if (typeof node !== 'object' || node === null) return node;
    const ref = (node as Schema).$ref;
    if (typeof ref === 'string') {
      // A schema that refers to itself is left open beyond its first level.
      if (seen.has(ref)) return {};
      const target = ref
        .slice(2)
        .split('/')
        .reduce<unknown>((at, part) => (at as Schema)[part], spec);
      return resolve(target, new Set([...seen, ref]));
    }
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, resolve(value, seen)]));
  };
  described = [];
  for (const [template, item] of Object.entries(spec.paths as Record<string, Schema>)) {
    const names = [...template.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] as string);
    const pattern = new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '([^/]+)')}$`);
    for (const [method, operation] of Object.entries(item)) {
      if (!['get', 'post', 'patch', 'put', 'delete'].includes(method)) continue;
      const op = operation as Schema;
      const lazy: Operation = {
        id: String(op.operationId),
        method: method.toUpperCase(),
        template,
        pattern,
        names,
        parameters: [],
        bodyRequired: false
      };
      // Resolved on first use, once: most of the description's operations are never asked for.
      let parameters: Operation['parameters'] | undefined;
      let body: { validate?: ValidateFunction } | undefined;
      Object.defineProperty(lazy, 'parameters', {
        get: () => (parameters ??= resolve(op.parameters ?? []) as Operation['parameters'])
      });
      Object.defineProperty(lazy, 'body', {
        get: () => {
          if (!body) {
            const content = (resolve(op.requestBody) as Schema | undefined)?.content as Record<string, { schema: Schema }> | undefined;
            const json = content?.['application/json']?.schema;
            body = { validate: json ? ajv.compile(json) : undefined };
          }
          return body.validate;
        }
      });
      lazy.bodyRequired = (op.requestBody as Schema | undefined)?.required === true;
      described.push(lazy);
    }
  }
  return described;
}

/** Each way the request breaks the description of its operation; the operation when there is one. */
export function checkRequest(
  method: string,
  path: string,
  query: URLSearchParams,
  body: Buffer
): { operation?: Operation; problems: string[] } {
  const operation = operations().find((op) => op.method === method && op.pattern.test(path));
  if (!operation) return { problems: [`${method} ${path}: no such operation in GitHub's REST API`] };
  const problems: string[] = [];
  const values = operation.pattern.exec(path)?.slice(1) ?? [];
  const declared = operation.parameters;
  operation.names.forEach((name, i) => {
    const parameter = declared.find((p) => p.in === 'path' && p.name === name);
    const problem = parameter ? valueProblem(decodeURIComponent(values[i] ?? ''), parameter.schema) : 'not declared';
    if (problem) problems.push(`${operation.id}: path parameter ${name} ${problem}`);
  });
  for (const [name, value] of query) {
    const parameter = declared.find((p) => p.in === 'query' && p.name === name);
    const problem = parameter ? valueProblem(value, parameter.schema) : 'is not a parameter of this operation';
    if (problem) problems.push(`${operation.id}: query parameter ${name} ${problem}`);
  }
  for (const parameter of declared) {
    if (parameter.in === 'query' && parameter.required && !query.has(parameter.name)) {
      problems.push(`${operation.id}: query parameter ${parameter.name} is required`);
    }
  }
  const validate = operation.body;
  if (body.length > 0 || operation.bodyRequired) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      problems.push(`${operation.id}: the body is not JSON`);
    }
    if (parsed !== undefined && validate && !validate(parsed)) {
      problems.push(`${operation.id}: the body ${ajv.errorsText(validate.errors)}`);
    } else if (parsed !== undefined && !validate) {
      problems.push(`${operation.id}: takes no body`);
    }
  }
  return { operation, problems };
}

/** A query or path value (text) against its schema: integers as digits, enums by value. */
function valueProblem(text: string, schema: Schema): string | undefined {
  if (schema.type === 'integer') {
    if (!/^-?\d+$/.test(text)) return `'${text}' is not an integer`;
    const value = Number(text);
    if (typeof schema.minimum === 'number' && value < schema.minimum) return `${value} is below ${schema.minimum}`;
    if (typeof schema.maximum === 'number' && value > schema.maximum) return `${value} is above ${schema.maximum}`;
    return undefined;
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(text)) return `'${text}' is not one of ${schema.enum.join(', ')}`;
  if (schema.format === 'date-time' && Number.isNaN(Date.parse(text))) return `'${text}' is not a date-time`;
  return undefined;
}

function tokenOf(req: IncomingMessage): string | undefined {
  const match = /^(?:token|bearer)\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  return match?.[1];
}

export async function startGitHub(options: GitHubFakeOptions = {}): Promise<GitHubFake> {
  const writeTokens = new Set(options.writeTokens ?? ['ghs-write']);
  const readTokens = new Set(options.readTokens ?? ['ghs-read']);
  const byIssue = new Map<number, GitHubComment[]>();
  const requests: GitHubRequest[] = [];
  const violations: string[] = [];
  const sockets = new Set<Socket>();
  let nextId = 1_000_001;
  let limited = { times: 0, retryAfter: 0 };
  let base = '';
  const comments = (issue: number): GitHubComment[] => {
    let list = byIssue.get(issue);
    if (!list) byIssue.set(issue, (list = []));
    return list;
  };
  const now = (): string => new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const add = (issue: number, body: string, user: string): GitHubComment => {
    const at = now();
    const comment = { id: nextId++, body, user, createdAt: at, updatedAt: at };
    comments(issue).push(comment);
    return comment;
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const record: GitHubRequest = {
        method: req.method ?? '',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        status: 0
      };
      requests.push(record);
      const body = Buffer.concat(chunks);
      const reply = (status: number, data: unknown, headers: Record<string, string> = {}): void => {
        record.status = status;
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
        res.end(data === undefined ? '' : JSON.stringify(data));
      };
      const { operation, problems } = checkRequest(record.method, url.pathname, url.searchParams, body);
      record.operation = operation?.id;
      if (problems.length > 0) {
        violations.push(...problems);
        return reply(400, { message: problems.join('; '), documentation_url: 'https://docs.github.com/rest' });
      }
      if (body.length > 0) record.body = JSON.parse(body.toString('utf8'));
      const token = tokenOf(req);
      if (!token || (!writeTokens.has(token) && !readTokens.has(token))) {
        return reply(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' });
      }
      const params = operation?.pattern.exec(url.pathname)?.slice(1) ?? [];
      const [owner = '', repo = ''] = params;
      const view = (comment: GitHubComment, issue: number) => commentView(base, owner, repo, issue, comment);
      const write = record.method !== 'GET';
      if (write && limited.times > 0) {
        limited.times -= 1;
        return reply(
          403,
          {
            message:
              'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.',
            documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
            status: '403'
          },
          { 'retry-after': String(limited.retryAfter) }
        );
      }
      if (write && !writeTokens.has(token)) {
        return reply(403, {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
          status: '403'
        });
      }
      switch (operation?.id) {
        case 'issues/list-comments': {
          const issue = Number(params[2]);
          const perPage = Math.min(Number(url.searchParams.get('per_page') ?? DEFAULT_PER_PAGE), MAX_PER_PAGE);
          const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
          const all = comments(issue);
          const last = Math.max(1, Math.ceil(all.length / perPage));
          const link = (n: number, rel: string): string => {
            const target = new URL(`${base}${url.pathname}`);
            target.searchParams.set('per_page', String(perPage));
            target.searchParams.set('page', String(n));
            return `<${target.href}>; rel="${rel}"`;
          };
          const links = [
            page < last ? link(page + 1, 'next') : '',
            page < last ? link(last, 'last') : '',
            page > 1 ? link(1, 'first') : '',
            page > 1 ? link(page - 1, 'prev') : ''
          ].filter(Boolean);
          const data = all.slice((page - 1) * perPage, page * perPage).map((comment) => view(comment, issue));
          return reply(200, data, links.length ? { link: links.join(', ') } : {});
        }
        case 'issues/create-comment': {
          const issue = Number(params[2]);
          const text = (record.body as { body: string }).body;
          if ([...text].length > GITHUB_BODY_LIMIT) return reply(422, tooLong());
          const comment = add(issue, text, 'github-actions[bot]');
          return reply(201, view(comment, issue), { location: `${base}/repos/${owner}/${repo}/issues/comments/${comment.id}` });
        }
        case 'issues/update-comment': {
          const id = Number(params[2]);
          const found = [...byIssue].flatMap(([issue, list]) => list.filter((c) => c.id === id).map((c) => [issue, c] as const))[0];
          if (!found) return reply(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
          const text = (record.body as { body: string }).body;
          if ([...text].length > GITHUB_BODY_LIMIT) return reply(422, tooLong());
          const [issue, comment] = found;
          comment.body = text;
          comment.updatedAt = now();
          return reply(200, view(comment, issue));
        }
        case 'repos/list-pull-requests-associated-with-commit': {
          const sha = params[2];
          const pulls = (options.pullRequests ?? []).filter((pull) => pull.sha === sha);
          return reply(
            200,
            pulls.map((pull) => ({
              number: pull.number,
              state: 'open',
              html_url: `${base}/${owner}/${repo}/pull/${pull.number}`,
              head: { ref: pull.branch, sha: pull.sha },
              base: { ref: 'main' }
            }))
          );
        }
        case 'actions/get-workflow-run': {
          const id = Number(params[2]);
          const run = (options.workflowRuns ?? []).find((candidate) => candidate.id === id);
          if (!run) return reply(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
          return reply(200, {
            id: run.id,
            name: 'extract',
            status: 'in_progress',
            run_attempt: run.attempt,
            created_at: run.createdAt,
            run_started_at: now(),
            html_url: `${base}/${owner}/${repo}/actions/runs/${run.id}`
          });
        }
        default:
          return reply(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
      }
    });
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    requests,
    violations,
    comments,
    addComments(issue, bodies, user = 'octocat') {
      for (const body of bodies) add(issue, body, user);
    },
    rateLimit(times, retryAfterSeconds) {
      limited = { times, retryAfter: retryAfterSeconds };
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    }
  };
}

function tooLong() {
  return {
    message: 'Validation Failed',
    errors: [{ resource: 'IssueComment', code: 'unprocessable', field: 'data', message: 'Body is too long (maximum is 65536 characters)' }],
    documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
    status: '422'
  };
}

/** An issue comment as GitHub serves it (the `issue-comment` schema). */
export function commentView(base: string, owner: string, repo: string, issue: number, comment: GitHubComment): Record<string, unknown> {
  const login = comment.user;
  const name = encodeURIComponent(login);
  const userUrl = `${base}/users/${name}`;
  return {
    id: comment.id,
    node_id: `IC_${comment.id}`,
    url: `${base}/repos/${owner}/${repo}/issues/comments/${comment.id}`,
    html_url: `${base}/${owner}/${repo}/pull/${issue}#issuecomment-${comment.id}`,
    body: comment.body,
    user: {
      login,
      id: login.length,
      node_id: `U_${login}`,
      avatar_url: `${base}/avatars/${name}`,
      gravatar_id: '',
      url: userUrl,
      html_url: `${base}/${name}`,
      followers_url: `${userUrl}/followers`,
      following_url: `${userUrl}/following{/other_user}`,
      gists_url: `${userUrl}/gists{/gist_id}`,
      starred_url: `${userUrl}/starred{/owner}{/repo}`,
      subscriptions_url: `${userUrl}/subscriptions`,
      organizations_url: `${userUrl}/orgs`,
      repos_url: `${userUrl}/repos`,
      events_url: `${userUrl}/events{/privacy}`,
      received_events_url: `${userUrl}/received_events`,
      type: login.endsWith('[bot]') ? 'Bot' : 'User',
      site_admin: false
    },
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    issue_url: `${base}/repos/${owner}/${repo}/issues/${issue}`,
    author_association: 'NONE'
  };
}
