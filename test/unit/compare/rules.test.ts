import { describe, expect, it } from '@jest/globals';
import { checkRulesAgainst, parseRules } from '../../../src/compare/rules.js';

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
    [
      { total: { tolerence: 1 } },
      "'total': unknown rule 'tolerence'. Known rules: ignore, tolerance, case-insensitive, key, any-of, date-order, similarity, credit-null."
    ],
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
