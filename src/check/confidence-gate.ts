// Flags fields whose extraction confidence is under `min-confidence`, reading `extract_metadata.field_metadata`.
// The metadata is loosely typed and varies with the extraction target, so anything unexpected is skipped, never thrown on.
import { keyPath } from '../lib/field-path.js';
import { type Violation } from '../model/types.js';
import { isObject } from '../lib/json-walk.js';

interface ConfidenceCheck {
  violations: Violation[];
  /** Whether any field entry carried a numeric confidence (false: confidence scores were not enabled). */
  hasConfidence: boolean;
}

/** Where field metadata keeps field entries, and the path prefix each part's fields get. */
export const ROOTS: ReadonlyArray<[string, string]> = [
  ['document_metadata', ''],
  ['page_metadata', 'pages'],
  ['row_metadata', 'rows']
];

/** A field entry: an object with a numeric confidence (its other keys, citation and reasoning, are not fields). */
export function confidenceOf(node: unknown): number | undefined {
  const confidence = isObject(node) ? node.confidence : undefined;
  return typeof confidence === 'number' && Number.isFinite(confidence) ? confidence : undefined;
}

export function checkConfidence(jobId: string, fieldMetadata: unknown, min: number): ConfidenceCheck {
  const result: ConfidenceCheck = { violations: [], hasConfidence: false };
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
  return result;
}
