// The public OpenAPI spec of /api/v2/extract (spec/extract-v2-openapi.json, a copy of LlamaCloud's), read
// rather than retyped: requests are checked against its schemas and parameters as FastAPI checks them, and
// the tests validate every answer against its component schemas.
import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

interface Parameter {
  name: string;
  in: string;
  schema: Record<string, unknown>;
}

interface OpenApi {
  paths: Record<string, Record<string, { parameters?: Parameter[] }>>;
  components: { schemas: Record<string, Record<string, unknown>> };
}

/** One entry of FastAPI's 422 `detail` (the spec's ValidationError). */
export interface ValidationIssue {
  loc: Array<string | number>;
  msg: string;
  type: string;
}

export const spec = JSON.parse(readFileSync(new URL('spec/extract-v2-openapi.json', import.meta.url), 'utf8')) as OpenApi;

const SPEC_ID = 'https://llamacloud.spec/openapi.json';
// ajv-formats is CommonJS: its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (
  ajv: Ajv2020
) => void;
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
addFormats(ajv);
ajv.addSchema({ $id: SPEC_ID, components: spec.components });

const compiled = new Map<string, ValidateFunction>();

/** A validator of the spec's `components.schemas[name]`. */
export function componentValidator(name: string): ValidateFunction {
  if (!(name in spec.components.schemas)) throw new Error(`the spec has no component schema ${name}`);
  let validate = compiled.get(name);
  if (!validate) {
    validate = ajv.compile({ $ref: `${SPEC_ID}#/components/schemas/${name}` });
    compiled.set(name, validate);
  }
  return validate;
}

/** What the spec says of `value` as `components.schemas[name]`, as FastAPI's `detail` entries under `loc`. */
export function checkComponent(name: string, value: unknown, loc: Array<string | number>): ValidationIssue[] {
  const validate = componentValidator(name);
  return validate(value) ? [] : issues(validate.errors ?? [], loc);
}

/** The query of `method path` checked against the operation's query parameters in the spec. */
export function checkQuery(method: string, template: string, query: URLSearchParams): ValidationIssue[] {
  const parameters = (spec.paths[template]?.[method.toLowerCase()]?.parameters ?? []).filter((p) => p.in === 'query');
  const found: ValidationIssue[] = [];
  for (const { name, schema } of parameters) {
    const values = query.getAll(name);
    if (values.length === 0) continue;
    const key = `query:${method} ${template} ${name}`;
    let validate = compiled.get(key);
    if (!validate) {
      validate = ajv.compile({ $id: `${SPEC_ID}/${encodeURIComponent(key)}`, ...schema });
      compiled.set(key, validate);
    }
    // A list parameter takes every value; any other takes the last, as FastAPI does.
    const value = allowsArray(schema) ? values : coerce(values[values.length - 1]!, schema);
    if (!validate(value)) found.push(...issues(validate.errors ?? [], ['query', name], value));
  }
  return found;
}

function allowsArray(schema: Record<string, unknown>): boolean {
  if (schema.type === 'array') return true;
  return Array.isArray(schema.anyOf) && schema.anyOf.some((s: { type?: string }) => s.type === 'array');
}

/** Query text is a string; an integer parameter takes it as a number when it is one. */
function coerce(text: string, schema: Record<string, unknown>): unknown {
  const integer =
    schema.type === 'integer' || (Array.isArray(schema.anyOf) && schema.anyOf.some((s: { type?: string }) => s.type === 'integer'));
  return integer && /^-?\d+$/.test(text) ? Number(text) : text;
}

/** ajv's errors as pydantic names them: one entry per failing location, the deepest reason first. */
function issues(errors: ErrorObject[], loc: Array<string | number>, input?: unknown): ValidationIssue[] {
  const byPath = new Map<string, ErrorObject>();
  for (const error of errors) {
    // anyOf's own error repeats what its branches said; a `null` branch's type error says nothing useful.
    if (error.keyword === 'anyOf' || (error.keyword === 'type' && error.params.type === 'null')) continue;
    const path = error.keyword === 'required' ? `${error.instancePath}/${String(error.params.missingProperty)}` : error.instancePath;
    if (!byPath.has(path)) byPath.set(path, error);
  }
  return [...byPath.entries()].map(([path, error]) => ({
    loc: [...loc, ...path.split('/').slice(1).map(unescapePointer)],
    ...describe(error, input)
  }));
}

function unescapePointer(part: string): string | number {
  const text = part.replace(/~1/g, '/').replace(/~0/g, '~');
  return /^\d+$/.test(text) ? Number(text) : text;
}

const FORMAT_TYPES: Record<string, string> = { 'date-time': 'datetime_from_date_parsing', uuid: 'uuid_parsing' };

function describe(error: ErrorObject, input: unknown): { msg: string; type: string } {
  switch (error.keyword) {
    case 'required':
      return { msg: 'Field required', type: 'missing' };
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map((v) => `'${String(v)}'`);
      const list = allowed.length > 1 ? `${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}` : allowed[0];
      return { msg: `Input should be ${list}`, type: 'enum' };
    }
    case 'format': {
      const format = String(error.params.format);
      if (format === 'date-time') {
        const dateOnly = typeof input === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(input);
        return dateOnly
          ? { msg: 'Input should be a valid datetime, date given where a datetime is due', type: FORMAT_TYPES[format]! }
          : { msg: 'Input should be a valid datetime', type: 'datetime_parsing' };
      }
      return { msg: `Input should be a valid ${format.toUpperCase()}`, type: FORMAT_TYPES[format] ?? 'value_error' };
    }
    case 'type': {
      const type = String(error.params.type);
      const name = type === 'object' ? 'dictionary' : type;
      return {
        msg: `Input should be a valid ${name}`,
        type: type === 'object' ? 'dict_type' : `${type === 'integer' ? 'int' : type}_type`
      };
    }
    default:
      return { msg: `Input ${error.message ?? 'is invalid'}`, type: 'value_error' };
  }
}
