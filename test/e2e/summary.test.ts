// The job summary a reviewer reads on the run page (GITHUB_STEP_SUMMARY): the per-job table, failed
// jobs' errors, gate violations, folded result previews with the low-confidence count, and its size.
import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { emulatorInputs, withEmulator, type ActionRun } from '../../emulator/runner.js';
import { useHarness } from '../support/harness.js';
import { makeRows, sampleFieldMetadata, sampleInvoice, type JobScript } from '../../emulator/emulator.js';

const harness = useHarness();
/** Runs `jobs` against the emulator, results in out/, with a schema gate that wants `total` to be a number. */
async function runGated(jobs: JobScript[], inputs: Record<string, string>): Promise<ActionRun> {
  const workspace = harness.folder({ 'schema.json': JSON.stringify({ type: 'object', properties: { total: { type: 'number' } } }) });
  const gated = { 'poll-interval': '1s', 'output-file': 'out/{job_id}.json', schema: 'schema.json', ...inputs };
  return (await harness.runAgainst({ jobs }, { workspace, inputs: gated })).run;
}

/** The cells of the job table's row for `id`. */
function row(summary: string, id: string): string[] {
  const line = summary.split('\n').find((text) => text.startsWith(`| <code>${id}</code> |`));
  if (!line) throw new Error(`no table row for ${id} in:\n${summary}`);
  return line.slice(2, -2).split(' | ');
}

/** The folded block of one job: from its <details> to the next job's (result previews fold inside it). */
function detail(summary: string, id: string): string {
  const block = summary.split(/(?=<details(?: open)?><summary>\S+ <code>)/).find((part) => part.includes(`<code>${id}</code> · `));
  if (!block) throw new Error(`no detail for ${id} in:\n${summary}`);
  return block;
}

