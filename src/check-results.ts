// Runs the merge gates on each completed job: the JSON Schema and the minimum field confidence.
import * as core from '@actions/core';
import { Status } from './constants.js';
import { checkConfidence } from './gates/confidence-gate.js';
import type { SchemaGate } from './gates/schema-gate.js';
import { readFileSync } from 'node:fs';
import { hasResult, type ExtractJob, type JobOutcome, type Violation } from './types.js';

export interface Gates {
  schema?: SchemaGate;
  minConfidence?: number;
}

/** A result too large to be kept in memory on arrival is read back and parsed here, for the schema only. */
function checkSchema(schema: SchemaGate, jobId: string, job: ExtractJob): Violation[] {
  let value = job.parsedResult;
  if (value === undefined && job.resultSpool) {
    try {
      value = JSON.parse(readFileSync(job.resultSpool.path, 'utf8'));
    } catch (error) {
      return [{ jobId, gate: 'schema', path: '/', message: `the result could not be read back (${(error as Error).message})` }];
    }
  }
  return schema.check(jobId, value);
}

export function checkResults(outcomes: JobOutcome[], gates: Gates): void {
  for (const outcome of outcomes) {
    const { job } = outcome;
    if (outcome.status !== Status.Completed || !hasResult(job)) continue;
    if (gates.schema) outcome.violations.push(...checkSchema(gates.schema, outcome.id, job));
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
