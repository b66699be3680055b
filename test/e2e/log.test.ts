// The log of a run over many documents: progress lines in each stage instead of a line per document, a line
// of its own only for a document with a problem, and no more annotations than GitHub lists (10 of each kind
// per step), the rest as plain lines with a count. Asserted on what the lines say, never on when they came.
import { describe, expect, it } from '@jest/globals';
import { PUBLISHED_RATE_LIMITS, type Fault } from '../../emulator/emulator.js';
import type { ActionRun } from '../../emulator/runner.js';
import { useHarness } from '../support/harness.js';
import { annotations, logLines } from '../support/readers.js';

const harness = useHarness();

const CONFIGURATION = 'data_schema:\n  type: object\n';
const inputs = { file: 'docs/*.pdf', configuration: 'invoice.yml', 'output-file': 'out/{path}.json', 'poll-interval': '1s' };

/** Every line a reader sees, annotations included; debug lines are shown only with step debug logging. */
const visible = (run: ActionRun): string[] => [
  ...logLines(run),
  ...annotations(run, 'error'),
  ...annotations(run, 'warning'),
  ...annotations(run, 'notice')
];

describe('the log of many documents', () => {
  it('has no line of its own for a document that passed: the progress lines count it, the debug log names it', async () => {
    const names = ['docs/a.pdf', 'docs/b.pdf', 'docs/c.pdf'];
    const files = Object.fromEntries([['invoice.yml', CONFIGURATION], ...names.map((name) => [name, `%PDF-1.7 ${name}`])]);
    const { run: result } = await harness.runAgainst({}, { inputs, workspace: harness.folder(files) });
    expect({ code: result.code, errors: annotations(result, 'error') }).toEqual({ code: 0, errors: [] });
    for (const name of names) {
      expect(visible(result).filter((line) => line.includes(name))).toEqual([]);
      expect(annotations(result, 'debug')).toContainEqual(
        expect.stringMatching(new RegExp(`^Document ${name}: file dfl-\\S+ \\(uploaded\\), job ext-`))
      );
    }
    expect(logLines(result)).toContainEqual(expect.stringMatching(/^Start: 3 of 3 documents \(3 new jobs, 3 uploads\) \(/));
    expect(logLines(result)).toContainEqual(expect.stringMatching(/^3 of 3 jobs finished: 3 COMPLETED \(/));
  }, 60_000);

  it('annotates 10 errors (the failure among them), writes the other problems as plain lines with a count, and names no document that passed', async () => {
    // Over the upload limit: each of these fails with a 413 and gets no job.
    const tooLarge = Array.from({ length: 15 }, (_, i) => `docs/large-${String(i).padStart(2, '0')}.pdf`);
    const fine = Array.from({ length: 5 }, (_, i) => `docs/fine-${i}.pdf`);
    const files = Object.fromEntries([
      ['invoice.yml', CONFIGURATION],
      ...tooLarge.map((name) => [name, `%PDF-1.7 ${'x'.repeat(200)} ${name}`]),
      ...fine.map((name) => [name, `%PDF-1.7 ${name}`])
    ]);
    const { run: result } = await harness.runAgainst({ maxUploadBytes: 100 }, { inputs, workspace: harness.folder(files) });
    expect(result.code).toBe(1);
    const errors = annotations(result, 'error');
    const refusal = (name: string) =>
      new RegExp(`^Document ${name} \\(0\\.2 KiB\\) is too large for LlamaCloud \\(413 Payload Too Large\\)`);
    expect(errors).toHaveLength(10);
    expect(errors.at(-1)).toBe('15 of 20 documents did not pass (15 problems, listed above).');
    const annotated = errors.slice(0, 9);
    const plain = logLines(result).filter((line) => line.startsWith('Error: '));
    expect(plain).toHaveLength(6);
    // Each refused document once, as an annotation or as a plain line.
    expect([...annotated, ...plain.map((line) => line.slice('Error: '.length))].sort()).toEqual(
      tooLarge.map((name) => expect.stringMatching(refusal(name)))
    );
    expect(logLines(result)).toContain('6 errors above are plain lines, not annotations: GitHub lists at most 10 of each kind per step.');
    // The count follows the last plain line.
    const lines = logLines(result);
    expect(lines.indexOf('6 errors above are plain lines, not annotations: GitHub lists at most 10 of each kind per step.')).toBe(
      lines.indexOf(plain.at(-1)!) + 1
    );
    // A document that passed has no line of its own; the debug log still names it.
    for (const name of fine) {
      expect(visible(result).filter((line) => line.includes(name))).toEqual([]);
      expect(annotations(result, 'debug').some((line) => line.startsWith(`Document ${name}: file dfl-`))).toBe(true);
    }
    expect(lines).toContainEqual(expect.stringMatching(/^Start: 20 of 20 documents \(5 new jobs, 5 uploads, 15 not started\)/));
  }, 60_000);

  it('says where the start stands every few seconds while many documents are uploaded at the published limits', async () => {
    // 160 uploads at 50 per 5 s take at least 15 s: the start lasts longer than a progress interval, however fast the machine.
    const documents = 160;
    const files = Object.fromEntries([
      ['invoice.yml', CONFIGURATION],
      ...Array.from({ length: documents }, (_, i) => [`docs/${i}.pdf`, `%PDF-1.7 ${i}`])
    ]);
    const { run: result } = await harness.runAgainst(
      { rateLimits: [...PUBLISHED_RATE_LIMITS] },
      { inputs, workspace: harness.folder(files), timeoutMs: 150_000 }
    );
    expect({ code: result.code, errors: annotations(result, 'error') }).toEqual({ code: 0, errors: [] });
    const start = logLines(result).filter((line) => line.startsWith('Start: '));
    const done = start.map((line) => Number(/^Start: (\d+) of 160 documents /.exec(line)?.[1]));
    // A line before the end, with the pace and the time left, and one at the end; the counts only grow.
    expect(done.filter((n) => n < documents).length).toBeGreaterThan(0);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(start.find((line) => !line.startsWith(`Start: ${documents} of`) && / a second, about /.test(line))).toMatch(
      /^Start: \d+ of 160 documents \(\d+ new jobs?, \d+ uploads?\); [\d.]+ a second, about (\d+m )?[\d.]+s left \([\d.ms ]+\)$/
    );
    expect(start.at(-1)).toMatch(/^Start: 160 of 160 documents \(160 new jobs, 160 uploads\) \([\d.ms ]+\)$/);
    expect(logLines(result)).toContainEqual(expect.stringMatching(/^160 of 160 jobs finished: 160 COMPLETED \(/));
    // Not one line of its own for any of the 160 documents.
    expect(visible(result).filter((line) => /docs\/\d+\.pdf/.test(line))).toEqual([]);
  }, 180_000);

  it('counts the requests rate limits held back, with no line per 429, and logs only the first few retries of another fault', async () => {
    const documents = 40;
    const files = Object.fromEntries([
      ['invoice.yml', CONFIGURATION],
      ...Array.from({ length: documents }, (_, i) => [`docs/${i}.pdf`, `%PDF-1.7 ${i}`])
    ]);
    const tooMany = { kind: 'status', status: 429, headers: { 'retry-after-ms': '300' }, times: 12 } as const;
    const faults: Fault[] = [
      { ...tooMany, match: { method: 'POST', path: '/api/v1/beta/files' } },
      { ...tooMany, match: { method: 'POST', path: '/api/v2/extract' } },
      // Reads of jobs: eight refused, each retried (a read rides faults out once the API has answered).
      { kind: 'status', status: 503, times: 8, match: { method: 'GET', path: /^\/api\/v2\/extract\/ext-/ } }
    ];
    const { run: result, requests } = await harness.runAgainst(
      { rateLimits: [...PUBLISHED_RATE_LIMITS], faults },
      { inputs, workspace: harness.folder(files), timeoutMs: 150_000 }
    );
    expect({ code: result.code, errors: annotations(result, 'error') }).toEqual({ code: 0, errors: [] });
    const refused = requests.filter((request) => request.status === 429).length;
    expect(requests.filter((request) => request.status === 503)).toHaveLength(8);
    expect(refused).toBeGreaterThanOrEqual(24);
    const lines = logLines(result);
    // No line per 429: one says, once, that the step is being rate-limited.
    expect(lines.filter((line) => line.startsWith('LlamaCloud is rate-limiting'))).toEqual([
      expect.stringMatching(/^LlamaCloud is rate-limiting this step \(429 Too Many Requests to POST \/api\/(v1\/beta\/files|v2\/extract)\)/)
    ]);
    expect(lines.filter((line) => line.includes('429 Too Many Requests') && !line.startsWith('LlamaCloud is rate-limiting'))).toEqual([]);
    // The first three retries after a 503 have their lines, the third saying the rest are counted.
    const retries = lines.filter((line) => /503 Service Unavailable; retry \d+ in /.test(line));
    expect(retries).toHaveLength(3);
    expect(retries[2]).toMatch(/\(further retries after this fault: counted by the progress lines, no line each\)$/);
    // The last progress line counts every 429 the emulator answered, the pause they made, and the retries not logged.
    const last = lines.filter((line) => line.startsWith(`${documents} of ${documents} jobs finished`)).at(-1);
    expect(last).toMatch(
      new RegExp(
        `; ${refused} requests refused by rate limits \\(429\\) and retried, [\\d.]+s paused in all; 5 retries after faults not logged \\([\\d.ms ]+\\)$`
      )
    );
  }, 180_000);
});
