// How a result is scored against its expected file, run as a runner runs the bundle: dates, grids, large tables,
// exact numbers, precision/recall/F1 and the F1 gate, credit-null, alternate readings, similarity.
import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ActionRun } from '../../emulator/runner.js';
import { useHarness } from '../support/harness.js';
import { annotations } from '../support/readers.js';
import type { JobScript } from '../../emulator/emulator.js';

const harness = useHarness();

const EXPECTED = 'expected/{job_id}.json';

/** Runs one job against its expected file (and any other files) in a fresh workspace. */
async function score(
  job: JobScript,
  expected: string,
  inputs: Record<string, string> = {},
  files: Record<string, string> = {}
): Promise<{ run: ActionRun; requests: number }> {
  const workspace = harness.folder({ [`expected/${job.id}.json`]: expected, ...files });
  const { run, requests } = await harness.runAgainst(
    { jobs: [job] },
    { inputs: { 'job-id': job.id, expected: EXPECTED, 'poll-interval': '1s', ...inputs }, workspace }
  );
  return { run, requests: requests.length };
}

const jobsOutput = (result: ActionRun): Array<Record<string, unknown>> => JSON.parse(result.outputs.jobs ?? '[]');
const wrongPaths = (result: ActionRun): string[] =>
  [...result.summary.matchAll(/\| <code>([^<]+)<\/code> \| [^|]+ \| [^|]+ \| wrong \|/g)].map((match) => match[1] ?? '');

describe('dates', () => {
  const expected = {
    hyphen_month_first: '12-31-2025',
    slash_and_hyphen: '02/01/2025',
    ambiguous: '02-01-2025',
    two_digit_year: '06/01/09',
    short: '6/15/24',
    with_weekday: 'Mon, 11 Mar 2024',
    date_time: '2024-03-15T10:30:00Z'
  };
  const result = {
    hyphen_month_first: '2025-12-31',
    slash_and_hyphen: '02-01-2025',
    ambiguous: '2025-01-02',
    two_digit_year: '06/01/2009',
    short: '2024-06-15',
    with_weekday: '2024-03-11',
    date_time: '2024-03-15T12:30:00+02:00'
  };

  it('reads unambiguous dates in any order, compares an ambiguous one as written, never guessed', async () => {
    const { run } = await score({ id: 'ext-dates', result }, JSON.stringify(expected), { 'min-accuracy': '0' });
    expect(annotations(run, 'error')).toEqual([]);
    // 02-01-2025 could be 2 January or 1 February: only the same text (separators aside) matches it.
    expect(wrongPaths(run)).toEqual(['ambiguous']);
    expect(jobsOutput(run)[0]).toMatchObject({ accuracy: 0.857142857143, mismatches: 1 });
  });

  it('reads ambiguous dates in the order a date-order rule sets, for one field or the whole file', async () => {
    for (const rules of ['ambiguous: { date-order: day-first }\n', "'*': { date-order: day-first }\n"]) {
      const { run } = await score(
        { id: 'ext-dates', result },
        JSON.stringify(expected),
        { compare: 'compare.yml' },
        { 'compare.yml': rules }
      );
      expect(annotations(run, 'error')).toEqual([]);
      expect(jobsOutput(run)[0]).toMatchObject({ accuracy: 1 });
    }
  });

  it('refuses a date-order it does not know before any request', async () => {
    const { run, requests } = await score(
      { id: 'ext-dates', result },
      JSON.stringify(expected),
      { compare: 'compare.yml' },
      {
        'compare.yml': 'ambiguous: { date-order: year-first }\n'
      }
    );
    expect(annotations(run, 'error')).toEqual([
      "Input 'compare': rules file 'compare.yml': 'ambiguous': rule 'date-order' must be day-first or month-first, not \"year-first\"."
    ]);
    expect(requests).toBe(0);
  });
});

describe('grids and large tables', () => {
  it('matches the rows of a reordered grid (a list of lists) as rows', async () => {
    const grid = Array.from({ length: 9 }, (_, i) => [`Row ${i}`, i * 10, `${i}%`]);
    const { run } = await score({ id: 'ext-grid', result: { table: [...grid].reverse() } }, JSON.stringify({ table: grid }));
    expect(annotations(run, 'error')).toEqual([]);
    expect(run.code).toBe(0);
    expect(jobsOutput(run)[0]).toMatchObject({ accuracy: 1 });
  });

  it('pairs 1,000 × 1,000 changed rows optimally, where matching each row in turn pairs the wrong ones', async () => {
    // Blocks of two rows: the result's first row holds 2 fields of expected row a and 3 of row b, its second 1 of a.
    const expected: unknown[] = [];
    const result: unknown[] = [];
    for (let k = 0; k < 500; k++) {
      const row = (prefix: string) => Object.fromEntries([1, 2, 3, 4, 5].map((f) => [`f${f}`, `${prefix}${f}-${k}`]));
      const [a, b, other] = [row('a'), row('b'), row('c')];
      expected.push(a, b);
      result.push({ f1: a.f1, f2: a.f2, f3: b.f3, f4: b.f4, f5: b.f5 }, { ...other, f5: a.f5 });
    }
    const { run } = await score({ id: 'ext-rows', result: { rows: result } }, JSON.stringify({ rows: expected }), {
      'min-accuracy': '0.4'
    });
    expect(annotations(run, 'error')).toEqual([]);
    // Optimal: a with the second row (1 field), b with the first (3): 4 of 10 fields a block; no row missing.
    expect(jobsOutput(run)[0]).toMatchObject({ accuracy: 0.4 });
    expect(run.summary).toContain('(2000 of 5000 fields matched; 3000 wrong, 0 missing, 0 extra)');
    expect(run.summary).not.toContain('matched greedily');
  });
});

