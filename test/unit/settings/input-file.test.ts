import { describe, expect, it } from '@jest/globals';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Inputs } from '../../../src/lib/constants.js';
import { CONFIGURATION_FILE, EXPECTED_FILE, readInputFile, RULES_FILE, SCHEMA_FILE } from '../../../src/settings/input-file.js';
import { useHarness } from '../../support/harness.js';

const harness = useHarness();
const root = harness.folder();
const workspace = join(root, 'workspace');
mkdirSync(workspace);
const file = (name: string, text: string | Buffer): string => {
  writeFileSync(join(workspace, name), text);
  return join(workspace, name);
};
const read = (name: string, text: string | Buffer, kind: typeof CONFIGURATION_FILE = CONFIGURATION_FILE) =>
  readInputFile(kind, file(name, text), workspace);
const SECRET = 'root:x:0:0:secret';

describe('readInputFile', () => {
  it('reads JSON and YAML, with or without a byte order mark', async () => {
    await expect(read('a.json', '{"tier": "agentic"}')).resolves.toEqual({ tier: 'agentic' });
    await expect(read('b.json', '\uFEFF{"tier": "agentic"}')).resolves.toEqual({ tier: 'agentic' });
    await expect(read('c.yml', '\uFEFFtier: agentic\n')).resolves.toEqual({ tier: 'agentic' });
    await expect(read('d.yaml', 'a: &x [1]\nb: *x\n')).resolves.toEqual({ a: [1], b: [1] });
    // A schema and an expected file are JSON whatever their name.
    await expect(read('schema.txt', '{"type": "string"}', SCHEMA_FILE)).resolves.toEqual({ type: 'string' });
  });

  it.each([
    [
      'bad.json',
      `{\n  "tier": "agentic",\n  ${SECRET}\n}`,
      "'bad.json' is not valid JSON at line 3, column 3 (expected a key after a comma)"
    ],
    ['text.json', SECRET, "'text.json' is not valid JSON at line 1, column 1 (expected a JSON value)"],
    ['cut.json', '{"a": [1,\n', "'cut.json' is not valid JSON at line 2, column 1 (expected the rest of the JSON value)"],
    ['empty.json', '', "'empty.json' is not valid JSON at line 1, column 1 (expected a JSON value)"],
    ['wide.json', '{"ü": 1,, }', "'wide.json' is not valid JSON at line 1, column 9 (expected a key after a comma)"],
    ['bad.yml', `- a\n${SECRET}: 1\n`, "'bad.yml' is not valid YAML at line 2, column 1 (unexpected token)"],
    ['quote.yml', `a: 1\nb: '${SECRET}\n`, "'quote.yml' is not valid YAML at line 3, column 1 (missing char)"]
  ])('says where %s breaks, never what it holds', async (name, text, message) => {
    const error = (await read(name, text).catch((e: unknown) => e)) as Error;
    expect(error.message).toBe(`Input 'configuration': ${message}: fix its syntax.`);
    expect(error.message).not.toContain('secret');
  });

  it.each([
    ['dup.json', '{"a": {"x": 1, "y": "x"},\n "b": 2, "\\u0061": 3}', '"a" twice in one object, again at line 2, column 10'],
    ['dup.yml', 'a:\n  x: 1\nb: 2\na: 3\n', '"a" twice in one object, again at line 4, column 1'],
    ['dup2.yml', 'list:\n  - { k: 1, k: 2 }\n', '"k" twice in one object, again at line 2, column 13']
  ])('refuses a key given twice in %s, naming it and its line', async (name, text, message) => {
    await expect(read(name, text)).rejects.toThrow(`Input 'configuration': '${name}' gives the key ${message}: keep one of them.`);
  });

  it('takes the same key in different objects, and a value equal to a key', async () => {
    await expect(read('same.json', '{"a": {"a": "a"}, "b": ["a", {"a": 1}]}')).resolves.toEqual({ a: { a: 'a' }, b: ['a', { a: 1 }] });
  });

  it.each([
    ['deep.json', `{"a":\n${'['.repeat(100)}${']'.repeat(100)}}`, ' (at line 2)'],
    ['deep.yml', `a: ${'['.repeat(100)}${']'.repeat(100)}\n`, ' (at line 1)'],
    ['block.yml', `a:\n${Array.from({ length: 100 }, (_, i) => `${' '.repeat(i + 1)}b:`).join('\n')} 1\n`, ' (at line 101)'],
    ['flood.json', `${'['.repeat(1e5)}${']'.repeat(1e5)}`, ' (at line 1)'],
    ['flood.yml', `a: ${'['.repeat(3e4)}`, ' (at line 1)'],
    // The anchored value is 100 levels deep, and the alias nests it one level more.
    ['aliases.yml', `a: &a ${'['.repeat(99)}${']'.repeat(99)}\nb: [*a]\n`, '']
  ])('refuses %s, nested over 100 levels, without running out of stack', async (name, text, where) => {
    await expect(read(name, text)).rejects.toThrow(
      `Input 'configuration': '${name}' nests more than 100 levels deep${where}, the most 'configuration' accepts: check that it is the right file.`
    );
  });

  it('takes 100 levels', async () => {
    await expect(read('hundred.json', `${'['.repeat(100)}${']'.repeat(100)}`)).resolves.toBeDefined();
  });

  it('refuses a billion laughs, and an alias without its anchor', async () => {
    const lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (const [i, name] of [...'bcdefghi'].entries()) lines.push(`${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`);
    await expect(read('bomb.yml', `${lines.join('\n')}\n`)).rejects.toThrow(
      "Input 'configuration': 'bomb.yml' expands its aliases (*name) too many times, over 100: write the values out, or refer to them less."
    );
    await expect(read('orphan.yml', `a: *${SECRET.replace(/:/g, '')}\n`)).rejects.toThrow(
      "Input 'configuration': 'orphan.yml' uses an alias (*name) whose anchor (&name) comes later or not at all: define each anchor before it is used."
    );
  });

  it('refuses a file over its size before reading it', async () => {
    await expect(read('big.json', Buffer.alloc(1024 * 1024 + 1, 0x20))).rejects.toThrow(
      "Input 'configuration': 'big.json' is 1.0 MiB, over the 1 MiB accepted for 'configuration': check that it is the right file."
    );
    await expect(read('big.yml', Buffer.alloc(1024 * 1024 + 1, 0x20), RULES_FILE)).rejects.toThrow(/over the 1 MiB accepted for 'compare'/);
  });

  it('says a file is missing, or not a file; an optional one that is missing is no error', async () => {
    await expect(readInputFile(CONFIGURATION_FILE, join(workspace, 'nope.yml'), workspace)).rejects.toThrow(
      "Input 'configuration': 'nope.yml' cannot be read (ENOENT): check the path, and that the file is in the checkout."
    );
    await expect(readInputFile(EXPECTED_FILE, join(workspace, 'nope.json'), workspace)).resolves.toBeUndefined();
    mkdirSync(join(workspace, 'folder.json'));
    await expect(readInputFile(RULES_FILE, join(workspace, 'folder.json'), workspace)).rejects.toThrow(
      "Input 'compare': 'folder.json' is not a file: give the path of a JSON or YAML file."
    );
  });

  it('reads a link to a file of the workspace, and refuses one that leads outside it', async () => {
    writeFileSync(join(root, 'secret.json'), `{"key": "${SECRET}"}`);
    symlinkSync(join(root, 'secret.json'), join(workspace, 'linked.json'));
    symlinkSync('a.json', join(workspace, 'inside.json'));
    await expect(readInputFile(SCHEMA_FILE, join(workspace, 'inside.json'), workspace)).resolves.toEqual({ tier: 'agentic' });
    const error = (await readInputFile({ ...EXPECTED_FILE, input: Inputs.Expected }, join(workspace, 'linked.json'), workspace).catch(
      (e: unknown) => e
    )) as Error;
    expect(error.message).toBe(
      `Input 'expected': 'linked.json' resolves outside the workspace (a link leads to ${join(root, 'secret.json')}). Files of the checkout only are read and written: replace the link with the file or folder itself.`
    );
  });
});
