// What an error may name: the client hands apiError its scope (base URL, project, organization, job), never the key.
import { afterAll, expect, it, jest } from '@jest/globals';
import * as core from '../../__fixtures__/core.js';
import type { RequestContext } from '../../../src/api/api-errors.js';
import { useSuiteEmulator } from '../../support/emulators.js';

jest.unstable_mockModule('@actions/core', () => core);
const real = await import('../../../src/api/api-errors.js');
const contexts: RequestContext[] = [];
jest.unstable_mockModule('../../../src/api/api-errors.js', () => ({
  ...real,
  apiError: (...args: Parameters<typeof real.apiError>) => {
    contexts.push(args[1]);
    return real.apiError(...args);
  }
}));
const { ExtractClient } = await import('../../../src/api/extract-client.js');
const { Spools } = await import('../../../src/lib/spool.js');
const { Transport } = await import('../../../src/http/transport.js');

const emulator = useSuiteEmulator();
const transport = new Transport('client-context-test', 8);
afterAll(() => transport.dispose());

it('gives error contexts the scope of the request and no key, however much the caller passes', async () => {
  // The step's whole settings, as main has them: only what a request needs may reach an error.
  const settings = {
    baseUrl: emulator.url,
    apiKey: emulator.apiKey,
    projectId: '11111111-1111-4111-8111-111111111111',
    jobIds: ['ext-none'],
    outputFile: '/tmp/x'
  };
  const client = new ExtractClient(settings, transport, new Spools());
  await expect(client.getJob('ext-none', { policy: 'look', deadline: Date.now() + 5000 })).rejects.toThrow(/ext-none/);
  expect(contexts).toEqual([
    {
      what: 'GET /api/v2/extract/ext-none',
      jobId: 'ext-none',
      baseUrl: emulator.url,
      projectId: '11111111-1111-4111-8111-111111111111',
      organizationId: undefined
    }
  ]);
  expect(JSON.stringify(contexts)).not.toContain(emulator.apiKey);
  // Nor does the client keep the caller's object.
  settings.apiKey = 'llx-changed';
  emulator.addJob({ id: 'ext-none', projectId: '11111111-1111-4111-8111-111111111111' });
  await expect(client.getJob('ext-none', { policy: 'look', deadline: Date.now() + 5000 })).resolves.toMatchObject({ id: 'ext-none' });
});
