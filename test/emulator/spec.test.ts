// The emulator against the public spec (spec/extract-v2-openapi.json): every answer validates against the
// spec's component schemas, jobs report the resolved configuration, requests the spec rejects get its 422
// shape, and the official SDK reads the answers as a client of the real API would.
import { describe, expect, it } from '@jest/globals';
import { LlamaCloud } from '@llamaindex/llama-cloud';
import { DEFAULT_RELEASES } from '../../emulator/emulator.js';
import { componentValidator, spec } from '../../emulator/spec.js';
import { call } from '../support/emulator-client.js';
import { useEmulator } from '../support/emulators.js';

const { start, emulator, get, post } = useEmulator();

/** The value, after checking it against `components.schemas[name]` (ajv's errors shown when it fails). */
function conforms(name: string, value: unknown): unknown {
  const validate = componentValidator(name);
  expect({ valid: validate(value), errors: validate.errors ?? null }).toEqual({ valid: true, errors: null });
  return value;
}

const SCHEMA = { type: 'object', properties: { total: { type: 'number' } } };
const PROJECT = '5c1f8a2e-7b3d-4e90-a6c4-2d8f1b0e9a37';
const newest = (tier: string) => [...DEFAULT_RELEASES[tier]!].sort().pop();

describe('answers validate against the spec', () => {
  it('a job (plain and with every expand), a list page, a created and a cancelled job', async () => {
    // The validators do refuse: a job without its required fields is not one.
    expect(componentValidator('ExtractV2Job')({ id: 'ext-1' })).toBe(false);
    await start({
      files: [{ id: 'dfl-1', name: 'a.pdf' }],
      jobs: [
        { id: 'done', usage: { num_pages_extracted: 2, credits: 10, extract_credits: 10, parse_credits: 0 } },
        { id: 'failed', timeline: [{ status: 'FAILED' }], errorMessage: 'bad PDF' },
        { id: 'long', timeline: [{ status: 'RUNNING' }] }
      ]
    });
    for (const query of ['', '?expand=configuration&expand=extract_metadata&expand=usage', '?expand=usage,extract_metadata']) {
      for (const id of ['done', 'failed', 'long']) conforms('ExtractV2Job', (await get(`/api/v2/extract/${id}${query}`)).json());
    }
    conforms('ExtractV2JobQueryResponse', (await get('/api/v2/extract?expand=configuration&expand=extract_metadata')).json());
    conforms('ExtractV2JobQueryResponse', (await get('/api/v2/extract?status=THROTTLED')).json());
    const created = await post('/api/v2/extract', { file_input: 'dfl-1', configuration: { data_schema: SCHEMA } });
    expect(created.status).toBe(200);
    conforms('ExtractV2Job', created.json());
    conforms('ExtractV2Job', (await post('/api/v2/extract/long/cancel', {})).json());
  });

  it.each([
    ['a configuration without data_schema', { configuration: { tier: 'agentic' } }, ['body', 'configuration', 'data_schema'], 'missing'],
    ['an unknown tier', { configuration: { data_schema: SCHEMA, tier: 'turbo' } }, ['body', 'configuration', 'tier'], 'enum'],
    [
      'an unknown extraction_target',
      { configuration: { data_schema: SCHEMA, extraction_target: 'per_line' } },
      ['body', 'configuration', 'extraction_target'],
      'enum'
    ],
    [
      'a version that is neither latest nor a date',
      { configuration: { data_schema: SCHEMA, version: 'v2' } },
      ['body', 'configuration', 'version'],
      'value_error'
    ],
    ['max_pages below 1', { configuration: { data_schema: SCHEMA, max_pages: 0 } }, ['body', 'configuration', 'max_pages'], 'value_error'],
    [
      'both configuration_id and configuration',
      { configuration_id: 'cfg-1', configuration: { data_schema: SCHEMA } },
      ['body'],
      'value_error'
    ],
    ['neither', {}, ['body'], 'value_error'],
    [
      'a file_input over 200 characters',
      { file_input: `dfl-${'x'.repeat(200)}`, configuration: { data_schema: SCHEMA } },
      ['body', 'file_input'],
      'value_error'
    ]
  ])('a create with %s: 422 in the HTTPValidationError shape', async (_, body, loc, type) => {
    await start({ files: [{ id: 'dfl-1', name: 'a.pdf' }] });
    const refused = await post('/api/v2/extract', { file_input: 'dfl-1', ...body });
    expect(refused.status).toBe(422);
    const { detail } = conforms('HTTPValidationError', refused.json()) as { detail: Array<{ loc: unknown[]; type: string }> };
    expect(detail).toContainEqual(expect.objectContaining({ loc, type }));
    expect(emulator().stats().creates).toBe(0);
  });

  it.each([
    ['a status the spec does not list', '/api/v2/extract?status=DONE', ['query', 'status'], 'enum'],
    [
      'a date where a date-time is due',
      '/api/v2/extract?created_at_on_or_after=2026-01-01',
      ['query', 'created_at_on_or_after'],
      'datetime_from_date_parsing'
    ],
    [
      'a date-time that is none',
      '/api/v2/extract?created_at_on_or_before=yesterday',
      ['query', 'created_at_on_or_before'],
      'datetime_parsing'
    ],
    ['a page_size that is no integer', '/api/v2/extract?page_size=ten', ['query', 'page_size'], 'int_type'],
    ['a project_id that is no UUID (list)', '/api/v2/extract?project_id=prj-1', ['query', 'project_id'], 'uuid_parsing'],
    ['a project_id that is no UUID (one job)', '/api/v2/extract/done?project_id=prj-1', ['query', 'project_id'], 'uuid_parsing']
  ])('a read with %s: 422 in the HTTPValidationError shape', async (_, path, loc, type) => {
    await start({ jobs: [{ id: 'done' }] });
    const refused = await get(path);
    expect(refused.status).toBe(422);
    const { detail } = conforms('HTTPValidationError', refused.json()) as { detail: Array<{ loc: unknown[]; type: string }> };
    expect(detail).toEqual([expect.objectContaining({ loc, type })]);
  });

  it('a create with a malformed project_id: 422 before anything is made', async () => {
    await start({ files: [{ id: 'dfl-1', name: 'a.pdf' }] });
    const refused = await call(emulator().url, '/api/v2/extract?project_id=prj-1', {
      method: 'POST',
      body: JSON.stringify({ file_input: 'dfl-1', configuration: { data_schema: SCHEMA } })
    });
    expect(refused.status).toBe(422);
    conforms('HTTPValidationError', refused.json());
    expect(emulator().stats().creates).toBe(0);
  });
});

