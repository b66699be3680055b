// Regression comparison: each result scored field by field against an expected file in the
// workspace (`expected`, `min-accuracy`, `compare`, `update-expected`), run as a runner runs the bundle.
import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { emulatorInputs, withEmulator, type ActionRun } from '../../emulator/runner.js';
import { useHarness } from '../support/harness.js';
import { annotations, readJson } from '../support/readers.js';
import { sampleFieldMetadata, sampleInvoice, type JobScript } from '../../emulator/emulator.js';

const harness = useHarness();

/** Runs the bundle in a fresh workspace holding `files` (expected results, rules). */
async function run(inputs: Record<string, string>, files: Record<string, string> = {}): Promise<ActionRun> {
  return harness.run({
    inputs: { 'poll-interval': '1s', 'output-file': 'out/{job_id}.json', ...inputs },
    workspace: harness.folder(files)
  });
}

const json = (value: unknown): string => JSON.stringify(value, null, 2);
const jobsOutput = (result: ActionRun): Array<Record<string, unknown>> => JSON.parse(result.outputs.jobs ?? '[]');
const EXPECTED = 'expected/{job_id}.json';

describe('expected', () => {
  it('passes a perfect match, a reordered array and a numeric string, each at accuracy 1', async () => {
    const reordered = { ...sampleInvoice, items: [...sampleInvoice.items].reverse() };
    const written = { ...sampleInvoice, total: '627.12', subtotal: '522.60', invoice_date: '15.03.2024' };
    const jobs: JobScript[] = [{ id: 'ext-same' }, { id: 'ext-reordered', result: reordered }, { id: 'ext-numeric', result: written }];
    await withEmulator({ jobs }, async (emulator) => {
      const result = await run(emulatorInputs(emulator, { 'job-id': 'ext-same ext-reordered ext-numeric', expected: EXPECTED }), {
        'expected/ext-same.json': json(sampleInvoice),
        'expected/ext-reordered.json': json(sampleInvoice),
        'expected/ext-numeric.json': json(sampleInvoice)
      });
      expect(annotations(result, 'error')).toEqual([]);
      expect(annotations(result, 'warning')).toEqual([]);
      expect(result.code).toBe(0);
      expect(result.outputs.accuracy).toBe('1');
      expect(jobsOutput(result).map(({ id, accuracy, mismatches }) => ({ id, accuracy, mismatches }))).toEqual([
        { id: 'ext-same', accuracy: 1, mismatches: 0 },
        { id: 'ext-reordered', accuracy: 1, mismatches: 0 },
        { id: 'ext-numeric', accuracy: 1, mismatches: 0 }
      ]);
      expect(result.summary).toContain('**Expected results:** 3 documents compared · mean accuracy 1 · 75 of 75 fields matched');
      expect(result.summary).toContain('✅ Compared with <code>expected/ext-same.json</code>: accuracy 1 (25 of 25 fields matched');
    });
  });

  it("scores the README's example: 1 matched, 1 wrong, 1 missing, 1 extra is accuracy 0.25, an error naming the paths", async () => {
    await withEmulator({ jobs: [{ id: 'ext-abc', result: { a: 1, b: 5, d: 4 } }] }, async (emulator) => {
      const result = await run(emulatorInputs(emulator, { 'job-id': 'ext-abc', expected: 'expected.json' }), {
        'expected.json': '{"a":1,"b":2,"c":3}'
      });
      expect(result.code).toBe(1);
      expect(annotations(result, 'error')).toEqual([
        'Job ext-abc: accuracy 0.25 against expected.json is below min-accuracy 1 (1 of 4 fields matched; 1 wrong, 1 missing, 1 extra). ' +
          'Differs at b, c, d.'
      ]);
      expect(result.outputs.accuracy).toBe('0.25');
      expect(jobsOutput(result)[0]).toMatchObject({ accuracy: 0.25, mismatches: 3 });
      // The result file is still written, for a later step to inspect.
      expect(await readJson(result, 'out/ext-abc.json')).toEqual({ a: 1, b: 5, d: 4 });
      expect(result.summary).toContain('| <code>b</code> | 2 | 5 | wrong |');
      expect(result.summary).toContain('| <code>c</code> | 3 | — | missing |');
      expect(result.summary).toContain('| <code>d</code> | — | 4 | extra |');
      expect(result.summary).toContain('accuracy 0.25 (1 of 4 fields matched; 1 wrong, 1 missing, 1 extra), below min-accuracy 1.');
    });
  });

  it('fails only the documents below min-accuracy; warnings instead with fail-on-error: false', async () => {
    const expected = {
      total: 10,
      vendor: 'Acme',
      date: '2024-03-15',
      lines: 3,
      currency: 'EUR',
      number: 'A-1',
      paid: true,
      note: 'x',
      ref: 1,
      tax: 2
    };
    const jobs: JobScript[] = [
      { id: 'ext-ninety', result: { ...expected, tax: 3 } }, // 9 of 10 fields
      { id: 'ext-eighty', result: { ...expected, tax: 3, ref: 2 } } // 8 of 10
    ];
    await withEmulator({ jobs }, async (emulator) => {
      const inputs = { 'job-id': 'ext-ninety ext-eighty', expected: EXPECTED, 'min-accuracy': '0.85' };
      const files = { 'expected/ext-ninety.json': json(expected), 'expected/ext-eighty.json': json(expected) };
      const failing = await run(emulatorInputs(emulator, inputs), files);
      expect(failing.code).toBe(1);
      expect(annotations(failing, 'error')).toEqual([
        'Job ext-eighty: accuracy 0.8 against expected/ext-eighty.json is below min-accuracy 0.85 (8 of 10 fields matched; 2 wrong, 0 missing, 0 extra). ' +
          'Differs at ref, tax.'
      ]);
      expect(failing.outputs.accuracy).toBe('0.85');
      expect(failing.summary).toContain('2 documents compared · mean accuracy 0.85 · 17 of 20 fields matched · 1 below min-accuracy 0.85');

      const warned = await run(emulatorInputs(emulator, { ...inputs, 'fail-on-error': 'false' }), files);
      expect(warned.code).toBe(0);
      expect(annotations(warned, 'error')).toEqual([]);
      expect(annotations(warned, 'warning')).toEqual([expect.stringMatching(/^Job ext-eighty: accuracy 0\.8 against/)]);
    });
  });

  it('applies a YAML rules file: a tolerance, a case-insensitive field, an ignored one', async () => {
    const result = { ...sampleInvoice, total: 627.1, currency: 'eur', vendor: { ...sampleInvoice.vendor, vat_id: 'changed' } };
    const rules = ['total:', '  tolerance: 0.05', 'currency: { case-insensitive: true }', 'vendor.vat_id: { ignore: true }', ''].join('\n');
    await withEmulator({ jobs: [{ id: 'ext-1', result }] }, async (emulator) => {
      const files = { 'expected/ext-1.json': json(sampleInvoice), 'compare.yml': rules };
      const ruled = await run(emulatorInputs(emulator, { 'job-id': 'ext-1', expected: EXPECTED, compare: 'compare.yml' }), files);
      expect(annotations(ruled, 'error')).toEqual([]);
      expect(ruled.code).toBe(0);
      expect(jobsOutput(ruled)[0]).toMatchObject({ accuracy: 1 });

      const strict = await run(emulatorInputs(emulator, { 'job-id': 'ext-1', expected: EXPECTED }), files);
      expect(strict.code).toBe(1);
      expect(annotations(strict, 'error')).toEqual([
        expect.stringMatching(/ext-1: accuracy 0\.88 .*Differs at currency, vendor\.vat_id, total\.$/)
      ]);
    });
  });

  it('reports a job without an expected file as "no expected result" with a warning, not counted', async () => {
    await withEmulator({ jobs: [{ id: 'ext-known' }, { id: 'ext-new' }] }, async (emulator) => {
      const result = await run(emulatorInputs(emulator, { 'job-id': 'ext-known ext-new', expected: EXPECTED }), {
        'expected/ext-known.json': json(sampleInvoice)
      });
      expect(result.code).toBe(0);
      expect(annotations(result, 'warning')).toEqual([
        'Job ext-new: no expected result at expected/ext-new.json, so it was not compared. Add the file, or write it from this result with update-expected: true.'
      ]);
      expect(result.outputs.accuracy).toBe('1');
      expect(jobsOutput(result)[1]).not.toHaveProperty('accuracy');
      expect(result.summary).toContain('1 document compared · mean accuracy 1 · 25 of 25 fields matched · 1 without an expected result');
      expect(result.summary).toMatch(/ext-new<\/code> \| .*no expected result \|/);
    });
  });

  it('with update-expected writes each result as its expected file, replacing a stale one, and passes', async () => {
    const rows = [{ sku: 'A', amount: 1 }];
    await withEmulator({ jobs: [{ id: 'ext-1' }, { id: 'ext-2', result: rows }] }, async (emulator) => {
      const inputs = { 'job-id': 'ext-1 ext-2', expected: 'test/expected/{job_id}.json' };
      const updated = await run(emulatorInputs(emulator, { ...inputs, 'update-expected': 'true' }), {
        'test/expected/ext-2.json': '{"stale": true, "broken": '
      });
      expect(annotations(updated, 'error')).toEqual([]);
      expect(annotations(updated, 'warning')).toEqual([]);
      expect(updated.code).toBe(0);
      expect(updated.outputs.accuracy).toBe('');
      const text = await readFile(join(updated.workspace, 'test/expected/ext-1.json'), 'utf8');
      expect(text).toBe(`${JSON.stringify(sampleInvoice, null, 2)}\n`);
      expect(await readJson(updated, 'test/expected/ext-2.json')).toEqual(rows);
      expect(updated.summary).toContain('no document compared · 2 expected files written');

      // The next run compares with what was written.
      const again = await harness.run({
        inputs: emulatorInputs(emulator, { ...inputs, 'output-file': 'out/{job_id}.json' }),
        workspace: updated.workspace
      });
      expect(again.code).toBe(0);
      expect(again.outputs.accuracy).toBe('1');
    });
  });

  it('compares a 10,000-row table, reordered with a few changes, by an optimal assignment', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => ({
      line: i + 1,
      sku: `SKU-${i}`,
      quantity: 1 + (i % 9),
      amount: ((i * 7919) % 50_000) / 100
    }));
    const result = [...rows].reverse().map((row, i) => (i === 100 ? { ...row, quantity: 99 } : row));
    result.splice(200, 1);
    await withEmulator({ jobs: [{ id: 'ext-table', result }] }, async (emulator) => {
      const run1 = await run(emulatorInputs(emulator, { 'job-id': 'ext-table', expected: EXPECTED, 'min-accuracy': '0.999' }), {
        'expected/ext-table.json': JSON.stringify(rows)
      });
      expect(annotations(run1, 'error')).toEqual([]);
      expect(run1.code).toBe(0);
      // 39,995 of 40,000 fields: one row missing (4 fields), one quantity wrong.
      expect(jobsOutput(run1)[0]).toMatchObject({ accuracy: 39_995 / 40_000, mismatches: 5 });
      expect(run1.summary).toContain('| <code>&#91;9899].quantity</code> | 9 | 99 | wrong |');
      expect(run1.summary).toContain('| <code>&#91;9799].line</code> | 9800 | — | missing |');
    });
  });

  it('scores a result too large to keep in memory (over 8 MiB, spooled to the runner temp folder) as any other', async () => {
    const blob = 'x'.repeat(9 * 1024 * 1024);
    const expected = { blob, total: 11, items: [{ a: 1 }, { a: 2 }] };
    await withEmulator({ jobs: [{ id: 'ext-large', result: { ...expected, total: 10 } }] }, async (emulator) => {
      const result = await run(emulatorInputs(emulator, { 'job-id': 'ext-large', expected: EXPECTED, 'min-accuracy': '0.5' }), {
        'expected/ext-large.json': JSON.stringify(expected)
      });
      expect(annotations(result, 'error')).toEqual([]);
      expect(result.code).toBe(0);
      // blob, items[0].a and items[1].a match; total differs.
      expect(jobsOutput(result)[0]).toMatchObject({ accuracy: 0.75, mismatches: 1 });
      expect(result.summary).toContain('| <code>total</code> | 11 | 10 | wrong |');
      expect((await readFile(join(result.workspace, 'out/ext-large.json'))).length).toBeGreaterThan(9 * 1024 * 1024);
    });
  });

  it('works together with schema and min-confidence: every problem is listed', async () => {
    const schema = { type: 'object', required: ['invoice_number'], properties: { total: { type: 'number' } } };
    await withEmulator(
      { jobs: [{ id: 'ext-1', result: { ...sampleInvoice, total: '627.12', tax: 100 }, fieldMetadata: sampleFieldMetadata }] },
      async (emulator) => {
        const inputs = { 'job-id': 'ext-1', expected: EXPECTED, schema: 'schema.json', 'min-confidence': '0.6' };
        const result = await run(emulatorInputs(emulator, inputs), {
          'expected/ext-1.json': json(sampleInvoice),
          'schema.json': json(schema)
        });
        expect(result.code).toBe(1);
        expect(annotations(result, 'error')).toEqual([
          'Job ext-1: schema check failed at /total: must be number',
          'Job ext-1: confidence check failed at due_date: confidence 0.55 is below 0.6',
          expect.stringMatching(/^Job ext-1: accuracy 0\.96 against expected\/ext-1\.json .*Differs at tax\.$/),
          '1 of 1 jobs did not pass (3 problems, listed above).'
        ]);
      }
    );
  });
});

