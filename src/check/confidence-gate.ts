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

export function checkConfidence(jobId: string, fieldMetadata: unknown, min: number): ConfidenceCheck {
  const result: ConfidenceCheck = { violations: [], hasConfidence: false };
  if (!isObject(fieldMetadata)) return result;

  // Depth-first in document order, on a stack of its own: metadata of any depth is walked without recursion.
  const stack: Array<[unknown, string]> = [
    [fieldMetadata.row_metadata, 'rows'],
    [fieldMetadata.page_metadata, 'pages'],
    [fieldMetadata.document_metadata, '']
  ];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, path] = next;
    if (Array.isArray(node)) {
      for (let index = node.length - 1; index >= 0; index--) stack.push([node[index], `${path}[${index}]`]);
    } else if (isObject(node)) {
      const confidence = node.confidence;
      // An object with a numeric confidence is one field's entry; its other keys (citation, reasoning...) are not fields.
      if (typeof confidence === 'number' && Number.isFinite(confidence)) {
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
