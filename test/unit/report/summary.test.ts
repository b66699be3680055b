import { describe, expect, it } from '@jest/globals';
import { compareResult } from '../../../src/compare/compare.js';
import { renderSummary } from '../../../src/report/summary.js';
import { kept, notStarted, judgement, readJob, spools, type Found } from '../../__fixtures__/judgements.js';
import { MAX_OUTPUT_BYTES } from '../../../src/lib/constants.js';
import { combinedStatus, judge, shownState, type Judgement } from '../../../src/judge/judgement.js';
import type { ExtractJob, JobRead, Violation } from '../../../src/model/types.js';
import type { ComparisonFinding } from '../../../src/compare/describe.js';

function completed(id: string, result: unknown, extra: Partial<JobRead> & Found = {}, jobExtra: Partial<ExtractJob> = {}): Judgement {
  return judgement(id, 'COMPLETED', { resultFile: `out/${id}.json`, ...extra }, { result: kept(JSON.stringify(result)), ...jobExtra });
}

/** The rows of the top table, split into cells (pipes inside cells are escaped, so a plain split is exact). */
function tableRows(markdown: string): string[][] {
  const table = markdown.slice(markdown.indexOf('| Job |'), markdown.indexOf('\n\n', markdown.indexOf('| Job |')));
  return table
    .split('\n')
    .slice(2)
    .map((line) => line.split(' | ').map((cell) => cell.replace(/^\| | \|$/g, '')));
}

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');
const cutNote = (markdown: string): string | undefined => markdown.match(/^> ✂️.*$/m)?.[0];
const violation = (jobId: string, path: string, message: string, confidence?: number): Violation =>
  confidence === undefined ? { jobId, gate: 'schema', path, message } : { jobId, gate: 'confidence', path, message, confidence };

