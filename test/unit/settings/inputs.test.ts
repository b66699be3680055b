import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import * as core from '../../__fixtures__/core.js';
import { Inputs } from '../../../src/lib/constants.js';

jest.unstable_mockModule('@actions/core', () => core);
const { input, optionalFraction, optionalId, parseBoolean, parsePositiveDuration } = await import('../../../src/settings/inputs.js');

beforeEach(() => core.useInputs({}));

describe('inputs', () => {
  it("take action.yml's default when empty", () => {
    expect(input(Inputs.Timeout)).toBe('30m');
    expect(input(Inputs.JobId)).toBe('');
    core.useInputs({ timeout: '5m' });
    expect(input(Inputs.Timeout)).toBe('5m');
  });

  it('read booleans in any case', () => {
    core.useInputs({ wait: 'FALSE', 'fail-on-error': '1' });
    expect(parseBoolean(Inputs.Wait)).toBe(false);
    expect(() => parseBoolean(Inputs.FailOnError)).toThrow("Input 'fail-on-error': '1' is not a boolean. Expected true or false.");
  });

  it('read durations, at least the least accepted', () => {
    core.useInputs({ timeout: '1h30m', 'poll-interval': '2' });
    expect(parsePositiveDuration(Inputs.Timeout, 0)).toBe(5_400_000);
    expect(parsePositiveDuration(Inputs.PollInterval, 1000)).toBe(2000);
    for (const [raw, message] of [
      ['soon', "Input 'timeout': 'soon' is not a duration. Expected seconds (90) or a duration such as 90s, 15m or 1h."],
      ['0', "Input 'timeout': '0' is not a duration"],
      ['100ms', "Input 'timeout': '100ms' is too short. Expected at least 1s."]
    ]) {
      core.useInputs({ timeout: raw! });
      expect(() => parsePositiveDuration(Inputs.Timeout, 1000)).toThrow(message!);
    }
  });

  it('read fractions from 0 to 1, none when empty', () => {
    expect(optionalFraction(Inputs.MinConfidence, 'a confidence', '0.8')).toBeUndefined();
    core.useInputs({ 'min-confidence': '0.8' });
    expect(optionalFraction(Inputs.MinConfidence, 'a confidence', '0.8')).toBe(0.8);
    for (const raw of ['1.5', 'high', '-0.1']) {
      core.useInputs({ 'min-confidence': raw });
      expect(() => optionalFraction(Inputs.MinConfidence, 'a confidence', '0.8')).toThrow(
        `Input 'min-confidence': '${raw}' is not a confidence. Expected a number from 0 to 1, such as 0.8.`
      );
    }
  });

  it('read IDs safe in a URL path, none when empty', () => {
    expect(optionalId(Inputs.ProjectId)).toBeUndefined();
    core.useInputs({ 'project-id': 'prj_1-a' });
    expect(optionalId(Inputs.ProjectId)).toBe('prj_1-a');
    core.useInputs({ 'project-id': 'p/1' });
    expect(() => optionalId(Inputs.ProjectId)).toThrow(
      "Input 'project-id': 'p/1' is not an ID. Expected letters, digits, '-' and '_' only."
    );
  });
});
