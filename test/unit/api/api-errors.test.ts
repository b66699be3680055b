import { describe, expect, it, jest } from '@jest/globals';
import * as core from '../../__fixtures__/core.js';
import type { RequestContext } from '../../../src/api/api-errors.js';
import type { HttpResponse } from '../../../src/http/transport.js';

jest.unstable_mockModule('@actions/core', () => core);
const { apiError, notAJob, statusText, ApiError } = await import('../../../src/api/api-errors.js');
const { ActionError } = await import('../../../src/lib/errors.js');
const { registerSecret } = await import('../../../src/runner/redact.js');

const BASE = 'https://api.cloud.llamaindex.ai';
const EU = 'https://api.cloud.eu.llamaindex.ai';
const get: RequestContext = { what: 'GET /api/v2/extract/ext-1', jobId: 'ext-1', baseUrl: BASE };

function answer(
  status: number,
  body: string | object = '',
  headers: Record<string, string> = {},
  url = `${BASE}/api/v2/extract/ext-1`
): HttpResponse {
  return { status, headers, body: Buffer.from(typeof body === 'string' ? body : JSON.stringify(body)), url: new URL(url) };
}

describe('apiError', () => {
  it('is a final ActionError carrying the status', () => {
    const error = apiError(answer(404), get);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(ActionError);
    expect(error.status).toBe(404);
  });

  it('blames the key on a 401 and points a US-region step at the EU region', () => {
    expect(apiError(answer(401, { detail: 'Invalid API key' }), get).message).toBe(
      "LlamaCloud rejected the API key (401 Unauthorized): it is invalid or expired. Check the secret passed as 'api-key'. A key made in the EU region needs 'base-url: https://api.cloud.eu.llamaindex.ai'."
    );
  });

  it('tells an EU-region step that a US key does not work there', () => {
    const error = apiError(answer(401, '', {}, `${EU}/api/v2/extract/ext-1`), { ...get, baseUrl: EU });
    expect(error.message).toMatch(/This base-url is the EU region: a key made in the US region does not work there\.$/);
  });

  it('names the project and organization a 403 was about, with what LlamaCloud said', () => {
    const error = apiError(answer(403, { detail: 'Not allowed' }), { ...get, projectId: 'prj-1', organizationId: 'org-1' });
    expect(error.message).toBe(
      "The API key may not access project 'prj-1' in organization 'org-1' (403 Forbidden). Use a key of that project, or fix 'project-id' / 'organization-id'. LlamaCloud said: Not allowed"
    );
  });

  it('says "this resource" on a 403 without a project or organization', () => {
    expect(apiError(answer(403), get).message).toBe(
      "The API key may not access this resource (403 Forbidden). Use a key of that project, or fix 'project-id' / 'organization-id'."
    );
  });

  it('names the job and, when given, the project on a 404', () => {
    expect(apiError(answer(404, { detail: 'Extract job not found' }), get).message).toBe(
      "Extract job 'ext-1' was not found (404 Not Found). Check 'job-id', and that the key belongs to the job's project and region."
    );
    expect(apiError(answer(404), { ...get, projectId: 'prj-1' }).message).toBe(
      "Extract job 'ext-1' was not found in project 'prj-1' (404 Not Found). Check 'job-id' and 'project-id', and that the key belongs to the job's project and region."
    );
  });

  it("renders FastAPI's list of validation errors on a 422", () => {
    const body = {
      detail: [
        { loc: ['query', 'project_id'], msg: 'value is not a valid uuid', type: 'type_error.uuid' },
        { loc: ['query', 'page_size'], msg: { too: 'big' } },
        'not an item'
      ]
    };
    expect(apiError(answer(422, body), { ...get, what: 'GET /api/v2/extract' }).message).toBe(
      'LlamaCloud refused GET /api/v2/extract (422 Unprocessable Entity): query.project_id: value is not a valid uuid; query.page_size: {"too":"big"}. Fix the input it names.'
    );
  });

  it('says when a 422 gave no detail', () => {
    expect(apiError(answer(422, { other: 1 }), get).message).toBe(
      'LlamaCloud refused GET /api/v2/extract/ext-1 (422 Unprocessable Entity): no detail given. Fix the input it names.'
    );
  });

  it.each([
    [{ detail: 'Job is already in a terminal state' }, ': Job is already in a terminal state'],
    [{ message: 'upstream down' }, ': upstream down'],
    [{ error: 'boom' }, ': boom'],
    [{ detail: 42 }, ''],
    ['', '']
  ])('explains any other status with the detail found in %p', (body, said) => {
    expect(apiError(answer(400, body), { ...get, what: 'POST /api/v2/extract/ext-1/cancel' }).message).toBe(
      `LlamaCloud answered 400 Bad Request to POST /api/v2/extract/ext-1/cancel${said}.`
    );
  });

  it('quotes the start of a body that is not JSON on one line', () => {
    const page = `<html>\r\n<body>\t<h1>Gateway   error</h1>\u001b[0m</body></html>`;
    expect(apiError(answer(418, page), get).message).toBe(
      "LlamaCloud answered 418 I'm a Teapot to GET /api/v2/extract/ext-1: <html> <body> <h1>Gateway error</h1> [0m</body></html>."
    );
  });

  it('masks a registered secret that the API echoes back', () => {
    registerSecret('llx-secret-echo');
    const error = apiError(answer(403, { detail: 'key llx-secret-echo may not read this' }), get);
    expect(error.message).toContain('LlamaCloud said: key *** may not read this');
    expect(error.message).not.toContain('llx-secret-echo');
    expect(core.setSecret).toHaveBeenCalledWith('llx-secret-echo');
  });

  it('explains a redirect that was still a redirect after the most hops followed', () => {
    const error = apiError(answer(302, '', { location: '/api/v2/extract/ext-1?hop=6' }), get);
    expect(error.status).toBe(302);
    expect(error.message).toBe(
      "GET /api/v2/extract/ext-1 was redirected (302 Found) to https://api.cloud.llamaindex.ai/api/v2/extract/ext-1 and not followed: more than 5 redirects in a row. Set 'base-url' to the API's own https address."
    );
  });

  it('gives a redirect without a valid Location no target', () => {
    expect(apiError(answer(308), get).message).toBe(
      "GET /api/v2/extract/ext-1 was redirected (308 Permanent Redirect) and not followed: it has no valid Location. Set 'base-url' to the API's own https address."
    );
  });
});

