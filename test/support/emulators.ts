// The emulator a test or a suite runs against in process: started before it, closed after it.
import { afterAll, afterEach, beforeAll, beforeEach } from '@jest/globals';
import { startEmulator, type Emulator, type EmulatorOptions } from '../../emulator/emulator.js';
import { call, type Answer, type CallOptions } from './emulator-client.js';

/** One emulator per test, closed after it: `start` it, then reach it as `emulator()` or through `get` and `post`. */
export function useEmulator(): {
  start: (options?: EmulatorOptions) => Promise<Emulator>;
  emulator: () => Emulator;
  get: (path: string, opts?: CallOptions) => Promise<Answer>;
  /** `body` goes as JSON; without one, the body is empty. */
  post: (path: string, body?: unknown, opts?: CallOptions) => Promise<Answer>;
} {
  let current: Emulator | undefined;
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  const emulator = (): Emulator => {
    if (!current) throw new Error('start() the emulator first');
    return current;
  };
  return {
    start: async (options = {}) => (current = await startEmulator(options)),
    emulator,
    get: (path, opts) => call(emulator().url, path, opts),
    post: (path, body, opts) =>
      call(emulator().url, path, { method: 'POST', body: body === undefined ? '' : JSON.stringify(body), ...opts })
  };
}

/**
 * One emulator for the suite, started before its first test and closed after its last, its records cleared
 * before each test. What is returned stands for it (it exists only once the suite has started), so a test
 * reads `emulator.url` or `emulator.requests` as of the running emulator.
 */
export function useSuiteEmulator(options: EmulatorOptions = {}): Emulator {
  let current: Emulator | undefined;
  beforeAll(async () => {
    current = await startEmulator(options);
  });
  afterAll(() => current?.close());
  beforeEach(() => current?.resetRecords());
  return new Proxy({} as Emulator, {
    get: (_target, name) => {
      if (!current) throw new Error('the suite emulator starts before the first test');
      return Reflect.get(current, name) as unknown;
    }
  });
}
