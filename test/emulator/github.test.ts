// The GitHub fake keeps to GitHub's published OpenAPI description: it refuses what the description does not
// allow, and what it serves validates against the description's response schemas.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { GITHUB_BODY_LIMIT, startGitHub, type GitHubFake } from '../../emulator/github.js';

let github: GitHubFake;
beforeAll(async () => {
  github = await startGitHub();
});
afterAll(() => github.close());

const COMMENTS = '/repos/acme/app/issues/5/comments';
const send = (method: string, path: string, body?: unknown, token = 'ghs-write') =>
  fetch(`${github.url}${path}`, {
    method,
    headers: { authorization: `token ${token}`, accept: 'application/vnd.github+json', 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body)
  });

/** The response schema of an operation, from the description, its references resolved by ajv. */
function responseValidator(path: string, method: string, status: string) {
  const spec = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8'));
  const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
  addFormatsModule.default(ajv);
  ajv.addSchema({ $id: 'gh', components: spec.components });
  const schema = JSON.parse(
    JSON.stringify(spec.paths[path][method].responses[status].content['application/json'].schema).replace(
      /"#\/components/g,
      '"gh#/components'
    )
  );
  const validate = ajv.compile(schema);
  return (data: unknown): string => (validate(data) ? '' : ajv.errorsText(validate.errors));
}

describe('the GitHub fake', () => {
  it('creates, lists with a Link header past a page, and updates comments as the description says', async () => {
    const created = await send('POST', COMMENTS, { body: 'hello' });
    expect(created.status).toBe(201);
    const comment = (await created.json()) as { id: number };
    expect(responseValidator('/repos/{owner}/{repo}/issues/{issue_number}/comments', 'post', '201')(comment)).toBe('');
    github.addComments(
      5,
      Array.from({ length: 120 }, (_, i) => `c${i}`)
    );
    const page = await send('GET', `${COMMENTS}?per_page=100&page=1`);
    expect(page.headers.get('link')).toContain('page=2>; rel="next"');
    const listed = await page.json();
    expect(listed).toHaveLength(100);
    expect(responseValidator('/repos/{owner}/{repo}/issues/{issue_number}/comments', 'get', '200')(listed)).toBe('');
    expect(await (await send('GET', `${COMMENTS}?per_page=100&page=2`)).json()).toHaveLength(21);
    const updated = await send('PATCH', `/repos/acme/app/issues/comments/${comment.id}`, { body: 'again' });
    expect(updated.status).toBe(200);
    expect(responseValidator('/repos/{owner}/{repo}/issues/comments/{comment_id}', 'patch', '200')(await updated.json())).toBe('');
    expect(github.comments(5)[0]?.body).toBe('again');
    expect(github.violations).toEqual([]);
  });

  it('answers 422 for a body over 65,536 characters, 403 to a read-only token, 404 for an unknown comment', async () => {
    expect((await send('POST', COMMENTS, { body: 'x'.repeat(GITHUB_BODY_LIMIT + 1) })).status).toBe(422);
    expect((await send('POST', COMMENTS, { body: 'x' }, 'ghs-read')).status).toBe(403);
    expect((await send('PATCH', '/repos/acme/app/issues/comments/1', { body: 'x' })).status).toBe(404);
    expect((await send('GET', COMMENTS, undefined, 'wrong')).status).toBe(401);
  });

  it('answers a secondary rate limit with retry-after', async () => {
    github.rateLimit(1, 7);
    const limited = await send('POST', COMMENTS, { body: 'x' });
    expect(limited.status).toBe(403);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect((await send('POST', COMMENTS, { body: 'x' })).status).toBe(201);
  });

  it('refuses and records what the description does not allow', async () => {
    const before = github.violations.length;
    expect((await send('POST', COMMENTS, { text: 'no body field' })).status).toBe(400);
    expect((await send('GET', `${COMMENTS}?per_page=many`)).status).toBe(400);
    expect((await send('GET', `${COMMENTS}?color=red`)).status).toBe(400);
    expect((await send('PATCH', '/repos/acme/app/issues/comments/abc', { body: 'x' })).status).toBe(400);
    expect((await send('DELETE', '/repos/acme/app/issues/5/comments')).status).toBe(400);
    expect(github.violations.slice(before)).toEqual([
      "issues/create-comment: the body data must have required property 'body'",
      "issues/list-comments: query parameter per_page 'many' is not an integer",
      'issues/list-comments: query parameter color is not a parameter of this operation',
      "issues/update-comment: path parameter comment_id 'abc' is not an integer",
      "DELETE /repos/acme/app/issues/5/comments: no such operation in GitHub's REST API"
    ]);
  });
});
