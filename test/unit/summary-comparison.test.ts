import { describe, expect, it } from '@jest/globals';
import { compareResult } from '../../src/compare/compare.js';
import { renderSummary } from '../../src/summary.js';
import { outcome } from '../__fixtures__/outcomes.js';
import type { ComparisonFinding } from '../../src/compare/baseline.js';

const compared = (id: string, expected: unknown, got: unknown, file = `expected/${id}.json`) =>
  outcome(
    id,
    'COMPLETED',
    { comparison: { expectedFile: file, comparison: compareResult(expected, got) } },
    { resultJson: Buffer.from(JSON.stringify(got)), parsedResult: got }
  );
const withFinding = (id: string, finding: ComparisonFinding) =>
  outcome(id, 'COMPLETED', { comparison: finding }, { resultJson: Buffer.from('{}'), parsedResult: {} });

describe('the summary of a comparison', () => {
  it('says documents compared, mean accuracy and fields matched under the heading, and each job its accuracy', () => {
    const markdown = renderSummary(
      [
        compared('ext-1', { a: 1, b: 2, c: 3 }, { a: 1, b: 5, d: 4 }),
        compared('ext-2', { a: 1 }, { a: 1 }),
        withFinding('ext-3', { expectedFile: 'expected/ext-3.json' }),
        withFinding('ext-4', { expectedFile: 'expected/ext-4.json', updated: true })
      ],
      { minAccuracy: 0.5 }
    );
    expect(markdown).toContain(
      '**Expected results:** 2 documents compared · mean accuracy 0.625 · 2 of 5 fields matched · 1 below min-accuracy 0.5 · 1 without an expected result · 1 expected file written\n\n'
    );
    expect(markdown).toMatch(/<code>ext-1<\/code> \|.*\| accuracy 0\.25 \|/);
    expect(markdown).toMatch(/<code>ext-3<\/code> \|.*\| no expected result \|/);
    expect(markdown).toMatch(/<code>ext-4<\/code> \|.*\| expected file written \|/);
    expect(markdown).toContain(
      '❌ Compared with <code>expected/ext-1.json</code>: accuracy 0.25 (1 of 4 fields matched; 1 wrong, 1 missing, 1 extra), below min-accuracy 0.5.\n\n' +
        '| Field | Expected | Got | Kind |\n| --- | --- | --- | --- |\n| <code>b</code> | 2 | 5 | wrong |\n| <code>c</code> | 3 | — | missing |\n| <code>d</code> | — | 4 | extra |'
    );
    expect(markdown).toContain(
      '✅ Compared with <code>expected/ext-2.json</code>: accuracy 1 (1 of 1 field matched; 0 wrong, 0 missing, 0 extra).'
    );
    expect(markdown).toContain('ℹ️ No expected result at <code>expected/ext-3.json</code>: not compared.');
    expect(markdown).toContain('📝 Written as the expected result: <code>expected/ext-4.json</code>.');
  });

  it('says nothing of comparisons when none was asked for', () => {
    expect(renderSummary([compared('ext-1', { a: 1 }, { a: 2 })])).not.toContain('Expected results');
  });

  it('caps the table with "and N more", escapes document text and says when rows were matched greedily', () => {
    const expected = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`f${i}`, i]));
    const got = { ...Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`f${i}`, -i - 1])), '<b>|x': '`*_[y' };
    const comparison = { ...compareResult(expected, got), approximated: ['items'] };
    const markdown = renderSummary([withFinding('ext-1', { expectedFile: 'e.json', comparison })], { minAccuracy: 1 });
    expect(markdown.match(/\| wrong \|/g)).toHaveLength(50);
    expect(markdown).toContain('…and 11 more');
    expect(markdown).toContain('ℹ️ <code>items</code>: too many rows differ for an optimal matching');
    expect(markdown).not.toContain('<b>');
  });

  it('counts no document when every job was written by update-expected', () => {
    const markdown = renderSummary([withFinding('ext-1', { expectedFile: 'e.json', updated: true })], { minAccuracy: 1 });
    expect(markdown).toContain('**Expected results:** no document compared · 1 expected file written');
  });
});
