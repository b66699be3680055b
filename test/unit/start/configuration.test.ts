import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfiguration } from '../../../src/start/configuration.js';

const dir = mkdtempSync(join(tmpdir(), 'configuration-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string): string => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

describe('readConfiguration', () => {
  it('reads JSON and YAML into the same object', () => {
    const expected = {
      data_schema: { type: 'object', properties: { total: { type: 'number' } } },
      tier: 'agentic',
      confidence_scores: true
    };
    expect(readConfiguration(file('c.json', JSON.stringify(expected)), 'c.json')).toEqual(expected);
    const yaml = 'data_schema:\n  type: object\n  properties:\n    total: { type: number }\ntier: agentic\nconfidence_scores: true\n';
    expect(readConfiguration(file('c.yml', yaml), 'c.yml')).toEqual(expected);
  });

  it.each([
    ['bad.json', '{\n  "tier": "agentic",\n}', /^Input 'configuration': 'bad\.json' line 3 is not valid JSON or YAML: /],
    [
      'bad.yaml',
      'tier: agentic\ntier: turbo\n',
      /^Input 'configuration': 'bad\.yaml' line 2 is not valid JSON or YAML: Map keys must be unique/
    ],
    ['list.yml', '- a\n- b\n', /^Input 'configuration': 'list\.yml' holds a list, not an object\./],
    ['empty.yml', '', /^Input 'configuration': 'empty\.yml' holds nothing, not an object\./],
    ['text.json', '"tier"', /holds a string, not an object/]
  ])('refuses %s', (name, text, message) => {
    expect(() => readConfiguration(file(name, text), name)).toThrow(message);
  });

  it('names a missing file', () => {
    expect(() => readConfiguration(join(dir, 'nope.yml'), 'nope.yml')).toThrow("Input 'configuration': cannot read 'nope.yml' (ENOENT).");
  });
});
