import { describe, expect, it } from '@jest/globals';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { checkWrites, relativeToWorkspace, writablePath } from '../../../src/settings/workspace.js';
import { useHarness } from '../../support/harness.js';

const harness = useHarness();
const root = harness.folder();
const workspace = join(root, 'ws');
const outside = join(root, 'outside');
mkdirSync(join(workspace, 'real'), { recursive: true });
mkdirSync(join(outside, 'b'), { recursive: true });
const link = (name: string, target: string): void => symlinkSync(target, join(workspace, name));
const refusal = (input: string, shown: string, detail: string): string =>
  `Input '${input}': '${shown}' resolves outside the workspace (${detail}). Files of the checkout only are read and written: ${
    detail.startsWith('a link') ? 'replace the link with the file or folder itself' : 'give a path inside the workspace'
  }.`;

describe('relativeToWorkspace', () => {
  it('is relative inside the workspace, absolute outside it', () => {
    expect(relativeToWorkspace(join(workspace, 'out/a.json'), workspace)).toBe(join('out', 'a.json'));
    expect(relativeToWorkspace(join(workspace, '..notes/a.json'), workspace)).toBe(join('..notes', 'a.json'));
    expect(relativeToWorkspace(workspace, workspace)).toBe('.');
    expect(relativeToWorkspace(join(outside, 'a.json'), workspace)).toBe(join(outside, 'a.json'));
  });
});

describe('writablePath', () => {
  it('takes folders yet to be made, and links that stay inside, also to folders not made yet', () => {
    expect(writablePath('output-file', join(workspace, 'new/deeper/a.json'), workspace)).toBe(join(workspace, 'new/deeper/a.json'));
    link('inside', 'real');
    link('later', 'not-yet/made');
    expect(writablePath('output-file', join(workspace, 'inside/a.json'), workspace)).toBe(join(workspace, 'inside/a.json'));
    expect(writablePath('output-file', join(workspace, 'later/x/a.json'), workspace)).toBe(join(workspace, 'later/x/a.json'));
  });

  it('refuses `..` out of the workspace, and an absolute path outside it', () => {
    expect(() => writablePath('job-file', join(workspace, 'out/../../a.json'), workspace)).toThrow(
      refusal('job-file', join(root, 'a.json'), `the workspace is ${workspace}`)
    );
    expect(() => writablePath('output-file', join(outside, 'a.json'), workspace)).toThrow(
      refusal('output-file', join(outside, 'a.json'), `the workspace is ${workspace}`)
    );
  });

  it('refuses a linked folder that leads out, existing or not yet, however its `..` reads', () => {
    link('out', outside);
    link('dangling', join(outside, 'nothing-yet'));
    // `b` is outside: `..` from the link in it is the outside folder, though `ws/escape/..` reads as the workspace.
    link('escape', join(outside, 'b'));
    symlinkSync('../made-there', join(outside, 'b', 'up'));
    expect(() => writablePath('expected', join(workspace, 'out/a.json'), workspace)).toThrow(
      refusal('expected', join('out', 'a.json'), `a link leads to ${join(outside, 'a.json')}`)
    );
    expect(() => writablePath('expected', join(workspace, 'dangling/x/a.json'), workspace)).toThrow(
      refusal('expected', join('dangling', 'x', 'a.json'), `a link leads to ${join(outside, 'nothing-yet/x/a.json')}`)
    );
    expect(() => writablePath('expected', join(workspace, 'escape/up/a.json'), workspace)).toThrow(
      refusal('expected', join('escape', 'up', 'a.json'), `a link leads to ${join(outside, 'made-there/a.json')}`)
    );
  });

  it('leaves a loop of links to the write, which fails on it', () => {
    link('loop1', 'loop2');
    link('loop2', 'loop1');
    expect(writablePath('output-file', join(workspace, 'loop1/a.json'), workspace)).toBe(join(workspace, 'loop1/a.json'));
  });
});

describe('checkWrites', () => {
  const settings = (overrides: Partial<Parameters<typeof checkWrites>[0]>) => ({
    outputFile: join(workspace, 'results/{job_id}.json'),
    workspace,
    review: {},
    ...overrides
  });
  const jobs = (...jobIds: string[]) => jobIds.map((jobId) => ({ jobId }));
  const documents = (...names: string[]) => names.map((document) => ({ document }));

  it('checks each job given, or each document found with {job_id} standing for the job to come', () => {
    expect(() => checkWrites(settings({}), jobs('ext-1', 'ext-2'))).not.toThrow();
    expect(() => checkWrites(settings({ jobFile: join(workspace, 'out/{job_id}.json') }), jobs('ext-1'))).toThrow(
      refusal('job-file', join('out', 'ext-1.json'), `a link leads to ${join(outside, 'ext-1.json')}`)
    );
    expect(() =>
      checkWrites(settings({ outputFile: join(workspace, 'x/{path}.json') }), documents('a.pdf', 'dangling/b.pdf'))
    ).not.toThrow();
    expect(() => checkWrites(settings({ outputFile: join(workspace, '{path}.json') }), documents('a.pdf', 'dangling/b.pdf'))).toThrow(
      refusal('output-file', join('dangling', 'b.json'), `a link leads to ${join(outside, 'nothing-yet/b.json')}`)
    );
  });

  it('checks expected files only when update-expected writes them, and the run report', () => {
    const comparison = { expected: join(workspace, 'out/{job_id}.json'), minAccuracy: 1, update: false };
    expect(() => checkWrites(settings({ comparison }), jobs('ext-1'))).not.toThrow();
    expect(() => checkWrites(settings({ comparison: { ...comparison, update: true } }), jobs('ext-1'))).toThrow(/^Input 'expected': /);
    expect(() => checkWrites(settings({ review: { reportFile: join(workspace, 'out/report.json') } }), jobs('ext-1'))).toThrow(
      /^Input 'report-file': /
    );
  });
});
