// The merge gates and the outputs that feed later steps: `schema` (draft 2020-12 and draft-07),
// `min-confidence` at document, page and row level, `result` (≤ 1 MiB) and `job-file`.
import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { emulatorInputs, withEmulator, type ActionRun } from '../../emulator/runner.js';
import { useHarness } from '../support/harness.js';
import { annotations, readJson } from '../support/readers.js';
import { makeRows, sampleFieldMetadata, sampleInvoice, type JobScript } from '../../emulator/emulator.js';

const harness = useHarness();

/** Runs the bundle in a fresh workspace holding `files` (e.g. a schema). */
async function run(inputs: Record<string, string>, files: Record<string, string> = {}): Promise<ActionRun> {
  return harness.run({ inputs: { 'poll-interval': '1s', ...inputs }, workspace: harness.folder(files) });
}

const { due_date: _omitted, ...withoutDueDate } = sampleInvoice;
const invoiceProperties = {
  invoice_number: { type: 'string' },
  due_date: { type: 'string', format: 'date' },
  total: { type: 'string' }
};
// Each draft's own way of saying "the first line item has quantity 4", so a schema read under the other
// draft's rules would not catch `/items/0/quantity`.
const SCHEMAS = {
  '2020-12': {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    required: ['invoice_number', 'due_date'],
    properties: { ...invoiceProperties, items: { type: 'array', prefixItems: [{ $ref: '#/$defs/firstLine' }] } },
    $defs: { firstLine: { properties: { quantity: { const: 4 } } } }
  },
  'draft-07': {
    $schema: 'http://json-schema.org/draft-07/schema#',
    type: 'object',
    required: ['invoice_number', 'due_date'],
    properties: { ...invoiceProperties, items: { type: 'array', items: [{ $ref: '#/definitions/firstLine' }] } },
    definitions: { firstLine: { properties: { quantity: { const: 4 } } } }
  }
};

describe('schema', () => {
  it.each(Object.entries(SCHEMAS))('checks each result against a %s schema, one ::error:: per violation', async (_draft, schema) => {
    const jobs: JobScript[] = [
      { id: 'ext-good', result: { ...sampleInvoice, total: '627.12' } },
      { id: 'ext-bad', result: { ...withoutDueDate, items: [{ ...sampleInvoice.items[0], quantity: 5 }] } }
    ];
    await withEmulator({ jobs }, async (emulator) => {
      // The schema lives in a subfolder of the workspace, as in a checkout.
      const result = await run(
        emulatorInputs(emulator, { 'job-id': 'ext-good ext-bad', 'output-file': 'out/{job_id}.json', schema: 'schemas/invoice.json' }),
        { 'schemas/invoice.json': JSON.stringify(schema, null, 2) }
      );
      expect(result.code).toBe(1);
      expect(annotations(result, 'error')).toEqual([
        "Job ext-bad: schema check failed at /: missing required property 'due_date'",
        'Job ext-bad: schema check failed at /total: must be string',
        'Job ext-bad: schema check failed at /items/0/quantity: must be equal to constant',
        '1 of 2 jobs did not pass (3 problems, listed above).'
      ]);
      // Both completed: both files are written, the off-schema one too, for a later step to inspect.
      expect(await readJson(result, 'out/ext-good.json')).toEqual({ ...sampleInvoice, total: '627.12' });
      expect(await readJson(result, 'out/ext-bad.json')).toMatchObject({ total: 627.12 });
      expect(result.outputs.status).toBe('COMPLETED');
    });
  });

  it('lets violations through as warnings with fail-on-error: false', async () => {
    await withEmulator({ jobs: [{ id: 'ext-bad', result: withoutDueDate }] }, async (emulator) => {
      const result = await run(emulatorInputs(emulator, { 'job-id': 'ext-bad', schema: 'invoice.json', 'fail-on-error': 'false' }), {
        'invoice.json': JSON.stringify(SCHEMAS['2020-12'])
      });
      expect(result.code).toBe(0);
      expect(annotations(result, 'error')).toEqual([]);
      expect(annotations(result, 'warning')).toEqual([
        "Job ext-bad: schema check failed at /: missing required property 'due_date'",
        'Job ext-bad: schema check failed at /total: must be string'
      ]);
    });
  });

  it.each([
    ['a missing file', 'nowhere.json', {}, /^Input 'schema': 'nowhere\.json' cannot be read \(ENOENT\)/],
    [
      'a file that is not JSON',
      'broken.json',
      { 'broken.json': '{"type": "object",' },
      /^Input 'schema': 'broken\.json' is not valid JSON at line 1, column 19 /
    ],
    [
      'an invalid JSON Schema',
      'wrong.json',
      { 'wrong.json': '{"type": "strnig"}' },
      /^Input 'schema': schema file '.*wrong\.json' is not a valid JSON Schema/
    ],
    [
      'an unsupported draft',
      'old.json',
      { 'old.json': '{"$schema": "http://json-schema.org/draft-03/schema#"}' },
      /^Input 'schema': .* declares an unsupported \$schema/
    ],
    [
      'a pattern with a lookahead',
      'look.json',
      { 'look.json': JSON.stringify({ properties: { code: { type: 'string', pattern: '^(?=A)\\w+$' } } }) },
      /^Input 'schema': the pattern "\^\(\?=A\)\\\\w\+\$" at \/properties\/code\/pattern in '.*look\.json' cannot run on the linear-time \(RE2\) engine/
    ],
    [
      'a schema of 10,000 sibling allOf entries, at once',
      'huge.json',
      {
        'huge.json': JSON.stringify({
          allOf: Array.from({ length: 10_000 }, (_, i) => ({ properties: { [`p${i}`]: { type: 'string' } } }))
        })
      },
      /^Input 'schema': schema file '.*huge\.json' is too complex to check in time: it has more than 2000 objects and arrays/
    ]
  ])('refuses %s as an input error before any request', async (_name, schema, files, message) => {
    await withEmulator({ jobs: [{ id: 'ext-1' }] }, async (emulator) => {
      const result = await run(emulatorInputs(emulator, { 'job-id': 'ext-1', schema }), files);
      expect(result.code).toBe(1);
      expect(annotations(result, 'error')).toEqual([expect.stringMatching(message)]);
      expect(emulator.requests).toEqual([]);
    });
  });
});

