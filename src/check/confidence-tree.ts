// What a run report keeps of a job's field metadata for a replay: only what the confidence gate reads. Loaded
// with the report only.
import { isObject } from '../lib/json-walk.js';
import { confidenceOf, ROOTS } from './confidence-gate.js';

/**
 * The field metadata cut to what this gate reads, each field entry to `{ confidence }` (citations and reasoning
 * dropped, array positions kept): checked again, it gives the same result, so a run report keeps it for a replay.
 * Null when there is no confidence at all.
 */
export function confidenceTree(fieldMetadata: unknown): Record<string, unknown> | null {
  if (!isObject(fieldMetadata)) return null;
  const tree: Record<string, unknown> = {};
  // Each node with where its pruned copy goes; a copy is kept only once something under it has a confidence.
  const stack: Array<{ node: unknown; keep: (value: unknown) => void }> = ROOTS.map(([key]) => ({
    node: fieldMetadata[key],
    keep: (value: unknown) => (tree[key] = value)
  }));
  // Containers are kept on the way back up: a child reports its copy only when it holds a confidence.
  const kept = new Set<unknown>();
  const pending: Array<{ copy: unknown[] | Record<string, unknown>; keep: (value: unknown) => void }> = [];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { node, keep } = next;
    const confidence = confidenceOf(node);
    if (confidence !== undefined) {
      keep({ confidence });
    } else if (Array.isArray(node)) {
      const copy: unknown[] = node.map(() => null);
      pending.push({ copy, keep });
      node.forEach((child, index) => stack.push({ node: child, keep: (value) => ((copy[index] = value), kept.add(copy)) }));
    } else if (isObject(node)) {
      // Every key first, in order (a field's place decides the order of the gate's findings); the empty ones go at the end.
      const copy: Record<string, unknown> = {};
      for (const key of Object.keys(node)) define(copy, key, undefined);
      pending.push({ copy, keep });
      for (const [key, child] of Object.entries(node)) {
        stack.push({ node: child, keep: (value) => (define(copy, key, value), kept.add(copy)) });
      }
    }
  }
  // Containers in the order they were met, so handing copies up from the end reaches a parent after its children.
  for (let i = pending.length - 1; i >= 0; i--) {
    const { copy, keep } = pending[i]!;
    if (!kept.has(copy)) continue;
    if (!Array.isArray(copy)) for (const key of Object.keys(copy)) if (copy[key] === undefined) delete copy[key];
    keep(copy);
  }
  return Object.keys(tree).length > 0 ? tree : null;
}

/** An own field, `__proto__` too, never the prototype's setter. */
function define(object: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}
