import { describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConfiguration } from '../../../src/start/configuration.js';
import { useHarness } from '../../support/harness.js';

const harness = useHarness();
const dir = harness.folder();
const file = (name: string, text: string): string => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

describe('readConfiguration', () => {
  it('reads JSON and YAML into the same object', async () => {
    const expected = {
      data_schema: { type: 'object', properties: { total: { type: 'number' } } },
      tier: 'agentic',
      confidence_scores: true
    };
    await expect(readConfiguration(file('c.json', JSON.stringify(expected)), dir)).resolves.toEqual(expected);
    const yaml = 'data_schema:\n  type: object\n  properties:\n    total: { type: number }\ntier: agentic\nconfidence_scores: true\n';
    await expect(readConfiguration(file('c.yml', yaml), dir)).resolves.toEqual(expected);
  });

  it.each([
    ['list.yml', '- a\n- b\n', /^Input 'configuration': 'list\.yml' holds a list, not an object\./],
    ['empty.yml', '', /^Input 'configuration': 'empty\.yml' holds nothing, not an object\./],
    ['text.json', '"tier"', /holds a string, not an object/]
  ])('refuses %s', async (name, text, message) => {
    await expect(readConfiguration(file(name, text), dir)).rejects.toThrow(message);
  });
});
