// The credits billed during the run, read before each new job, against the in-process emulator.
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import * as core from '../../../__fixtures__/core.js';
import { startEmulator, type Emulator } from '../../../../emulator/emulator.js';

jest.unstable_mockModule('@actions/core', () => core);
const { ExtractClient } = await import('../../../../src/api/extract-client.js');
const { Spools } = await import('../../../../src/lib/spool.js');
const { Transport } = await import('../../../../src/http/transport.js');
const { CreditMeter } = await import('../../../../src/start/budget/meter.js');

let emulator: Emulator;
const transport = new Transport('meter-test', 8);
beforeAll(async () => {
  emulator = await startEmulator({});
});
afterAll(async () => {
  transport.dispose();
  await emulator.close();
});
beforeEach(() => {
  emulator.resetRecords();
});

const meter = (maxCredits: number) =>
  new CreditMeter(new ExtractClient({ baseUrl: emulator.url, apiKey: emulator.apiKey }, transport, new Spools()), maxCredits, {
    policy: 'start',
    deadline: Date.now() + 10_000
  });
const job = (id: string, credits: number, extra: object = {}) =>
  emulator.addJob({ id, fileInput: `dfl-${id}`, usage: { credits }, ...extra });

describe('CreditMeter', () => {
  it('allows a job while nothing was created, reading nothing', async () => {
    expect(await meter(10).check()).toBeUndefined();
    expect(emulator.requests).toEqual([]);
  });

  it('reads the credits of the jobs that ended, once each, and refuses once they reach the budget', async () => {
    job('ext-m1', 6);
    job('ext-m2', 6, { timeline: [{ status: 'RUNNING' }] });
    const credits = meter(10);
    credits.add('ext-m1', 'dfl-ext-m1');
    credits.add('ext-m2', 'dfl-ext-m2');
    expect(await credits.check()).toBeUndefined();
    // The running job bills nothing yet: listed, not read.
    expect(emulator.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'GET /api/v2/extract',
      'GET /api/v2/extract/ext-m1'
    ]);
    job('ext-m2', 6);
    expect(await credits.check()).toBe("the credits billed by this step's jobs (12) reached max-credits 10");
    // Reached stays reached, without reading again.
    emulator.resetRecords();
    expect(await credits.check()).toBe("the credits billed by this step's jobs (12) reached max-credits 10");
    expect(emulator.requests).toEqual([]);
  });

  it('documents asking at once share the reading that begins after they ask; a job whose billing lags is read again', async () => {
    job('ext-m3', 4, { billedAfterReads: 4 });
    const credits = meter(4);
    credits.add('ext-m3', 'dfl-ext-m3');
    // The first asks alone; the two others ask while its reading is under way, and share the next.
    expect(await Promise.all([credits.check(), credits.check(), credits.check()])).toEqual([undefined, undefined, undefined]);
    expect(emulator.requests.map((request) => request.path)).toEqual([
      '/api/v2/extract',
      '/api/v2/extract/ext-m3',
      '/api/v2/extract',
      '/api/v2/extract/ext-m3'
    ]);
    expect(await credits.check()).toBe("the credits billed by this step's jobs (4) reached max-credits 4");
  });

  it('a reading that fails throws: nothing more is created on credits it cannot tell', async () => {
    emulator.addFault({ kind: 'status', status: 401, match: { path: '/api/v2/extract' } });
    job('ext-m5', 1);
    const credits = meter(4);
    credits.add('ext-m5', 'dfl-ext-m5');
    // A document asking while the failing reading is under way gets the next one, which reads again.
    const [first, second] = await Promise.allSettled([credits.check(), credits.check()]);
    expect(first).toMatchObject({ status: 'rejected', reason: expect.objectContaining({ message: expect.stringMatching(/401/) }) });
    expect(second).toEqual({ status: 'fulfilled', value: undefined });
  });
});