describe('schema patterns', () => {
  it('checks a pattern that backtracks catastrophically at once, with the right verdict', async () => {
    const jobs: JobScript[] = [
      { id: 'ext-match', result: { code: 'a'.repeat(35) } },
      { id: 'ext-no-match', result: { code: `${'a'.repeat(35)}!` } }
    ];
    await withEmulator({ jobs }, async (emulator) => {
      const result = await run(
        emulatorInputs(emulator, { 'job-id': 'ext-match ext-no-match', 'output-file': '{job_id}.json', schema: 's.json' }),
        {
          's.json': JSON.stringify({ properties: { code: { type: 'string', pattern: '^(a+)+$' } } })
        }
      );
      // A backtracking engine takes minutes on the second string; the harness would kill the step.
      expect(result.timedOut).toBe(false);
      expect(result.code).toBe(1);
      expect(annotations(result, 'error')).toEqual(['Job ext-no-match: schema check failed at /code: must match pattern "^(a+)+$"']);
    });
  });
});

const entry = (confidence: number) => ({ citation: [{ page: 1, matching_text: 'x' }], confidence });

describe('min-confidence', () => {
  it('names every field under the threshold by its path, at document, page and row level', async () => {
    const jobs: JobScript[] = [
      // The emulator's sample: due_date 0.55, vendor.vat_id 0.71, items[1].unit_price 0.64.
      { id: 'ext-sample' },
      {
        id: 'ext-doc',
        result: { vendor: 'Acme', items: [{ amount: 1 }, { amount: 2 }, { amount: 3 }] },
        fieldMetadata: {
          document_metadata: { vendor: entry(0.5), items: [{ amount: entry(0.9) }, { amount: entry(0.95) }, { amount: entry(0.61) }] },
          page_metadata: null,
          row_metadata: null
        }
      },
      {
        id: 'ext-pages',
        result: [{ vendor: 'Acme' }, { vendor: 'Acme' }],
        fieldMetadata: { document_metadata: null, page_metadata: [{ vendor: entry(0.99) }, { vendor: entry(0.42) }], row_metadata: null }
      },
      {
        id: 'ext-rows',
        result: [{ amount: 1 }, { amount: 2 }, { amount: 3 }, { amount: 4 }],
        fieldMetadata: { document_metadata: null, page_metadata: null, row_metadata: [{}, {}, {}, { amount: entry(0.3) }] }
      },
      { id: 'ext-confident', result: { vendor: 'Acme' }, fieldMetadata: { document_metadata: { vendor: entry(0.99) } } }
    ];
    await withEmulator({ jobs }, async (emulator) => {
      const result = await run(
        emulatorInputs(emulator, { 'job-id': jobs.map((job) => job.id).join(','), 'output-file': '{job_id}.json', 'min-confidence': '0.8' })
      );
      expect(result.code).toBe(1);
      expect(annotations(result, 'error')).toEqual([
        'Job ext-sample: confidence check failed at due_date: confidence 0.55 is below 0.8',
        'Job ext-sample: confidence check failed at vendor.vat_id: confidence 0.71 is below 0.8',
        'Job ext-sample: confidence check failed at items[1].unit_price: confidence 0.64 is below 0.8',
        'Job ext-doc: confidence check failed at vendor: confidence 0.5 is below 0.8',
        'Job ext-doc: confidence check failed at items[2].amount: confidence 0.61 is below 0.8',
        'Job ext-pages: confidence check failed at pages[1].vendor: confidence 0.42 is below 0.8',
        'Job ext-rows: confidence check failed at rows[3].amount: confidence 0.3 is below 0.8',
        '4 of 5 jobs did not pass (7 problems, listed above).'
      ]);
      expect(annotations(result, 'warning')).toEqual([]);
    });
  });

  it('warns that confidence scores are off when a job carries none', async () => {
    const jobs: JobScript[] = [
      {
        id: 'ext-none',
        result: sampleInvoice,
        fieldMetadata: { document_metadata: { vendor: { citation: [{ page: 1, matching_text: 'Acme' }] } } }
      },
      { id: 'ext-null', result: sampleInvoice, fieldMetadata: null }
    ];
    await withEmulator({ jobs }, async (emulator) => {
      const result = await run(
        emulatorInputs(emulator, { 'job-id': 'ext-none ext-null', 'output-file': '{job_id}.json', 'min-confidence': '0.9' })
      );
      expect(result.code).toBe(0);
      expect(annotations(result, 'warning')).toEqual(
        ['ext-none', 'ext-null'].map((id) =>
          expect.stringMatching(
            new RegExp(`^Job ${id} carries no confidence scores.*enable confidence scores in the extract configuration`)
          )
        )
      );
    });
  });

  it('passes when every field is at or above the threshold', async () => {
    await withEmulator({ jobs: [{ id: 'ext-1' }] }, async (emulator) => {
      const result = await run(emulatorInputs(emulator, { 'job-id': 'ext-1', 'min-confidence': '0.55' }));
      expect(result.code).toBe(0);
      expect(annotations(result, 'error')).toEqual([]);
      expect(annotations(result, 'warning')).toEqual([]);
    });
  });
});

