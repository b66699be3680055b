// The runner masks registered secrets in the log, but not in files, outputs or the summary we write:
// everything that leaves the action passes through here, so an API that echoes the key leaks nothing.
import * as core from '@actions/core';

const MASK = '***';
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

/** Returns `data` itself when it holds no secret, so large results are not copied. */
export function redactBuffer(data: Buffer): Buffer {
  if (!secrets.some((secret) => data.includes(secret))) return data;
  return Buffer.from(redact(data.toString('utf8')), 'utf8');
}
