// The step's inputs as given, and readers of the kinds of value several inputs take: booleans, durations,
// fractions, IDs. Each refusal is a one-line InputError that says what was expected.
import * as core from '@actions/core';
import { Inputs } from '../lib/constants.js';
import { parseDuration } from '../lib/duration.js';
import { InputError } from '../lib/errors.js';

/** A job, project, organization or configuration ID: safe in a URL path as it is. */
export const ID = /^[A-Za-z0-9_-]{1,128}$/;

/**
 * What an empty input means: the same defaults as action.yml (a test holds them equal), kept here too
 * because an empty input is also what a caller who sets no INPUT_* at all gives.
 */
const FALLBACKS: Partial<Record<Inputs, string>> = {
  [Inputs.Wait]: 'true',
  [Inputs.Timeout]: '30m',
  [Inputs.PollInterval]: '5s',
  [Inputs.OutputFile]: 'extract-result.json',
  [Inputs.FailOnError]: 'true',
  [Inputs.CancelOnTimeout]: 'false',
  [Inputs.UpdateExpected]: 'false',
  [Inputs.Reuse]: 'false',
  [Inputs.OnFork]: 'skip',
  [Inputs.FailOnRegression]: 'false',
  [Inputs.Comment]: 'auto',
  [Inputs.CommentKey]: 'llamacloud-extract'
};

/** The input as given, or its fallback when empty. */
export function input(name: Inputs): string {
  return core.getInput(name) || (FALLBACKS[name] ?? '');
}

export function parseBoolean(name: Inputs): boolean {
  const raw = input(name);
  const value = raw.toLowerCase();
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new InputError(name, `'${raw}' is not a boolean. Expected true or false.`);
}

export function parsePositiveDuration(name: Inputs, minMs: number): number {
  const raw = input(name);
  const ms = parseDuration(raw);
  if (ms === undefined || ms <= 0) {
    throw new InputError(name, `'${raw}' is not a duration. Expected seconds (90) or a duration such as 90s, 15m or 1h.`);
  }
  if (ms < minMs) throw new InputError(name, `'${raw}' is too short. Expected at least ${minMs / 1000}s.`);
  return ms;
}

/** A number from 0 to 1, or undefined when the input is empty; `what` and `example` word the refusal. */
export function optionalFraction(name: Inputs, what: string, example: string): number | undefined {
  const raw = input(name);
  if (!raw) return undefined;
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || value < 0 || value > 1) {
    throw new InputError(name, `'${raw}' is not ${what}. Expected a number from 0 to 1, such as ${example}.`);
  }
  return value;
}

export function optionalId(name: Inputs): string | undefined {
  const value = input(name);
  if (value && !ID.test(value)) {
    throw new InputError(name, `'${value}' is not an ID. Expected letters, digits, '-' and '_' only.`);
  }
  return value || undefined;
}