describe('the resolved configuration', () => {
  it('is reported only with expand=configuration, with the spec defaults filled in and a concrete version', async () => {
    await start({ files: [{ id: 'dfl-1', name: 'a.pdf' }] });
    const created = (
      await post('/api/v2/extract', { file_input: 'dfl-1', configuration: { data_schema: SCHEMA, cite_sources: true } })
    ).json();
    expect(created).not.toHaveProperty('configuration');
    expect((await get(`/api/v2/extract/${created.id}`)).json()).not.toHaveProperty('configuration');
    const { configuration } = (await get(`/api/v2/extract/${created.id}?expand=configuration`)).json();
    // Every default the spec states, read from the spec itself.
    const properties = spec.components.schemas.ExtractConfiguration!.properties as Record<string, { default?: unknown }>;
    const defaults = Object.entries(properties).filter(
      ([name, property]) => 'default' in property && !['version', 'cite_sources'].includes(name)
    );
    expect(defaults.length).toBeGreaterThan(3);
    expect(Object.fromEntries(defaults.map(([name]) => [name, configuration[name]]))).toEqual(
      Object.fromEntries(defaults.map(([name, property]) => [name, property.default]))
    );
    expect(configuration).toMatchObject({
      data_schema: SCHEMA,
      cite_sources: true,
      tier: 'cost_effective',
      extraction_target: 'per_doc',
      version: newest('cost_effective'),
      target_pages: null,
      parse_tier: 'cost_effective'
    });
    const listed = (await get('/api/v2/extract?file_input=dfl-1&expand=configuration')).json().items[0];
    expect(listed.configuration).toEqual(configuration);
  });

  it('resolves a pinned date to the release at or before it, and latest to the newest when the job is made', async () => {
    await start({
      files: [{ id: 'dfl-1', name: 'a.pdf' }],
      releases: { cost_effective: ['2025-06-01', '2025-12-01'], agentic: ['2025-09-01'], agentic_plus: [] }
    });
    const versionOf = async (configuration: Record<string, unknown>) => {
      const { id } = (
        await post('/api/v2/extract', { file_input: 'dfl-1', configuration: { data_schema: SCHEMA, ...configuration } })
      ).json();
      return { id: id as string, version: (await get(`/api/v2/extract/${id}?expand=configuration`)).json().configuration.version };
    };
    expect((await versionOf({ version: '2025-11-30' })).version).toBe('2025-06-01');
    expect((await versionOf({ version: '2025-12-01' })).version).toBe('2025-12-01');
    expect((await versionOf({ tier: 'agentic' })).version).toBe('2025-09-01');
    const before = await versionOf({});
    expect(before.version).toBe('2025-12-01');
    const added = await call(emulator().url, '/_emulator/releases', {
      method: 'POST',
      apiKey: null,
      body: JSON.stringify({ tier: 'cost_effective', date: '2026-03-01' })
    });
    expect(added.json()).toEqual({ added: '2026-03-01' });
    expect(() => emulator().addRelease('turbo', '2026-03-01')).toThrow(/no tier 'turbo'/);
    expect((await versionOf({ version: 'latest' })).version).toBe('2026-03-01');
    // A job keeps the version it was made with.
    expect((await get(`/api/v2/extract/${before.id}?expand=configuration`)).json().configuration.version).toBe('2025-12-01');
  });

  it('reports the saved configuration a job was made with (configuration_id), resolved', async () => {
    await start({
      files: [{ id: 'dfl-1', name: 'a.pdf' }],
      configurations: [{ id: 'cfg-agentic', configuration: { data_schema: SCHEMA, tier: 'agentic', version: 'latest' } }]
    });
    const created = (await post('/api/v2/extract', { file_input: 'dfl-1', configuration_id: 'cfg-agentic' })).json();
    const job = (await get(`/api/v2/extract/${created.id}?expand=configuration&expand=usage`)).json();
    expect(job).toMatchObject({
      configuration_id: 'cfg-agentic',
      configuration: { data_schema: SCHEMA, tier: 'agentic', version: newest('agentic') }
    });
    const unknown = await post('/api/v2/extract', { file_input: 'dfl-1', configuration_id: 'cfg-none' });
    expect([unknown.status, unknown.json()]).toEqual([404, { detail: 'Configuration not found: cfg-none' }]);
    expect((await get('/api/v2/extract?configuration_id=cfg-agentic')).json().items.map((j: { id: string }) => j.id)).toEqual([created.id]);
    // Seeded through the control interface too.
    const seeded = await call(emulator().url, '/_emulator/configurations', {
      method: 'POST',
      apiKey: null,
      body: JSON.stringify({ id: 'cfg-2', configuration: { data_schema: SCHEMA } })
    });
    expect(seeded.json()).toEqual({ added: ['cfg-2'] });
    expect((await post('/api/v2/extract', { file_input: 'dfl-1', configuration_id: 'cfg-2' })).status).toBe(200);
    expect(() => emulator().addConfiguration({ id: 'cfg-bad', configuration: { tier: 'agentic' } })).toThrow(/data_schema: Field required/);
  });

  it('bills by tier, and shows usage.credits null until billed', async () => {
    await start({
      files: [{ id: 'dfl-1', name: 'a.pdf' }],
      jobs: [{ id: 'lagging', usage: { credits: 10, extract_credits: 10, parse_credits: 0 }, billedAfterReads: 1 }]
    });
    const usage = async (id: string) => (await get(`/api/v2/extract/${id}?expand=usage`)).json().usage;
    expect(await usage('lagging')).toEqual({ credits: null, extract_credits: null, parse_credits: null });
    expect(await usage('lagging')).toEqual({ credits: 10, extract_credits: 10, parse_credits: 0 });
    const created = (
      await post('/api/v2/extract', { file_input: 'dfl-1', configuration: { data_schema: SCHEMA, tier: 'agentic' } })
    ).json();
    expect((await usage(created.id)).credits).toBeNull(); // still PENDING
    expect(emulator().stats()).toMatchObject({ creates: 1, creditsBilled: 30 });
  });
});