describe('renderSummary heading', () => {
  it('says all completed with a check mark', () => {
    const md = renderSummary([completed('a', {}), completed('b', {}), completed('c', {})], {});
    expect(md.startsWith('## ✅ 3 of 3 extract jobs passed\n\n| Job |')).toBe(true);
  });

  it('breaks down what did not complete and gate failures, with a cross', () => {
    const md = renderSummary(
      [
        completed('a', {}, { violations: [violation('a', '/total', 'must be number')] }),
        judgement('b', 'FAILED'),
        judgement('c', 'CANCELLED'),
        judgement('d', 'RUNNING', { timedOut: true }),
        judgement('e', '', { job: undefined, error: 'HTTP 404' })
      ],
      {}
    );
    expect(md).toMatch(
      /^## ❌ 0 of 5 extract jobs passed\n\n1 completed · 1 failed · 1 cancelled · 1 timed out · 1 unreadable · 1 job with gate violations\n\n/
    );
  });

  it('keeps a status the API added, as a job still in progress', () => {
    const md = renderSummary([completed('a', {}), judgement('b', 'PARTIAL_SUCCESS')], {});
    expect(md).toMatch(/^## ⏳ 1 of 2 extract jobs passed\n\n1 completed · 1 in progress\n\n/);
    expect(tableRows(md)[0]?.[1]).toBe('⏳ PARTIAL&#95;SUCCESS');
  });

  it('shows an hourglass when jobs are still running without having failed (wait: false)', () => {
    expect(renderSummary([judgement('a', 'PENDING')], {})).toMatch(/^## ⏳ 0 of 1 extract job passed\n\n1 in progress\n\n/);
  });
});

describe('renderSummary table', () => {
  it('shows input, duration, pages, tokens, credits and result file per job', () => {
    const md = renderSummary(
      [
        completed(
          'job-a',
          {},
          {},
          {
            fileInput: 'invoice.pdf',
            createdAt: '2024-05-01T10:00:00Z',
            updatedAt: '2024-05-01T10:00:12.345Z',
            usage: { num_pages_extracted: 3, num_pages_billed: 4, num_document_tokens: 1200, num_output_tokens: 34, credits: 4.5 }
          }
        ),
        completed(
          'job-b',
          {},
          {},
          {
            createdAt: '2024-05-01T10:00:00Z',
            updatedAt: '2024-05-01T10:04:05Z',
            usage: { num_pages_billed: 4, num_document_tokens: 1200 }
          }
        ),
        completed(
          'job-c',
          {},
          {},
          { createdAt: '2024-05-01T10:00:00Z', updatedAt: '2024-05-01T12:03:00Z', usage: { num_output_tokens: 7 } }
        )
      ],
      {}
    );
    expect(tableRows(md)).toEqual([
      ['<code>job-a</code>', '✅ COMPLETED', 'invoice.pdf', '12.3s', '3', '1,234', '4.5', '<code>out/job-a.json</code>', ''],
      ['<code>job-b</code>', '✅ COMPLETED', '—', '4m 05s', '4', '1,200 in', '—', '<code>out/job-b.json</code>', ''],
      ['<code>job-c</code>', '✅ COMPLETED', '—', '2h 03m 00s', '—', '7 out', '—', '<code>out/job-c.json</code>', '']
    ]);
  });

  it('groups numbers as en-US does, at most 3 decimals (without loading ICU)', () => {
    const values = [0, 7, 999, 1000, 12_345.678_9, -1234.5, 1_234_567, 0.0004, 2.0005, 1e20, 1e21];
    const cells = values.map((credits) => tableRows(renderSummary([completed('n', {}, {}, { usage: { credits } })], {}))[0]?.[6]);
    expect(cells).toEqual(values.map((value) => value.toLocaleString('en-US', { maximumFractionDigits: 3 })));
  });

  it('shows unknown usage as a dash, never as 0', () => {
    const md = renderSummary([judgement('x', '', { job: undefined, error: 'HTTP 401' })], {});
    const [row] = tableRows(md);
    expect(row?.slice(2, 8)).toEqual(['—', '—', '—', '—', '—', '—']);
    expect(row?.[1]).toBe('⚠️ not read');
    expect(md).not.toMatch(/\| 0 \|/);
  });

  it('notes timeouts, cancel requests, errors and gate counts', () => {
    const md = renderSummary(
      [
        judgement('t', 'RUNNING', { timedOut: true, cancelRequested: true }),
        judgement('f', 'FAILED', {}, { errorMessage: 'Document could not be parsed' }),
        judgement('r', 'RUNNING', { error: 'retries exhausted (HTTP 503)' }),
        completed(
          'g',
          {},
          {
            violations: [
              violation('g', '/a', 'must be string'),
              violation('g', '/b', 'must be string'),
              violation('g', 'c', 'confidence 0.1 is below 0.5', 0.1)
            ]
          }
        )
      ],
      { minConfidence: 0.5 }
    );
    expect(tableRows(md).map((row) => [row[1], row[8]])).toEqual([
      ['⏱️ RUNNING', 'timed out; cancel requested'],
      ['❌ FAILED', 'Document could not be parsed'],
      ['⚠️ RUNNING', 'read error: retries exhausted (HTTP 503)'],
      // COMPLETED by the API, but it failed a gate: not a check mark.
      ['❌ COMPLETED', '2 schema violations; 1 field under min-confidence']
    ]);
  });
});

describe('renderSummary job detail', () => {
  it('gives failed and unreadable jobs their full error message', () => {
    const md = renderSummary(
      [
        judgement('f', 'FAILED', {}, { errorMessage: 'x'.repeat(150) }),
        judgement('r', '', { job: undefined, error: 'HTTP 404: job r not found' })
      ],
      {}
    );
    expect(md).toContain(`<details><summary>❌ <code>f</code> · FAILED</summary>\n\n**Error:** ${'x'.repeat(150)}\n\n</details>`);
    expect(md).toContain(
      '<details><summary>⚠️ <code>r</code> · not read</summary>\n\n**Read error:** HTTP 404: job r not found\n\n</details>'
    );
  });

  it('counts a job cancelled when the step was stopped (not timed out) as cancelled, not in progress', () => {
    const stepProblems = ['The step was stopped (SIGTERM) before every job had ended.'];
    const md = renderSummary([judgement('s', 'RUNNING', { cancelRequested: true }), completed('c', {})], { stepProblems });
    expect(md).toMatch(
      /^## ❌ 1 of 2 extract jobs passed\n\n1 completed · 1 cancelled\n\n⛔ The step was stopped \(SIGTERM\) before every job had ended\.\n\n/
    );
    expect(tableRows(md)[0]!.slice(1, 2)).toEqual(['🚫 RUNNING']);
    expect(md).toContain('<details><summary>🚫 <code>s</code> · RUNNING</summary>\n\n🚫 Cancellation was requested for this job.');
  });

  it('explains a timeout and a cancel request', () => {
    const md = renderSummary([judgement('t', 'RUNNING', { timedOut: true, cancelRequested: true }), judgement('u', 'PENDING')], {});
    expect(md).toContain('⏱️ Stopped waiting at the timeout; the job was RUNNING.\n\n🚫 Cancellation was requested for this job.');
    expect(md).not.toContain('<code>u</code> · PENDING</summary>'); // nothing to say about it
  });

  it('lists gate violations in a table per job', () => {
    const md = renderSummary(
      [
        completed(
          'g',
          {},
          {
            hasConfidence: true,
            violations: [
              violation('g', '/', "missing required property 'due_date'"),
              violation('g', 'items[2].amount', 'confidence 0.62 is below 0.8', 0.62)
            ]
          }
        )
      ],
      { minConfidence: 0.8 }
    );
    expect(md).toContain(
      '| Field | Problem | Confidence |\n| --- | --- | --- |\n' +
        "| <code>/</code> | missing required property 'due&#95;date' | — |\n" +
        '| <code>items&#91;2].amount</code> | confidence 0.62 is below 0.8 | 0.62 |\n\n' +
        '⚠️ 1 field below confidence 0.8.'
    );
  });

  it('caps a long violation list', () => {
    const violations = Array.from({ length: 120 }, (_, i) => violation('g', `/items/${i}`, 'must be object'));
    const md = renderSummary([completed('g', {}, { violations })], {});
    expect(md).toContain('<code>/items/49</code>');
    expect(md).not.toContain('<code>/items/50</code>');
    expect(md).toContain('<code>/items/49</code> | must be object | — |\n\n…and 70 more violations\n\n');
  });

  it('says whether completed jobs met min-confidence, or carried no confidence data', () => {
    const md = renderSummary([completed('ok', {}, { hasConfidence: true }), completed('none', {}, { hasConfidence: false })], {
      minConfidence: 0.9
    });
    expect(md).toContain('All fields at or above confidence 0.9.');
    expect(md).toContain('ℹ️ This job carried no confidence data: enable `confidence_scores`');
    expect(renderSummary([completed('ok', {}, { hasConfidence: true })], {})).not.toContain('confidence');
  });

  it('opens the detail when there is a single job', () => {
    expect(renderSummary([judgement('f', 'FAILED', {}, { errorMessage: 'boom' })], {})).toContain(
      '<details open><summary>❌ <code>f</code>'
    );
  });
});

describe('renderSummary preview', () => {
  it('shows top-level fields JSON-encoded and cut at 80 characters', () => {
    const md = renderSummary(
      [completed('p', { vendor: 'Acme', total: 12.5, paid: false, due: null, notes: 'n'.repeat(200), items: [{ a: 1 }] })],
      {}
    );
    expect(md).toContain(
      '<details><summary>Result preview: 6 fields</summary>\n\n| Field | Value |\n| --- | --- |\n' +
        '| <code>vendor</code> | "Acme" |\n| <code>total</code> | 12.5 |\n| <code>paid</code> | false |\n| <code>due</code> | null |\n' +
        `| <code>notes</code> | "${'n'.repeat(78)}… |\n` +
        '| <code>items</code> | &#91;{"a":1}] |\n\n</details>'
    );
  });

  it('shows a list result as its row count and the first rows', () => {
    const rows = Array.from({ length: 120 }, (_, i) => ({ page: i + 1, vendor: `V${i}` }));
    const md = renderSummary([completed('p', rows)], {});
    expect(md).toContain('<summary>Result preview: 120 rows, first 3 shown</summary>');
    expect(md).toContain('| <code>&#91;2].vendor</code> | "V2" |');
    expect(md).not.toContain('&#91;3]');
  });

  it('stops at 50 fields and keeps a huge result small', () => {
    const huge = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`field_${i}`, 'v'.repeat(500)]));
    const md = renderSummary([completed('h', huge)], {});
    expect(bytes(JSON.stringify(huge))).toBeGreaterThan(5_000_000);
    expect(bytes(md)).toBeLessThan(12_000);
    expect(md).toContain('Result preview: 10000 fields');
    expect(md).toContain('<code>field&#95;49</code>');
    expect(md).not.toContain('<code>field&#95;50</code>');
    expect(md).toContain('<code>field&#95;49</code> | "vvvv');
    expect(md).toContain('… |\n\n…and 9950 more\n\n</details>');
  });

  it('says when a completed job returned an empty or no result', () => {
    const md = renderSummary([completed('e', {}), completed('r', []), judgement('n', 'COMPLETED')], {});
    expect(md).toContain('<code>e</code> · COMPLETED</summary>\n\nResult: 0 fields.\n\n</details>');
    expect(md).toContain('<code>r</code> · COMPLETED</summary>\n\nResult: 0 rows.\n\n</details>');
    expect(md).toContain('<code>n</code> · COMPLETED</summary>\n\nThe job returned no `extract_result`.\n\n</details>');
  });

  it('does not preview jobs that did not complete', () => {
    const md = renderSummary([judgement('f', 'FAILED', {}, { errorMessage: 'boom', result: kept('{"a":1}') })], {});
    expect(md).not.toContain('Result preview');
  });
});

