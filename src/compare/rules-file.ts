// Reads the `compare` rules file, JSON or YAML, before any request. yaml is loaded only for a YAML file.
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { Inputs } from '../constants.js';
import { InputError } from '../errors.js';
import { parseRules, type Rules } from './rules.js';

export async function loadRules(file: string, shown: string): Promise<Rules> {
  let text: string;
  try {
    text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new InputError(
      Inputs.Compare,
      `cannot read rules file '${shown}' (${code}): check the path and that the file is in the checkout.`
    );
  }
  return parseRules(path.extname(file).toLowerCase() === '.json' ? parseJson(text, shown) : await parseYaml(text, shown), shown);
}

function parseJson(text: string, shown: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(Inputs.Compare, `rules file '${shown}' is not valid JSON (${(error as Error).message}): fix its syntax.`);
  }
}

async function parseYaml(text: string, shown: string): Promise<unknown> {
  // A lazy chunk in dist/ (script/bundle.ts): a run without a YAML rules file does not parse yaml.
  const { parseDocument } = await import('yaml');
  const document = parseDocument(text, { uniqueKeys: true });
  const [first] = document.errors;
  if (first) {
    const line = first.linePos?.[0].line;
    const reason = (first.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    throw new InputError(
      Inputs.Compare,
      `rules file '${shown}'${line ? ` line ${line}` : ''} is not valid YAML (${reason}): fix its syntax.`
    );
  }
  return document.toJS({ maxAliasCount: 100 }) as unknown;
}
