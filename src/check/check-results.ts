// Runs the merge gates on each completed job: the JSON Schema and the minimum field confidence.
import { checkConfidence } from './confidence-gate.js';
import type { SchemaGate } from './schema-gate.js';
import type { ExtractJob, GateResult, JobRead, Violation } from '../model/types.js';
import { stateOf } from '../model/state.js';

export interface Gates {
  schema?: SchemaGate;
  minConfidence?: number;
}

/** A result too large to be kept in memory on arrival is read back and parsed here, for the schema only. */
function checkSchema(schema: SchemaGate, jobId: string, job: ExtractJob): Violation[] {
  let value: unknown;
  try {
    value = job.result?.value();
  } catch (error) {
    return [{ jobId, gate: 'schema', path: '/', message: `the result could not be read back (${(error as Error).message})` }];
  }
  return schema.check(jobId, value);
}

/** What the gates find in each completed job with a result, by job ID; other jobs are not checked. */
export function checkResults(reads: JobRead[], gates: Gates): Map<string, GateResult> {
  const found = new Map<string, GateResult>();
  for (const read of reads) {
    const { job } = read;
    if (stateOf(read) !== 'completed' || !job) continue;
    const result: GateResult = { violations: gates.schema ? checkSchema(gates.schema, read.id, job) : [] };
    if (gates.minConfidence !== undefined) {
      const confidence = checkConfidence(read.id, job.fieldMetadata, gates.minConfidence);
      result.hasConfidence = confidence.hasConfidence;
      result.violations.push(...confidence.violations);
    }
    found.set(read.id, result);
  }
  return found;
}
