// The `configuration` input: an inline extract configuration read from a JSON or YAML file before any request.
import { Inputs } from '../lib/constants.js';
import { InputError } from '../lib/errors.js';
import { CONFIGURATION_FILE, readInputFile } from '../settings/input-file.js';
import { relativeToWorkspace } from '../settings/workspace.js';
import { isObject } from '../lib/json-walk.js';

/** The parsed object; a file that cannot be read or parsed, or holds no object, is an input error. */
export async function readConfiguration(file: string, workspace: string): Promise<Record<string, unknown>> {
  const value = await readInputFile(CONFIGURATION_FILE, file, workspace);
  if (!isObject(value)) {
    throw new InputError(
      Inputs.Configuration,
      `'${relativeToWorkspace(file, workspace)}' holds ${describe(value)}, not an object. Expected an extract configuration such as { "data_schema": {...}, "tier": "cost_effective" }.`
    );
  }
  return value;
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  return Array.isArray(value) ? 'a list' : `a ${typeof value}`;
}
