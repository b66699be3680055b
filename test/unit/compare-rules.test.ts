import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareWithBaseline, loadBaseline, type Baseline } from '../../src/compare/baseline.js';
import { checkRulesAgainst, parseRules } from '../../src/compare/rules.js';
import type { ExtractJob } from '../../src/types.js';

const refusal = (action: () => unknown): string | undefined => {
  try {
    action();
  } catch (error) {
    return (error as Error).message;
  }
  return undefined;
};

describe('parseRules', () => {
  it('reads every rule and path form', () => {
    const rules = parseRules(
      {
        total: { tolerance: 0.01 },
        'items[].amount': { tolerance: '1%' },
        '*.name': { 'case-insensitive': true },
        '["Invoice No."]': { ignore: true },
        items: { key: 'sku' },
        currency: { 'any-of': ['EUR', '€'] },
        '[]': {}
      },
      'compare.yml'
    );
    expect(rules.list.map(({ pattern, rule }) => [pattern, rule])).toEqual([
      ['total', { tolerance: { absolute: 0.01 } }],
      ['items[].amount', { tolerance: { relative: 1 } }],
      ['*.name', { caseInsensitive: true }],
      ['["Invoice No."]', { ignore: true }],
      ['items', { key: 'sku' }],
      ['currency', { anyOf: ['EUR', '€'] }],
      ['[]', {}]
    ]);
  });

  it.each([
    [[], "rules file 'r.yml': expected a map of field paths to rules"],
    [null, 'expected a map of field paths to rules'],
    [{ total: 0.01 }, "'total' must map to rules"],
    [{ total: { tolerence: 1 } }, "'total': unknown rule 'tolerence'. Known rules: ignore, tolerance, case-insensitive, key, any-of."],
    [{ total: { tolerance: -1 } }, "rule 'tolerance' must be a number of at least 0 (0.01) or a percentage (1%), not -1."],
    [{ total: { tolerance: 'ten' } }, 'not "ten"'],
    [{ total: { ignore: 'yes' } }, "rule 'ignore' must be true or false"],
    [{ items: { key: '' } }, "rule 'key' must be the name of a field of the rows"],
    [{ currency: { 'any-of': [] } }, "rule 'any-of' must be a list of accepted values"],
    [{ currency: { 'any-of': [{ a: 1 }] } }, "rule 'any-of' must be a list of accepted values"],
    [{ 'items[0].amount': {} }, "'items[0].amount' is not a field path (write [] for any index"],
    [{ 'a..b': {} }, "'a..b' is not a field path (a field name is missing at position 3)"],
    [{ 'a.': {} }, 'a field name is missing at position 3'],
    [{ '': {} }, "'' is not a field path (it is empty)"]
  ])('refuses %j', (document, message) => {
    const error = refusal(() => parseRules(document, 'r.yml'));
    expect(error).toContain("Input 'compare': rules file 'r.yml': ");
    expect(error).toContain(message);
  });
});

describe('checkRulesAgainst', () => {
  const documents = [{ total: 1, items: [{ sku: 'A', amount: 2 }] }, { vendor: { name: 'Acme' } }];

  it('accepts rules that each match a field of some expected file', () => {
    const rules = parseRules({ total: {}, 'items[].amount': {}, '*.name': {}, items: { key: 'sku' } }, 'r.json');
    expect(refusal(() => checkRulesAgainst(rules, documents))).toBeUndefined();
  });

  it('names every path that matches nothing, and a key that names no field of the rows', () => {
    const rules = parseRules({ totl: {}, 'items[].amount': {}, 'items.amount': {}, items: { key: 'id' } }, 'r.json');
    expect(refusal(() => checkRulesAgainst(rules, documents))).toBe(
      "Input 'compare': rules file 'r.json': 'totl', 'items.amount', 'items' (an array of rows with the field 'id') match nothing in any expected file. " +
        'Check the path: * stands for any key, [] for any index (items[].amount).'
    );
  });

  it('has nothing to check against when there is no expected file yet', () => {
    expect(refusal(() => checkRulesAgainst(parseRules({ totl: {} }, 'r.json'), []))).toBeUndefined();
  });
});