describe('renderSummary escaping', () => {
  it('keeps API text from breaking tables or becoming HTML or Markdown', () => {
    const nasty = 'a|b <script>alert(1)</script> & `code` *bold* _em_ [link](http://x) ~~s~~ \\ line1\nline2\r\nline3';
    const md = renderSummary(
      [
        completed(
          'id|1',
          { [nasty]: nasty },
          {
            violations: [violation('id|1', `/${nasty}`, nasty)],
            error: nasty
          },
          { fileInput: nasty, errorMessage: nasty }
        )
      ],
      {}
    );
    expect(md).not.toMatch(/<script|`code`|\*bold\*|_em_|\[link\]|~~s~~|\n(line2|line3)/);
    expect(md).toContain('a&#124;b &#60;script&#62;alert(1)&#60;/script&#62; &#38; &#96;code&#96; &#42;bold&#42; &#95;em&#95;');
    expect(md).toContain('line1<br>line2<br>line3');
    // Every top-table row still has exactly 9 cells.
    expect(tableRows(md).map((row) => row.length)).toEqual([9]);
    expect(tableRows(md)[0]?.[0]).toBe('<code>id&#124;1</code>');
  });
});

describe('renderSummary of documents', () => {
  it('lists a document that got no job first, by its file, with its error, and counts documents', () => {
    const refusal = 'Document docs/big.pdf (3.0 KiB) is too large for LlamaCloud (413 Payload Too Large).';
    const done = completed('ext-1', {}, {}, {});
    const md = renderSummary([
      { ...done, source: { file: 'docs/a.pdf', fileId: 'dfl-1', reused: false } },
      notStarted('docs/big.pdf', refusal)
    ]);
    expect(md).toMatch(/^## ❌ 1 of 2 documents passed\n\n1 completed · 1 not started\n\n/);
    expect(tableRows(md).map((row) => row.slice(0, 3))).toEqual([
      ['—', '❌ not started', '<code>docs/big.pdf</code>'],
      ['<code>ext-1</code>', '✅ COMPLETED', '<code>docs/a.pdf</code><br>dfl-1']
    ]);
    expect(tableRows(md)[0]?.[8]).toBe('Document docs/big.pdf (3.0 KiB) is too large for LlamaCloud (413 Payload Too La…');
    // A long name would leave no room for the reason in the note: the row shows the name already.
    const long = `docs/${'scan-'.repeat(20)}big.pdf`;
    const withLong = renderSummary([notStarted(long, `Document ${long} (3.0 KiB) is too large for LlamaCloud (413 Payload Too Large).`)]);
    expect(tableRows(withLong)[0]?.[8]).toBe('(3.0 KiB) is too large for LlamaCloud (413 Payload Too Large).');
    expect(md).toContain(`<details><summary>❌ <code>docs/big.pdf</code> · not started</summary>\n\n**No job:** ${refusal}\n\n</details>`);
  });
});

describe('renderSummary size', () => {
  it('keeps 200 ordinary jobs whole: one table, one folded block each', () => {
    const judgements = Array.from({ length: 200 }, (_, i) =>
      completed(
        `job-${i}`,
        { vendor: `Vendor ${i}`, total: i, items: [{ amount: i }] },
        {},
        { fileInput: `invoice-${i}.pdf`, usage: { num_pages_extracted: 2 } }
      )
    );
    judgements[7] = judgement('job-7', 'FAILED', {}, { errorMessage: 'boom' });
    const md = renderSummary(judgements, {});
    expect(md).toMatch(/^## ❌ 199 of 200 extract jobs passed\n\n199 completed · 1 failed\n\n/);
    expect(tableRows(md)).toHaveLength(200);
    expect(md.match(/<details><summary>[✅❌]/g)).toHaveLength(200);
    expect(md.match(/Result preview/g)).toHaveLength(199);
    expect(cutNote(md)).toBeUndefined();
    expect(bytes(md)).toBeLessThan(MAX_OUTPUT_BYTES);
  });

  it('drops previews first, then detail, to stay under 1 MiB, and says so', () => {
    const wide = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`f${i}`, 'w'.repeat(100)]));
    const violations = Array.from({ length: 50 }, (_, i) => violation('j', `/f${i}`, `must match pattern "${'p'.repeat(250)}"`));
    const judgements = Array.from({ length: 200 }, (_, i) => completed(`job-${i}`, wide, { violations }));

    const md = renderSummary(judgements, {});
    expect(bytes(md)).toBeLessThanOrEqual(MAX_OUTPUT_BYTES);
    expect(tableRows(md)).toHaveLength(200);
    const withDetail = md.match(/· COMPLETED<\/summary>/g)?.length ?? 0;
    expect(withDetail).toBeGreaterThan(0);
    expect(withDetail).toBeLessThan(200);
    expect(md).not.toContain('Result preview');
    expect(md).toContain('<code>job-0</code> · COMPLETED</summary>\n\n| Field | Problem | Confidence |');
    expect(cutNote(md)).toBe(
      `> ✂️ Cut to stay under GitHub's 1 MiB summary limit: ${200 - withDetail} jobs without detail, ${withDetail} jobs without preview.`
    );
  });

  it('keeps detail for all and previews for as many as fit when only previews overflow', () => {
    const wide = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`f${i}`, 'w'.repeat(100)]));
    const md = renderSummary(
      Array.from({ length: 200 }, (_, i) => completed(`job-${i}`, wide)),
      {}
    );
    const withPreview = md.match(/Result preview/g)?.length ?? 0;
    expect(bytes(md)).toBeLessThanOrEqual(MAX_OUTPUT_BYTES);
    expect(withPreview).toBeGreaterThan(50);
    expect(withPreview).toBeLessThan(200);
    expect(cutNote(md)).toBe(`> ✂️ Cut to stay under GitHub's 1 MiB summary limit: ${200 - withPreview} jobs without preview.`);
    expect(md).toContain('<code>job-0</code> · COMPLETED</summary>\n\n<details><summary>Result preview');
  });

  it('lists as many jobs as fit when even the table is too big', () => {
    const judgements = Array.from({ length: 6000 }, (_, i) =>
      judgement(`${'x'.repeat(150)}-${i}`, 'FAILED', {}, { fileInput: 'f'.repeat(100), errorMessage: 'e'.repeat(100) })
    );
    const md = renderSummary(judgements, {});
    const listed = tableRows(md).filter((row) => row.length === 9).length;
    expect(bytes(md)).toBeLessThanOrEqual(MAX_OUTPUT_BYTES);
    expect(listed).toBeGreaterThan(1000);
    expect(listed).toBeLessThan(6000);
    // The first rows take at most half the budget, so each keeps its error message below; more rows fill what is left.
    const detailed = md.match(/<details><summary>/g)?.length ?? 0;
    expect(detailed).toBeGreaterThan(listed / 2);
    expect(detailed).toBeLessThan(listed);
    expect(md).toContain(`<code>${'x'.repeat(150)}-0</code> · FAILED</summary>`);
    // The note under the totals, before the table.
    expect(md.startsWith('## ❌ 0 of 6,000 extract jobs passed\n\n6,000 failed\n\n> ✂️ ')).toBe(true);
    expect(cutNote(md)).toBe(
      `> ✂️ Cut to stay under GitHub's 1 MiB summary limit: ${(6000 - listed).toLocaleString('en-US')} jobs not listed, ${(listed - detailed).toLocaleString('en-US')} jobs without detail. ` +
        'The `jobs` output (past 1 MiB, the file `jobs-file` names) lists every job.'
    );
    expect(md).toContain(`| …and ${(6000 - listed).toLocaleString('en-US')} more that did not pass |\n\n`);
  });
});

