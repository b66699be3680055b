import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { loadSchema } from '../../../src/check/schema-gate.js';
import { InputError } from '../../../src/lib/errors.js';
import { useHarness } from '../../support/harness.js';

const harness = useHarness();
const dir = harness.folder();
let fileCount = 0;

function schemaFile(content: unknown): string {
  const path = join(dir, `schema-${++fileCount}.json`);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

function loadError(path: string): InputError {
  try {
    loadSchema(path, dir);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('loadSchema did not throw');
}

const invoice = {
  type: 'object',
  required: ['vendor', 'due_date'],
  additionalProperties: false,
  properties: {
    vendor: { type: 'string' },
    due_date: { type: 'string', format: 'date' },
    total: { type: 'number' },
    address: { type: 'object', required: ['city'], properties: { city: { type: 'string' } } },
    items: { type: 'array', items: { type: 'object', properties: { amount: { type: 'number' } } } }
  }
};

describe.each([
  ['draft-07', 'http://json-schema.org/draft-07/schema#'],
  ['2020-12', 'https://json-schema.org/draft/2020-12/schema'],
  ['no $schema', undefined]
])('loadSchema with %s', (_name, $schema) => {
  const gate = loadSchema(schemaFile({ $schema, ...invoice }), dir);

  it('passes a conforming result', () => {
    expect(gate.check('job-1', { vendor: 'Acme', due_date: '2024-05-01', total: 12.5, items: [{ amount: 1 }] })).toEqual([]);
  });

  it('reports each problem with its JSON pointer and a readable message', () => {
    const violations = gate.check('job-1', {
      total: '12.50',
      due_date: 'soon',
      address: {},
      items: [{ amount: 1 }, { amount: 2 }, { amount: 'three' }],
      notes: 'x'
    });
    expect(violations).toEqual(
      expect.arrayContaining([
        { jobId: 'job-1', gate: 'schema', path: '/', message: "missing required property 'vendor'" },
        { jobId: 'job-1', gate: 'schema', path: '/', message: "unexpected property 'notes'" },
        { jobId: 'job-1', gate: 'schema', path: '/total', message: 'must be number' },
        { jobId: 'job-1', gate: 'schema', path: '/due_date', message: 'must match format "date"' },
        { jobId: 'job-1', gate: 'schema', path: '/address', message: "missing required property 'city'" },
        { jobId: 'job-1', gate: 'schema', path: '/items/2/amount', message: 'must be number' }
      ])
    );
    expect(violations).toHaveLength(6);
  });

  it('shows the document root as /', () => {
    expect(gate.check('job-2', ['not', 'an', 'object'])).toEqual([
      { jobId: 'job-2', gate: 'schema', path: '/', message: 'must be object' }
    ]);
  });
});

describe('loadSchema draft semantics', () => {
  it('reads draft-07 keywords (tuple items, definitions) with draft-07 rules', () => {
    const gate = loadSchema(
      schemaFile({
        $schema: 'http://json-schema.org/draft-07/schema#',
        definitions: { money: { type: 'number' } },
        type: 'array',
        items: [{ type: 'string' }, { $ref: '#/definitions/money' }]
      }),
      dir
    );
    expect(gate.check('j', ['Acme', 3])).toEqual([]);
    expect(gate.check('j', [1, 'x']).map((v) => `${v.path} ${v.message}`)).toEqual(['/0 must be string', '/1 must be number']);
  });

  it('reads 2020-12 keywords (prefixItems, $defs, unevaluatedProperties)', () => {
    const gate = loadSchema(
      schemaFile({
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        $defs: { money: { type: 'number' } },
        type: 'object',
        properties: { pair: { type: 'array', prefixItems: [{ type: 'string' }, { $ref: '#/$defs/money' }] } },
        unevaluatedProperties: false
      }),
      dir
    );
    expect(gate.check('j', { pair: ['Acme', 3] })).toEqual([]);
    expect(gate.check('j', { pair: ['Acme', 'x'], extra: true }).map((v) => `${v.path} ${v.message}`)).toEqual([
      '/pair/1 must be number',
      "/ unexpected property 'extra'"
    ]);
  });

  it('takes a schema without $schema as 2020-12', () => {
    const gate = loadSchema(schemaFile({ type: 'array', prefixItems: [{ type: 'string' }] }), dir);
    expect(gate.check('j', [5])).toEqual([{ jobId: 'j', gate: 'schema', path: '/0', message: 'must be string' }]);
  });

  it.each([
    'http://json-schema.org/draft-04/schema#',
    'http://json-schema.org/draft-06/schema#',
    'https://json-schema.org/draft-07/schema'
  ])('checks %s schemas as draft-07', ($schema) => {
    const gate = loadSchema(schemaFile({ $schema, type: 'object', required: ['id'] }), dir);
    expect(gate.check('j', {})).toEqual([{ jobId: 'j', gate: 'schema', path: '/', message: "missing required property 'id'" }]);
  });

  it.each(['https://json-schema.org/draft/2019-09/schema', 'http://json-schema.org/draft-03/schema#', 'http://json-schema.org/schema#'])(
    'rejects a $schema it cannot honour (%s), naming the supported ones',
    ($schema) => {
      const error = loadError(schemaFile({ $schema, type: 'object' }));
      expect(error.input).toBe('schema');
      expect(error.message).toContain(`unsupported $schema "${$schema}"`);
      expect(error.message).toContain('http://json-schema.org/draft-07/schema#');
    }
  );

  it('reports a problem repeated across anyOf branches once', () => {
    const gate = loadSchema(schemaFile({ anyOf: [{ type: 'string' }, { type: 'string', minLength: 1 }] }), dir);
    expect(gate.check('j', 5).map((v) => v.message)).toEqual(['must be string', 'must match a schema in anyOf']);
  });

  it('accepts a file starting with a byte order mark', () => {
    const gate = loadSchema(schemaFile(`\uFEFF${JSON.stringify({ type: 'string' })}`), dir);
    expect(gate.check('j', 'ok')).toEqual([]);
  });
});

describe('loadSchema bad files', () => {
  it('says which file could not be read and why', () => {
    const missing = join(dir, 'missing.json');
    const error = loadError(missing);
    expect(error.input).toBe('schema');
    expect(error.message).toBe(
      `Input 'schema': 'missing.json' cannot be read (ENOENT): check the path, and that the file is in the checkout.`
    );
    expect(loadError(dir).message).toBe(`Input 'schema': '.' is not a file: give the path of a JSON file.`);
  });

  it('says where the file is not JSON, without quoting it', () => {
    const path = schemaFile('{ "type": "object",\n}');
    expect(loadError(path).message).toMatch(
      /^Input 'schema': 'schema-\d+\.json' is not valid JSON at line 2, column 1 \(expected a key after a comma\): fix its syntax\.$/
    );
  });

  it.each([
    ['an unknown type', { type: 'strin' }, 'must be equal to one of the allowed values'],
    ['a dangling $ref', { $ref: '#/$defs/nope' }, "can't resolve reference #/$defs/nope"],
    ['a JSON value that is no schema', 42, 'schema must be object or boolean']
  ])('says the schema is invalid for %s, with ajv’s message on one line', (_name, schema, ajvMessage) => {
    const error = loadError(schemaFile(schema));
    expect(error.message).toContain('is not a valid JSON Schema (');
    expect(error.message).toContain(ajvMessage);
    expect(error.message).toMatch(/: fix the schema$/);
    expect(error.message).not.toContain('\n');
  });
});

describe('deep results', () => {
  it('refuses a result nested beyond 1000 levels as one violation, even under a recursive schema', () => {
    const gate = loadSchema(schemaFile({ type: 'object', properties: { a: { $ref: '#' } } }), dir);
    let deep: unknown = {};
    for (let i = 0; i < 5000; i++) deep = { a: deep };
    expect(gate.check('job-1', deep)).toEqual([
      {
        jobId: 'job-1',
        gate: 'schema',
        path: '/',
        message: 'the result nests more than 1000 levels deep, too deep to check against the schema'
      }
    ]);
    let fits: unknown = {};
    for (let i = 1; i < 1000; i++) fits = { a: fits };
    expect(gate.check('job-1', fits)).toEqual([]);
  });
});

describe('patterns, on a linear-time engine', () => {
  it('checks a pattern that backtracks catastrophically in linear time, with the right verdict', () => {
    const gate = loadSchema(schemaFile({ properties: { code: { type: 'string', pattern: '^(a+)+$' } } }), dir);
    expect(gate.check('job-1', { code: 'a'.repeat(100_000) })).toEqual([]);
    expect(gate.check('job-1', { code: `${'a'.repeat(100_000)}!` })).toEqual([
      { jobId: 'job-1', gate: 'schema', path: '/code', message: 'must match pattern "^(a+)+$"' }
    ]);
  });

  it('keeps each pattern apart, and reads ECMAScript escapes and named groups', () => {
    const gate = loadSchema(
      schemaFile({
        properties: { a: { pattern: '^\\d{4}$' }, b: { pattern: '^[a-z]+$' }, c: { pattern: '^(?<word>caf\\u00e9)$' } },
        patternProperties: { '^x-\\w+$': { type: 'number' } }
      }),
      dir
    );
    expect(gate.check('j', { a: '2024', b: 'abc', c: 'café', 'x-one': 1 })).toEqual([]);
    expect(gate.check('j', { a: 'abc', b: '2024', c: 'cafe', 'x-one': 'one' }).map((violation) => violation.path)).toEqual([
      '/a',
      '/b',
      '/c',
      '/x-one'
    ]);
  });

  it.each([
    ['a backreference', { properties: { id: { pattern: '^(a)\\1$' } } }, '"^(a)\\\\1$" at /properties/id/pattern'],
    ['a lookahead', { $defs: { code: { pattern: 'a(?=b)' } } }, '"a(?=b)" at /$defs/code/pattern'],
    ['a lookbehind in patternProperties', { patternProperties: { '(?<!x)y': {} } }, '"(?<!x)y" at /patternProperties/(?<!x)y']
  ])('refuses %s, naming the pattern and where it is', (_name, schema, where) => {
    const error = loadError(schemaFile(schema));
    expect(error.message).toContain(`Input 'schema': the pattern ${where} in '`);
    expect(error.message).toMatch(/cannot run on the linear-time \(RE2\) engine \(.+\): rewrite it without backreferences or lookaround$/);
  });

  it('takes a `pattern` in data (const, enum, default, examples) or a property named so for what it is', () => {
    const gate = loadSchema(
      schemaFile({
        properties: { pattern: { type: 'string' }, kind: { const: { pattern: '(a)\\1' }, default: { pattern: '(?=x)' } } }
      }),
      dir
    );
    expect(gate.check('j', { pattern: 'x', kind: { pattern: '(a)\\1' } })).toEqual([]);
  });
});

describe('schema size', () => {
  it('refuses, before compiling, a schema of 10,000 sibling allOf entries', () => {
    const path = schemaFile({ allOf: Array.from({ length: 10_000 }, (_, i) => ({ properties: { [`p${i}`]: { type: 'string' } } })) });
    expect(loadError(path).message).toBe(
      `Input 'schema': schema file '${basename(path)}' is too complex to check in time: it has more than 2000 objects and arrays ` +
        '(at most 2000 objects and arrays, 100 levels). Simplify or split the schema'
    );
  });

  it('refuses a schema nested more than 100 levels deep, saying where', () => {
    let deep: unknown = { type: 'string' };
    for (let i = 0; i < 150; i++) deep = { items: deep };
    expect(loadError(schemaFile(deep)).message).toContain(`it nests more than 100 levels deep at /${'items/'.repeat(100).slice(0, -1)}`);
  });

  it('compiles a schema just under the limits', () => {
    const gate = loadSchema(schemaFile({ properties: Object.fromEntries(Array.from({ length: 1998 }, (_, i) => [`p${i}`, {}])) }), dir);
    expect(gate.check('j', { p0: 1 })).toEqual([]);
  });
});
