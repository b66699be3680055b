// What action.yml promises workflow authors, beyond what GitHub checks when it loads the action.
import { describe, expect, it } from '@jest/globals';
import { readAction } from '../../script/docs.js';

describe('action.yml', () => {
  it('has no input that is both required and given a default', () => {
    // The runner fills in the default when the workflow leaves the input out, so `required: true` beside one
    // promises a check that never happens, and the README would call the input both required and defaulted.
    const both = Object.entries(readAction().inputs)
      .filter(([, input]) => input.required === true && input.default !== undefined)
      .map(([name]) => name);
    expect(both).toEqual([]);
  });
});