describe('renderSummary of many failures beside passing jobs', () => {
  it('lists a passing job only once every failure is: past that, it is counted', () => {
    const failing = Array.from({ length: 6000 }, (_, i) =>
      judgement(`${'x'.repeat(150)}-${i}`, 'FAILED', {}, { errorMessage: 'e'.repeat(100) })
    );
    const md = renderSummary([...failing, completed('ext-passed', {})], {});
    expect(bytes(md)).toBeLessThanOrEqual(MAX_OUTPUT_BYTES);
    expect(md).not.toContain('<code>ext-passed</code>');
    expect(md).toContain('| …and 1 more that passed |');
    expect(tableRows(md).filter((row) => row[1] === '❌ FAILED').length).toBeGreaterThan(1000);
  });
});

describe('renderSummary of a very large result', () => {
  it('says a result too large to keep in memory is too large to preview', () => {
    const big = readJob(`{"id":"ext-big","status":"COMPLETED","extract_result":[{"row":1}${' '.repeat(9 * 1024 * 1024 - 10)}]}`);
    const markdown = renderSummary([judgement('ext-big', 'COMPLETED', {}, { result: big.result })]);
    spools.removeAll();
    expect(markdown).toContain('Result: 9.0 MiB, too large to preview.');
  });
});

// --- Comparison with expected results.

