// Checks each job's extract_result against the user's JSON Schema, compiled once for every job of the step.
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { Inputs } from '../constants.js';
import { InputError } from '../errors.js';
import { readJsonFile, SCHEMA_FILE } from '../input-file.js';
import { nestsDeeperThan } from '../json-walk.js';
import type { Violation } from '../types.js';
import { relativeToWorkspace } from '../workspace.js';

// ajv-formats is CommonJS and sets `exports.default` on the function it exports, so `.default` is the plugin
// whether the default import is the whole module (Node ESM, ts-jest, NodeNext types) or `exports.default` (ncc).
const addFormats = addFormatsModule.default;

export interface SchemaGate {
  /** Every way `data` breaks the schema, one violation per (path, problem). */
  check(jobId: string, data: unknown): Violation[];
}

/** ajv's checks recurse with the data (a recursive $ref does): deeper results are refused, not checked. */
const MAX_SCHEMA_DEPTH = 1000;

const DRAFT_2020_12 = /^https?:\/\/json-schema\.org\/draft\/2020-12\/schema#?$/;
// draft-04 and -06 read the same under draft-07 rules; draft-03 does not (`divisibleBy`, `extends` and
// `disallow` would be silently ignored, passing what it should not), so it is refused with 2019-09.
const DRAFT_07_STYLE = /^https?:\/\/json-schema\.org\/draft-0[467]\/schema#?$/;

export function loadSchema(file: string, workspace: string): SchemaGate {
  const validate = compile(relativeToWorkspace(file, workspace), readJsonFile(SCHEMA_FILE, file, workspace));
  return {
    check(jobId, data) {
      if (nestsDeeperThan(data, MAX_SCHEMA_DEPTH)) {
        return [
          {
            jobId,
            gate: 'schema',
            path: '/',
            message: `the result nests more than ${MAX_SCHEMA_DEPTH} levels deep, too deep to check against the schema`
          }
        ];
      }
      if (validate(data)) return [];
      const seen = new Set<string>();
      const violations: Violation[] = [];
      for (const error of validate.errors ?? []) {
        const violation: Violation = { jobId, gate: 'schema', path: error.instancePath || '/', message: describe(error) };
        const key = `${violation.path}\n${violation.message}`;
        if (seen.has(key)) continue; // allErrors repeats a problem once per anyOf/oneOf branch
        seen.add(key);
        violations.push(violation);
      }
      return violations;
    }
  };
}

function compile(shown: string, schema: unknown): ValidateFunction {
  // The class picks the draft; `$schema` is then dropped so spellings ajv does not know by id
  // (https, no `#`, draft-04/06) are checked against that draft's meta-schema instead of failing the lookup.
  let body = schema;
  let declared: unknown;
  if (typeof schema === 'object' && schema !== null && !Array.isArray(schema)) {
    const { $schema, ...rest } = schema as Record<string, unknown>;
    declared = $schema;
    body = rest;
  }
  const options = { allErrors: true, strict: false };
  let ajv: Ajv | Ajv2020;
  if (declared === undefined || (typeof declared === 'string' && DRAFT_2020_12.test(declared))) {
    ajv = new Ajv2020(options);
  } else if (typeof declared === 'string' && DRAFT_07_STYLE.test(declared)) {
    ajv = new Ajv(options);
  } else {
    throw new InputError(
      Inputs.Schema,
      `schema file '${shown}' declares an unsupported $schema ${JSON.stringify(declared)}: ` +
        `use http://json-schema.org/draft-07/schema# or https://json-schema.org/draft/2020-12/schema`
    );
  }
  addFormats(ajv);
  try {
    return ajv.compile(body as object | boolean);
  } catch (error) {
    throw new InputError(Inputs.Schema, `schema file '${shown}' is not a valid JSON Schema (${oneLine(error)}): fix the schema`);
  }
}

function describe(error: ErrorObject): string {
  switch (error.keyword) {
    case 'required':
      return `missing required property '${error.params.missingProperty}'`;
    case 'additionalProperties':
      return `unexpected property '${error.params.additionalProperty}'`;
    case 'unevaluatedProperties':
      return `unexpected property '${error.params.unevaluatedProperty}'`;
    default:
      return error.message ?? `fails '${error.keyword}'`;
  }
}

function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
}
