// Checks each job's extract_result against the user's JSON Schema, compiled once for every job of the step.
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { RE2JS } from 're2js';
import { Inputs } from '../lib/constants.js';
import { InputError, messageOf } from '../lib/errors.js';
import { cut, squash } from '../lib/bound.js';
import { readJsonFile, SCHEMA_FILE } from '../settings/input-file.js';
import { nestsDeeperThan } from '../lib/json-walk.js';
import type { Violation } from '../model/types.js';
import { relativeToWorkspace } from '../settings/workspace.js';

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

/**
 * Compiling costs more than linearly in the schema's size (2,000 branches of a oneOf take seconds, 10,000
 * sibling allOf entries half a minute), and ajv's checks recurse with the schema: larger or deeper schemas are
 * refused before compiling, so the gate always ends in time.
 */
const MAX_SCHEMA_NODES = 2000;
const MAX_SCHEMA_NESTING = 100;
/** Keywords whose values are data, not schemas: a `pattern` key inside them is no pattern. */
const DATA_KEYWORDS = new Set(['const', 'enum', 'default', 'examples']);
/** Keywords whose values map names to schemas. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas', 'dependencies']);
/** A pattern shown in a message is cut to this many characters, its ellipsis included. */
const PATTERN_CHARS = 101;

export function loadSchema(file: string, workspace: string): SchemaGate {
  const shown = relativeToWorkspace(file, workspace);
  const schema = readJsonFile(SCHEMA_FILE, file, workspace);
  checkComplexity(shown, schema);
  const validate = compile(shown, schema);
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

function compile(path: string, schema: unknown): ValidateFunction {
  // The class picks the draft; `$schema` is then dropped so spellings ajv does not know by id
  // (https, no `#`, draft-04/06) are checked against that draft's meta-schema instead of failing the lookup.
  let body = schema;
  let declared: unknown;
  if (typeof schema === 'object' && schema !== null && !Array.isArray(schema)) {
    const { $schema, ...rest } = schema as Record<string, unknown>;
    declared = $schema;
    body = rest;
  }
  // Patterns run on the linear-time engine: a pattern such as ^(a+)+$ cannot hang the step on a long string.
  // References are compiled once each, never copied into every place that uses them, so the code stays as
  // large as the schema. ajv's own logger would print the generated code of a failed compile to the log.
  const options = { allErrors: true, strict: false, inlineRefs: false, logger: false as const, code: { regExp: linearRegExp } };
  let ajv: Ajv | Ajv2020;
  if (declared === undefined || (typeof declared === 'string' && DRAFT_2020_12.test(declared))) {
    ajv = new Ajv2020(options);
  } else if (typeof declared === 'string' && DRAFT_07_STYLE.test(declared)) {
    ajv = new Ajv(options);
  } else {
    throw new InputError(
      Inputs.Schema,
      `schema file '${path}' declares an unsupported $schema ${JSON.stringify(declared)}: ` +
        `use http://json-schema.org/draft-07/schema# or https://json-schema.org/draft/2020-12/schema`
    );
  }
  addFormats(ajv);
  try {
    return ajv.compile(body as object | boolean);
  } catch (error) {
    // The checks below keep the compile's own recursion in bounds; this is the last guard.
    if (error instanceof RangeError) throw tooComplex(path, 'its compiled checks overflow the stack');
    throw new InputError(Inputs.Schema, `schema file '${path}' is not a valid JSON Schema (${squash(messageOf(error))}): fix the schema`);
  }
}

/** ajv's RegExpEngine on RE2: linear time in the string's length, whatever the pattern. */
function linearRegExp(pattern: string, flags: string): { test(text: string): boolean; toString(): string } {
  const compiled = RE2JS.compile(RE2JS.translateRegExp(pattern));
  // ajv keys its compiled patterns by toString: each must name its own pattern.
  return { test: (text) => compiled.test(text), toString: () => `/${pattern}/${flags}` };
}
linearRegExp.code = 're2js';

/** Refuses, before compiling, a schema too large or deep to compile in time, and a pattern RE2 cannot run. */
function checkComplexity(path: string, schema: unknown): void {
  let nodes = 0;
  // [value, JSON pointer, depth, what it is: a schema, a map of names (or of patterns) to schemas, or data]
  const stack: Array<[unknown, string, number, 'schema' | 'map' | 'patterns' | 'data']> = [[schema, '', 1, 'schema']];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, pointer, depth, role] = next;
    if (typeof node !== 'object' || node === null) continue;
    if (++nodes > MAX_SCHEMA_NODES) throw tooComplex(path, `it has more than ${MAX_SCHEMA_NODES} objects and arrays`);
    if (depth > MAX_SCHEMA_NESTING) throw tooComplex(path, `it nests more than ${MAX_SCHEMA_NESTING} levels deep at ${pointer}`);
    for (const [key, value] of Object.entries(node)) {
      const at = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (role === 'data') {
        stack.push([value, at, depth + 1, 'data']);
      } else if (role !== 'schema') {
        if (role === 'patterns') checkPattern(path, key, at);
        stack.push([value, at, depth + 1, 'schema']);
      } else {
        if (key === 'pattern' && typeof value === 'string') checkPattern(path, value, at);
        const map = key === 'patternProperties' ? 'patterns' : 'map';
        stack.push([value, at, depth + 1, DATA_KEYWORDS.has(key) ? 'data' : SCHEMA_MAPS.has(key) ? map : 'schema']);
      }
    }
  }
}

function checkPattern(path: string, pattern: string, pointer: string): void {
  try {
    linearRegExp(pattern, '');
  } catch (error) {
    throw new InputError(
      Inputs.Schema,
      `the pattern ${JSON.stringify(cut(pattern, PATTERN_CHARS))} at ${pointer || '/'} in '${path}' cannot run on the linear-time (RE2) engine ` +
        `(${squash(messageOf(error))}): rewrite it without backreferences or lookaround`
    );
  }
}

function tooComplex(path: string, why: string): InputError {
  return new InputError(
    Inputs.Schema,
    `schema file '${path}' is too complex to check in time: ${why} (at most ${MAX_SCHEMA_NODES} objects and arrays, ${MAX_SCHEMA_NESTING} levels). Simplify or split the schema`
  );
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