const compared = (id: string, expected: unknown, got: unknown, file = `expected/${id}.json`) =>
  judgement(
    id,
    'COMPLETED',
    { comparison: { expectedFile: file, comparison: compareResult(expected, got) } },
    { result: kept(JSON.stringify(got)) }
  );
const withFinding = (id: string, finding: ComparisonFinding) => judgement(id, 'COMPLETED', { comparison: finding }, { result: kept('{}') });

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
      '**Expected results:** 2 documents compared · mean accuracy 0.625 · 2 of 5 fields matched · 1 below min-accuracy 0.5 · 1 without an expected result · 1 expected file written · mean precision 0.6666, recall 0.6666, F1 0.6666\n\n'
    );
    expect(markdown).toMatch(/<code>ext-1<\/code> \|.*\| accuracy 0\.25 \|/);
    expect(markdown).toMatch(/<code>ext-3<\/code> \|.*\| no expected result \|/);
    expect(markdown).toMatch(/<code>ext-4<\/code> \|.*\| expected file written \|/);
    expect(markdown).toContain(
      '❌ Compared with <code>expected/ext-1.json</code>: accuracy 0.25 (1 of 4 fields matched; 1 wrong, 1 missing, 1 extra), below min-accuracy 0.5. Precision 0.3333, recall 0.3333, F1 0.3333.\n\n' +
        '| Field | Expected | Got | Kind |\n| --- | --- | --- | --- |\n| <code>b</code> | 2 | 5 | wrong |\n| <code>c</code> | 3 | — | missing |\n| <code>d</code> | — | 4 | extra |'
    );
    expect(markdown).toContain(
      '✅ Compared with <code>expected/ext-2.json</code>: accuracy 1 (1 of 1 field matched; 0 wrong, 0 missing, 0 extra). Precision 1, recall 1, F1 1.'
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
    const comparison = { ...compareResult(expected, got), approximated: [{ path: 'items', gap: 3 }] };
    const markdown = renderSummary([withFinding('ext-1', { expectedFile: 'e.json', comparison })], { minAccuracy: 1 });
    expect(markdown.match(/\| wrong \|/g)).toHaveLength(50);
    expect(markdown).toContain('…and 11 more');
    expect(markdown).toContain(
      'ℹ️ <code>items</code>: too many rows differ for an optimal matching, so its rows were matched greedily on distinctive values; an optimal matching could match at most 3 fields more.'
    );
    expect(markdown).not.toContain('<b>');
  });

  it('counts no document when every job was written by update-expected', () => {
    const markdown = renderSummary([withFinding('ext-1', { expectedFile: 'e.json', updated: true })], { minAccuracy: 1 });
    expect(markdown).toContain('**Expected results:** no document compared · 1 expected file written');
  });
});

