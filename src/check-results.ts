// Runs the merge gates on each completed job: the JSON Schema and the minimum field confidence.
import * as core from '@actions/core';
import { Status } from './constants.js';
import { checkConfidence } from './gates/confidence-gate.js';
import type { SchemaGate } from './gates/schema-gate.js';
import type { JobOutcome } from './types.js';

export interface Gates {
  schema?: SchemaGate;
  minConfidence?: number;
}

export function checkResults(outcomes: JobOutcome[], gates: Gates): void {
  for (const outcome of outcomes) {
    const { job } = outcome;
    if (outcome.status !== Status.Completed || !job?.resultJson) continue;
    if (gates.schema) {
      const value: unknown = job.parsedResult ?? JSON.parse(job.resultJson.toString('utf8'));
      outcome.violations.push(...gates.schema.check(outcome.id, value));
    }
    if (gates.minConfidence !== undefined) {
      const confidence = checkConfidence(outcome.id, job.fieldMetadata, gates.minConfidence);
      outcome.hasConfidence = confidence.hasConfidence;
      outcome.violations.push(...confidence.violations);
      if (!confidence.hasConfidence) {
        core.warning(
          `Job ${outcome.id} carries no confidence scores, so 'min-confidence' checked nothing: enable confidence scores in the extract configuration.`
        );
      }
    }
  }
}