describe('with file', () => {
  it('names each expected file after its document ({name}) and scores each created job against its own', async () => {
    await withEmulator({}, async (emulator) => {
      const result = await run(
        emulatorInputs(emulator, {
          file: 'invoices/*.pdf',
          configuration: 'invoice.yml',
          'output-file': 'extracted/{name}.json',
          expected: 'test/expected/{name}.json'
        }),
        {
          'invoices/march.pdf': '%PDF-1.7 march',
          'invoices/may.pdf': '%PDF-1.7 may',
          'invoice.yml': 'data_schema:\n  type: object\ntier: cost_effective\n',
          'test/expected/march.json': json(sampleInvoice),
          'test/expected/may.json': json({ ...sampleInvoice, total: 1 })
        }
      );
      expect(result.code).toBe(1);
      expect(annotations(result, 'error')).toEqual([
        expect.stringMatching(
          /^Job ext-\S+: accuracy 0\.96 against test\/expected\/may\.json is below min-accuracy 1 .*Differs at total\.$/
        )
      ]);
      expect(jobsOutput(result).map(({ file, accuracy }) => ({ file, accuracy }))).toEqual([
        { file: 'invoices/march.pdf', accuracy: 1 },
        { file: 'invoices/may.pdf', accuracy: 0.96 }
      ]);
    });
  });
});

