import { describe, expect, it } from '@jest/globals';
import { apiError, type RequestContext } from '../../../src/api/api-errors.js';
import { redirectRefusal, type HttpResponse } from '../../../src/http/transport.js';

describe('redirectRefusal', () => {
  const https = new URL('https://api.example.com/api/v2/extract/j');
  const http = new URL('http://127.0.0.1:8080/api/v2/extract/j');

  it.each([
    [https, '/other'],
    [https, 'https://elsewhere.example.com/x'],
    [http, 'http://127.0.0.1:9090/x'],
    [http, 'https://api.example.com/x']
  ])('follows %s -> %s', (from, location) => expect(redirectRefusal(from, location)).toBeUndefined());

  it('refuses https to http', () => expect(redirectRefusal(https, 'http://api.example.com/x')).toMatch(/from https to http is refused/));
  it('refuses other schemes', () => expect(redirectRefusal(http, 'file:///etc/passwd')).toMatch(/only http and https/));
  it.each([undefined, '', 'http://[bad'])('refuses a missing or invalid Location (%p)', (location) =>
    expect(redirectRefusal(http, location)).toMatch(/no valid Location/)
  );
});

describe('apiError after redirects', () => {
  const context: RequestContext = { what: 'GET /api/v2/extract/j', jobId: 'j', baseUrl: 'https://api.example.com' };
  const response = (status: number, url: string, headers: Record<string, string> = {}): HttpResponse => ({
    status,
    headers,
    body: Buffer.from(''),
    url: new URL(url)
  });

  it('explains a refused redirect, naming where it led (without its query)', () => {
    const error = apiError(
      response(307, 'https://api.example.com/api/v2/extract/j', { location: 'http://api.example.com/x?token=1' }),
      context
    );
    expect(error.status).toBe(307);
    expect(error.message).toBe(
      "GET /api/v2/extract/j was redirected (307 Temporary Redirect) to http://api.example.com/x and not followed: a redirect from https to http is refused, so the key and the result never travel unencrypted. Set 'base-url' to the API's own https address."
    );
  });

  it('blames a 401 from another origin on the redirect, not on the key', () => {
    const error = apiError(response(401, 'https://login.example.net/api/v2/extract/j'), context);
    expect(error.message).toMatch(
      /^GET \/api\/v2\/extract\/j was redirected to another origin, https:\/\/login\.example\.net, which answered 401 Unauthorized/
    );
  });

  it('keeps the usual 401 explanation on the configured origin', () => {
    expect(apiError(response(401, 'https://api.example.com/api/v2/extract/j'), context).message).toMatch(
      /^LlamaCloud rejected the API key/
    );
  });
});