describe('exact numbers', () => {
  it('tells large integers, digit strings and numbers past a double apart', async () => {
    const expected = '{"cik": 9007199254740993, "account": "12345678901234567", "huge": 1e999, "same": 12345678901234567890}';
    const resultRaw = '{"cik": 9007199254740992, "account": "12345678901234568", "huge": 2e999, "same": 1.2345678901234567890e19}';
    const { run } = await score({ id: 'ext-ids', resultRaw }, expected, { 'min-accuracy': '0' });
    expect(wrongPaths(run)).toEqual(['cik', 'account', 'huge']);
    expect(run.summary).toContain('| <code>cik</code> | 9007199254740993 | 9007199254740992 | wrong |');
    expect(run.summary).toContain('| <code>huge</code> | 1e999 | 2e999 | wrong |');
    expect(jobsOutput(run)[0]).toMatchObject({ accuracy: 0.25 });
  });
});

describe('precision, recall and F1', () => {
  const expected = JSON.stringify({ a: 1, b: 2, c: 3, d: 4, note: null });
  const result = { a: 1, b: 2, c: 0 };

  it('are in the summary and in jobs beside accuracy; min-accuracy-metric: f1 gates on F1', async () => {
    const { run } = await score({ id: 'ext-f1', result }, expected, { 'min-accuracy': '0.55', 'min-accuracy-metric': 'f1' });
    // 2 matched, 1 wrong, 1 missing: accuracy 0.5, precision 2/3, recall 1/2, F1 4/7 = 0.571.
    expect(annotations(run, 'error')).toEqual([]);
    expect(run.code).toBe(0);
    expect(jobsOutput(run)[0]).toMatchObject({ accuracy: 0.5, precision: 0.666666666667, recall: 0.5, f1: 0.571428571429 });
    expect(run.summary).toContain('mean precision 0.6666, recall 0.5, F1 0.5714');
    expect(run.summary).toMatch(/<code>ext-f1<\/code> \|.*\| f1 0\.5714 \|/);

    const strict = await score({ id: 'ext-f1', result }, expected, { 'min-accuracy': '0.6', 'min-accuracy-metric': 'f1' });
    expect(annotations(strict.run, 'error')).toEqual([
      'Job ext-f1: f1 0.5714 against expected/ext-f1.json is below min-accuracy 0.6 (2 of 4 fields matched; 1 wrong, 1 missing, 0 extra). Differs at c, d.'
    ]);
  });

  it('credit-null counts a field null or absent on both sides as matched', async () => {
    const { run } = await score(
      { id: 'ext-null', result },
      expected,
      { 'min-accuracy': '0' },
      { 'compare.yml': "'*': { credit-null: true }\n" }
    );
    expect(jobsOutput(run)[0]).toMatchObject({ accuracy: 0.5 });
    const credited = await score(
      { id: 'ext-null', result },
      expected,
      { 'min-accuracy': '0', compare: 'compare.yml' },
      {
        'compare.yml': "'*': { credit-null: true }\n"
      }
    );
    expect(jobsOutput(credited.run)[0]).toMatchObject({ accuracy: 0.6 });
  });

  it('refuses a min-accuracy-metric it does not know before any request', async () => {
    const { run, requests } = await score({ id: 'ext-f1', result }, expected, { 'min-accuracy-metric': 'recall' });
    expect(annotations(run, 'error')).toEqual(["Input 'min-accuracy-metric': must be accuracy or f1, not 'recall'."]);
    expect(requests).toBe(0);
  });
});

describe('alternate readings and similarity', () => {
  it('accepts any reading of a $one-of, and update-expected keeps the readings the new result is one of', async () => {
    const expected = JSON.stringify({ vendor: { '$one-of': ['ACME', 'ACME Inc.'] }, city: { '$one-of': ['Köln', 'Cologne'] }, total: 5 });
    const result = { vendor: 'ACME Inc.', city: 'Bonn', total: 5 };
    const { run } = await score({ id: 'ext-alt', result }, expected, { 'min-accuracy': '0' });
    expect(wrongPaths(run)).toEqual(['city']);
    expect(run.summary).toContain('| <code>city</code> | "Köln" &#124; "Cologne" | "Bonn" | wrong |');

    const updated = await score({ id: 'ext-alt', result }, expected, { 'update-expected': 'true' });
    expect(updated.run.code).toBe(0);
    expect(JSON.parse(await readFile(join(updated.run.workspace, 'expected/ext-alt.json'), 'utf8'))).toEqual({
      vendor: { '$one-of': ['ACME', 'ACME Inc.'] },
      city: 'Bonn',
      total: 5
    });
  });

  it('similarity accepts free text within the threshold; composed and decomposed accents are one text', async () => {
    const expected = JSON.stringify({ description: 'Consulting services, March', name: 'Café Müller' });
    const result = { description: 'Consultng services, March', name: 'Cafe\u0301 Mu\u0308ller' };
    const strict = await score({ id: 'ext-text', result }, expected, { 'min-accuracy': '0' });
    expect(wrongPaths(strict.run)).toEqual(['description']);
    const { run } = await score(
      { id: 'ext-text', result },
      expected,
      { compare: 'compare.yml' },
      {
        'compare.yml': 'description: { similarity: 0.9 }\n'
      }
    );
    expect(annotations(run, 'error')).toEqual([]);
    expect(jobsOutput(run)[0]).toMatchObject({ accuracy: 1 });
  });
});
