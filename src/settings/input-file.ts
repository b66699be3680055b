// The one reader of the JSON and YAML files inputs name (configuration, compare rules, schema, expected results).
// They come from pull requests, forks included: each is read only inside the workspace, within a size and a
// nesting depth checked without recursion, with YAML aliases bounded, and its errors name the file, line and
// column but never quote it (a link to a key file must not print the key). yaml is loaded for YAML files only.
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Inputs } from '../lib/constants.js';
import { InputError } from '../lib/errors.js';
import { JsonScanner, JsonSyntaxError } from '../lib/json-scan.js';
import { nestsDeeperThan } from '../lib/json-walk.js';
import { cut } from '../lib/bound.js';
import { mebibytes } from '../lib/markdown.js';
import { realPathToRead, relativeToWorkspace } from './workspace.js';

const MiB = 1024 * 1024;

/** How one input's file is read. */
interface InputFile {
  input: Inputs;
  /** Whether a name not ending in .json is read as YAML (else every file is JSON). */
  yaml: boolean;
  maxBytes: number;
  /** Containers nested deeper than this are refused: the top-level object is level 1. */
  maxDepth: number;
  /** A missing file is no error (an expected file before its first update-expected). */
  optional?: boolean;
  /** What to do about a syntax error, when there is more to do than fix it. */
  fix?: string;
}

// A configuration is sent with every job: 1 MiB and 100 levels hold any real one many times over (a data schema
// nests about two levels per level of the fields it describes). A schema is then bounded by the gate itself,
// more tightly, before it is compiled (check/schema-gate.ts).
export const CONFIGURATION_FILE: InputFile = { input: Inputs.Configuration, yaml: true, maxBytes: MiB, maxDepth: 100 };
export const SCHEMA_FILE: InputFile = { input: Inputs.Schema, yaml: false, maxBytes: MiB, maxDepth: 1000 };
export const RULES_FILE: InputFile = { input: Inputs.Compare, yaml: true, maxBytes: MiB, maxDepth: 100 };
// An expected file is a whole result: as large as results the action handles (100 MiB are measured), and as
// deep as the schema gate checks them.
export const EXPECTED_FILE: InputFile = {
  input: Inputs.Expected,
  yaml: false,
  maxBytes: 128 * MiB,
  maxDepth: 1000,
  optional: true,
  fix: 'fix it, or write it from the result with update-expected: true'
};
// A run report holds each result (those over 8 MiB are left out) a few levels down; a first run has none yet.
export const BASELINE_FILE: InputFile = { input: Inputs.Baseline, yaml: false, maxBytes: 256 * MiB, maxDepth: 1010, optional: true };

/** YAML aliases expanded in all: a few `*ref`s are fine, a billion laughs is not. */
const MAX_ALIASES = 100;
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** A key quoted in a duplicate-key error is cut to this many characters, its ellipsis included. */
const KEY_SHOWN_CHARS = 101;

/** The parsed file, JSON or YAML by its name; undefined only for an optional file that does not exist. Every problem is an InputError. */
export async function readInputFile(kind: InputFile, file: string, workspace: string): Promise<unknown> {
  if (!kind.yaml || path.extname(file).toLowerCase() === '.json') return readJsonFile(kind, file, workspace);
  const read = readText(kind, file, workspace);
  return read && parseYaml(read.text, kind, read.fail);
}

/**
 * The same for a JSON file, without waiting: yaml is never needed. `build` makes the value of the checked text
 * (JSON.parse unless given: expected files keep long numbers exact).
 */
export function readJsonFile(kind: InputFile, file: string, workspace: string, build: (json: string) => unknown = JSON.parse): unknown {
  const read = readText(kind, file, workspace);
  return read && parseJson(read.bytes, read.text, kind, read.fail, build);
}

interface Read {
  /** Without a byte order mark: editors on Windows like to begin a file with one. */
  bytes: Buffer;
  text: string;
  /** Throws an InputError about this file. */
  fail: (message: string) => never;
}

function readText(kind: InputFile, file: string, workspace: string): Read | undefined {
  const shown = relativeToWorkspace(file, workspace);
  const fail = (message: string): never => {
    throw new InputError(kind.input, `'${shown}' ${message}`);
  };
  const bytes = readBounded(kind, file, workspace, fail);
  if (bytes === undefined) return undefined;
  const body = bytes.subarray(0, 3).equals(UTF8_BOM) ? bytes.subarray(3) : bytes;
  return { bytes: body, text: body.toString('utf8'), fail };
}

function readBounded(kind: InputFile, file: string, workspace: string, fail: (message: string) => never): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(realPathToRead(kind.input, file, workspace), 'r');
  } catch (error) {
    if (error instanceof InputError) throw error;
    const { code } = error as NodeJS.ErrnoException;
    if (kind.optional && code === 'ENOENT') return undefined;
    return fail(`cannot be read (${code ?? 'unreadable'}): check the path, and that the file is in the checkout.`);
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) fail(`is not a file: give the path of a ${kind.yaml ? 'JSON or YAML' : 'JSON'} file.`);
    if (info.size > kind.maxBytes) {
      fail(
        `is ${mebibytes(info.size)}, over the ${kind.maxBytes / MiB} MiB accepted for '${kind.input}': check that it is the right file.`
      );
    }
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

