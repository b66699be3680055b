// Stand-ins for the parts of @actions/core the sources use (actions/typescript-action's pattern): a test
// registers them with `jest.unstable_mockModule('@actions/core', () => core)` before importing a source.
import type * as core from '@actions/core';
import { jest } from '@jest/globals';

export const getInput = jest.fn<typeof core.getInput>().mockReturnValue('');
export const setOutput = jest.fn<typeof core.setOutput>();
export const setFailed = jest.fn<typeof core.setFailed>();
export const setSecret = jest.fn<typeof core.setSecret>();
export const info = jest.fn<typeof core.info>();
export const warning = jest.fn<typeof core.warning>();
export const error = jest.fn<typeof core.error>();
export const notice = jest.fn<typeof core.notice>();
export const debug = jest.fn<typeof core.debug>();
export const startGroup = jest.fn<typeof core.startGroup>();
export const endGroup = jest.fn<typeof core.endGroup>();

/** Every `setOutput` call as one object (the last value of each name). */
export function outputs(): Record<string, string> {
  return Object.fromEntries(setOutput.mock.calls.map(([name, value]) => [name, String(value)]));
}

/** Makes `getInput(name)` answer from `inputs` ('' for any other name), as the runner does for unset inputs. */
export function useInputs(inputs: Record<string, string>): void {
  getInput.mockImplementation((name: string) => inputs[name] ?? '');
}

/** The messages given to one of the log functions, in order. */
export function messages(fn: { mock: { calls: unknown[][] } }): string[] {
  return fn.mock.calls.map(([message]) => String(message));
}
