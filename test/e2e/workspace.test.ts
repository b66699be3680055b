// A pull request controls the files of the workspace, links included: every file an input names is read and
// written inside the workspace only, and a JSON or YAML file is read within bounds and reported without being
// quoted. Each refusal comes before any request.
import { describe, expect, it } from '@jest/globals';
import { lstat, mkdir, readdir, readFile, symlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { sampleInvoice, type Emulator } from '../../emulator/emulator.js';
import { emulatorInputs, withEmulator, writeFiles, type ActionRun } from '../../emulator/runner.js';
import { useHarness } from '../support/harness.js';
import { annotations } from '../support/readers.js';

const harness = useHarness();

/** What a file outside the checkout holds: it must never be read, shown or sent. */
const SECRET = 'sk-outside-the-checkout-1234';
const CONFIGURATION = 'data_schema:\n  type: object\n  properties:\n    total: { type: number }\ntier: cost_effective\n';

interface Layout {
  workspace: string;
  /** Beside the workspace, as a runner's home or /etc would be. */
  outside: string;
}

/**
 * A workspace and a folder outside it. `files` are written (a key starting with `/` in `outside`), `links`
 * made as a pull request would commit them: path in the workspace -> target (`~` stands for `outside`).
 */
async function layout(files: Record<string, string>, links: Record<string, string> = {}): Promise<Layout> {
  const root = harness.folder();
  const workspace = join(root, 'workspace');
  const outside = join(root, 'outside');
  await mkdir(workspace);
  await mkdir(outside);
  writeFiles(
    root,
    Object.fromEntries(Object.entries(files).map(([name, text]) => [join(name.startsWith('/') ? 'outside' : 'workspace', name), text]))
  );
  for (const [name, target] of Object.entries(links)) {
    await mkdir(dirname(join(workspace, name)), { recursive: true });
    await symlink(target.replace(/^~/, outside), join(workspace, name));
  }
  return { workspace, outside };
}

function run(emulator: Emulator, { workspace }: Layout, inputs: Record<string, string>): Promise<ActionRun> {
  return harness.run({ inputs: emulatorInputs(emulator, { 'poll-interval': '1s', ...inputs }), workspace });
}

const fileMode = (extra: Record<string, string> = {}) => ({
  file: 'docs/**/*.pdf',
  configuration: 'extract.yml',
  'output-file': 'out/{path}.json',
  ...extra
});

/** The run failed with exactly `message`, sent nothing, and showed nothing of the file outside. */
function expectRefused(result: ActionRun, emulator: Emulator, message: string | RegExp): void {
  const error = typeof message === 'string' ? message : expect.stringMatching(message);
  expect({ code: result.code, errors: annotations(result, 'error') }).toEqual({ code: 1, errors: [error] });
  expect(emulator.requests).toEqual([]);
  expect(`${result.stdout}${result.stderr}${result.summary}${JSON.stringify(result.outputs)}`).not.toContain(SECRET);
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const linkOut = (name: string, target: string): RegExp =>
  new RegExp(
    `^Input '${escape(name.split(':')[0]!)}': '${escape(name.split(':')[1]!)}' resolves outside the workspace \\(a link leads to ${escape(target)}\\)\\. ` +
      'Files of the checkout only are read and written: replace the link with the file or folder itself\\.$'
  );

describe('reads follow links only within the workspace', () => {
  it('refuses a document linked to a file outside, before any upload', async () => {
    await withEmulator({}, async (emulator) => {
      const at = await layout(
        { 'docs/a.pdf': '%PDF-1.7 a', 'extract.yml': CONFIGURATION, '/id_rsa': SECRET },
        { 'docs/evil.pdf': '~/id_rsa' }
      );
      expectRefused(await run(emulator, at, fileMode()), emulator, linkOut('file:docs/evil.pdf', join(at.outside, 'id_rsa')));
    });
  });

  it('refuses a document in a linked folder that docs/** walks into', async () => {
    await withEmulator({}, async (emulator) => {
      const at = await layout(
        { 'docs/a.pdf': '%PDF-1.7 a', 'extract.yml': CONFIGURATION, '/keys/b.pdf': SECRET },
        { 'docs/linked': '~/keys' }
      );
      expectRefused(await run(emulator, at, fileMode()), emulator, linkOut('file:docs/linked/b.pdf', join(at.outside, 'keys', 'b.pdf')));
    });
  });

  it('refuses a configuration, schema or rules file linked outside', async () => {
    await withEmulator({ jobs: [{ id: 'ext-1' }] }, async (emulator) => {
      const at = await layout(
        {
          'docs/a.pdf': '%PDF-1.7 a',
          'extract.yml': CONFIGURATION,
          '/config.yml': `data_schema: { type: object }\ntier: ${SECRET}\n`,
          '/schema.json': JSON.stringify({ type: 'object', required: [SECRET] }),
          '/rules.yml': `${SECRET}: { ignore: true }\n`
        },
        { 'linked.yml': '~/config.yml', 'schema.json': '~/schema.json', 'rules.yml': '~/rules.yml' }
      );
      const configuration = await run(emulator, at, fileMode({ configuration: 'linked.yml' }));
      expectRefused(configuration, emulator, linkOut('configuration:linked.yml', join(at.outside, 'config.yml')));
      const schema = await run(emulator, at, { 'job-id': 'ext-1', schema: 'schema.json' });
      expectRefused(schema, emulator, linkOut('schema:schema.json', join(at.outside, 'schema.json')));
      const rules = await run(emulator, at, { 'job-id': 'ext-1', expected: 'expected.json', compare: 'rules.yml' });
      expectRefused(rules, emulator, linkOut('compare:rules.yml', join(at.outside, 'rules.yml')));
    });
  });

  it('refuses a baseline report linked outside, before any request', async () => {
    await withEmulator({ jobs: [{ id: 'ext-1' }] }, async (emulator) => {
      const report = JSON.stringify({ version: 1, documents: [{ key: 'ext-1', result: { token: SECRET } }] });
      const at = await layout({ '/report.json': report }, { 'cache/base.json': '~/report.json' });
      const result = await run(emulator, at, { 'job-id': 'ext-1', baseline: 'cache/base.json' });
      expectRefused(result, emulator, linkOut('baseline:cache/base.json', join(at.outside, 'report.json')));
    });
  });

  it('refuses an expected file linked to credentials: their values never reach the mismatch table', async () => {
    await withEmulator({ jobs: [{ id: 'ext-1' }] }, async (emulator) => {
      const at = await layout({ '/credentials.json': JSON.stringify({ token: SECRET }) }, { 'expected/ext-1.json': '~/credentials.json' });
      const result = await run(emulator, at, { 'job-id': 'ext-1', expected: 'expected/{job_id}.json' });
      expectRefused(result, emulator, linkOut('expected:expected/ext-1.json', join(at.outside, 'credentials.json')));
    });
  });

  it('follows links that stay inside, and a workspace that is itself reached through a link', async () => {
    await withEmulator({}, async (emulator) => {
      const at = await layout(
        { 'real/a.pdf': '%PDF-1.7 a', 'config/extract.yml': CONFIGURATION },
        { 'docs/a.pdf': '../real/a.pdf', 'extract.yml': 'config/extract.yml' }
      );
      const linked = `${at.workspace}-link`;
      await symlink(at.workspace, linked);
      const result = await run(emulator, { ...at, workspace: linked }, fileMode());
      expect({ code: result.code, errors: annotations(result, 'error') }).toEqual({ code: 0, errors: [] });
      expect(emulator.uploads.map((upload) => upload.name)).toEqual(['a.pdf']);
      expect(JSON.parse(await readFile(join(at.workspace, 'out/docs/a.json'), 'utf8'))).toEqual(sampleInvoice);
    });
  });
});

describe('writes stay within the workspace', () => {
  it('refuses output-file through a linked folder for the document that would go there, before any request', async () => {
    await withEmulator({}, async (emulator) => {
      const at = await layout({ 'docs/a.pdf': '%PDF-1.7 a', 'extract.yml': CONFIGURATION, '/drop/.keep': '' }, { 'out/docs': '~/drop' });
      const result = await run(emulator, at, fileMode());
      expectRefused(result, emulator, linkOut('output-file:out/docs/a.json', join(at.outside, 'drop', 'a.json')));
      expect(await readdir(join(at.outside, 'drop'))).toEqual(['.keep']);
    });
  });

  it('refuses update-expected through a linked expected folder, before any request', async () => {
    await withEmulator({ jobs: [{ id: 'ext-1' }] }, async (emulator) => {
      const at = await layout({ '/expected/.keep': '' }, { expected: '~/expected' });
      const result = await run(emulator, at, { 'job-id': 'ext-1', expected: 'expected/{job_id}.json', 'update-expected': 'true' });
      expectRefused(result, emulator, linkOut('expected:expected/ext-1.json', join(at.outside, 'expected', 'ext-1.json')));
      expect(await readdir(join(at.outside, 'expected'))).toEqual(['.keep']);
    });
  });

  it('refuses report-file through a linked folder, and writes no report there even for the failed step', async () => {
    await withEmulator({ jobs: [{ id: 'ext-1' }] }, async (emulator) => {
      const at = await layout({ '/reports/.keep': '' }, { reports: '~/reports' });
      const result = await run(emulator, at, { 'job-id': 'ext-1', 'report-file': 'reports/run.json' });
      expectRefused(result, emulator, linkOut('report-file:reports/run.json', join(at.outside, 'reports', 'run.json')));
      expect(await readdir(join(at.outside, 'reports'))).toEqual(['.keep']);
    });
  });

  it('refuses a folder linked to a place that does not exist yet: creating it would follow the link', async () => {
    await withEmulator({ jobs: [{ id: 'ext-1' }] }, async (emulator) => {
      const at = await layout({}, { out: '~/not-yet' });
      const result = await run(emulator, at, { 'job-id': 'ext-1', 'output-file': 'out/{job_id}/result.json' });
      expectRefused(result, emulator, linkOut('output-file:out/ext-1/result.json', join(at.outside, 'not-yet', 'ext-1', 'result.json')));
    });
  });

  it.each([
    ['output-file', '../escaped.json', 'escaped.json'],
    ['job-file', '../jobs/{job_id}.json', 'jobs/ext-1.json'],
    ['output-file', '/ABSOLUTE/result.json', 'result.json']
  ])('refuses %s %s, before any request', async (input, raw, escaped) => {
    await withEmulator({ jobs: [{ id: 'ext-1' }] }, async (emulator) => {
      const at = await layout({});
      const target = join(at.outside, escaped);
      const result = await run(emulator, at, { 'job-id': 'ext-1', [input]: raw.replace('/ABSOLUTE', at.outside) });
      const shown = raw.startsWith('..') ? join(dirname(at.workspace), escaped) : target;
      expectRefused(
        result,
        emulator,
        new RegExp(
          `^Input '${input}': '${escape(shown)}' resolves outside the workspace \\(the workspace is ${escape(at.workspace)}\\)\\. ` +
            'Files of the checkout only are read and written: give a path inside the workspace\\.$'
        )
      );
    });
  });

  it('replaces a result file that is a link with the result, never writing through it', async () => {
    await withEmulator({ jobs: [{ id: 'ext-1' }] }, async (emulator) => {
      const at = await layout({ '/target.json': SECRET }, { 'out/ext-1.json': '~/target.json' });
      const result = await run(emulator, at, { 'job-id': 'ext-1', 'output-file': 'out/{job_id}.json' });
      expect(result.code).toBe(0);
      expect(await readFile(join(at.outside, 'target.json'), 'utf8')).toBe(SECRET);
      expect((await lstat(join(at.workspace, 'out/ext-1.json'))).isSymbolicLink()).toBe(false);
      expect(JSON.parse(await readFile(join(at.workspace, 'out/ext-1.json'), 'utf8'))).toEqual(sampleInvoice);
    });
  });
});

describe('configuration files are read within bounds, and never quoted', () => {
  it.each([
    [
      'extract.json',
      `{\n  "tier": "cost_effective",\n  "key": ${SECRET}\n}\n`,
      'is not valid JSON at line 3, column 10 (expected a JSON value)'
    ],
    ['extract.yml', `- data_schema\n${SECRET}: 1\n`, 'is not valid YAML at line 2, column 1 (unexpected token)']
  ])('says where %s breaks, by line and column, without its content', async (name, text, message) => {
    await withEmulator({}, async (emulator) => {
      const at = await layout({ 'docs/a.pdf': '%PDF-1.7 a', [name]: text });
      expectRefused(
        await run(emulator, at, fileMode({ configuration: name })),
        emulator,
        `Input 'configuration': '${name}' ${message}: fix its syntax.`
      );
    });
  });

  it('reads a configuration that starts with a byte order mark', async () => {
    await withEmulator({}, async (emulator) => {
      const at = await layout({
        'docs/a.pdf': '%PDF-1.7 a',
        'extract.json': `\uFEFF${JSON.stringify({ data_schema: { type: 'object' }, tier: 'agentic' })}`
      });
      const result = await run(emulator, at, fileMode({ configuration: 'extract.json' }));
      expect({ code: result.code, errors: annotations(result, 'error') }).toEqual({ code: 0, errors: [] });
      expect(emulator.stats()).toMatchObject({ uploads: 1, creates: 1 });
    });
  });

  it.each([
    [
      'gives a key twice',
      'extract.json',
      '{\n  "data_schema": { "type": "object" },\n  "tier": "agentic",\n  "tier": "cost_effective"\n}\n',
      'gives the key "tier" twice in one object, again at line 4, column 3: keep one of them.'
    ],
    [
      'expands a billion laughs',
      'extract.yml',
      `a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]\n${[...'bcdefghi'].map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[i]!}`).join(', ')}]`).join('\n')}\ndata_schema: { type: object }\n`,
      'expands its aliases (*name) too many times, over 100: write the values out, or refer to them less.'
    ],
    [
      'nests 20,000 levels deep',
      'extract.json',
      `{"tier": "agentic", "data_schema": ${'{"items": '.repeat(20_000)}{}${'}'.repeat(20_000)}}`,
      "nests more than 100 levels deep (at line 1), the most 'configuration' accepts: check that it is the right file."
    ],
    [
      'is over 1 MiB',
      'extract.yml',
      `data_schema:\n  type: object\n  description: "${'x'.repeat(1024 * 1024)}"\n`,
      "is 1.0 MiB, over the 1 MiB accepted for 'configuration': check that it is the right file."
    ]
  ])('refuses a configuration that %s, before any request', async (_what, name, text, message) => {
    await withEmulator({}, async (emulator) => {
      const at = await layout({ 'docs/a.pdf': '%PDF-1.7 a', [name]: text });
      expectRefused(await run(emulator, at, fileMode({ configuration: name })), emulator, `Input 'configuration': '${name}' ${message}`);
    });
  });
});
