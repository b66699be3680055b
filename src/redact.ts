// The runner masks registered secrets in the log, but not in files, outputs or the summary we write:
// everything that leaves the action passes through here, so an API that echoes the key leaks nothing.
import * as core from '@actions/core';

const MASK = '***';
const MASK_BYTES = Buffer.from(MASK);
const secrets: string[] = [];

/** Masks `secret` in the runner log and in everything redacted from now on. */
export function registerSecret(secret: string): void {
  if (!secret || secrets.includes(secret)) return;
  core.setSecret(secret);
  secrets.push(secret);
}

export function redact(text: string): string {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join(MASK);
  return out;
}

/**
 * `data` with every secret masked, byte for byte otherwise (no text round trip, so no string size limit);
 * `data` itself when it holds no secret, so large results are not copied.
 */
export function redactBuffer(data: Buffer): Buffer {
  let out = data;
  for (const secret of secrets) {
    if (!out.includes(secret)) continue;
    const parts: Buffer[] = [];
    let from = 0;
    for (let at = out.indexOf(secret); at !== -1; at = out.indexOf(secret, from)) {
      parts.push(out.subarray(from, at), MASK_BYTES);
      from = at + Buffer.byteLength(secret);
    }
    parts.push(out.subarray(from));
    out = Buffer.concat(parts);
  }
  return out;
}
