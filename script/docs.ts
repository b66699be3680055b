// The README's input and output tables are generated from action.yml, so the two cannot drift.
//   npm run docs         rewrites the tables between the <!-- inputs:start/end --> and <!-- outputs:start/end --> markers
//   npm run docs:check   exits 1, naming the tables, when the README differs from what action.yml says
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as prettier from 'prettier';
import { parse } from 'yaml';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const ACTION_PATH = join(REPO_ROOT, 'action.yml');
export const README_PATH = join(REPO_ROOT, 'README.md');

interface ActionInput {
  description?: string;
  required?: boolean;
  default?: string | number | boolean;
}

interface ActionOutput {
  description?: string;
}

export interface ActionMetadata {
  inputs: Record<string, ActionInput>;
  outputs: Record<string, ActionOutput>;
}

export type Section = 'inputs' | 'outputs';
export const SECTIONS: readonly Section[] = ['inputs', 'outputs'];

const NOTE = '<!-- Generated from action.yml by `npm run docs`: edit action.yml, not this table. -->';

export function parseAction(text: string): ActionMetadata {
  const doc: unknown = parse(text);
  if (typeof doc !== 'object' || doc === null) throw new Error('action.yml is not a YAML mapping');
  const { inputs, outputs } = doc as Partial<ActionMetadata>;
  return { inputs: inputs ?? {}, outputs: outputs ?? {} };
}

export function readAction(path = ACTION_PATH): ActionMetadata {
  return parseAction(readFileSync(path, 'utf8'));
}

/** Text for a table cell: one line, pipes escaped. */
function cell(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}

function code(text: string): string {
  return `\`${text}\``;
}

function defaultCell(input: ActionInput): string {
  if (input.required) return '**required**';
  if (input.default === undefined) return '';
  const value = String(input.default);
  return value === '' ? '(empty)' : code(value);
}

export function renderTable(action: ActionMetadata, section: Section): string {
  if (section === 'inputs') {
    const rows = Object.entries(action.inputs).map(
      ([name, input]) => `| ${code(name)} | ${cell(input.description ?? '')} | ${defaultCell(input)} |`
    );
    return ['| Input | Description | Default |', '| --- | --- | --- |', ...rows].join('\n');
  }
  const rows = Object.entries(action.outputs).map(([name, output]) => `| ${code(name)} | ${cell(output.description ?? '')} |`);
  return ['| Output | Description |', '| --- | --- |', ...rows].join('\n');
}

function markers(section: Section): { start: string; end: string } {
  return { start: `<!-- ${section}:start -->`, end: `<!-- ${section}:end -->` };
}

/** The block that goes between a section's markers, formatted as Prettier would leave it in the README. */
export async function renderBlock(action: ActionMetadata, section: Section): Promise<string> {
  const options = (await prettier.resolveConfig(README_PATH)) ?? {};
  const table = await prettier.format(`${NOTE}\n\n${renderTable(action, section)}\n`, { ...options, parser: 'markdown' });
  return table.trimEnd();
}

function splitAt(readme: string, section: Section): { before: string; inside: string; after: string } {
  const { start, end } = markers(section);
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from === -1 || to === -1 || to < from) {
    throw new Error(`README.md has no '${start}' ... '${end}' markers: add them where the ${section} table goes.`);
  }
  return { before: readme.slice(0, from + start.length), inside: readme.slice(from + start.length, to), after: readme.slice(to) };
}

/** The README with every generated table rewritten from `action`. */
export async function updateReadme(readme: string, action: ActionMetadata): Promise<string> {
  let out = readme;
  for (const section of SECTIONS) {
    const { before, after } = splitAt(out, section);
    out = `${before}\n\n${await renderBlock(action, section)}\n\n${after}`;
  }
  return out;
}

/** Sections whose table in `readme` differs from what `action` generates; empty when the docs are current. */
export async function staleSections(readme: string, action: ActionMetadata): Promise<Section[]> {
  const expected = await updateReadme(readme, action);
  return SECTIONS.filter((section) => splitAt(readme, section).inside !== splitAt(expected, section).inside);
}

export async function main(args: string[]): Promise<number> {
  const readme = readFileSync(README_PATH, 'utf8');
  const action = readAction();
  if (args.includes('--check')) {
    const stale = await staleSections(readme, action);
    if (stale.length === 0) {
      console.log('README.md input and output tables match action.yml.');
      return 0;
    }
    console.error(
      `README.md is out of date with action.yml: the ${stale.join(' and ')} table${stale.length > 1 ? 's differ' : ' differs'}. ` +
        "Run 'npm run docs' and commit README.md."
    );
    return 1;
  }
  const updated = await updateReadme(readme, action);
  if (updated === readme) {
    console.log('README.md is already current.');
  } else {
    writeFileSync(README_PATH, updated);
    console.log('README.md tables rewritten from action.yml.');
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