function parseJson(
  bytes: Buffer,
  text: string,
  kind: InputFile,
  fail: (message: string) => never,
  build: (json: string) => unknown = JSON.parse
): unknown {
  // JSON.parse's messages quote the text: the scanner says where it broke, and what was due there, instead.
  const at = syntaxErrorAt(bytes);
  if (at) {
    const [line, column] = lineColumn(text, bytes.subarray(0, at.offset).toString('utf8').length);
    fail(`is not valid JSON at line ${line}, column ${column} (expected ${at.expected}): ${kind.fix ?? 'fix its syntax'}.`);
  }
  checkJsonKeys(text, kind, fail);
  return build(text);
}

function syntaxErrorAt(bytes: Buffer): { offset: number; expected: string } | undefined {
  try {
    const scanner = new JsonScanner();
    scanner.write(bytes);
    scanner.end();
  } catch (error) {
    if (error instanceof JsonSyntaxError) return error.at;
    throw error;
  }
  return undefined;
}

/**
 * Over valid JSON, with a stack of its own: a key given twice in one object (JSON.parse keeps the last one
 * silently) and nesting beyond the bound, each with its line.
 */
function checkJsonKeys(text: string, kind: InputFile, fail: (message: string) => never): void {
  // Per open container: its keys so far (an object), or undefined (an array).
  const open: Array<Set<string> | undefined> = [];
  let keyDue = false;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      let end = i + 1;
      while (text.charCodeAt(end) !== 0x22) end += text.charCodeAt(end) === 0x5c /* \ */ ? 2 : 1;
      const keys = open.at(-1);
      if (keyDue && keys) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end + 1)) as string) : raw;
        if (keys.has(key)) fail(duplicateKey(key, line, i - lineStart + 1));
        keys.add(key);
      }
      keyDue = false;
      i = end;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      open.push(c === 0x7b ? new Set() : undefined);
      if (open.length > kind.maxDepth) fail(tooDeep(kind, line));
      keyDue = c === 0x7b;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      open.pop();
    } else if (c === 0x2c /* , */) {
      keyDue = open.at(-1) !== undefined;
    } else if (c === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
}

async function parseYaml(text: string, kind: InputFile, fail: (message: string) => never): Promise<unknown> {
  // A lazy chunk in dist/ (script/bundle.ts): a run without a YAML file does not parse yaml.
  const yaml = await import('yaml');
  // yaml composes a document with the call stack: the nesting is bounded on its syntax tree first.
  const deep = deepestYamlNode(yaml, text, kind.maxDepth);
  if (deep !== undefined) fail(tooDeep(kind, lineColumn(text, deep)[0]));
  // Its messages quote the text: an error is told by its code and place only.
  const document = yaml.parseDocument(text, { prettyErrors: false, uniqueKeys: false });
  const [first] = document.errors;
  if (first) {
    const [line, column] = lineColumn(text, first.pos[0]);
    fail(`is not valid YAML at line ${line}, column ${column} (${first.code.toLowerCase().replace(/_/g, ' ')}): fix its syntax.`);
  }
  checkYamlKeys(yaml, text, document.contents, fail);
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    return fail(
      /^Excessive alias count/.test(error.message)
        ? `expands its aliases (*name) too many times, over ${MAX_ALIASES}: write the values out, or refer to them less.`
        : 'uses an alias (*name) whose anchor (&name) comes later or not at all: define each anchor before it is used.'
    );
  }
  // Aliases can nest a value deeper than its text does.
  if (nestsDeeperThan(value, kind.maxDepth)) fail(tooDeep(kind));
  return value;
}

type Yaml = typeof import('yaml');
type Token = import('yaml').CST.Token;

/** Where the first collection nested deeper than `limit` begins (an index into `text`), walked without recursion. */
function deepestYamlNode(yaml: Yaml, text: string, limit: number): number | undefined {
  const stack: Array<[Token | undefined, number]> = [...new yaml.Parser().parse(text)].map((token) => [token, 0]);
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [token, depth] = next;
    if (!token) continue;
    if (token.type === 'document') {
      stack.push([token.value, depth]);
    } else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      if (depth + 1 > limit) return token.offset;
      for (const item of token.items) stack.push([item.key ?? undefined, depth + 1], [item.value, depth + 1]);
    }
  }
  return undefined;
}

/** A key given twice in one mapping: toJS would keep one silently. Keys compare as the object's keys will. */
function checkYamlKeys(yaml: Yaml, text: string, root: unknown, fail: (message: string) => never): void {
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (yaml.isMap(node)) {
      const keys = new Set<string>();
      for (const pair of node.items) {
        if (yaml.isScalar(pair.key)) {
          const key = String(pair.key.value);
          if (keys.has(key)) fail(duplicateKey(key, ...lineColumn(text, pair.key.range?.[0] ?? 0)));
          keys.add(key);
        }
        stack.push(pair.value);
      }
    } else if (yaml.isSeq(node)) {
      for (const item of node.items) stack.push(item);
    }
  }
}

function duplicateKey(key: string, line: number, column: number): string {
  const quoted = JSON.stringify(cut(key, KEY_SHOWN_CHARS));
  return `gives the key ${quoted} twice in one object, again at line ${line}, column ${column}: keep one of them.`;
}

function tooDeep(kind: InputFile, line?: number): string {
  return `nests more than ${kind.maxDepth} levels deep${line === undefined ? '' : ` (at line ${line})`}, the most '${kind.input}' accepts: check that it is the right file.`;
}

/** 1-based line and column of the character at `index`. */
function lineColumn(text: string, index: number): [number, number] {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return [line, index - lineStart + 1];
}