describe('baseline', () => {
  let workspace: string;
  beforeAll(async () => {
    workspace = await mkdtemp(join(tmpdir(), 'llx-baseline-'));
  });
  afterAll(() => rm(workspace, { recursive: true, force: true }));

  const job = (value: unknown): ExtractJob => {
    const resultJson = Buffer.from(JSON.stringify(value));
    return { id: 'ext-1', status: 'COMPLETED', usage: {}, resultJson, parsedResult: value, raw: resultJson };
  };
  /** What comparing gave for one completed job. */
  const check = async (baseline: Baseline, id: string, result: ExtractJob) =>
    (await compareWithBaseline([{ id, status: 'COMPLETED', job: { ...result, id }, timedOut: false }], baseline)).get(id);
  const settings = (extra: object = {}) => ({ expected: join(workspace, '{job_id}.json'), minAccuracy: 1, update: false, ...extra });

  it('scores each job against its own file, and has nothing to compare a job without one with', async () => {
    await writeFile(join(workspace, 'ext-1.json'), '\uFEFF{"a": 1, "b": 2}');
    const baseline = await loadBaseline(settings(), ['ext-1', 'ext-2'], workspace);
    expect(await check(baseline, 'ext-1', job({ a: 1, b: 3 }))).toMatchObject({
      expectedFile: 'ext-1.json',
      comparison: { matched: 1, wrong: 1, accuracy: 0.5 }
    });
    expect(await check(baseline, 'ext-2', job({ a: 1 }))).toEqual({ expectedFile: 'ext-2.json' });
  });

  it('leaves a job that did not complete with a result to its own problem', async () => {
    const baseline = await loadBaseline(settings(), ['ext-1'], workspace);
    const failed = { id: 'ext-1', status: 'FAILED', job: { ...job({}), status: 'FAILED', resultJson: undefined }, timedOut: false };
    expect(await compareWithBaseline([failed], baseline)).toEqual(new Map());
  });

  it('reads a result too large to have been parsed on arrival', async () => {
    const baseline = await loadBaseline(settings(), ['ext-1'], workspace);
    const unparsed = { ...job({ a: 1, b: 2 }), parsedResult: undefined };
    expect(await check(baseline, 'ext-1', unparsed)).toMatchObject({ comparison: { accuracy: 1 } });
  });

  it('with update writes the result pretty-printed, without reading the old file', async () => {
    await writeFile(join(workspace, 'ext-3.json'), 'not json');
    const baseline = await loadBaseline(settings({ update: true }), ['ext-3'], workspace);
    expect(await check(baseline, 'ext-3', job({ a: [1] }))).toEqual({ expectedFile: 'ext-3.json', updated: true });
    expect(await readFile(join(workspace, 'ext-3.json'), 'utf8')).toBe('{\n  "a": [\n    1\n  ]\n}\n');
  });

  it('turns a file that cannot be written into the job’s error', async () => {
    await writeFile(join(workspace, 'blocker'), '');
    const baseline = await loadBaseline(
      settings({ update: true, expected: join(workspace, 'blocker', '{job_id}.json') }),
      ['ext-4'],
      workspace
    );
    const finding = await check(baseline, 'ext-4', job({ a: 1 }));
    expect(finding?.error).toMatch(/^Could not write the expected result of job ext-4 to '.*blocker\/ext-4\.json' \((ENOTDIR|EEXIST)/);
  });

  it('refuses an expected file that is a folder', async () => {
    await expect(loadBaseline(settings({ expected: workspace }), ['ext-1'], workspace)).rejects.toThrow(
      /^Input 'expected': cannot read expected file '.*' \(EISDIR\)/
    );
  });
});