describe('the official SDK as a client', () => {
  it('creates, reads and lists jobs with expand, and reads what the emulator answers', async () => {
    await start({
      files: [{ id: 'dfl-1', name: 'a.pdf' }],
      jobs: [{ id: 'done', fileInput: 'dfl-1', usage: { credits: 10 } }]
    });
    const client = new LlamaCloud({ apiKey: emulator().apiKey, baseURL: emulator().url, maxRetries: 0 });
    const created = await client.extract.create({ file_input: 'dfl-1', configuration: { data_schema: SCHEMA, tier: 'agentic' } });
    expect(created).toMatchObject({ file_input: 'dfl-1', status: 'PENDING', project_id: PROJECT });
    const job = await client.extract.get('done', { expand: ['configuration', 'usage', 'extract_metadata'] });
    expect(job.configuration?.version).toBe(newest('cost_effective'));
    expect(job.usage?.credits).toBe(10);
    expect(job.extract_metadata?.parse_job_id).toMatch(/^pjb-/);
    const listed = [];
    for await (const item of client.extract.list({ file_input: 'dfl-1', expand: ['configuration'], page_size: 1 })) listed.push(item);
    expect(listed.map((item) => [item.id, item.configuration?.tier])).toEqual([
      [created.id, 'agentic'],
      ['done', 'cost_effective']
    ]);
    const get = emulator().requests.find((request) => request.path === '/api/v2/extract/done');
    expect(get?.query.expand).toEqual(['configuration', 'usage', 'extract_metadata']);
    await expect(client.extract.list({ status: 'DONE' as 'COMPLETED' }).then(() => 'listed')).rejects.toMatchObject({ status: 422 });
  });
});
