// When to try a request again and how long to wait first: the official SDK's policy (408/409/429/5xx,
// 0.5 s doubling to 8 s with up to 25% jitter, server hints first), with `x-should-retry` winning.
import type { IncomingHttpHeaders } from 'node:http';

const BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 8000;
/** A server hint longer than this is not waited for blindly; the backoff applies instead. */
const MAX_HINT_MS = 60_000;

export function isRetryableStatus(status: number, headers: IncomingHttpHeaders): boolean {
  // Out of credits: another try cannot succeed, and must not be billed if it did.
  if (status === 402) return false;
  const hint = header(headers, 'x-should-retry');
  if (hint === 'true') return true;
  if (hint === 'false') return false;
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/**
 * Node's codes for a server certificate that does not verify (OpenSSL's, and Node's own host name check):
 * untrusted, self-signed, expired or for another host.
 */
const CERTIFICATE_ERRORS = new Set([
  'CERT_CHAIN_TOO_LONG',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_REJECTED',
  'CERT_REVOKED',
  'CERT_SIGNATURE_FAILURE',
  'CERT_UNTRUSTED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'ERROR_IN_CERT_NOT_AFTER_FIELD',
  'ERROR_IN_CERT_NOT_BEFORE_FIELD',
  'HOSTNAME_MISMATCH',
  'INVALID_CA',
  'INVALID_PURPOSE',
  'PATH_LENGTH_EXCEEDED',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY',
  'UNABLE_TO_DECRYPT_CERT_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE'
]);

/** A certificate the runner does not trust stays untrusted: such a failure is never retried. */
export function isCertificateError(code: string): boolean {
  return CERTIFICATE_ERRORS.has(code);
}

/** Connection failures that never reached the server: a request refused this way did nothing there. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

export function wasNotSent(code: string): boolean {
  return NOT_SENT.has(code);
}

/** The server's own wait: `retry-after-ms`, then `Retry-After` in seconds or as an HTTP date. */
export function retryAfterMs(headers: IncomingHttpHeaders, now = Date.now()): number | undefined {
  const ms = Number.parseFloat(header(headers, 'retry-after-ms') ?? '');
  if (Number.isFinite(ms) && ms >= 0 && ms <= MAX_HINT_MS) return ms;
  const after = header(headers, 'retry-after');
  if (!after) return undefined;
  const seconds = Number(after);
  const wait = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(after) - now;
  return Number.isFinite(wait) && wait >= 0 && wait <= MAX_HINT_MS ? wait : undefined;
}

/** Delay before retry number `retry` (0-based) when the server gave no hint. */
export function backoffMs(retry: number, random: () => number = Math.random): number {
  const delay = Math.min(BASE_DELAY_MS * 2 ** retry, MAX_DELAY_MS);
  return delay * (1 - 0.25 * random());
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return (Array.isArray(value) ? value[0] : value)?.trim();
}