describe('the result output', () => {
  it("is the compact JSON of a single job's extract_result, ready for fromJSON", async () => {
    const spaced = Buffer.from(JSON.stringify(sampleInvoice, null, 4));
    await withEmulator({ jobs: [{ id: 'ext-1', resultRaw: spaced }] }, async (emulator) => {
      const result = await run(emulatorInputs(emulator, { 'job-id': 'ext-1' }));
      expect(result.code).toBe(0);
      expect(result.outputs.result).toBe(JSON.stringify(sampleInvoice));
      expect(annotations(result, 'notice')).toEqual([]);
    });
  });

  it('is empty above 1 MiB, with a notice pointing to result-file', async () => {
    const rows = makeRows(2 * 1024 * 1024);
    await withEmulator({ jobs: [{ id: 'ext-big', resultRaw: rows }] }, async (emulator) => {
      const result = await run(emulatorInputs(emulator, { 'job-id': 'ext-big' }));
      expect(result.code).toBe(0);
      expect(result.outputs.result).toBe('');
      expect(annotations(result, 'notice')).toEqual([
        expect.stringMatching(/'result' output is empty: .*2\.0 MiB.*Read 'result-file' instead/)
      ]);
      expect(result.outputs['result-file']).toBe(join(result.workspace, 'extract-result.json'));
      expect((await readJson(result, 'extract-result.json')) as unknown[]).toHaveLength((JSON.parse(rows.toString()) as unknown[]).length);
    });
  });

  it('is empty for several jobs (each has its own result file)', async () => {
    await withEmulator({ jobs: [{ id: 'ext-1' }, { id: 'ext-2' }] }, async (emulator) => {
      const result = await run(emulatorInputs(emulator, { 'job-id': 'ext-1 ext-2', 'output-file': '{job_id}.json' }));
      expect(result.code).toBe(0);
      expect(result.outputs.result).toBe('');
    });
  });
});

describe('job-file', () => {
  it('holds the whole job as served: metadata, usage, field metadata', async () => {
    const job: JobScript = { id: 'ext-1', usage: { num_pages_extracted: 2, credits: 3 }, extra: { citations_note: 'kept' } };
    await withEmulator({ jobs: [job] }, async (emulator) => {
      const result = await run(emulatorInputs(emulator, { 'job-id': 'ext-1', 'job-file': 'meta/job.json' }));
      expect(result.code).toBe(0);
      const written = (await readJson(result, 'meta/job.json')) as Record<string, unknown>;
      expect(written).toMatchObject({
        id: 'ext-1',
        status: 'COMPLETED',
        configuration_id: null,
        metadata: { usage: { num_pages_extracted: 2 } },
        usage: { credits: 3 },
        extract_metadata: { field_metadata: sampleFieldMetadata },
        extract_result: sampleInvoice,
        citations_note: 'kept'
      });
      expect(written).toHaveProperty('created_at');
      expect(written).toHaveProperty('updated_at');
    });
  });
});
