import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import * as core from '../../__fixtures__/core.js';

jest.unstable_mockModule('@actions/core', () => core);
const { readComparison } = await import('../../../src/settings/comparison-inputs.js');

const workspace = '/work/space';
beforeEach(() => core.useInputs({}));

describe('readComparison', () => {
  it('is off without expected, and defaults min-accuracy to 1 with it', () => {
    expect(readComparison(workspace, ['ext-1'])).toBeUndefined();
    core.useInputs({ expected: 'test/expected/{job_id}.json' });
    expect(readComparison(workspace, ['ext-1'])).toEqual({
      expected: '/work/space/test/expected/{job_id}.json',
      minAccuracy: 1,
      metric: 'accuracy',
      rulesFile: undefined,
      update: false
    });
  });

  it('reads min-accuracy, min-accuracy-metric, compare and update-expected', () => {
    core.useInputs({
      expected: 'exp.json',
      'min-accuracy': '0.9',
      'min-accuracy-metric': 'F1',
      compare: 'rules.yml',
      'update-expected': 'true'
    });
    expect(readComparison(workspace, ['ext-1'])).toEqual({
      expected: '/work/space/exp.json',
      minAccuracy: 0.9,
      metric: 'f1',
      rulesFile: '/work/space/rules.yml',
      update: true
    });
  });

  it.each([
    [{ 'min-accuracy': '0.9' }, "Input 'min-accuracy': needs 'expected', the path of each job's expected result"],
    [{ compare: 'rules.yml' }, "Input 'compare': needs 'expected'"],
    [{ 'min-accuracy-metric': 'f1' }, "Input 'min-accuracy-metric': needs 'expected'"],
    [{ 'update-expected': 'true' }, "Input 'update-expected': needs 'expected'"],
    [{ expected: 'e.json', 'min-accuracy-metric': 'recall' }, "Input 'min-accuracy-metric': must be accuracy or f1, not 'recall'."],
    [{ expected: 'e.json', 'min-accuracy': '95%' }, "Input 'min-accuracy': '95%' is not an accuracy. Expected a number from 0 to 1"],
    [{ expected: 'e.json', 'min-accuracy': '1.01' }, 'is not an accuracy'],
    [{ expected: 'e.json', 'update-expected': 'yes' }, "Input 'update-expected': 'yes' is not a boolean"]
  ])('refuses %j', (inputs, message) => {
    core.useInputs(inputs);
    expect(() => readComparison(workspace, ['ext-1'])).toThrow(message);
  });

  it('gives each job given its own expected file', () => {
    core.useInputs({ expected: 'e.json' });
    expect(() => readComparison(workspace, ['a', 'b'])).toThrow("Input 'expected': 'e.json' must contain {job_id}");
    expect(readComparison(workspace, undefined)?.expected).toBe('/work/space/e.json');
  });

  it('with file, names each expected file after its document, never after a job ID that is new on every run', () => {
    core.useInputs({ expected: 'test/{job_id}.json' });
    expect(readComparison(workspace, ['ext-1'])?.expected).toBe('/work/space/test/{job_id}.json');
    expect(() => readComparison(workspace, undefined)).toThrow(
      "Input 'expected': 'test/{job_id}.json' holds {job_id}, which is new on every run with 'file': name each expected file after its document, e.g. test/expected/{name}.json."
    );
  });

  it('lets update-expected: false stand without expected', () => {
    core.useInputs({ 'update-expected': 'false' });
    expect(readComparison(workspace, ['ext-1'])).toBeUndefined();
  });
});
