// Flags fields whose extraction confidence is under `min-confidence`, reading `extract_metadata.field_metadata`.
// The metadata is loosely typed and varies with the extraction target, so anything unexpected is skipped, never thrown on.
import { keyPath } from '../field-path.js';
import { isObject, type Violation } from '../types.js';

export interface ConfidenceCheck {
  violations: Violation[];
  /** Whether any field entry carried a numeric confidence (false: confidence scores were not enabled). */
  hasConfidence: boolean;
  lowCount: number;
}

export function checkConfidence(jobId: string, fieldMetadata: unknown, min: number): ConfidenceCheck {
  const result: ConfidenceCheck = { violations: [], hasConfidence: false, lowCount: 0 };
  if (!isObject(fieldMetadata)) return result;

  const visit = (node: unknown, path: string): void => {
    if (Array.isArray(node)) {
      node.forEach((element, index) => visit(element, `${path}[${index}]`));
    } else if (isObject(node)) {
      const confidence = node.confidence;
      // An object with a numeric confidence is one field's entry; its other keys (citation, reasoning...) are not fields.
      if (typeof confidence === 'number' && Number.isFinite(confidence)) {
        result.hasConfidence = true;
        if (confidence < min) {
          result.violations.push({ jobId, gate: 'confidence', path, message: `confidence ${confidence} is below ${min}`, confidence });
        }
        return;
      }
      for (const [key, value] of Object.entries(node)) visit(value, keyPath(path, key));
    }
  };

  visit(fieldMetadata.document_metadata, '');
  // Lists of per-page / per-row field maps: `pages[0].vendor`, `rows[3].amount`.
  visit(fieldMetadata.page_metadata, 'pages');
  visit(fieldMetadata.row_metadata, 'rows');
  result.lowCount = result.violations.length;
  return result;
}