describe('apiError after redirects', () => {
  const context: RequestContext = { what: 'GET /api/v2/extract/j', jobId: 'j', baseUrl: 'https://api.example.com' };

  it('explains a refused redirect, naming where it led (without its query)', () => {
    const error = apiError(
      answer(307, '', { location: 'http://api.example.com/x?token=1' }, 'https://api.example.com/api/v2/extract/j'),
      context
    );
    expect(error.status).toBe(307);
    expect(error.message).toBe(
      "GET /api/v2/extract/j was redirected (307 Temporary Redirect) to http://api.example.com/x and not followed: a redirect from https to http is refused, so the key and the result never travel unencrypted. Set 'base-url' to the API's own https address."
    );
  });

  it('blames a 401 from another origin on the redirect, not on the key', () => {
    const error = apiError(answer(401, '', {}, 'https://login.example.net/api/v2/extract/j'), context);
    expect(error.message).toMatch(
      /^GET \/api\/v2\/extract\/j was redirected to another origin, https:\/\/login\.example\.net, which answered 401 Unauthorized/
    );
  });

  it('keeps the usual 401 explanation on the configured origin', () => {
    expect(apiError(answer(401, '', {}, 'https://api.example.com/api/v2/extract/j'), context).message).toMatch(
      /^LlamaCloud rejected the API key/
    );
  });
});

describe('statusText', () => {
  it('adds the reason phrase when Node knows one', () => {
    expect(statusText(503)).toBe('503 Service Unavailable');
    expect(statusText(429)).toBe('429 Too Many Requests');
    expect(statusText(599)).toBe('599');
  });
});

describe('the start of a body in an error line', () => {
  const begins = (body: string): string | undefined => /begins "(.*)"\)$/.exec(notAJob('x', {}, Buffer.from(body)).message)?.[1];

  it('cuts a long body after 200 characters with an ellipsis', () => {
    expect(begins('x'.repeat(300))).toBe(`${'x'.repeat(200)}…`);
    expect(begins('x'.repeat(200))).toBe('x'.repeat(200));
  });

  it('folds control characters and runs of space', () => {
    expect(begins('  line one\r\n\r\nline\u0000two  ')).toBe('line one line two');
  });

  it('counts characters, not bytes, and keeps them whole', () => {
    expect(begins('ü'.repeat(300))).toBe(`${'ü'.repeat(200)}…`);
  });
});
