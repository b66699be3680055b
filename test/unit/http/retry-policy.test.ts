import { describe, expect, it } from '@jest/globals';
import { backoffMs, isCertificateError, isRetryableStatus, retryAfterMs, wasNotSent } from '../../../src/http/retry-policy.js';

describe('isRetryableStatus', () => {
  it.each([408, 409, 429, 500, 502, 503, 504, 599])('retries %p', (status) => expect(isRetryableStatus(status, {})).toBe(true));
  it.each([400, 401, 403, 404, 422])('does not retry %p', (status) => expect(isRetryableStatus(status, {})).toBe(false));
  it('lets x-should-retry win over the status', () => {
    expect(isRetryableStatus(503, { 'x-should-retry': 'false' })).toBe(false);
    expect(isRetryableStatus(400, { 'x-should-retry': 'true' })).toBe(true);
  });
  it('never retries 402 (out of credits), whatever the hint', () => {
    expect(isRetryableStatus(402, {})).toBe(false);
    expect(isRetryableStatus(402, { 'x-should-retry': 'true' })).toBe(false);
  });
});

describe('isCertificateError', () => {
  it.each(['DEPTH_ZERO_SELF_SIGNED_CERT', 'ERR_TLS_CERT_ALTNAME_INVALID', 'CERT_HAS_EXPIRED', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE'])(
    'never retries %s',
    (code) => expect(isCertificateError(code)).toBe(true)
  );
  it.each(['ECONNRESET', 'ETIMEDOUT', 'EPROTO'])('leaves %s to the retry policy', (code) => expect(isCertificateError(code)).toBe(false));
});

describe('wasNotSent', () => {
  it.each(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN'])('knows %s reached no server', (code) => expect(wasNotSent(code)).toBe(true));
  it.each(['ECONNRESET', 'ETIMEDOUT', 'EPIPE'])('counts %s as maybe arrived', (code) => expect(wasNotSent(code)).toBe(false));
});

describe('retryAfterMs', () => {
  const now = Date.parse('2026-11-29T10:00:00Z');
  it('reads retry-after-ms first, then seconds, then an HTTP date', () => {
    expect(retryAfterMs({ 'retry-after-ms': '250', 'retry-after': '9' }, now)).toBe(250);
    expect(retryAfterMs({ 'retry-after': '2' }, now)).toBe(2000);
    expect(retryAfterMs({ 'retry-after': 'Sun, 29 Nov 2026 10:00:03 GMT' }, now)).toBe(3000);
  });
  it('ignores garbage, negative and over-long hints', () => {
    expect(retryAfterMs({ 'retry-after': 'soon' }, now)).toBeUndefined();
    expect(retryAfterMs({ 'retry-after': '-1' }, now)).toBeUndefined();
    expect(retryAfterMs({ 'retry-after': '3600' }, now)).toBeUndefined();
    expect(retryAfterMs({}, now)).toBeUndefined();
  });
});

describe('backoffMs', () => {
  it('doubles from 0.5 s to a cap of 8 s, with up to 25% jitter taken off', () => {
    expect([0, 1, 2, 3, 4, 5, 9].map((retry) => backoffMs(retry, () => 0))).toEqual([500, 1000, 2000, 4000, 8000, 8000, 8000]);
    expect(backoffMs(0, () => 1)).toBe(375);
  });
});