describe('refused before any request', () => {
  it.each([
    [
      'an unknown rule',
      'rules.json',
      '{"total": {"tolerence": 0.1}}',
      /^Input 'compare': rules file 'rules\.json': 'total': unknown rule 'tolerence'\. Known rules: ignore, tolerance/
    ],
    [
      'a path matching nothing',
      'rules.yml',
      'totl: { tolerance: 0.1 }\n',
      /^Input 'compare': rules file 'rules\.yml': 'totl' matches nothing in any expected file/
    ],
    [
      'a bad tolerance',
      'rules.yml',
      'total: { tolerance: lots }\n',
      /'total': rule 'tolerance' must be a number of at least 0 \(0\.01\) or a percentage \(1%\), not "lots"/
    ],
    [
      'YAML that does not parse',
      'rules.yml',
      'total: [unclosed\n',
      /^Input 'compare': 'rules\.yml' is not valid YAML at line 2, column 1 \(bad indent\): fix its syntax\.$/
    ],
    ['a missing rules file', 'nowhere.yml', undefined, /^Input 'compare': 'nowhere\.yml' cannot be read \(ENOENT\)/]
  ])('%s', async (_name, compare, text, message) => {
    await withEmulator({ jobs: [{ id: 'ext-1' }] }, async (emulator) => {
      const files: Record<string, string> = { 'expected/ext-1.json': json(sampleInvoice) };
      if (text !== undefined) files[compare] = text;
      const result = await run(emulatorInputs(emulator, { 'job-id': 'ext-1', expected: EXPECTED, compare }), files);
      expect(result.code).toBe(1);
      expect(annotations(result, 'error')).toEqual([expect.stringMatching(message)]);
      expect(emulator.requests).toEqual([]);
    });
  });

  it('an expected file that is not JSON', async () => {
    await withEmulator({ jobs: [{ id: 'ext-1' }] }, async (emulator) => {
      const result = await run(emulatorInputs(emulator, { 'job-id': 'ext-1', expected: EXPECTED }), { 'expected/ext-1.json': '{"a": ' });
      expect(annotations(result, 'error')).toEqual([
        expect.stringMatching(/^Input 'expected': 'expected\/ext-1\.json' is not valid JSON at line 1, column 7 .*update-expected: true\.$/)
      ]);
      expect(emulator.requests).toEqual([]);
    });
  });
});
