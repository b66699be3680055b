// `npm run demo` on a fresh clone: it must run every scenario on the emulator and show what happened.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { REPO_ROOT } from '../../emulator/runner.js';
import { renderLog, renderSummary } from '../../script/demo.js';

describe('npm run demo', () => {
  it('runs each scenario on the emulator and prints its log, outputs and summary', () => {
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.LLAMA_CLOUD_API_KEY;
    delete env.LLAMA_CLOUD_BASE_URL;
    delete env.NODE_OPTIONS;
    const demo = spawnSync(join(REPO_ROOT, 'node_modules', '.bin', 'tsx'), ['script/demo.ts'], {
      cwd: REPO_ROOT,
      env,
      encoding: 'utf8',
      timeout: 60_000
    });
    const out = demo.stdout;
    // stderr rides along so a failure shows why.
    expect({ status: demo.status, stderr: demo.stderr }).toMatchObject({ status: 0 });

    expect(out).toMatch(/1\. One job that completes after a few polls\s+status COMPLETED\s+exit code 0/);
    expect(out).toMatch(/2\. Several jobs in one step\s+status COMPLETED\s+exit code 0/);
    expect(out).toMatch(/3\. A job that fails\s+status FAILED\s+exit code 1/);
    expect(out).toMatch(/4\. A merge gate on field confidence\s+status COMPLETED\s+exit code 1/);
    expect(out).toMatch(/7\. Documents from the repository\s+status COMPLETED\s+exit code 0/);
    expect(out).toMatch(/8\. The same documents again, with reuse\s+status COMPLETED\s+exit code 0/);
    expect(out).toMatch(/9\. A pull request's comment\s+status COMPLETED\s+exit code 1/);
    expect(out).toContain('── the comment on pull request #42, as GitHub shows it\n  ❌ LlamaCloud Extract failed: 1 of 1 document failed');
    expect(out).toMatch(/Posted the comment on pull request #42: http:\/\/127\.0\.0\.1:\d+\/acme\/invoices\/pull\/42#issuecomment-\d+/);

    expect(out).toMatch(/5\. A regression check that passes\s+status COMPLETED\s+exit code 0/);
    expect(out).toMatch(/6\. A regression check that fails\s+status COMPLETED\s+exit code 1/);

    // The file mode: two documents uploaded and extracted, then a re-run that uploads nothing and creates no job.
    expect(out).toMatch(/Start: 2 of 2 documents \(2 new jobs, 2 uploads\)/);
    expect(out).toContain('── emulator: 2 uploads, 2 jobs created, 20 credits billed');
    expect(out).toMatch(/Start: 2 of 2 documents \(2 earlier jobs\)/);
    expect(out).toContain('── emulator: 0 uploads, 0 jobs created, 0 credits billed');
    expect(out).toContain('── results/march.json');

    // The log, as the run page shows it: a retried 503, progress, the failure as an error line.
    expect(out).toMatch(/503 Service Unavailable; retry 1/);
    expect(out).toContain('Job ext-demo-invoice: RUNNING');
    expect(out).toContain('Error: Job ext-demo-failed FAILED: Document could not be parsed: the PDF is password-protected');
    expect(out).toContain('confidence check failed at due_date');
    // The comparison with expected/invoice.json: one passes at 1, one fails naming what differs.
    expect(out).toContain('Expected results: 1 document compared · mean accuracy 1 · 25 of 25 fields matched');
    expect(out).toContain(
      'Error: Job ext-demo-regression-fail: accuracy 0.8846 against expected/invoice.json is below min-accuracy 0.95 (23 of 26 fields matched; 1 wrong, 1 missing, 1 extra). Differs at due_date, vendor.vat_id, po_number.'
    );
    expect(out).toMatch(/vendor\.vat_id\s+"DE123456789"\s+"DE987654321"\s+wrong/);
    // Outputs and files: one file per job of the batch, and summed credits.
    expect(out).toMatch(/credits\s+75/);
    for (const id of ['ext-demo-batch-1', 'ext-demo-batch-2', 'ext-demo-batch-3']) expect(out).toContain(`── results/${id}.json`);
    expect(out).toContain('"invoice_number": "INV-2024-0042"');
    // The summary as text: no HTML, no workflow commands, tables kept.
    expect(out).toContain('✅ 3 of 3 extract jobs passed');
    expect(out).toMatch(/ext-demo-failed\s+❌ FAILED/);
    expect(out).not.toMatch(/<\/?(details|summary|code|br)\b/);
    expect(out).not.toMatch(/&#\d+;/);
    expect(out).not.toMatch(/^\s*::/m);
  }, 90_000);

  it('asks for a key before reading a real job', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, LLAMA_CLOUD_API_KEY: '' };
    delete env.NODE_OPTIONS;
    const demo = spawnSync(join(REPO_ROOT, 'node_modules', '.bin', 'tsx'), ['script/demo.ts', '--job-id', 'ext-1'], {
      cwd: REPO_ROOT,
      env,
      encoding: 'utf8',
      timeout: 30_000
    });
    expect(demo.status).toBe(1);
    expect(demo.stdout).toContain('set LLAMA_CLOUD_API_KEY');
  });
});

describe('demo rendering', () => {
  it('turns workflow commands into what the run page shows', () => {
    const log = [
      '::add-mask::secret',
      '::debug::hidden',
      'plain line',
      '::error::Job x FAILED: 50%25 done%0Anext',
      '::warning title=T::careful'
    ];
    expect(renderLog(log.join('\n'))).toEqual([
      '(the API key is registered as a secret: the runner prints *** instead)',
      'plain line',
      'Error: Job x FAILED: 50% done\nnext',
      'Warning: careful'
    ]);
  });

  it('renders the summary as plain text with aligned tables', () => {
    const markdown =
      '## ✅ 1 of 1 extract job completed\n\n| Job | Note |\n| --- | --- |\n| <code>ext-1</code> | a &#124; b<br>c |\n\n' +
      '<details open><summary>✅ <code>ext-1</code> · COMPLETED</summary>\n\n**Error:** &#60;none&#62;\n\n</details>\n';
    expect(renderSummary(markdown)).toEqual([
      '✅ 1 of 1 extract job completed',
      '═'.repeat(31),
      '',
      'Job    Note',
      '─────  ───────',
      'ext-1  a | b c',
      '',
      '▸ ✅ ext-1 · COMPLETED',
      '',
      'Error: <none>'
    ]);
  });
});
