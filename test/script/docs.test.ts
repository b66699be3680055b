// The README's input and output tables are generated from action.yml: this fails when they drift apart.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { README_PATH, SECTIONS, parseAction, readAction, renderTable, staleSections, updateReadme } from '../../script/docs.js';

const readme = readFileSync(README_PATH, 'utf8');

describe('README tables', () => {
  it('match action.yml (run `npm run docs` when this fails)', async () => {
    expect(await staleSections(readme, readAction())).toEqual([]);
  });

  it('list every input and output of action.yml', () => {
    const action = readAction();
    for (const section of SECTIONS) {
      const block = readme.slice(readme.indexOf(`<!-- ${section}:start -->`), readme.indexOf(`<!-- ${section}:end -->`));
      for (const name of Object.keys(action[section])) expect(block).toContain(`| \`${name}\``);
    }
  });

  it('notice a changed description, default or a new input', async () => {
    const action = readAction();
    const changed = structuredClone(action);
    changed.inputs.timeout!.default = '45m';
    expect(await staleSections(readme, changed)).toEqual(['inputs']);
    const added = structuredClone(action);
    added.outputs['new-output'] = { description: 'Something new.' };
    expect(await staleSections(readme, added)).toEqual(['outputs']);
  });

  it('rewrite only what lies between the markers', async () => {
    const action = parseAction(`
inputs:
  job-id: { description: 'The | job', required: true }
  wait: { description: 'Poll?', default: 'true' }
  key: { description: 'Key', default: '' }
outputs:
  status: { description: 'Status' }
`);
    const before = 'Intro\n<!-- inputs:start -->\nold\n<!-- inputs:end -->\nMiddle\n<!-- outputs:start -->\n<!-- outputs:end -->\nEnd\n';
    const after = await updateReadme(before, action);
    expect(after.startsWith('Intro\n<!-- inputs:start -->\n')).toBe(true);
    expect(after).toContain('\n<!-- inputs:end -->\nMiddle\n<!-- outputs:start -->\n');
    expect(after.endsWith('<!-- outputs:end -->\nEnd\n')).toBe(true);
    expect(after).not.toContain('old');
    expect(await staleSections(after, action)).toEqual([]);
    expect(await updateReadme(after, action)).toBe(after);
    const inputs = renderTable(action, 'inputs');
    expect(inputs).toContain('| `job-id` | The \\| job | **required** |');
    expect(inputs).toContain('| `wait` | Poll? | `true` |');
    expect(inputs).toContain('| `key` | Key | (empty) |');
  });

  it('refuse a README without the markers', async () => {
    await expect(updateReadme('no markers here\n', readAction())).rejects.toThrow(/inputs:start/);
  });
});
