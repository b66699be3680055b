// Flags fields whose extraction confidence is under `min-confidence`, reading `extract_metadata.field_metadata`.
// The metadata is loosely typed and varies with the extraction target, so anything unexpected is skipped, never thrown on.
import { keyPath } from '../lib/field-path.js';
import { type Violation } from '../model/types.js';
import { isObject } from '../lib/json-walk.js';

export interface ConfidenceCheck {
  violations: Violation[];
  /** Whether any field entry carried a numeric confidence (false: confidence scores were not enabled). */
  hasConfidence: boolean;
  lowCount: number;
}

/** Where field metadata keeps field entries, and the path prefix each part's fields get. */
const ROOTS: ReadonlyArray<[string, string]> = [
  ['document_metadata', ''],
  ['page_metadata', 'pages'],
  ['row_metadata', 'rows']
];

/** A field entry: an object with a numeric confidence (its other keys, citation and reasoning, are not fields). */
function confidenceOf(node: unknown): number | undefined {
  const confidence = isObject(node) ? node.confidence : undefined;
  return typeof confidence === 'number' && Number.isFinite(confidence) ? confidence : undefined;
}

export function checkConfidence(jobId: string, fieldMetadata: unknown, min: number): ConfidenceCheck {
  const result: ConfidenceCheck = { violations: [], hasConfidence: false, lowCount: 0 };
  if (!isObject(fieldMetadata)) return result;

  // Depth-first in document order, on a stack of its own: metadata of any depth is walked without recursion.
  const stack: Array<[unknown, string]> = ROOTS.map(([key, path]): [unknown, string] => [fieldMetadata[key], path]).reverse();
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, path] = next;
    if (Array.isArray(node)) {
      for (let index = node.length - 1; index >= 0; index--) stack.push([node[index], `${path}[${index}]`]);
    } else if (isObject(node)) {
      const confidence = confidenceOf(node);
      if (confidence !== undefined) {
        result.hasConfidence = true;
        if (confidence < min) {
          result.violations.push({ jobId, gate: 'confidence', path, message: `confidence ${confidence} is below ${min}`, confidence });
        }
        continue;
      }
      for (const [key, child] of Object.entries(node).reverse()) stack.push([child, keyPath(path, key)]);
    }
  }
  result.lowCount = result.violations.length;
  return result;
}

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
