// The `configuration` input: an inline extract configuration read from a JSON or YAML file before any request.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from 'yaml';
import { Inputs } from '../constants.js';
import { InputError } from '../errors.js';
import { isObject } from '../types.js';

/** The parsed object; a missing file, a syntax error (with its line) or a non-object is an input error. */
export function readConfiguration(file: string, shown: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    throw new InputError(
      Inputs.Configuration,
      `cannot read '${shown}' (${code ?? 'unreadable'}). Give the path of a JSON or YAML file in the repository.`
    );
  }
  const value = path.extname(file).toLowerCase() === '.json' ? parseJson(text, shown) : parseYaml(text, shown);
  if (!isObject(value)) {
    throw new InputError(
      Inputs.Configuration,
      `'${shown}' holds ${describe(value)}, not an object. Expected an extract configuration such as { "data_schema": {...}, "tier": "cost_effective" }.`
    );
  }
  return value;
}

function parseJson(text: string, shown: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message)?.[1];
    const line = at === undefined ? undefined : text.slice(0, Number(at)).split('\n').length;
    throw syntaxError(shown, line, message.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+/, ''));
  }
}

function parseYaml(text: string, shown: string): unknown {
  const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  const [first] = document.errors;
  if (first) throw syntaxError(shown, first.linePos?.[0].line, first.message.replace(/ at line \d+[\s\S]*$/, ''));
  return document.toJS({ maxAliasCount: 100 }) as unknown;
}

function syntaxError(shown: string, line: number | undefined, reason: string): InputError {
  return new InputError(
    Inputs.Configuration,
    `'${shown}'${line === undefined ? '' : ` line ${line}`} is not valid JSON or YAML: ${reason}.`
  );
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  return Array.isArray(value) ? 'a list' : `a ${typeof value}`;
}
