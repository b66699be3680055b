// The configuration check a fork's pull request gets is only as good as its copy of the spec: it must stay
// the spec's own ExtractConfiguration, the one the emulator validates requests against.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { EXTRACT_CONFIGURATION_SCHEMA } from '../../../src/api/extract-configuration-schema.js';

const spec = JSON.parse(readFileSync(new URL('../../../emulator/spec/extract-v2-openapi.json', import.meta.url), 'utf8')) as {
  components: { schemas: Record<string, unknown> };
};

describe('the ExtractConfiguration schema the action checks configurations against', () => {
  it('is the public spec’s, field for field', () => {
    expect(EXTRACT_CONFIGURATION_SCHEMA).toEqual(spec.components.schemas.ExtractConfiguration);
  });
});
