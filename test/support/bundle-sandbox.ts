// Runs a sample bundle of the bundle passes' tests in a fresh context: what its code left in `out`.
import { runInNewContext } from 'node:vm';

export function outOf(code: string): unknown {
  const sandbox: { out?: unknown } = {};
  runInNewContext(code, sandbox);
  return sandbox.out;
}