describe('the job summary', () => {
  it('has a row per job, errors, violations, previews and the low-confidence count', async () => {
    const jobs: JobScript[] = [
      {
        id: 'ext-ok',
        fileInput: 'dfl-invoice-march',
        timeline: [{ status: 'RUNNING', forMs: 1200 }, { status: 'COMPLETED' }],
        usage: { num_pages_extracted: 3, credits: 2.5 }
      },
      {
        id: 'ext-seed',
        shape: 'seed',
        result: { ...sampleInvoice, total: 'many' },
        fieldMetadata: sampleFieldMetadata,
        usage: { num_pages_extracted: 2, num_document_tokens: 1000, num_output_tokens: 234 }
      },
      { id: 'ext-failed', timeline: [{ status: 'FAILED' }], errorMessage: 'The document is password-protected | locked' }
    ];
    const result = await runGated(jobs, { 'job-id': 'ext-ok ext-seed ext-failed', 'min-confidence': '0.8' });
    expect(result.code).toBe(1);
    const { summary } = result;
    expect(summary).toMatch(/^## ❌ 0 of 3 extract jobs passed\n\n2 completed · 1 failed · 2 jobs with gate violations\n\n/);
    expect(summary).toContain('| Job | Status | Input | Duration | Pages | Tokens | Credits | Result file | Note |');

    // job, status, input file, duration (created→updated), pages, tokens, credits, result file, notes; a job
    // that failed a gate is COMPLETED but no check mark
    expect(row(summary, 'ext-ok')).toEqual([
      '<code>ext-ok</code>',
      '❌ COMPLETED',
      'dfl-invoice-march',
      '1.2s',
      '3',
      '—',
      '2.5',
      '<code>out/ext-ok.json</code>',
      '3 fields under min-confidence'
    ]);
    expect(row(summary, 'ext-seed')).toEqual([
      '<code>ext-seed</code>',
      '❌ COMPLETED',
      expect.stringMatching(/^dfl-/),
      '0s',
      '2',
      '1,234',
      '—',
      '<code>out/ext-seed.json</code>',
      '1 schema violation; 3 fields under min-confidence'
    ]);
    const failedRow = row(summary, 'ext-failed');
    expect(failedRow.slice(0, 2)).toEqual(['<code>ext-failed</code>', '❌ FAILED']);
    expect(failedRow[7]).toBe('—');

    // A failed job's error message, escaped so the pipe cannot break the table.
    expect(detail(summary, 'ext-failed')).toContain('**Error:** The document is password-protected &#124; locked');
    expect(detail(summary, 'ext-failed')).not.toContain('Result preview');

    // Violations as a table of field, problem, confidence.
    const seed = detail(summary, 'ext-seed');
    expect(seed).toContain('| Field | Problem | Confidence |');
    expect(seed).toContain('| <code>/total</code> | must be number | — |');
    expect(seed).toContain('| <code>due&#95;date</code> | confidence 0.55 is below 0.8 | 0.55 |');
    expect(seed).toContain('| <code>items&#91;1].unit&#95;price</code> | confidence 0.64 is below 0.8 | 0.64 |');
    expect(seed).toContain('⚠️ 3 fields below confidence 0.8.');

    // A folded preview of each completed job: top-level field → value, long values cut.
    const ok = detail(summary, 'ext-ok');
    expect(ok.startsWith('<details><summary>❌ <code>ext-ok</code> · COMPLETED</summary>')).toBe(true);
    expect(ok).toContain(`<details><summary>Result preview: ${Object.keys(sampleInvoice).length} fields</summary>`);
    expect(ok).toContain('| <code>invoice&#95;number</code> | "INV-2024-0042" |');
    const vendor = ok.split('\n').find((line) => line.startsWith('| <code>vendor</code> |')) ?? '';
    expect(vendor).toMatch(/^\| <code>vendor<\/code> \| \{"name":"Bürobedarf Müller GmbH","address":"Hauptstraße [^|]*… \|$/);
    expect(vendor.length).toBeLessThan(120);
    expect(ok).toContain('⚠️ 3 fields below confidence 0.8.');
  });

  it('opens the detail of a single job and previews a list result by its rows', async () => {
    const rows = makeRows(2 * 1024 * 1024);
    await withEmulator({ jobs: [{ id: 'ext-rows', resultRaw: rows }] }, async (emulator) => {
      const result = await harness.run({ inputs: emulatorInputs(emulator, { 'job-id': 'ext-rows' }) });
      expect(result.code).toBe(0);
      const count = (JSON.parse(rows.toString()) as unknown[]).length;
      expect(result.summary).toMatch(/^## ✅ 1 of 1 extract job passed\n/);
      expect(result.summary).toContain('<details open><summary>✅ <code>ext-rows</code> · COMPLETED</summary>');
      expect(result.summary).toContain(
        `<summary>Result preview: ${count.toLocaleString('en-US').replace(/,/g, '')} rows, first 3 shown</summary>`
      );
      expect(result.summary).toContain('| <code>&#91;0].sku</code> | "SKU-000000" |');
      // A 2 MiB result leaves a small summary.
      expect(Buffer.byteLength(result.summary)).toBeLessThan(8 * 1024);
    });
  });

  it('says which jobs timed out and were cancelled', async () => {
    const jobs: JobScript[] = [{ id: 'ext-slow', timeline: [{ status: 'RUNNING' }] }, { id: 'ext-ok' }];
    await withEmulator({ jobs }, async (emulator) => {
      const result = await harness.run({
        inputs: emulatorInputs(emulator, {
          'poll-interval': '1s',
          // Long enough that even a slow start sees ext-slow RUNNING before the wait times out.
          timeout: '3s',
          'cancel-on-timeout': 'true',
          'job-id': 'ext-slow ext-ok',
          'output-file': '{job_id}.json'
        })
      });
      expect(result.code).toBe(1);
      expect(result.summary).toMatch(/^## ❌ 1 of 2 extract jobs passed\n\n1 completed · 1 timed out\n\n/);
      expect(row(result.summary, 'ext-slow').slice(1, 2)).toEqual(['⏱️ RUNNING']);
      expect(row(result.summary, 'ext-slow').at(-1)).toBe('timed out; cancel requested');
      expect(detail(result.summary, 'ext-slow')).toContain(
        '⏱️ Stopped waiting at the timeout; the job was RUNNING.\n\n🚫 Cancellation was requested for this job.'
      );
    });
  });

  it('stays under 1 MiB at 10,000 jobs: totals first, what did not pass before what passed, the rest cut by row', async () => {
    // The failures come last in the input: the summary must still list them first.
    const ids = Array.from({ length: 10_000 }, (_, i) => `ext-${String(i).padStart(5, '0')}`);
    const failed = new Set(ids.slice(-3));
    const gated = ids.at(-4)!;
    const jobs: JobScript[] = ids.map((id) =>
      failed.has(id)
        ? { id, timeline: [{ status: 'FAILED' }], errorMessage: `The document ${id} is password-protected` }
        : { id, result: id === gated ? { total: 'many' } : { total: 1 }, usage: { num_pages_extracted: 1 } }
    );
    const result = await runGated(jobs, { 'job-id': ids.join('\n') });
    expect(result.code).toBe(1);
    const { summary } = result;
    expect(Buffer.byteLength(summary)).toBeLessThan(1024 * 1024);
    expect(summary).toMatch(/^## ❌ 9,996 of 10,000 extract jobs passed\n\n9,997 completed · 3 failed · 1 job with gate violations\n\n/);
    const rows = summary.split('\n').filter((line) => line.startsWith('| <code>ext-'));
    // The job that failed its gate is not a check mark, whatever the API's status says.
    expect(rows.slice(0, 4).map((line) => line.split(' | ').slice(0, 2))).toEqual([
      [`| <code>${gated}</code>`, '❌ COMPLETED'],
      ...[...failed].map((id) => [`| <code>${id}</code>`, '❌ FAILED'])
    ]);
    expect(rows.length).toBeGreaterThan(1000);
    expect(rows.slice(4).every((line) => line.includes(' | ✅ COMPLETED | '))).toBe(true);
    expect(summary).toContain(`| …and ${(9996 - (rows.length - 4)).toLocaleString('en-US')} more that passed |\n\n`);
    expect(summary).toContain(
      `> ✂️ Cut to stay under GitHub's 1 MiB summary limit: ${(9996 - (rows.length - 4)).toLocaleString('en-US')} jobs not listed`
    );
    // Each failure's detail comes first, whole.
    expect(detail(summary, [...failed][0]!)).toContain(`**Error:** The document ${[...failed][0]} is password-protected`);
    expect(detail(summary, gated)).toContain('| <code>/total</code> | must be number | — |');
  }, 60_000);

  it('cuts at a size where it must: totals and the cut first, every failing document with its reason, passing ones listed last or counted', async () => {
    // Long names make long rows: 2,700 passing documents are more than 1 MiB of table alone. Their files and
    // jobs are there from an earlier run (reuse), so the test spends no time on the published upload limit.
    const name = (kind: string, i: number) => `docs/${kind}-${'invoice-'.repeat(20)}${String(i).padStart(4, '0')}.pdf`;
    const content = (file: string) => `%PDF-1.7 ${file}`;
    const digest = (file: string) => `sha256:${createHash('sha256').update(content(file)).digest('hex')}`;
    const passing = Array.from({ length: 2700 }, (_, i) => name('fine', i));
    // Left running by an earlier run, then failing: each with the job's own reason.
    const failed = Array.from({ length: 280 }, (_, i) => name('failed', i));
    // Over the upload limit: a 413, no job.
    const tooLarge = Array.from({ length: 20 }, (_, i) => name('large', i));
    const configurations = [{ id: 'cfg-summary', configuration: { data_schema: { type: 'object' } } }];
    const files = [...passing, ...failed].map((file, i) => ({
      id: `dfl-${i}`,
      name: file,
      content: content(file),
      externalFileId: digest(file)
    }));
    const jobs: JobScript[] = [
      ...passing.map((_, i) => ({ id: `ext-fine-${i}`, fileInput: `dfl-${i}`, configurationId: 'cfg-summary' })),
      ...failed.map((_, i) => ({
        id: `ext-failed-${i}`,
        fileInput: `dfl-${passing.length + i}`,
        configurationId: 'cfg-summary',
        timeline: [{ status: 'RUNNING', forPolls: 1 }, { status: 'FAILED' }],
        errorMessage: `The document failed-${i} is password-protected`
      }))
    ];
    const workspace = harness.folder(
      Object.fromEntries([
        ...[...passing, ...failed].map((file) => [file, content(file)]),
        ...tooLarge.map((file) => [file, `%PDF-1.7 ${'x'.repeat(200)}`])
      ])
    );
    const { run: result, emulator } = await harness.runAgainst(
      { configurations, files, jobs, maxUploadBytes: 100 },
      {
        workspace,
        inputs: {
          'poll-interval': '1s',
          file: 'docs/*.pdf',
          'configuration-id': 'cfg-summary',
          reuse: 'true',
          'output-file': 'out/{path}.json'
        },
        timeoutMs: 120_000
      }
    );
    expect(result.code).toBe(1);
    expect(emulator.stats()).toMatchObject({ uploads: 0, creates: 0 });
    const { summary } = result;
    expect(Buffer.byteLength(summary)).toBeLessThan(1024 * 1024);
    const rows = summary.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Job |') && !line.startsWith('| ---'));
    const listedPassing = rows.filter((line) => line.includes(' | ✅ COMPLETED | ')).length;
    const unlisted = passing.length - listedPassing;
    // The totals, then the cut and where the whole list is, before any row.
    expect(summary).toMatch(
      new RegExp(
        `^## ❌ 2,700 of 3,000 documents passed\\n\\n2,700 completed · 280 failed · 20 not started\\n\\n> ✂️ Cut to stay under GitHub's 1 MiB summary limit: ${unlisted.toLocaleString('en-US')} documents? not listed(, [\\d,]+ documents? without [a-z]+)*\\. The \`jobs\` output \\(past 1 MiB, the file \`jobs-file\` names\\) lists every document\\.\\n\\n\\| Job \\|`
      )
    );
    // Every failing document first, each row with its reason, and its whole message in its detail.
    const failingRows = rows.slice(0, failed.length + tooLarge.length);
    expect(failingRows.map((line) => line.split(' | ')[2]!.replace(/<br>dfl-\d+$/, '')).sort()).toEqual(
      [...failed, ...tooLarge].map((file) => `<code>${file.slice(0, 79)}…</code>`).sort()
    );
    for (const [i] of failed.entries()) {
      expect(failingRows.find((line) => line.startsWith(`| <code>ext-failed-${i}</code> | ❌ FAILED |`))).toMatch(
        new RegExp(`no new credits; The document failed-${i} is password-protected \\|$`)
      );
      expect(summary).toContain(
        `<code>ext-failed-${i}</code> · FAILED</summary>\n\n**Error:** The document failed-${i} is password-protected`
      );
    }
    for (const file of tooLarge) {
      expect(failingRows).toContain(
        `| — | ❌ not started | <code>${file.slice(0, 79)}…</code> | — | — | — | — | — | (0.2 KiB) is too large for LlamaCloud (413 Payload Too Large). Split it, or ext… |`
      );
      expect(summary).toContain(
        `<summary>❌ <code>${file}</code> · not started</summary>\n\n**No job:** Document ${file} (0.2 KiB) is too large for LlamaCloud (413 Payload Too Large).`
      );
    }
    // Then the passing ones, as many as fit, and a count of the rest.
    expect(listedPassing).toBeGreaterThan(1000);
    expect(rows.slice(failingRows.length, failingRows.length + listedPassing).every((line) => line.includes(' | ✅ COMPLETED | '))).toBe(
      true
    );
    expect(rows.at(-1)).toBe(`| …and ${unlisted.toLocaleString('en-US')} more that passed |`);
  }, 150_000);
});
