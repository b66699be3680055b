import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { checkResultFiles, refuseSharedFiles, refuseSharedReport, resolveFileTemplate } from '../../../src/settings/clashes.js';
import { Inputs } from '../../../src/lib/constants.js';

const workspace = '/work/space';
const files = (outputFile: string, others: { jobFile?: string; expected?: string } = {}) => ({
  outputFile: join(workspace, outputFile),
  jobFile: others.jobFile === undefined ? undefined : join(workspace, others.jobFile),
  comparison: others.expected === undefined ? undefined : { expected: join(workspace, others.expected), minAccuracy: 1, update: false },
  workspace
});
const jobs = (...jobIds: string[]) => jobIds.map((jobId) => ({ jobId }));
const documents = (...names: string[]) => names.map((document) => ({ document }));

describe('resolveFileTemplate', () => {
  it('makes the path absolute in the workspace', () => {
    expect(resolveFileTemplate(Inputs.OutputFile, 'out/{job_id}.json', workspace, ['a', 'b'])).toBe('/work/space/out/{job_id}.json');
    expect(resolveFileTemplate(Inputs.JobFile, '/tmp/jobs/{path}.json', workspace)).toBe('/tmp/jobs/{path}.json');
  });

  it.each(['out/', 'out\\', '.', 'out/..'])('refuses %j, which names a folder', (raw) => {
    expect(() => resolveFileTemplate(Inputs.OutputFile, raw, workspace)).toThrow(
      `Input 'output-file': '${raw}' names a folder. Give a file path, e.g. out/extract-result.json.`
    );
  });

  it('with job-id: refuses a document placeholder, and a file shared by several jobs', () => {
    expect(() => resolveFileTemplate(Inputs.JobFile, 'jobs/{path}.json', workspace, ['ext-1'])).toThrow(
      "Input 'job-file': 'jobs/{path}.json' holds {path}, which names a document: it needs 'file'. With 'job-id', use {job_id}."
    );
    expect(() => resolveFileTemplate(Inputs.OutputFile, 'out.json', workspace, ['a', 'b'])).toThrow(
      "Input 'output-file': 'out.json' must contain {job_id} when several job IDs are given, so each job gets its own file (e.g. results/{job_id}.json)."
    );
    expect(() => resolveFileTemplate(Inputs.OutputFile, 'out.json', workspace, ['a'])).not.toThrow();
  });
});

describe('refuseSharedFiles', () => {
  it.each([
    [files('extract-result.json', { jobFile: 'extract-result.json' }), jobs('ext-1'), 'job-file', 'extract-result.json'],
    [files('r/{job_id}.json', { jobFile: 'r/ext-1.json' }), jobs('ext-1'), 'job-file', 'r/ext-1.json'],
    [files('{job_id}.json', { jobFile: './{job_id}.json' }), jobs('a', 'b'), 'job-file', 'a.json'],
    // Another job's result: a's result is x-a.json, which is also x-a's job file.
    [files('x-{job_id}.json', { jobFile: '{job_id}.json' }), jobs('a', 'x-a'), 'job-file', 'x-a.json'],
    [files('extract-result.json', { expected: 'extract-result.json' }), jobs('ext-1'), 'expected', 'extract-result.json'],
    [files('{job_id}.json', { expected: 'ext-1.json' }), jobs('ext-1'), 'expected', 'ext-1.json']
  ])('refuses a job or expected file where a job writes its result (%#)', (settings, subjects, input, shared) => {
    const noun = input === 'job-file' ? 'job file' : 'expected file';
    const example = input === 'job-file' ? 'jobs/{job_id}.json' : 'test/expected/{job_id}.json';
    expect(() => refuseSharedFiles(settings, subjects)).toThrow(
      `Input '${input}': '${join(workspace, shared)}' is also where output-file writes a result. Give the ${noun} its own path, e.g. ${example}.`
    );
  });

  it("refuses a file where a document's result is written, its own or another's", () => {
    expect(() => refuseSharedFiles(files('out/{path}.json', { jobFile: 'out/{path}.json' }), documents('invoices/2024/march.pdf'))).toThrow(
      "Input 'job-file': 'out/invoices/2024/march.json' is also where output-file writes the result of 'invoices/2024/march.pdf'. Give the job file its own path, e.g. jobs/{path}.json."
    );
    expect(() => refuseSharedFiles(files('{path}.json', { jobFile: 'jobs/{path}.json' }), documents('a.pdf', 'jobs/a.pdf'))).toThrow(
      "Input 'job-file': 'jobs/a.json' is also where output-file writes the result of 'jobs/a.pdf'."
    );
    expect(() => refuseSharedFiles(files('out/{path}.json', { expected: 'out/{path}.json' }), documents('a.pdf'))).toThrow(
      "Input 'expected': 'out/a.json' is also where output-file writes the result of 'a.pdf'. Give the expected file its own path, e.g. test/expected/{path}.json."
    );
  });

  it('accepts files beside the results', () => {
    expect(() =>
      refuseSharedFiles(files('{job_id}.json', { jobFile: '{job_id}.job.json', expected: 'e/{job_id}.json' }), jobs('a', 'b'))
    ).not.toThrow();
    expect(() => refuseSharedFiles(files('out/{path}.json', { jobFile: 'jobs/{path}.json' }), documents('a.pdf', 'b/a.pdf'))).not.toThrow();
  });
});

describe('checkResultFiles', () => {
  const two = ['invoices/2024/march.pdf', 'other/march.pdf'];

  it('accepts one document without a placeholder, and documents kept apart by {path} or {job_id}', () => {
    expect(() => checkResultFiles(files('out.json'), [two[0]!])).not.toThrow();
    expect(() => checkResultFiles(files('out/{path}.json'), two)).not.toThrow();
    expect(() => checkResultFiles(files('out/{name}-{job_id}.json'), two)).not.toThrow();
  });

  it('refuses several documents sharing one file', () => {
    expect(() => checkResultFiles(files('out.json'), two)).toThrow(
      "Input 'output-file': 'out.json' must contain {path} (or {name}, {job_id}) when 'file' matches several documents (2 here)"
    );
    expect(() => checkResultFiles(files('out/{path}.json', { expected: 'expected/{name}.json' }), two)).toThrow(
      "Input 'expected': 'invoices/2024/march.pdf' and 'other/march.pdf' would both be written to 'expected/march.json'. Use {path} rather than {name}, or add {job_id}."
    );
  });

  it('refuses a job file that is also a result file', () => {
    expect(() => checkResultFiles(files('out/{path}.json', { jobFile: 'out/{path}.json' }), [two[0]!])).toThrow(
      "Input 'job-file': 'out/invoices/2024/march.json' is also where output-file writes the result of 'invoices/2024/march.pdf'."
    );
  });
});

describe('refuseSharedReport', () => {
  it('refuses a report with a placeholder, or at another input’s file', () => {
    const taken = [join(workspace, 'extract-result.json'), undefined];
    expect(() => refuseSharedReport('report.json', join(workspace, 'report.json'), taken)).not.toThrow();
    for (const raw of ['extract-result.json', 'r/{job_id}.json', 'r/{name}.json']) {
      expect(() => refuseSharedReport(raw, join(workspace, raw), taken)).toThrow(
        `Input 'report-file': '${raw}' must be one file of its own for the whole run, e.g. extract-report.json.`
      );
    }
  });
});