describe('the budget line (max-credits)', () => {
  it('sums the credits billed by new jobs, not reused ones, beside the estimate', () => {
    const source = (reused: boolean) => ({ source: { file: 'a.pdf', fileId: 'dfl-1', reused } });
    const judgements = [
      completed('ext-new', {}, source(false), { usage: { credits: 25 } }),
      completed('ext-reused', {}, source(true), { usage: { credits: 40 } }),
      completed('ext-unbilled', {}, source(false))
    ];
    expect(renderSummary(judgements, { budget: { estimate: 1500, maxCredits: 2000 } })).toContain(
      '💳 Credits: 25 billed (1 job not billed yet); estimated at most 1,500 before the start, within max-credits 2,000\n\n'
    );
    expect(renderSummary(judgements)).not.toContain('💳');
  });
});

describe('replayed and deferred documents', () => {
  const origin = (runId: string) => ({
    repository: 'acme/app',
    runId,
    runAttempt: 2,
    commit: 'abcdef0123456789',
    createdAt: '2026-01-02T03:04:05.000Z'
  });
  const replayed = (id: string, file: string, runId = '7') =>
    completed(id, { a: 1 }, { source: { file, fileId: '', reused: false, replayedFrom: origin(runId) } });
  const deferred = (): Judgement =>
    judge(
      {
        id: '',
        source: { file: 'new.pdf', fileId: '', reused: false },
        status: '',
        timedOut: false,
        startError: 'Document new.pdf needs a real extraction.',
        deferred: true
      },
      {},
      { timeoutMs: 1000 }
    );

  it('says which run the results come from, shows their state as replayed, and counts no credit for them', () => {
    const markdown = renderSummary([replayed('ext-1', 'a.pdf'), deferred()], { budget: { estimate: 0, maxCredits: 10 } });
    expect(markdown).toMatch(
      /^## ⏳ 1 of 2 documents passed\n\n1 completed · 1 not started\n\n♻️ 1 document replayed from run 7 \(attempt 2\) of acme\/app, commit abcdef012345, 2026-01-02T03:04:05\.000Z \(the baseline's result of the same bytes and configuration\): no request, no credits\n\n💳 Credits: 0 billed;/
    );
    // What did not pass comes first.
    const [second, first] = tableRows(markdown);
    expect(first?.slice(0, 2)).toEqual(['<code>ext-1</code>', '✅ replayed']);
    expect(first?.at(-1)).toMatch(/^replayed from run 7 \(attempt 2\) of acme\/app/);
    expect(second?.slice(0, 2)).toEqual(['—', '⏳ needs extraction']);
    expect(second?.at(-1)).toBe('Document new.pdf needs a real extraction.');
    expect(renderSummary([replayed('ext-1', 'a.pdf'), replayed('ext-2', 'b.pdf', '8')])).toContain(
      '♻️ 2 documents replayed from 2 earlier runs'
    );
  });

  it('counts a deferred document as neither failed nor passed', () => {
    expect(combinedStatus([deferred()])).toBe('');
    expect(deferred().problems).toEqual([]);
    expect(shownState(replayed('ext-1', 'a.pdf'))).toBe('replayed');
  });
});
